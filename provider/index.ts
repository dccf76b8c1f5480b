/**
 * The provider's entry point, loaded by the SDK inside Pulumi's dynamic-provider host. Nothing here does I/O at
 * load time: connection settings are read on the first call that needs the appliance, and schema.json on the
 * first call that needs the schema.
 */
import { ApplianceClient } from "./client/appliance-client";
import { readConnectionSettings, type ConnectionSettings } from "./client/connection-settings";
import { checkForEngine } from "./engine/check-for-engine";
import type { ResourceContext } from "./engine/context";
import type { ResourceHandlers } from "./engine/handlers";
import { objectResourceHandlers } from "./engine/object-resource";
import { serviceHandlers } from "./resources/service";
import { webSocketPolicyHandlers } from "./resources/websocket-policy";
import { selfSignedCertificateToken, serverToken, serviceGroupToken, vsiteToken } from "./schema/tokens";
import { systemConfigurationHandlers } from "./resources/system-configuration";

export type { ResourceHandlers } from "./engine/handlers";

/** Stack configuration as the dynamic-provider host hands it over: full keys, e.g. `barracudawaf:address`. */
export interface ProviderConfig {
    get(key: string): string | undefined;
}

/**
 * Every resource type by its kind (its name in camelCase, as the SDK asks for it). A resource with rules of its
 * own comes from `resources/`; every other one is the engine's, from schema.json alone.
 */
const resourceKinds = {
    service: serviceHandlers,
    systemConfiguration: systemConfigurationHandlers,
    server: (context: ResourceContext) => objectResourceHandlers(serverToken, context),
    selfSignedCertificate: (context: ResourceContext) =>
        objectResourceHandlers(selfSignedCertificateToken, context),
    vsite: (context: ResourceContext) => objectResourceHandlers(vsiteToken, context),
    serviceGroup: (context: ResourceContext) => objectResourceHandlers(serviceGroupToken, context),
    webSocketPolicy: webSocketPolicyHandlers,
} as const;

/** A resource kind, e.g. `service`. */
export type ResourceKind = keyof typeof resourceKinds;

/** The handlers of every resource type, all bound to one appliance connection. */
export type Handlers = Readonly<Record<ResourceKind, ResourceHandlers>>;

const noConfig: ProviderConfig = { get: () => undefined };
let config: ProviderConfig = noConfig;
let settings: ConnectionSettings | undefined;

/**
 * Sets the stack configuration the module-level handlers ({@link service} and the others) use.
 * May be called again (a new stack, a rotated password, a test's fresh emulator): later calls replace the
 * settings. The settings are only validated on the first call that needs the appliance, so `check` and `diff`
 * work without them; missing or invalid settings then fail with a `ConfigurationError` naming the key. Without
 * any call, the `BARRACUDA_WAF_*` environment variables are used.
 */
export function configure(stackConfig: ProviderConfig): void {
    config = stackConfig;
    settings = undefined;
}

/**
 * Handlers bound to the appliance described by `connection` (fixed settings, or a function asked on each call).
 * Tests use it to point the handlers at a fresh emulator without touching the module-level configuration, and
 * may catch the handlers' notices (see `ResourceContext.notice`), which otherwise go to standard output.
 */
export function createHandlers(
    connection: ConnectionSettings | (() => ConnectionSettings),
    notice: (message: string) => void = (message) => process.stdout.write(`${message}\n`),
): Handlers {
    const current = typeof connection === "function" ? connection : () => connection;
    const context: ResourceContext = {
        client: () => ApplianceClient.for(current()),
        address: () => current().address,
        verifyConnection: async () => ApplianceClient.for(current()).verifyConnection(),
        adoptExisting: () => current().adoptExisting,
        notice,
    };
    return Object.fromEntries(
        Object.entries(resourceKinds).map(([kind, handlersOf]) => [kind, handlersOf(context)]),
    ) as Record<ResourceKind, ResourceHandlers>;
}

function configuredSettings(): ConnectionSettings {
    settings ??= readConnectionSettings(config);
    return settings;
}

let configuredHandlers: Handlers | undefined;

function handlers(): Handlers {
    configuredHandlers ??= createHandlers(configuredSettings);
    return configuredHandlers;
}

/** Lazily bound handlers: the schema and the appliance are only touched when a method is called. */
function lazy(pick: (all: Handlers) => ResourceHandlers): ResourceHandlers {
    return {
        check: (olds, news) => pick(handlers()).check(olds, news),
        diff: (id, olds, news) => pick(handlers()).diff(id, olds, news),
        create: (inputs) => pick(handlers()).create(inputs),
        read: (id, props) => pick(handlers()).read(id, props),
        update: (id, olds, news) => pick(handlers()).update(id, olds, news),
        delete: (id, props) => pick(handlers()).delete(id, props),
    };
}

/** `barracudawaf:index:Service`, using the settings given to {@link configure}. */
export const service: ResourceHandlers = lazy((all) => all.service);

/** `barracudawaf:index:SystemConfiguration`, using the settings given to {@link configure}. */
export const systemConfiguration: ResourceHandlers = lazy((all) => all.systemConfiguration);

/** `barracudawaf:index:Server`, using the settings given to {@link configure}. */
export const server: ResourceHandlers = lazy((all) => all.server);

/** `barracudawaf:index:SelfSignedCertificate`, using the settings given to {@link configure}. */
export const selfSignedCertificate: ResourceHandlers = lazy((all) => all.selfSignedCertificate);

/** `barracudawaf:index:Vsite`, using the settings given to {@link configure}. */
export const vsite: ResourceHandlers = lazy((all) => all.vsite);

/** `barracudawaf:index:ServiceGroup`, using the settings given to {@link configure}. */
export const serviceGroup: ResourceHandlers = lazy((all) => all.serviceGroup);

/** `barracudawaf:index:WebSocketPolicy`, using the settings given to {@link configure}. */
export const webSocketPolicy: ResourceHandlers = lazy((all) => all.webSocketPolicy);

/**
 * What the `__provider` text in each resource's state hands to Pulumi's dynamic-provider host for a kind:
 * `configure` (the host calls it once per text with the stack's config) and the kind's handlers, whose `check`
 * reports every problem as a failure the engine prints once (`check-for-engine.ts`).
 */
export function dynamicProvider(
    kind: ResourceKind,
): ResourceHandlers & { configure(request: { config: ProviderConfig }): Promise<void> } {
    const handlersOfKind = lazy((all) => all[kind]);
    return {
        async configure(request) {
            configure(request.config);
        },
        ...handlersOfKind,
        check: checkForEngine(handlersOfKind.check),
    };
}

export { readConnectionSettings, ConnectionSettings } from "./client/connection-settings";

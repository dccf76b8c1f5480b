/**
 * The provider's entry point, loaded by the SDK inside Pulumi's dynamic-provider host. Nothing here does I/O at
 * load time: connection settings are read on the first call that needs the appliance, and schema.json on the
 * first call that needs the schema.
 */
import { ApplianceClient } from "./client/appliance-client";
import { readConnectionSettings, type ConnectionSettings } from "./client/connection-settings";
import { loadGot } from "./client/load-got";
import { checkForEngine } from "./engine/check-for-engine";
import type { ResourceContext } from "./engine/context";
import type { ResourceHandlers } from "./engine/handlers";
import { objectResourceHandlers } from "./engine/object-resource";
import { isPlaced, placedResourceHandlers } from "./engine/placed-resource";
import { singletonResourceHandlers, singletonId } from "./engine/singleton-resource";
import { serviceHandlers } from "./resources/service";
import { systemConfigurationHandlers } from "./resources/system-configuration";
import { webSocketPolicyHandlers } from "./resources/websocket-policy";
import { schemaIndex } from "./schema/parts";
import { resourceModel } from "./schema/model";
import { resourceNameOf } from "./schema/tokens";

export type { ResourceHandlers } from "./engine/handlers";

/** Stack configuration as the dynamic-provider host hands it over: full keys, e.g. `barracudawaf:address`. */
export interface ProviderConfig {
    get(key: string): string | undefined;
}

/**
 * A resource kind: its name in camelCase, as the SDK asks for it (`service`, `webSocketPolicy`). Every resource
 * of schema.json is one.
 */
export type ResourceKind = string;

/** The resources with rules of their own (`resources/`); every other one is the engine's, from schema.json alone. */
const ownHandlers: Readonly<Record<ResourceKind, (context: ResourceContext) => ResourceHandlers>> = {
    service: serviceHandlers,
    systemConfiguration: systemConfigurationHandlers,
    webSocketPolicy: webSocketPolicyHandlers,
};

/**
 * Every resource type of schema.json by its kind, each with its handlers' maker: the registry. A maker looks its
 * kind's model up, once, and the handlers carry it.
 */
function resourceKinds(): ReadonlyMap<ResourceKind, (context: ResourceContext) => ResourceHandlers> {
    const kinds = new Map<ResourceKind, (context: ResourceContext) => ResourceHandlers>();
    for (const token of schemaIndex().resources) {
        const name = resourceNameOf(token);
        const kind = name[0].toLowerCase() + name.slice(1);
        const own = ownHandlers[kind];
        if (own !== undefined) {
            kinds.set(kind, own);
            continue;
        }
        kinds.set(kind, (context) => {
            const model = resourceModel(token);
            if (isPlaced(model)) {
                return placedResourceHandlers(model, context);
            }
            return model.extension.object.includes("{name}")
                ? objectResourceHandlers(model, context)
                : singletonResourceHandlers(model, context, singletonId(model));
        });
    }
    return kinds;
}

/** The handlers of every resource type, all bound to one appliance connection, by kind. */
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
 * may catch the handlers' notices (see `ResourceContext.notice`), which otherwise go to standard output. With
 * `inputsChecked`, create and update trust that `check` accepted their inputs (see `ResourceContext`).
 */
export function createHandlers(
    connection: ConnectionSettings | (() => ConnectionSettings),
    notice: (message: string) => void = (message) => process.stdout.write(`${message}\n`),
    { inputsChecked = false }: { readonly inputsChecked?: boolean } = {},
): Handlers {
    const current = typeof connection === "function" ? connection : () => connection;
    const context: ResourceContext = {
        client: () => ApplianceClient.for(current()),
        address: () => current().address,
        verifyConnection: async () => ApplianceClient.for(current()).verifyConnection(),
        adoptExisting: () => current().adoptExisting,
        notice,
        inputsChecked,
    };
    // Each kind's handlers are made when first asked for: a run uses a few of the schema's hundred kinds.
    const all: Record<ResourceKind, ResourceHandlers> = {};
    for (const [kind, handlersOf] of resourceKinds()) {
        let made: ResourceHandlers | undefined;
        Object.defineProperty(all, kind, { enumerable: true, get: () => (made ??= handlersOf(context)) });
    }
    return all;
}

function configuredSettings(): ConnectionSettings {
    settings ??= readConnectionSettings(config);
    return settings;
}

let configuredHandlers: Handlers | undefined;
let engineHandlers: Handlers | undefined;

function handlers(): Handlers {
    configuredHandlers ??= createHandlers(configuredSettings);
    return configuredHandlers;
}

/**
 * The handlers Pulumi's engine calls through the dynamic-provider host: it calls `check` before every create and
 * update and passes the inputs `check` accepted, so these validate them there only, once per operation.
 */
function handlersForEngine(): Handlers {
    engineHandlers ??= createHandlers(configuredSettings, undefined, { inputsChecked: true });
    return engineHandlers;
}

/** The handlers of `kind` among `all`. @throws Error naming the kinds there are, for a kind schema.json lacks. */
function handlersOfKind(all: Handlers, kind: ResourceKind): ResourceHandlers {
    const found = all[kind];
    if (found === undefined) {
        throw new Error(
            `pulumi-barracudawaf has no resource kind "${kind}" (it has ${Object.keys(all).join(", ")}): ` +
                "the program's SDK and the installed provider differ; install one version of the package",
        );
    }
    return found;
}

/**
 * Lazily bound handlers, picked from `bound` (the module's handlers unless told): the schema and the appliance are
 * only touched when a method is called, and whatever goes wrong then (no settings, an unknown kind) rejects the
 * call's promise rather than throwing.
 */
function lazy(pick: (all: Handlers) => ResourceHandlers, bound: () => Handlers = handlers): ResourceHandlers {
    return {
        check: async (olds, news) => pick(bound()).check(olds, news),
        diff: async (id, olds, news) => pick(bound()).diff(id, olds, news),
        create: async (inputs) => pick(bound()).create(inputs),
        read: async (id, props) => pick(bound()).read(id, props),
        update: async (id, olds, news) => pick(bound()).update(id, olds, news),
        delete: async (id, props) => pick(bound()).delete(id, props),
    };
}

/** `barracudawaf:index:Service`, using the settings given to {@link configure}. */
export const service: ResourceHandlers = lazy((all) => handlersOfKind(all, "service"));

/** `barracudawaf:index:SystemConfiguration`, using the settings given to {@link configure}. */
export const systemConfiguration: ResourceHandlers = lazy((all) =>
    handlersOfKind(all, "systemConfiguration"),
);

/** `barracudawaf:index:Server`, using the settings given to {@link configure}. */
export const server: ResourceHandlers = lazy((all) => handlersOfKind(all, "server"));

/** `barracudawaf:index:SelfSignedCertificate`, using the settings given to {@link configure}. */
export const selfSignedCertificate: ResourceHandlers = lazy((all) =>
    handlersOfKind(all, "selfSignedCertificate"),
);

/** `barracudawaf:index:Vsite`, using the settings given to {@link configure}. */
export const vsite: ResourceHandlers = lazy((all) => handlersOfKind(all, "vsite"));

/** `barracudawaf:index:ServiceGroup`, using the settings given to {@link configure}. */
export const serviceGroup: ResourceHandlers = lazy((all) => handlersOfKind(all, "serviceGroup"));

/** `barracudawaf:index:WebSocketPolicy`, using the settings given to {@link configure}. */
export const webSocketPolicy: ResourceHandlers = lazy((all) => handlersOfKind(all, "webSocketPolicy"));

/**
 * What the `__provider` text in each resource's state hands to Pulumi's dynamic-provider host for a kind:
 * `configure` (the host calls it once per text with the stack's config) and the kind's handlers, whose `check`
 * reports every problem as a failure the engine prints once (`check-for-engine.ts`) and is the one place the
 * engine's inputs are validated (see {@link handlersForEngine}).
 */
export function dynamicProvider(
    kind: ResourceKind,
): ResourceHandlers & { configure(request: { config: ProviderConfig }): Promise<void> } {
    const handlers = lazy((all) => handlersOfKind(all, kind), handlersForEngine);
    return {
        async configure(request) {
            configure(request.config);
            // The first call that reaches the appliance needs got, which takes a while to load: start now, so
            // that its files are read while the host loads the schema and the validators. A failure is the
            // first call's to report (loadGot does not cache it).
            loadGot().catch(() => undefined);
        },
        ...handlers,
        check: checkForEngine(handlers.check),
    };
}

export { readConnectionSettings, ConnectionSettings } from "./client/connection-settings";

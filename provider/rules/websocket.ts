import {
    AdvancedSettingsHiddenError,
    WebSocketDisabledError,
    WebSocketInUseError,
    WebSocketPoliciesInUseError,
} from "./websocket-errors";
import { fromWireValue } from "../schema/mapping";
import { resourceModel, type PropertyModel, type ResourceModel } from "../schema/model";
import { serviceToken, systemConfigurationToken, webSocketPolicyToken } from "../schema/tokens";
import type { InputFailure } from "../engine/input-failure";
import { isUnknown } from "../schema/values";
import { outputsOf } from "../engine/appliance-object";
import type { ApplianceApi } from "../engine/context";
import { collectionOf, fillPath } from "../engine/object-path";
import { readSingleton } from "../engine/singleton-resource";

/**
 * The WebSocket rule chain, each link in three places: Show Advanced Settings (`enable-advanced-settings` of
 * `/system/advanced-settings`) → a service's Enable WebSocket (`enable-websocket` of
 * `/services/{name}/advanced-configuration`) → that service's WebSocket policies. A link may only be on while
 * the one before it is.
 */

/**
 * The models of the chain's three links. A link's rules read the appliance objects of the links beside it, so
 * its handlers take these once, when they are made.
 */
export interface WebSocketChainModels {
    readonly systemConfiguration: ResourceModel;
    readonly service: ResourceModel;
    readonly webSocketPolicy: ResourceModel;
}

/** The models of the chain's links, from schema.json. */
export function webSocketChainModels(): WebSocketChainModels {
    return {
        systemConfiguration: resourceModel(systemConfigurationToken),
        service: resourceModel(serviceToken),
        webSocketPolicy: resourceModel(webSocketPolicyToken),
    };
}

/** The fix every refusal names. */
export const webSocketFix =
    "set systemConfiguration: <your SystemConfiguration with showAdvancedSettings: true>";

/**
 * 1. Preview: a service with `enableWebSocket: true` must be given a `systemConfiguration` (the plain object
 * `{ id, showAdvancedSettings }` the SDK passes) whose `showAdvancedSettings` is `true`. Unknown values pass:
 * they are checked again once known. Returns the failure on `enableWebSocket`, or undefined.
 */
export function webSocketPreviewFailure(inputs: Readonly<Record<string, unknown>>): InputFailure | undefined {
    if (inputs.enableWebSocket !== true) {
        return undefined;
    }
    const reference = inputs.systemConfiguration;
    if (isUnknown(reference)) {
        return undefined;
    }
    if (typeof reference !== "object" || reference === null) {
        return {
            property: "enableWebSocket",
            reason:
                "enableWebSocket: true needs the appliance's Show Advanced Settings on, but the service has no " +
                `systemConfiguration; ${webSocketFix}`,
        };
    }
    const shown = (reference as Record<string, unknown>).showAdvancedSettings;
    if (shown === true || isUnknown(shown)) {
        return undefined;
    }
    return {
        property: "enableWebSocket",
        reason:
            "enableWebSocket: true needs the appliance's Show Advanced Settings on, but the systemConfiguration " +
            `given has showAdvancedSettings: ${shown === undefined ? "not set" : JSON.stringify(shown)}; set ` +
            "showAdvancedSettings: true on that SystemConfiguration",
    };
}

/**
 * 2. Apply: before a write that sends `enable-websocket: Yes`, reads `enable-advanced-settings` from the appliance
 * (one GET of the object of `model`, the SystemConfiguration's) and throws {@link AdvancedSettingsHiddenError}
 * unless it is `Yes`. `reference` is the service's `systemConfiguration` input, so the error can say whether the
 * program declared the setting on (then it was turned off behind the plan's back) or not. Call it inside
 * {@link ruleSection}, before the first write.
 */
export async function assertAdvancedSettingsShown(
    api: ApplianceApi,
    model: ResourceModel,
    service: string,
    action: "create" | "update",
    reference: unknown,
): Promise<void> {
    const shown = model.property("showAdvancedSettings") as PropertyModel;
    const found = (await readSingleton(api, model))[shown.extension.field as string];
    if (fromWireValue(shown, found) !== true) {
        const declared =
            typeof reference === "object" &&
            reference !== null &&
            (reference as Record<string, unknown>).showAdvancedSettings === true;
        throw new AdvancedSettingsHiddenError(
            service,
            action,
            found === undefined ? "not reported" : String(found),
            declared,
        );
    }
}

/**
 * Parts 2 and 3 hold one critical section of the appliance's writes over the read that checks the other side
 * and the write it guards, so that no other write (of this process) lands in between: a service enabling
 * WebSocket and a SystemConfiguration hiding advanced settings, run in parallel by the engine, are then put
 * one after the other and the second sees what the first wrote. Runs `task` in that section when `guarded`,
 * else with `api` as it is (reads stay parallel).
 */
export function ruleSection<T>(
    api: ApplianceApi,
    guarded: boolean,
    task: (calls: ApplianceApi) => Promise<T>,
): Promise<T> {
    return guarded ? api.exclusive(task) : task(api);
}

/**
 * 3. The other way round: before a write that turns Show Advanced Settings off, lists the services on the
 * appliance that have WebSocket enabled (one `GET /services` with the Advanced Configuration group; `model` is
 * the Service's) and throws {@link WebSocketInUseError} naming them, if there are any. `action` completes
 * "Cannot …". Call it inside one critical section with the write it guards ({@link ApplianceApi.exclusive}).
 */
export async function assertNoWebSocketServices(
    api: ApplianceApi,
    model: ResourceModel,
    action: string,
): Promise<void> {
    const main = model.extension.object;
    const webSocketObject = (model.property("enableWebSocket") as PropertyModel).extension.object as string;
    const body = await api.get<{ data?: Record<string, Record<string, unknown>> }>(
        fillPath(collectionOf(main), {}),
        {
            groups: [model.extension.groups[main], model.extension.groups[webSocketObject]],
        },
    );
    const services = Object.entries(body.data ?? {})
        .filter(([, service]) => outputsOf(model, service).enableWebSocket === true)
        .map(([name]) => name)
        .sort();
    if (services.length > 0) {
        throw new WebSocketInUseError(action, services);
    }
}

/**
 * The next link, 1. Preview: a WebSocket policy whose `service` is a Service of the program (passed as
 * `{ name, enableWebSocket }`) needs that service's `enableWebSocket: true`. A plain name passes: the apply part
 * checks the appliance. Unknown values pass.
 */
export function webSocketPolicyPreviewFailure(
    service: Readonly<Record<string, unknown>> | undefined,
): InputFailure | undefined {
    if (service === undefined || isUnknown(service.enableWebSocket) || service.enableWebSocket === true) {
        return undefined;
    }
    const name = isUnknown(service.name) ? "the service" : `service ${JSON.stringify(service.name)}`;
    return {
        property: "service",
        reason:
            `service: a WebSocket policy only protects WebSocket traffic, but ${name} ` +
            `${service.enableWebSocket === undefined ? "leaves enableWebSocket out (off by default)" : `has enableWebSocket: ${JSON.stringify(service.enableWebSocket)}`}; ` +
            "set enableWebSocket: true on that Service (with its systemConfiguration showing advanced settings)",
    };
}

/**
 * 2. Apply: before a policy of `service` is created, reads that service's `enable-websocket` (one GET; `model` is
 * the Service's) and throws {@link WebSocketDisabledError} unless it is `Yes`. `declared` says whether the
 * program has WebSocket on there.
 */
export async function assertWebSocketEnabled(
    api: ApplianceApi,
    model: ResourceModel,
    service: string,
    policy: string,
    declared: boolean,
): Promise<void> {
    const enabled = model.property("enableWebSocket") as PropertyModel;
    const object = enabled.extension.object as string;
    const body = await api.get<{ data?: Record<string, Record<string, unknown>> }>(
        fillPath(object, { name: service }),
    );
    const group = body.data?.[service]?.[model.extension.groups[object]] as
        Record<string, unknown> | undefined;
    if (fromWireValue(enabled, group?.[enabled.extension.field as string]) !== true) {
        throw new WebSocketDisabledError(service, policy, declared);
    }
}

/**
 * 3. The other way round: before a write that turns `enableWebSocket` off on `service`, lists its WebSocket
 * policies (one GET; `model` is the WebSocketPolicy's) and throws {@link WebSocketPoliciesInUseError} naming
 * them, if there are any.
 */
export async function assertNoWebSocketPolicies(
    api: ApplianceApi,
    model: ResourceModel,
    service: string,
): Promise<void> {
    const policies = model.extension.object;
    const body = await api.get<{ data?: Record<string, unknown> }>(
        fillPath(collectionOf(policies), { service, name: "" }),
    );
    const names = Object.keys(body.data ?? {}).sort();
    if (names.length > 0) {
        throw new WebSocketPoliciesInUseError(service, names);
    }
}

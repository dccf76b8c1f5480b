import { AdvancedSettingsHiddenError, WebSocketInUseError } from "../errors";
import type { InputFailure } from "../schema/validate";
import { isUnknown } from "../schema/values";
import type { ApplianceApi } from "../resources/context";

/**
 * The WebSocket rule, in its three places. A service's "Enable WebSocket" (`enable-websocket` of
 * `/services/{name}/advanced-configuration`) may only be `Yes` while the appliance's Show Advanced Settings
 * (`enable-advanced-settings` of `/system/advanced-settings`) is `Yes`.
 */

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
            `given has showAdvancedSettings: ${shown === undefined ? "not set" : JSON.stringify(shown)}; ${webSocketFix}`,
    };
}

/** The fields of `/system/advanced-settings` as the appliance reports them now (one GET). */
export async function readAdvancedSettings(api: ApplianceApi): Promise<Record<string, unknown>> {
    return advancedSettingsRecord(await api.get("/system/advanced-settings"));
}

/** The fields of a `GET /system/advanced-settings` (or `GET /system`) answer. */
export function advancedSettingsRecord(body: unknown): Record<string, unknown> {
    const data = (body as { data?: Record<string, unknown> } | undefined)?.data ?? {};
    const group = data["Advanced Settings"];
    return typeof group === "object" && group !== null ? (group as Record<string, unknown>) : data;
}

/**
 * 2. Apply: before a write that sends `enable-websocket: Yes`, reads `enable-advanced-settings` from the appliance
 * (one GET) and throws {@link AdvancedSettingsHiddenError} unless it is `Yes`. Call it before the first write.
 */
export async function assertAdvancedSettingsShown(
    api: ApplianceApi,
    service: string,
    action: "create" | "update",
): Promise<void> {
    const found = (await readAdvancedSettings(api))["enable-advanced-settings"];
    if (found !== "Yes") {
        throw new AdvancedSettingsHiddenError(
            service,
            action,
            found === undefined ? "not reported" : String(found),
        );
    }
}

/**
 * 3. The other way round: before a write that turns Show Advanced Settings off, lists the services on the
 * appliance that have WebSocket enabled (one `GET /services` with the Advanced Configuration group) and throws
 * {@link WebSocketInUseError} naming them, if there are any. `action` completes "Cannot …".
 */
export async function assertNoWebSocketServices(api: ApplianceApi, action: string): Promise<void> {
    const body = await api.get<{ data?: Record<string, Record<string, unknown>> }>("/services", {
        groups: ["Service", "Advanced Configuration"],
    });
    const services = Object.entries(body.data ?? {})
        .filter(([, service]) => {
            const advanced = service["Advanced Configuration"] as Record<string, unknown> | undefined;
            return (advanced?.["enable-websocket"] ?? service["enable-websocket"]) === "Yes";
        })
        .map(([name]) => name)
        .sort();
    if (services.length > 0) {
        throw new WebSocketInUseError(action, services);
    }
}

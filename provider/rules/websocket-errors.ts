import { BarracudaWafError } from "../barracuda-waf-error";
import { BarracudaWafErrorCode } from "../error-codes";

/*
 * The WebSocket rule chain's refusals (`websocket.ts`), raised before any write: each names what is on, what
 * uses it and the fix. Their codes are in `../error-codes.ts`.
 */

/**
 * WebSocket was to be enabled on a service while the appliance's Show Advanced Settings
 * (`enable-advanced-settings` of `/system/advanced-settings`) is not `Yes`. Raised before any write: nothing was
 * changed on the appliance.
 */
export class AdvancedSettingsHiddenError extends BarracudaWafError {
    /** The service that asked for WebSocket. */
    readonly service: string;
    /** The appliance's `enable-advanced-settings` value as read, e.g. `No`. */
    readonly found: string;
    /** Whether the service was given a SystemConfiguration that has `showAdvancedSettings: true`. */
    readonly declared: boolean;

    constructor(service: string, action: "create" | "update", found: string, declared: boolean) {
        super(
            BarracudaWafErrorCode.advancedSettingsHidden,
            `Cannot ${action} service "${service}" with enableWebSocket: true: Show Advanced Settings is off on the ` +
                `appliance (enable-advanced-settings is ${JSON.stringify(found)}), and the appliance only honours ` +
                "WebSocket while it is on. Nothing was changed on the appliance. " +
                (declared
                    ? "The service's systemConfiguration has showAdvancedSettings: true, so the setting was turned " +
                      "off outside this plan: on the appliance by hand, by another stack, or by another resource of " +
                      "this update. Fix: run pulumi refresh (it finds the SystemConfiguration's drift), then pulumi " +
                      "up, which turns the setting on again before the service."
                    : "Fix: set systemConfiguration: <your SystemConfiguration with showAdvancedSettings: true> on " +
                      "the service, so that Pulumi turns the setting on first."),
        );
        this.service = service;
        this.found = found;
        this.declared = declared;
    }
}

/**
 * Show Advanced Settings was to be turned off (by an update, or by a delete that restores a hidden original)
 * while services on the appliance still have WebSocket enabled. Raised before any write.
 */
export class WebSocketInUseError extends BarracudaWafError {
    /** The services that have `enable-websocket: Yes`, sorted. */
    readonly services: readonly string[];

    constructor(action: string, services: readonly string[]) {
        const list = services.map((service) => `"${service}"`).join(", ");
        super(
            BarracudaWafErrorCode.webSocketInUse,
            `Cannot ${action}: it would turn Show Advanced Settings off while ${services.length === 1 ? "service" : "services"} ` +
                `${list} still ${services.length === 1 ? "has" : "have"} WebSocket enabled. Nothing was changed on ` +
                "the appliance. Fix: set enableWebSocket: false on those services (or delete them) and run pulumi " +
                "up; then set showAdvancedSettings: false and run pulumi up again, separately and later. Both in one " +
                "pulumi up cannot work: the services rely on the SystemConfiguration, so it is updated first. Or " +
                "keep showAdvancedSettings: true.",
        );
        this.services = services;
    }
}

/**
 * A WebSocket policy was to be created for a service whose Enable WebSocket is off on the appliance: the
 * appliance would hold a policy for traffic it does not pass. Raised before any write.
 */
export class WebSocketDisabledError extends BarracudaWafError {
    /** The service, and the policy that was to be made. */
    readonly service: string;
    readonly policy: string;

    constructor(service: string, policy: string, declared: boolean) {
        super(
            BarracudaWafErrorCode.webSocketDisabled,
            `Cannot create WebSocket policy "${policy}" of service "${service}": the service has WebSocket off on ` +
                "the appliance (enable-websocket is not Yes), and a policy only protects WebSocket traffic. Nothing " +
                "was changed on the appliance. " +
                (declared
                    ? "The program has enableWebSocket: true on that Service, so it was turned off outside this plan. " +
                      "Fix: run pulumi refresh, then pulumi up, which turns it on again before the policy."
                    : `Fix: set enableWebSocket: true on service "${service}" and pass that Service as the policy's ` +
                      "service, so that Pulumi turns WebSocket on first."),
        );
        this.service = service;
        this.policy = policy;
    }
}

/**
 * WebSocket was to be turned off on a service that still has WebSocket policies. Raised before any write. Pulumi
 * runs a service's update before it deletes the policies a program dropped, so both in one `pulumi up` cannot
 * work: the message gives the two steps.
 */
export class WebSocketPoliciesInUseError extends BarracudaWafError {
    readonly service: string;
    /** The service's WebSocket policies, sorted. */
    readonly policies: readonly string[];

    constructor(service: string, policies: readonly string[]) {
        const list = policies.map((policy) => `"${policy}"`).join(", ");
        super(
            BarracudaWafErrorCode.webSocketPoliciesInUse,
            `Cannot set enableWebSocket: false on service "${service}": it still has WebSocket ` +
                `${policies.length === 1 ? "policy" : "policies"} ${list}. Nothing was changed on the appliance. Fix: ` +
                "remove those WebSocketPolicy resources from the program (or delete them on the appliance) and run " +
                "pulumi up; then set enableWebSocket: false and run pulumi up again. Both in one pulumi up cannot " +
                "work: Pulumi updates the service before it deletes the policies.",
        );
        this.service = service;
        this.policies = policies;
    }
}

import { specObject } from "../spec/spec-objects";
import { modelFromSpec } from "./from-spec";

/**
 * `/system/advanced-settings` (System_advanced_settings.json): the `Advanced Settings` group of `/system`.
 * `enable-advanced-settings` is "Show Advanced Settings" and starts hidden (`No`). The spec requires
 * `request-buffer-size` on PUT; `max-cache-size`'s maximum depends on the appliance model (the spec names
 * it only): 100 per cent here.
 */
export const advancedSettingsModel = modelFromSpec(specObject("system/advanced-settings"), {
    displayName: "Advanced Settings",
    defaults: {
        "action-for-stale-server": "Disable",
        "captcha-expiry-time": 60,
        "csrf-token-validity": 60,
        "default-log-level": "5-Notice",
        "hostname-resolution-mode": "Default",
        "http2-max-concurrent-streams": 100,
        "javascript-failure-threshold": 5,
        "lockout-setting": "Per Service",
        "max-cache-size": 30,
        "request-buffer-size": 32,
        "service-failure-action": "Send Error Response",
        "suspicious-clients-track-interval": 120,
    },
    fields: { "max-cache-size": { minimum: 0, maximum: 100 } },
});

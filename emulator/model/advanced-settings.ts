import { integer, list, oneOf, yesNo, type ObjectModel } from "./field";
import { logLevels } from "./basic-security";

/**
 * `/system/advanced-settings` (System_advanced_settings.json): the `Advanced Settings` group of `/system`.
 * `enable-advanced-settings` is "Show Advanced Settings" and starts hidden (`No`). The spec lists
 * `request-buffer-size` as required on PUT; `max-cache-size`'s maximum is model specific (100 per cent here)
 * and `http2-max-concurrent-streams`' maximum is the string "100" in the spec.
 */
export const advancedSettingsModel: ObjectModel = {
    displayName: "Advanced Settings",
    fields: {
        "action-for-stale-server": oneOf(["Delete", "Disable"], "Disable"),
        "captcha-expiry-time": integer(1, 1440, 60),
        "captcha-success-action": oneOf(
            [
                "Redirect to the Base URL of the Original Request",
                "Respond with a CAPTCHA Validation Success Page",
            ],
            "Redirect to the Base URL of the Original Request",
        ),
        "chunked-encoding-response-data": yesNo("No"),
        "client-ip-address-from-header": yesNo("No"),
        "csrf-token-validity": integer(1, 1440, 60),
        "ddos-prevention-service": oneOf(["Disable", "Enable"], "Disable"),
        "default-log-level": oneOf(logLevels, "5-Notice"),
        "disable-host-header-for-authsuccess": yesNo("No"),
        "enable-advanced-settings": yesNo("No"),
        "enable-bruteforce-checks-for-validated-clients": yesNo("No"),
        "enable-client-fingerprinting": yesNo("No"),
        "enable-param-protection-on-orig-values": yesNo("No"),
        "enable-post-logging": yesNo("No"),
        "enable-secure-browsing": yesNo("No"),
        "enable-toa": yesNo("No"),
        "enable-virus-scan-allow-large-files": yesNo("No"),
        "handle-ftp-datapath-issue": yesNo("No"),
        "handle-html-href-boundary-data": yesNo("No"),
        "hostname-resolution-mode": oneOf(["Turbo", "Default"], "Default"),
        "http2-max-concurrent-streams": integer(1, 100, 100),
        "javascript-failure-threshold": integer(1, 1440, 5),
        "lockout-setting": oneOf(["All Services", "Per Service"], "Per Service"),
        "max-cache-size": integer(0, 100, 30),
        "persistence-across-services": yesNo("No"),
        "request-buffer-size": { ...integer(0, 32, 32), requiredOn: ["update"] },
        "request-buffering": oneOf(["Full Request", "Limited"], "Full Request"),
        "service-failure-action": oneOf(["Drop Connection", "Send Error Response"], "Send Error Response"),
        "suspicious-clients-track-interval": integer(70, 1440, 120),
        "url-extensions": list(),
    },
};

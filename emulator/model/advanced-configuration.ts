import { specObject } from "../spec/spec-objects";
import { modelFromSpec } from "./from-spec";

/**
 * `/services/{name}/advanced-configuration` (Service_advanced_configuration.json). `enable-websocket` lives
 * here. Like the appliance, nothing refuses WebSocket while the system's advanced settings are hidden: that
 * rule belongs to the provider.
 */
export const advancedConfigurationModel = modelFromSpec(specObject("services/advanced-configuration"), {
    displayName: "Advanced Configuration",
    defaults: { "enable-web-application-firewall": "Yes", "keepalive-requests": 64 },
});

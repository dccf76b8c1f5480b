import { integer, list, yesNo, type ObjectModel } from "./field";

/**
 * `/services/{name}/advanced-configuration` (Service_advanced_configuration.json). `enable-websocket` lives
 * here. Like the appliance, nothing refuses WebSocket while the system's advanced settings are hidden: that
 * rule belongs to the provider.
 */
export const advancedConfigurationModel: ObjectModel = {
    displayName: "Advanced Configuration",
    fields: {
        "accept-list": list(),
        "accept-list-status": yesNo("No"),
        "ddos-exception-list": list(),
        "enable-fingerprint": yesNo("No"),
        "enable-http2": yesNo("No"),
        "enable-proxy-protocol": yesNo("No"),
        "enable-server-http2": yesNo("No"),
        "enable-vdi": yesNo("No"),
        "enable-web-application-firewall": yesNo("Yes"),
        "enable-websocket": yesNo("No"),
        "keepalive-requests": integer(0, 65535, 64),
        "ntlm-ignore-extra-data": yesNo("No"),
        "proxy-list": list(),
        "proxy-list-status": yesNo("No"),
    },
};

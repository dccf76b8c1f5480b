import { oneOf, text, yesNo, type ObjectModel } from "./field";

const logLevels = [
    "0-Emergency",
    "1-Alert",
    "2-Critical",
    "3-Error",
    "4-Warning",
    "5-Notice",
    "6-Information",
    "7-Debug",
];

/**
 * `/services/{name}/basic-security` (Service_basic_security.json). `trusted-hosts-group` is the name of a
 * trusted host group (the spec's `enum: [""]`); any name is taken.
 */
export const basicSecurityModel: ObjectModel = {
    displayName: "Basic Security",
    fields: {
        "client-ip-addr-header": text("X-Forwarded-For", { minLength: 1, maxLength: 50 }),
        "ignore-case": yesNo("Yes"),
        mode: oneOf(["Passive", "Active"], "Passive"),
        "rate-control-pool": oneOf(["NONE", "default-pool"], "NONE"),
        "rate-control-status": oneOf(["On", "Off"], "Off"),
        "trusted-hosts-action": oneOf(["Allow", "Passive", "Default"], "Default"),
        "trusted-hosts-group": text(""),
        "web-firewall-log-level": oneOf(logLevels, "5-Notice"),
        "web-firewall-policy": oneOf(
            ["default", "saml", "sharepoint", "sharepoint2013", "owa", "owa2010", "owa2013", "oracle"],
            "default",
        ),
    },
};

export { logLevels };

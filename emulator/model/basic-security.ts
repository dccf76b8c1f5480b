import { specObject } from "../spec/spec-objects";
import { modelFromSpec } from "./from-spec";

/**
 * `/services/{name}/basic-security` (Service_basic_security.json). `trusted-hosts-group` is the name of a
 * trusted host group (the spec's `enum: [""]`); like every such field outside a service's own, any name is
 * taken (see the README), and so are `web-firewall-policy` and `rate-control-pool` (see `namesNotValues`).
 */
export const basicSecurityModel = modelFromSpec(specObject("services/basic-security"), {
    displayName: "Basic Security",
    defaults: {
        "client-ip-addr-header": "X-Forwarded-For",
        "ignore-case": "Yes",
        "rate-control-status": "Off",
        "trusted-hosts-action": "Default",
        "web-firewall-log-level": "5-Notice",
    },
});

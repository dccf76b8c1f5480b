import { specObject } from "../spec/spec-objects";
import { modelFromSpec } from "./from-spec";
import { pathName } from "./names";

/**
 * The `Web Socket Policy` group of `/services/{name}/websocket-policies` (Web_Socket_Policy.json). `name`,
 * `host` and `url` are required on POST; `host` and `url` on PUT too, as the spec says. `name` is not in the
 * spec's PUT body: fixed after create. The spec gives no length for `name`: 64, as for a service. Where the
 * spec gives no default, the emulator chooses `mode` `Passive`. The policy's sub-objects are made with it,
 * at their defaults.
 */
export const websocketPolicyModel = modelFromSpec(specObject("services/websocket-policies"), {
    displayName: "Web Socket Policy",
    defaults: { mode: "Passive" },
    fields: { name: { ...pathName, maxLength: 64 } },
});

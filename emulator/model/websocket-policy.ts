import { oneOf, text, type ObjectModel } from "./field";
import { objectName } from "./names";

/**
 * The `Web Socket Policy` group of `/services/{name}/websocket-policies` (Web_Socket_Policy.json). `name`,
 * `host` and `url` are required on POST; `host` and `url` on PUT too, as the spec says. `name` is not in the
 * spec's PUT body: fixed after create. The spec gives no length for `name`: 64, as for a service. Where the
 * spec says `"default": ""`, the emulator chooses: `status` `On`, `mode` `Passive`. The policy's sub-objects
 * (`message-security`, `origin-protection`, `protocol-security`) are made with it, at their defaults.
 */
export const websocketPolicyModel: ObjectModel = {
    displayName: "Web Socket Policy",
    fields: {
        name: objectName(64),
        host: { ...text(""), requiredOn: ["create", "update"] },
        url: { ...text(""), requiredOn: ["create", "update"] },
        comment: text(""),
        mode: oneOf(["Active", "Passive"], "Passive"),
        status: oneOf(["On", "Off"], "On"),
    },
};

import { oneOf, text, type ObjectModel } from "./field";
import { objectName } from "./names";

/**
 * `/vsites` (Vsite.json). The spec requires only `interface` on POST; a vsite is addressed by its name, so
 * `name` is required too. `name` and `interface` are not in the spec's PUT body: fixed after create.
 */
export const vsiteModel: ObjectModel = {
    displayName: "Vsite",
    fields: {
        name: objectName(64),
        interface: { ...oneOf(["WAN", "LAN"], "WAN"), requiredOn: ["create"], fixedAfterCreate: true },
        "active-on": text("", { maxLength: 64 }),
        comments: text(""),
    },
};

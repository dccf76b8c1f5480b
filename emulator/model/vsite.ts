import { specObject } from "../spec/spec-objects";
import { modelFromSpec } from "./from-spec";
import { pathName } from "./names";

/**
 * `/vsites` (Vsite.json). The spec requires only `interface` on POST; a vsite is addressed by its name, so
 * `name` is required too. `name` and `interface` are not in the spec's PUT body: fixed after create.
 */
export const vsiteModel = modelFromSpec(specObject("vsites"), {
    displayName: "Vsite",
    fields: { name: { ...pathName, requiredOn: ["create"] } },
});

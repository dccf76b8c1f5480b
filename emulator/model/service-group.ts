import { specObject } from "../spec/spec-objects";
import { modelFromSpec } from "./from-spec";
import { pathName } from "./names";

/**
 * `/vsites/{vsite}/service-groups` (Service_Group.json): a group has one field, its name `service-group`,
 * which the spec requires on POST and on PUT. Services name their group, so a PUT may carry the current name
 * and never change it. The spec gives no length: 64, that of a service's `group`.
 */
export const serviceGroupModel = modelFromSpec(specObject("vsites/service-groups"), {
    displayName: "Service Group",
    fields: { "service-group": { ...pathName, maxLength: 64 } },
});

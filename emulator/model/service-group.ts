import type { ObjectModel } from "./field";
import { objectName } from "./names";

/**
 * `/vsites/{vsite}/service-groups` (Service_Group.json): a group has one field, its name `service-group`,
 * which the spec requires on POST and on PUT. Services name their group, so a PUT may carry the current name
 * and never change it. The length limit is that of a service's `group` (64).
 */
export const serviceGroupModel: ObjectModel = {
    displayName: "Service Group",
    fields: {
        "service-group": { ...objectName(64), requiredOn: ["create", "update"] },
    },
};

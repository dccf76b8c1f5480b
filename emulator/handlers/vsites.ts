import { notFound } from "../errors";
import { serviceGroupModel } from "../model/service-group";
import { vsiteModel } from "../model/vsite";
import { collectionHandlers } from "./collection";
import { servicesWhere } from "./references";

/**
 * `/vsites` and `/vsites/{vsite}`. A new vsite has no service groups; deleting one takes its groups with it
 * and is refused while a service is in it.
 */
export const vsites = collectionHandlers({
    model: vsiteModel,
    object: "Vsite",
    nameField: "name",
    param: "vsite",
    collection: (state) => state.vsites,
    usedBy: (state, name) => servicesWhere(state, (service) => service.vsite === name),
    created: (state, name) => state.serviceGroups.set(name, new Map()),
    deleted: (state, name) => state.serviceGroups.delete(name),
});

/**
 * `/vsites/{vsite}/service-groups` and `/vsites/{vsite}/service-groups/{group}`: 404 when the vsite does not
 * exist; deleting a group is refused while a service of that vsite is in it.
 */
export const serviceGroups = collectionHandlers({
    model: serviceGroupModel,
    object: "Service Group",
    nameField: "service-group",
    param: "group",
    collection: (state, request) => {
        const groups = state.serviceGroups.get(request.params.vsite);
        if (!groups) throw notFound(`Vsite '${request.params.vsite}' does not exist.`);
        return groups;
    },
    usedBy: (state, name, request) =>
        servicesWhere(state, (service) => service.vsite === request.params.vsite && service.group === name),
});

import { ResourceOperationError } from "../errors";
import { unsetValue } from "../schema/mapping";
import type { ResourceModel } from "../schema/model";
import { isUnknown } from "../schema/values";
import { sameValue, type Props } from "./state";

/**
 * Refuses to take over `existing` (the object as the appliance has it) when a property that the appliance
 * cannot change in place (`replaceOnChanges`, other than the name and the parents, which found it) says
 * otherwise, given or left to its default: updating would silently keep the appliance's value, and the next
 * diff would replace (delete) the very object the user asked to keep.
 *
 * @throws ResourceOperationError naming each differing property, its value on the appliance and the fix.
 */
export function assertAdoptable(model: ResourceModel, id: string, existing: Props, given: Props): void {
    const conflicts = model.inputs
        .filter(
            (property) =>
                property.replaceOnChanges &&
                property.extension.field !== model.extension.idField &&
                property.extension.parent === undefined,
        )
        .map((property) => ({ property, declared: given[property.name] ?? unsetValue(property) }))
        .filter(
            ({ property, declared }) =>
                declared !== undefined &&
                !isUnknown(declared) &&
                !sameValue(declared, existing[property.name]),
        )
        .map(
            ({ property, declared }) =>
                `${property.name} is ${JSON.stringify(existing[property.name])} on the appliance, ` +
                `not ${JSON.stringify(declared)}${given[property.name] === undefined ? " (the default)" : ""}`,
        );
    if (conflicts.length > 0) {
        throw new ResourceOperationError({
            operation: "adopt",
            resource: model.name,
            object: id,
            step: "comparing it with the program",
            outcome: "not-adoptable",
            found: conflicts.join("; "),
        });
    }
}

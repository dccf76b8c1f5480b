import { ResourceOperationError } from "../errors";
import type { ResourceModel } from "../schema/model";
import { isUnknown } from "../schema/values";
import { sameValue, type Props } from "./values";

/**
 * Refuses to take over `existing` (the service as the appliance has it) when an input that the appliance
 * cannot change in place (`addressVersion`, `vsite`, `group`) says otherwise: updating would silently keep the
 * appliance's value, and replacing would delete the very service the user asked to keep.
 *
 * @throws ResourceOperationError naming each differing property, its value on the appliance and the fix.
 */
export function assertAdoptable(model: ResourceModel, name: string, existing: Props, given: Props): void {
    const conflicts = model.inputs
        .filter((property) => property.replaceOnChanges && property.name !== "name")
        .filter((property) => {
            const value = given[property.name];
            return value !== undefined && !isUnknown(value) && !sameValue(value, existing[property.name]);
        })
        .map(
            (property) =>
                `${property.name} is ${JSON.stringify(existing[property.name])} on the appliance, ` +
                `not ${JSON.stringify(given[property.name])}`,
        );
    if (conflicts.length > 0) {
        throw new ResourceOperationError(
            `Adopt Service Error: service "${name}" exists but cannot be taken over as declared: ` +
                `${conflicts.join("; ")}. The appliance cannot change these in place: declare the appliance's ` +
                `values to adopt it; nothing was changed.`,
        );
    }
}

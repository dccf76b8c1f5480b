import { ResourceOperationError } from "../errors";
import { unsetValue } from "../schema/mapping";
import type { ResourceModel } from "../schema/model";
import { isUnknown } from "../schema/values";
import { sameValue, type Props } from "./values";

/**
 * Refuses to take over `existing` (the service as the appliance has it) when an input that the appliance
 * cannot change in place (`addressVersion`, `vsite`, `group`) says otherwise, given or left to its default:
 * updating would silently keep the appliance's value, and the next diff would replace (delete) the very service
 * the user asked to keep.
 *
 * @throws ResourceOperationError naming each differing property, its value on the appliance and the fix.
 */
export function assertAdoptable(model: ResourceModel, name: string, existing: Props, given: Props): void {
    const conflicts = model.inputs
        .filter((property) => property.replaceOnChanges && property.name !== "name")
        .map((property) => ({ property, declared: given[property.name] ?? unsetValue(property) }))
        .filter(({ property, declared }) => {
            // Left out, the property is held to its default: a service elsewhere would be replaced next time.
            return (
                declared !== undefined &&
                !isUnknown(declared) &&
                !sameValue(declared, existing[property.name])
            );
        })
        .map(
            ({ property, declared }) =>
                `${property.name} is ${JSON.stringify(existing[property.name])} on the appliance, ` +
                `not ${JSON.stringify(declared)}${given[property.name] === undefined ? " (the default)" : ""}`,
        );
    if (conflicts.length > 0) {
        throw new ResourceOperationError(
            `Adopt Service Error: service "${name}" exists but cannot be taken over as declared: ` +
                `${conflicts.join("; ")}. The appliance cannot change these in place: declare the appliance's ` +
                `values to adopt it; nothing was changed.`,
        );
    }
}

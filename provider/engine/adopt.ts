import { ResourceOperationError } from "./errors";
import type { ResourceModel } from "../schema/model";
import { flatten } from "../schema/nesting";
import { isUnknown } from "../schema/values";
import { compareProperties, nothingWhenUnset, sameValue, takenOver, type Props } from "./state";

/**
 * Refuses to take over `existing` (the object as the appliance has it) when a property that the appliance
 * cannot change in place (`replaceOnChanges`, other than the name and the parents, which found it) is given
 * with another value: updating would silently keep the appliance's value, and the next diff would replace
 * (delete) the very object the user asked to keep. One the program leaves out keeps the appliance's value.
 *
 * @throws ResourceOperationError naming each differing property, its value on the appliance and the fix.
 */
export function assertAdoptable(model: ResourceModel, id: string, existing: Props, given: Props): void {
    const conflicts = model.inputs
        .filter(
            (property) =>
                property.replaceOnChanges &&
                // What the appliance never shows cannot be compared: the program's value is taken as given.
                !property.extension.writeOnly &&
                property.extension.field !== model.extension.idField &&
                property.extension.parent === undefined,
        )
        .map((property) => ({ property, declared: given[property.name] }))
        .filter(
            ({ property, declared }) =>
                declared !== undefined &&
                !isUnknown(declared) &&
                !sameValue(declared, existing[property.name]),
        )
        .map(
            ({ property, declared }) =>
                `${property.name} is ${JSON.stringify(existing[property.name])} on the appliance, ` +
                `not ${JSON.stringify(declared)}`,
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

/**
 * What taking over `existing` (the object as read, in output form) to match `given` (the program's inputs)
 * changes, one entry per property in schema order: `port: 80 → 8443`. Only properties the program sets can
 * change; a secret's values are not shown, and a value not known before apply says so. A property the
 * appliance never shows (`writeOnly`) cannot be compared, so it is not listed.
 */
export function adoptionChanges(model: ResourceModel, existing: Props, given: Props): string[] {
    const { changed, targets } = compareProperties(model, takenOver(existing), given, nothingWhenUnset);
    const found = flatten(model, existing);
    const shown = changed.filter((name) => !model.property(name)?.extension.writeOnly);
    return shown.map((name) => {
        const property = model.property(name);
        const shown = (value: unknown): string =>
            property?.secret ? "[secret]" : value === undefined ? "not set" : JSON.stringify(value);
        const target = name in targets ? shown(targets[name]) : "a value known only at apply";
        return `${name}: ${shown(found[name])} → ${target}`;
    });
}

/**
 * The notice a preview gives before an object is taken over: the changes the takeover makes (see
 * {@link adoptionChanges}), or that it makes none, and that what the program leaves out stays as it is.
 */
export function adoptionNotice(model: ResourceModel, id: string, changes: readonly string[]): string {
    const what = `${model.name} "${id}" exists on the appliance: adopt takes it over in place`;
    const kept = "everything the program leaves out keeps its value on the appliance";
    return changes.length === 0
        ? `${what} and changes nothing; ${kept}.`
        : `${what} and changes ${changes.join(", ")}; ${kept}.`;
}

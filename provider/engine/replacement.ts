import type { ResourceModel } from "../schema/model";
import type { InputFailure } from "./input-failure";
import { managedWhenUnset, compareProperties, type Props } from "./state";

/**
 * A resource replaced new-one-first (`replacement: create-first`, a certificate: whatever uses it moves over
 * with no gap) needs a new name for the new one, since the appliance's names are unique: keeping the old name,
 * the create would fail on the old object, and the advice to adopt it would hand the old object to the new
 * resource just before the old resource deletes it. So the plan is refused instead, naming the fix. `olds` and
 * `news` are the old and new inputs with references as names; `idOf` gives an object's ID from its inputs
 * (undefined while not known). Returns the failure on the name property, or undefined.
 */
export function sameNameReplacementFailure(
    model: ResourceModel,
    olds: Props,
    news: Props,
    idOf: (inputs: Props) => string | undefined,
): InputFailure | undefined {
    const nameProperty = model.inputs.find(
        (property) => property.extension.field === model.extension.idField,
    );
    if (model.extension.replacement !== "create-first" || nameProperty === undefined) {
        return undefined;
    }
    const { replaces } = compareProperties(model, olds, news, managedWhenUnset(olds));
    const id = idOf(news);
    if (replaces.length === 0 || id === undefined || id !== idOf(olds)) {
        return undefined;
    }
    const name = nameProperty.name;
    return {
        property: name,
        reason:
            `${name}: changing ${replaces.join(", ")} replaces this ${model.name}, and the new one is made before ` +
            `the old one is deleted, so the two cannot share the name ${JSON.stringify(news[name])}: give it a ` +
            `new name too (e.g. ${JSON.stringify(`${String(news[name])}-2`)})`,
    };
}

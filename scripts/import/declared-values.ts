import { toWireValue, unsetValue } from "../../provider/schema/mapping";
import type { PropertyModel, ResourceModel } from "../../provider/schema/model";
import { sameValue } from "../../provider/engine/state";
import { factoryDefault } from "./factory-defaults";
import type { ApplianceObject } from "./read-appliance";

/**
 * What a program declares of an object as read, so that it reads like a person wrote it: the properties whose
 * value differs from the appliance's default, plus the ones a program must always give (its name, its parents,
 * required inputs). An empty text or list counts as unset. Secrets are named here, and never written (see render-program).
 */

/** One declared property: a leaf by its path (`basicSecurity.mode`) and its value as read. */
export interface DeclaredValue {
    readonly property: PropertyModel;
    readonly value: unknown;
}

/** The leaves a program sets for `object`, in schema order. Provider-only inputs (`adopt`) are not values. */
export function declaredValues(object: ApplianceObject): readonly DeclaredValue[] {
    let declared = declaredCache.get(object);
    if (declared === undefined) {
        declared = declare(object);
        declaredCache.set(object, declared);
    }
    return declared;
}

const declaredCache = new WeakMap<ApplianceObject, readonly DeclaredValue[]>();

function declare(object: ApplianceObject): DeclaredValue[] {
    const { model, params, values } = object;
    const declared: DeclaredValue[] = [];
    for (const property of model.leaves) {
        if (property.extension.providerOnly || property.kind === "reference") continue;
        const parent = property.extension.parent;
        // A parent's name, and an item's own where it lives only in its path (a network interface's).
        const value =
            parent !== undefined
                ? params[parent]
                : property.extension.itemName === true
                  ? params.name
                  : values[property.name];
        if (value === undefined) continue;
        if (parent !== undefined || property.requiredInput || !isUnset(property, value)) {
            declared.push({ property, value });
        }
    }
    return declared;
}

/**
 * True when `value` is what the appliance has when the property is not set: what a new object holds (see
 * `factory-defaults.ts`: an interface's factory values too), or where that is not known, schema.json's default.
 */
export function isUnset(property: PropertyModel, value: unknown): boolean {
    if (value === "" || (Array.isArray(value) && value.length === 0)) return true;
    const { object, field } = property.extension;
    const made = object === undefined || field === undefined ? undefined : factoryDefault(object, field);
    if (made !== undefined && !Array.isArray(value)) {
        return sameValue(made, toWireValue(property, value as string | number | boolean));
    }
    if (property.default !== undefined) return sameValue(property.default, value);
    const unset = unsetValue(property);
    return unset !== undefined && sameValue(unset, value);
}

/** True when `object` holds something besides its identity: a value other than its name and parents off the defaults. */
export function isChanged(object: ApplianceObject): boolean {
    return declaredValues(object).some(
        ({ property, value }) =>
            property.extension.parent === undefined &&
            property.extension.field !== object.model.extension.idField &&
            !isUnset(property, value),
    );
}

const factoryNamesByToken = new Map<string, Set<string>>();

/**
 * The names of the objects of `model` that the appliance makes by itself, as schema.json shows them: the
 * defaults of the fields that name such an object (a service's `vsite` and `group` default to `default`, its
 * `basicSecurity.webFirewallPolicy` to the factory policy `default`, `rateControlPool` to `NONE`), and the
 * items of a fixed collection (a network interface `WAN`).
 */
export function factoryNames(model: ResourceModel, all: readonly ResourceModel[]): ReadonlySet<string> {
    const known = factoryNamesByToken.get(model.token);
    if (known !== undefined) return known;
    const names = new Set<string>(model.extension.factoryItems ?? []);
    factoryNamesByToken.set(model.token, names);
    for (const other of all) {
        for (const property of other.leaves) {
            if (property.extension.references === model.token && typeof property.default === "string") {
                names.add(property.default);
            }
        }
    }
    return names;
}

/** True for an object the appliance made by itself and nobody changed: a settings object at its defaults too. */
export function isFactoryObject(object: ApplianceObject, all: readonly ResourceModel[]): boolean {
    if (isChanged(object)) return false;
    const name = object.params.name;
    return name === undefined || factoryNames(object.model, all).has(name);
}

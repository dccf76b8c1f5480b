import { providerKey } from "../schema/validate";
import { isUnknown } from "../schema/values";
import { unsetValue, type ProgramValue } from "../schema/mapping";
import type { PropertyModel, ResourceModel } from "../schema/model";
import { flatten, nest } from "../schema/nesting";
/** A resource's properties as the dynamic-provider host passes them. */
export type Props = Record<string, unknown>;

/** `props` without the host's `__provider` key and without `undefined` values: what the user set. */
export function userProps(props: Props | undefined): Props {
    const result: Props = {};
    for (const [key, value] of Object.entries(props ?? {})) {
        if (key !== providerKey && value !== undefined) {
            result[key] = value;
        }
    }
    return result;
}

/** A copy of `value` that JSON keeps as it is: `undefined` members dropped, recursively. */
export function plain<T>(value: T): T {
    return JSON.parse(JSON.stringify(value)) as T;
}

/** Deep equality of JSON values. */
export function sameValue(a: unknown, b: unknown): boolean {
    return JSON.stringify(a) === JSON.stringify(b);
}

/** The outcome of comparing a resource's old state with its new inputs. */
export interface PropertyChanges {
    /** Properties whose value changes, in schema order. */
    readonly changed: readonly string[];
    /** The changed properties whose change replaces the resource. */
    readonly replaces: readonly string[];
    /**
     * The value each changed property is to have on the appliance (absent while unknown), members of a nested
     * input by their path (`basicSecurity.mode`).
     */
    readonly targets: Readonly<Record<string, ProgramValue>>;
}

/**
 * Compares `olds` (the state) with `news` (the inputs) over the resource's appliance-backed input properties.
 * A property the inputs set is compared as given; an unknown value always counts as a change. A property the
 * inputs leave out counts only when `whenUnset` says what it should then be (the appliance default, or the value
 * found at takeover) and the state holds something else: that is how removing a property clears it. Properties
 * whose `whenUnset` is undefined are not managed while unset. Replacements come from `replaceOnChanges`.
 */
export function compareProperties(
    model: ResourceModel,
    olds: Props,
    news: Props,
    whenUnset: WhenUnset,
): PropertyChanges {
    const changed: string[] = [];
    const targets: Record<string, ProgramValue> = {};
    for (const property of model.inputs) {
        if (property.kind === "object" && isUnknown(news[property.name])) {
            changed.push(property.name); // the whole nested input is not known yet
        }
    }
    const flatOlds = flatten(model, olds);
    const flatNews = flatten(model, news);
    for (const { property, holder } of leavesToCompare(model, flatNews, whenUnset)) {
        if (holder !== undefined && isUnknown(news[holder])) {
            continue;
        }
        const given = flatNews[property.name];
        if (given !== undefined && isUnknown(given)) {
            changed.push(property.name);
            continue;
        }
        // Most leaves of a large resource are neither given nor managed: they end here, at no further cost.
        const target = given !== undefined ? given : whenUnset(property);
        if (target === undefined) {
            continue;
        }
        const old = asRecordedBefore(property, flatOlds[property.name]);
        if (given === undefined && old === undefined) {
            continue;
        }
        if (!sameValue(old, target)) {
            changed.push(property.name);
            targets[property.name] = target as ProgramValue;
        }
    }
    return {
        changed,
        replaces: changed.filter((name) => model.property(name)?.replaceOnChanges),
        targets,
    };
}

/**
 * What an input the program leaves out is held to (undefined: it is not managed). With `onlyFor`, it is undefined
 * for every input outside those names (as a state records them: `basicSecurity` stands for each of its members),
 * so a diff need not look at the others.
 */
export type WhenUnset = ((property: PropertyModel) => ProgramValue | undefined) & {
    readonly onlyFor?: ReadonlySet<string>;
};

/** Holds no input the program leaves out: takeover compares only what the program gives. */
export const nothingWhenUnset: WhenUnset = Object.assign(() => undefined, {
    onlyFor: new Set<string>(),
});

/** A leaf a diff compares, with its nested input's name and its place in schema order. */
interface ComparedLeaf {
    readonly property: PropertyModel;
    readonly holder?: string;
    readonly index: number;
}

/** A resource's compared leaves: all in schema order, by name, and by the nested input that holds them. */
interface ComparedLeaves {
    readonly all: readonly ComparedLeaf[];
    readonly byName: ReadonlyMap<string, ComparedLeaf>;
    readonly byHolder: ReadonlyMap<string, readonly ComparedLeaf[]>;
}

const comparedLeavesByModel = new WeakMap<ResourceModel, ComparedLeaves>();

/**
 * The leaves a diff compares (those the appliance holds: a field, or a parent's name; not provider-only inputs),
 * each with its nested input's name (`basicSecurity` of `basicSecurity.mode`); worked out once per resource.
 */
function comparedLeaves(model: ResourceModel): ComparedLeaves {
    let leaves = comparedLeavesByModel.get(model);
    if (leaves === undefined) {
        const all = model.leaves
            .filter(
                (property) =>
                    !property.extension.providerOnly &&
                    (property.extension.field ?? property.extension.parent) !== undefined,
            )
            .map((property, index): ComparedLeaf => {
                const dot = property.name.indexOf(".");
                return dot === -1
                    ? { property, index }
                    : { property, holder: property.name.slice(0, dot), index };
            });
        const byHolder = new Map<string, ComparedLeaf[]>();
        for (const leaf of all) {
            if (leaf.holder !== undefined) {
                const members = byHolder.get(leaf.holder) ?? [];
                members.push(leaf);
                byHolder.set(leaf.holder, members);
            }
        }
        leaves = { all, byName: new Map(all.map((leaf) => [leaf.property.name, leaf])), byHolder };
        comparedLeavesByModel.set(model, leaves);
    }
    return leaves;
}

/**
 * The leaves a diff of `flatNews` must look at, in schema order: every one, unless `whenUnset` holds only some
 * inputs; then those given and those it holds, the only ones that can differ (a service has some 200 leaves, a
 * program sets a few).
 */
function leavesToCompare(
    model: ResourceModel,
    flatNews: Readonly<Record<string, unknown>>,
    whenUnset: WhenUnset,
): readonly ComparedLeaf[] {
    const leaves = comparedLeaves(model);
    if (whenUnset.onlyFor === undefined) {
        return leaves.all;
    }
    const picked = new Set<ComparedLeaf>();
    for (const name of Object.keys(flatNews)) {
        const leaf = leaves.byName.get(name);
        if (leaf !== undefined) picked.add(leaf);
    }
    for (const name of whenUnset.onlyFor) {
        const leaf = leaves.byName.get(name);
        if (leaf !== undefined) picked.add(leaf);
        for (const member of leaves.byHolder.get(name) ?? []) picked.add(member);
    }
    return [...picked].sort((a, b) => a.index - b.index);
}

/**
 * A PEM input's value as the state holds it, in the program's form: a state written when the program gave the
 * base64 the appliance takes (0.1) holds it so, and the same certificate given as PEM text now is no
 * change (it would replace the certificate). Other values as they are.
 */
function asRecordedBefore(property: PropertyModel, value: unknown): unknown {
    if (property.extension.pem === undefined) {
        return value;
    }
    const decoded = (item: unknown): unknown => {
        if (typeof item !== "string" || item.includes("-----BEGIN ")) return item;
        const text = Buffer.from(item, "base64").toString("utf8");
        return text.startsWith("-----BEGIN ") ? text : item;
    };
    return Array.isArray(value) ? value.map(decoded) : decoded(value);
}

/**
 * The state key listing the input properties the program set. Pulumi hands a dynamic provider's `read` the old
 * outputs only, so the state keeps this list to tell what the program declared from what the appliance filled
 * in. The SDK's classes do not expose it.
 */
export const inputNamesKey = "__inputNames";

/**
 * The inputs that `inputs` sets, in schema order: each property, and for a nested input each member it sets, by
 * its path (`basicSecurity.mode`), so that the members a program leaves out are told from the ones it sets.
 */
export function inputNamesOf(model: ResourceModel, inputs: Props): string[] {
    const flat = flatten(model, inputs);
    return model.leaves
        .filter((property) => flat[property.name] !== undefined)
        .map((property) => property.name);
}

/**
 * Whether `names` (a state's input names) say the program set the input `path`. States written before members
 * were recorded name only the nested input (`basicSecurity`): then each of its members counts as set.
 */
export function namedIn(names: ReadonlySet<string>, path: string): boolean {
    if (names.has(path)) return true;
    const dot = path.indexOf(".");
    return dot !== -1 && names.has(path.slice(0, dot));
}

/**
 * What an input the program leaves out is held to, given the resource's state `olds`: an input the program set
 * before and has stopped setting goes back to the appliance's default (that is how removing a property clears
 * it); one the program never set is not managed (undefined), so the appliance keeps its value and neither a
 * diff nor a refresh shows it. A state that records no input names (written by 0.1.0) had every input managed.
 */
export function managedWhenUnset(olds: Props): WhenUnset {
    const names = stateInputNames(olds);
    if (names === undefined) {
        return unsetValue;
    }
    const set = new Set(names);
    return Object.assign(
        (property: PropertyModel) => (namedIn(set, property.name) ? unsetValue(property) : undefined),
        { onlyFor: set },
    );
}

/** A state for taking over `existing`, the object as read: nothing of it was set by the program yet. */
export function takenOver(existing: Props): Props {
    return { ...existing, [inputNamesKey]: [] };
}

/** The input names a state records; undefined for a state written before the provider recorded them. */
export function stateInputNames(state: Props): string[] | undefined {
    const recorded = state[inputNamesKey];
    return Array.isArray(recorded)
        ? recorded.filter((name): name is string => typeof name === "string")
        : undefined;
}

/**
 * The inputs to record after `read` (Pulumi's `ReadResult.inputs`), so that the next preview shows the program
 * against what the appliance has: each input the program set (as the old state `olds` lists them), with its
 * refreshed value from `refreshed` (provider-only inputs such as `systemConfiguration` as `olds` had them); and
 * each input the program leaves out whose refreshed value differs from what `whenUnset` holds it to, so that
 * drift the next `up` will undo shows too. Inputs the program never set stay out, members of a nested input
 * included, so a reviewer's diff shows only what the program changes. The host adds `__provider` itself.
 * Undefined when the state lists no input names.
 */
export function refreshedInputs(
    model: ResourceModel,
    refreshed: Props,
    olds: Props,
    whenUnset: WhenUnset,
): Props | undefined {
    const names = stateInputNames(olds);
    if (names === undefined) {
        return undefined; // An older state: keep the inputs the engine recorded rather than guess.
    }
    const set = new Set(names);
    const flatRefreshed = flatten(model, refreshed);
    const inputs: Props = {};
    // The leaves the read holds a value of, and the provider-only ones: one lookup each, not a walk over all.
    const leaves = leavesByName(model);
    const held = Object.keys(flatRefreshed)
        .map((name) => leaves.get(name))
        .filter((leaf): leaf is PropertyModel => leaf !== undefined && !leaf.extension.providerOnly);
    for (const property of [...held, ...providerOnlyInputs(model)]) {
        const source = property.extension.providerOnly ? olds : flatRefreshed;
        const value = source[property.name];
        if (value === undefined) {
            continue;
        }
        const target = whenUnset(property);
        if (set.has(property.name)) {
            inputs[property.name] = value;
        } else if (namedIn(set, property.name)) {
            // A state that names only the nested input: a member at its default was most likely left out.
            if (target === undefined || !sameValue(value, target)) {
                inputs[property.name] = value;
            }
        } else if (!property.extension.providerOnly && target !== undefined && !sameValue(value, target)) {
            inputs[property.name] = value;
        }
    }
    return plain(nest(model, inputs));
}

/**
 * The provider-only inputs that travel with the outputs, so the state keeps them (`systemConfiguration`,
 * `adopt`), only when known: an unknown value never reaches create; a partial one keeps its known fields.
 */
function providerOnlyOutputs(model: ResourceModel, inputs: Props): Props {
    const kept: Props = {};
    for (const property of providerOnlyInputs(model)) {
        const value = inputs[property.name];
        if (value !== undefined && !isUnknown(value)) {
            kept[property.name] = value;
        }
    }
    return kept;
}

/**
 * The state to record for a resource, as plain JSON: of `outputs` (its values in output form, as read), what the
 * program manages, that is the inputs it set (`inputNames`, members of a nested input one by one), and the
 * read-only facts the appliance fills in (output-only and `computed` properties: a certificate's serial, a
 * service's port when the program leaves it to the type); the provider-only inputs taken from `inputs`, so a
 * reference the program dropped leaves the state; and `inputNames` itself. What the program leaves out is not
 * stored: Pulumi rewrites the whole state at every step, so each value costs at every step. A state written before the provider recorded input names (`inputNames` undefined) keeps
 * every output, as it did.
 */
export function stateOf(
    model: ResourceModel,
    outputs: Props,
    inputs: Props,
    inputNames: readonly string[] | undefined,
): Props {
    const all: Props = { ...outputs };
    for (const property of providerOnlyInputs(model)) {
        delete all[property.name];
    }
    delete all[inputNamesKey];
    return plain({
        ...(inputNames === undefined ? all : managedOutputs(model, all, inputNames)),
        ...writeOnlyInputs(model, inputs),
        ...providerOnlyOutputs(model, inputs),
        ...(inputNames ? { [inputNamesKey]: inputNames } : {}),
    });
}

/** Of `outputs`, the inputs `inputNames` lists (members of a nested input by their path) and the read-only facts. */
function managedOutputs(model: ResourceModel, outputs: Props, inputNames: readonly string[]): Props {
    const names = new Set(inputNames);
    const flat = flatten(model, outputs);
    const kept: Props = {};
    for (const [name, value] of Object.entries(flat)) {
        const property = model.property(name);
        const readOnly =
            property !== undefined && (!property.isInput || property.extension.computed === true);
        if (readOnly || namedIn(names, name)) {
            kept[name] = value;
        }
    }
    return nest(model, kept);
}

/**
 * The inputs the appliance never shows (`writeOnly`: an uploaded certificate and its key), as `inputs` has them:
 * a read cannot tell their value, so the state keeps the one the program gave (after a refresh, the one
 * recorded before), and a refresh shows no drift on them.
 */
function writeOnlyInputs(model: ResourceModel, inputs: Props): Props {
    const kept: Props = {};
    for (const property of model.inputs) {
        const value = inputs[property.name];
        if (property.extension.writeOnly && value !== undefined && !isUnknown(value)) {
            kept[property.name] = value;
        }
    }
    return kept;
}

const leavesByModel = new WeakMap<ResourceModel, ReadonlyMap<string, PropertyModel>>();

/** The resource's input leaves by name (`port`, `basicSecurity.mode`), worked out once per resource. */
function leavesByName(model: ResourceModel): ReadonlyMap<string, PropertyModel> {
    let found = leavesByModel.get(model);
    if (found === undefined) {
        found = new Map(model.leaves.map((leaf) => [leaf.name, leaf]));
        leavesByModel.set(model, found);
    }
    return found;
}

const providerOnlyByModel = new WeakMap<ResourceModel, readonly PropertyModel[]>();

/** The resource's provider-only inputs (`systemConfiguration`, `adopt`), worked out once per resource. */
function providerOnlyInputs(model: ResourceModel): readonly PropertyModel[] {
    let found = providerOnlyByModel.get(model);
    if (found === undefined) {
        found = model.properties.filter((property) => property.extension.providerOnly && property.isInput);
        providerOnlyByModel.set(model, found);
    }
    return found;
}

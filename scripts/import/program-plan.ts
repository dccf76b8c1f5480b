import { inputFailures } from "../../provider/engine/check";
import { idOf, placeholders } from "../../provider/engine/object-path";
import type { PropertyModel } from "../../provider/schema/model";
import { nest } from "../../provider/schema/nesting";
import { declaredValues, isChanged, isFactoryObject, isUnset, type DeclaredValue } from "./declared-values";
import { camelCase, nameObjects, type ObjectNames } from "./naming";
import {
    isSettings,
    isSingleton,
    parentModelOf,
    resourceModels,
    type ApplianceContent,
    type ApplianceObject,
    type UnreadKind,
} from "./read-appliance";
import { resolveName, resolveResource } from "./references";

/**
 * What the program will hold: per object, the values it declares, which of them name another resource of the
 * program, and which are secrets to be read from config; in an order that compiles (what a resource names
 * comes before it); the factory objects left out; what could not be read.
 */

/** A value of a declared property that names another resource of the program. */
export interface ReferenceValue {
    readonly reference: PlannedResource;
}

/** A value read from stack config as a secret: never the value itself. */
export interface SecretValue {
    readonly configKey: string;
}

/** One property as the program writes it. */
export interface PlannedValue {
    readonly property: PropertyModel;
    /** The value as read; for a list of names, each item that names a resource of the program is replaced. */
    readonly value: unknown | ReferenceValue | SecretValue | ReadonlyArray<string | ReferenceValue>;
}

/** One resource of the program. */
export interface PlannedResource {
    readonly object: ApplianceObject;
    readonly names: ObjectNames;
    readonly values: readonly PlannedValue[];
    /** Why the object cannot be written as a resource (the provider would refuse its inputs); it becomes a comment. */
    readonly failure?: string;
}

/** The program to write. */
export interface ProgramPlan {
    readonly resources: readonly PlannedResource[];
    /** Objects the appliance made by itself and nobody changed, by `Kind "id"`. */
    readonly factoryLeftOut: readonly string[];
    readonly unread: readonly UnreadKind[];
}

/** `Kind "id"`, as messages and comments name an object. */
export function describeObject(object: ApplianceObject): string {
    return isSingleton(object.model)
        ? object.model.name
        : `${object.model.name} "${idOf(object.model.extension.object, object.params)}"`;
}

/**
 * The plan of the program for `content`: every object but the unchanged factory ones, or with `only` (objects
 * by ID, `shop`, or by kind and ID, `Service:shop`) those objects, what lives in them and what they name.
 *
 * @throws Error naming the value when an `only` entry matches no object.
 */
export function planProgram(content: ApplianceContent, only: readonly string[] = []): ProgramPlan {
    const models = resourceModels();
    const all = content.objects;
    const kept = all.filter((object) => !isFactoryObject(object, models));
    const factoryLeftOut = all
        .filter((object) => isFactoryObject(object, models) && !isSettings(object.model))
        .map(describeObject);
    const wanted = only.length === 0 ? kept : closure(selectOnly(all, only), all, kept);
    const ordered = dependencyOrder(wanted, all);
    const names = nameObjects(ordered);
    const planned = new Map<ApplianceObject, PlannedResource>();
    for (const object of ordered) {
        planned.set(object, planResource(object, names.get(object) as ObjectNames, all, planned));
    }
    return { resources: [...planned.values()], factoryLeftOut, unread: content.unread };
}

function planResource(
    object: ApplianceObject,
    names: ObjectNames,
    all: readonly ApplianceObject[],
    planned: ReadonlyMap<ApplianceObject, PlannedResource>,
): PlannedResource {
    const named = (property: PropertyModel, name: string): string | ReferenceValue => {
        const target = resolveName(object, property, name, all);
        const reference = target === undefined ? undefined : planned.get(target);
        return reference === undefined ? name : { reference };
    };
    const values: PlannedValue[] = declaredValues(object).map(({ property, value }: DeclaredValue) => {
        if (property.secret) {
            return { property, value: { configKey: camelCase(`${names.variable} ${property.name}`) } };
        }
        if (property.extension.references !== undefined) {
            if (typeof value === "string") return { property, value: named(property, value) };
            if (Array.isArray(value))
                return { property, value: value.map((item) => named(property, String(item))) };
        }
        return { property, value };
    });
    for (const property of settingsReferences(object)) {
        const target = resolveResource(property, all);
        const reference = target === undefined ? undefined : planned.get(target);
        if (reference !== undefined) values.push({ property, value: { reference } });
    }
    const inputs = nest(
        object.model,
        Object.fromEntries(
            declaredValues(object)
                .filter(({ property }) => property.kind !== "reference")
                .map(({ property, value }) => [property.name, value]),
        ),
    );
    const failures = inputFailures(object.model, {}, inputs, false);
    return {
        object,
        names,
        values,
        ...(failures.length > 0 ? { failure: failures.map((f) => f.reason).join("; ") } : {}),
    };
}

/**
 * The properties of `object` that take a settings resource (a service's `systemConfiguration`), when the
 * object is a link of a rule chain: it sets, off its default, a field that another resource's reference to it
 * passes on (a service's `enableWebSocket`, which a WebSocketPolicy's `service` passes), so it needs the link
 * before it too. schema.json's `passes` says which fields those are.
 */
function settingsReferences(object: ApplianceObject): PropertyModel[] {
    const passedOn = passedOnFields(object.model.token);
    const links = declaredValues(object).some(
        ({ property, value }) => passedOn.has(property.name) && !isUnset(property, value),
    );
    return links ? object.model.inputs.filter((p) => p.kind === "reference") : [];
}

const passedOnByToken = new Map<string, ReadonlySet<string>>();

/** The fields of the resource `token` that references to it pass on (`enableWebSocket` of a Service). */
function passedOnFields(token: string): ReadonlySet<string> {
    let fields = passedOnByToken.get(token);
    if (fields === undefined) {
        fields = new Set(
            resourceModels().flatMap((model) =>
                model.inputs
                    .filter((p) => (p.extension.references ?? p.reference) === token)
                    .flatMap((p) => p.extension.passes ?? []),
            ),
        );
        passedOnByToken.set(token, fields);
    }
    return fields;
}

/** The objects `only` names, each entry an ID (`shop`, `shop/web-1`) or `Kind:ID`. */
function selectOnly(all: readonly ApplianceObject[], only: readonly string[]): ApplianceObject[] {
    return only.flatMap((entry) => {
        const colon = entry.indexOf(":");
        const kind = colon === -1 ? undefined : entry.slice(0, colon);
        const id = colon === -1 ? entry : entry.slice(colon + 1);
        const found = all.filter(
            (object) =>
                !isSettings(object.model) &&
                (kind === undefined || object.model.name === kind) &&
                idOf(object.model.extension.object, object.params) === id,
        );
        if (found.length === 0) {
            throw new Error(
                `--only ${entry}: the appliance has no such object; give an object's ID (a service's name, ` +
                    "or parent/name for an object of a parent), or Kind:ID such as Service:shop",
            );
        }
        return found;
    });
}

/** The object `object` lives in (a server's service), when it has one. */
function parentOf(object: ApplianceObject, all: readonly ApplianceObject[]): ApplianceObject | undefined {
    const parentModel = parentModelOf(object.model);
    if (parentModel === undefined) return undefined;
    const keys = placeholders(object.model.extension.object).filter((key) => key !== "name");
    const parentKey = keys[keys.length - 1];
    const above = Object.fromEntries(
        Object.entries(object.params).filter(([key]) => key !== "name" && key !== parentKey),
    );
    const wanted = idOf(parentModel.extension.object, { ...above, name: object.params[parentKey] });
    return indexOf(all).get(`${parentModel.token} ${wanted}`);
}

const indexes = new WeakMap<readonly ApplianceObject[], Map<string, ApplianceObject>>();

/** `all` by resource token and ID (`barracudawaf:index:Service shop`), built once per read. */
function indexOf(all: readonly ApplianceObject[]): Map<string, ApplianceObject> {
    let index = indexes.get(all);
    if (index === undefined) {
        index = new Map(all.map((o) => [`${o.model.token} ${idOf(o.model.extension.object, o.params)}`, o]));
        indexes.set(all, index);
    }
    return index;
}

/** The objects `object` needs: its parent and every object a value of it names. */
function dependenciesOf(object: ApplianceObject, all: readonly ApplianceObject[]): ApplianceObject[] {
    const needed: ApplianceObject[] = [];
    const parent = parentOf(object, all);
    if (parent !== undefined) needed.push(parent);
    for (const { property, value } of declaredValues(object)) {
        if (property.extension.references === undefined || property.extension.parent !== undefined) continue;
        for (const name of Array.isArray(value) ? value.map(String) : [String(value)]) {
            const target = resolveName(object, property, name, all);
            if (target !== undefined) needed.push(target);
        }
    }
    for (const property of settingsReferences(object)) {
        const target = resolveResource(property, all);
        if (target !== undefined && isChanged(target)) needed.push(target);
    }
    return needed;
}

/**
 * `selected` and, transitively, everything they need (their parents, what they name) and what lives in each
 * of those among `kept` (a service's servers, a trusted host group's hosts): an object comes with its content.
 */
function closure(
    selected: readonly ApplianceObject[],
    all: readonly ApplianceObject[],
    kept: readonly ApplianceObject[],
): ApplianceObject[] {
    const chosen = new Set<ApplianceObject>();
    const children = new Map<ApplianceObject, ApplianceObject[]>();
    for (const object of kept) {
        const parent = parentOf(object, all);
        if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), object]);
    }
    const keptSet = new Set(kept);
    const add = (object: ApplianceObject): void => {
        if (chosen.has(object)) return;
        chosen.add(object);
        const parent = parentOf(object, all);
        for (const needed of dependenciesOf(object, all)) {
            if (keptSet.has(needed) || needed === parent) add(needed);
        }
        for (const child of children.get(object) ?? []) add(child);
    };
    selected.forEach(add);
    return all.filter((object) => chosen.has(object));
}

/** `objects` in an order where each comes after what it needs, otherwise as read. */
function dependencyOrder(
    objects: readonly ApplianceObject[],
    all: readonly ApplianceObject[],
): ApplianceObject[] {
    const included = new Set(objects);
    const ordered: ApplianceObject[] = [];
    const placed = new Set<ApplianceObject>();
    const visiting = new Set<ApplianceObject>();
    const place = (object: ApplianceObject): void => {
        if (placed.has(object) || visiting.has(object)) return;
        visiting.add(object);
        for (const needed of dependenciesOf(object, all)) {
            if (included.has(needed)) place(needed);
        }
        visiting.delete(object);
        placed.add(object);
        ordered.push(object);
    };
    objects.forEach(place);
    return ordered;
}

import { loadSchema } from "../../provider/schema/load";
import { resourceModel, type PropertyModel, type ResourceModel } from "../../provider/schema/model";
import { testCertificate } from "../helpers/test-certificates";

/**
 * Valid inputs for any resource of schema.json, derived from the schema alone, with the resources they need
 * planned first: each parent and each resource a property refers to gets an object of its own. Every property
 * a program can set gets a valid value that differs from its default (enums, integers within their range,
 * booleans, strings within their length and pattern, addresses and masks of the resource's address version),
 * so that a create writes every object of the resource and a read proves every value. The resources it needs
 * get only what they need to be made.
 */

/** A resource's properties as the dynamic-provider host passes them. */
export type Props = Record<string, unknown>;

/** One resource a test creates, in the order a program would: what it needs comes first. */
export interface PlannedResource {
    readonly model: ResourceModel;
    /** The key of its handlers in `createHandlers()`: its name in camelCase, e.g. `webSocketPolicy`. */
    readonly kind: string;
    /**
     * The object is never made or deleted, only taken over on create and given back on delete: a singleton (no
     * `{name}` in its path), or an item of a fixed collection (the schema lists its `factoryItems`).
     */
    readonly singleton: boolean;
    /** Its name on the appliance (undefined for a singleton). */
    readonly name: string | undefined;
    /** The names that fill its objects' path templates, e.g. `{ service: "walk-1", name: "walk-2" }`. */
    readonly params: Readonly<Record<string, string>>;
    /** The inputs without the references to resources (those need the resources' IDs, see `inputs`). */
    readonly values: Readonly<Props>;
    /**
     * The inputs as the SDK passes them: a property that takes another resource is `{ id, ...fields it passes }`,
     * with the ID that resource got (`ids`, by planned resource).
     */
    inputs(ids: ReadonlyMap<PlannedResource, string>): Props;
}

/**
 * Values the schema cannot derive, by `Resource.property`, each with the reason. Keep it short: a property
 * that needs an entry here usually lacks a fact in spec/overlay (a pattern, a format, a reference).
 */
export const valueExceptions: Readonly<Record<string, { readonly value: unknown; readonly reason: string }>> =
    {};

/** Every resource token of schema.json, in schema order. */
export function resourceTokens(): string[] {
    return Object.keys(loadSchema().resources);
}

/** A resource's handler kind: its short name in camelCase. */
export function kindOf(model: ResourceModel): string {
    return model.name[0].toLowerCase() + model.name.slice(1);
}

/**
 * True for an object that is taken over rather than made: a singleton (its main object's path names no object
 * of a collection) or an item of a fixed collection (the schema lists the items the appliance has).
 */
export function isSingleton(model: ResourceModel): boolean {
    return !model.extension.object.includes("{name}") || model.extension.factoryItems !== undefined;
}

/** `template` with its placeholders filled, as a REST path below `/restapi/v3.2`. */
export function pathOf(template: string, params: Readonly<Record<string, string>>): string {
    return `/${template.replace(/\{([^}]+)\}/g, (_, key: string) => {
        const value = params[key];
        if (value === undefined) {
            throw new Error(`no name for {${key}} in ${template}`);
        }
        return encodeURIComponent(value);
    })}`;
}

/**
 * The property holding the object's own name (the main object's `idField`, or a fixed collection's item name,
 * which is no field), if it has one.
 */
export function nameProperty(model: ResourceModel): PropertyModel | undefined {
    return (
        model
            .fieldsOf(model.extension.object)
            .find((property) => property.extension.field === model.extension.idField) ??
        model.inputs.find((property) => property.extension.itemName === true)
    );
}

/**
 * Plans `token` with everything it needs, named `<prefix>-<n>` so that plans of different prefixes never
 * collide on one appliance. Returns the resources in creation order, `token`'s last.
 */
export function planWithDependencies(token: string, prefix: string): PlannedResource[] {
    const planner = new Planner(prefix);
    planner.plan(token);
    return planner.planned;
}

class Planner {
    readonly planned: PlannedResource[] = [];
    private count = 0;
    private readonly depth: string[] = [];

    constructor(private readonly prefix: string) {}

    /**
     * Plans `token` (after what it needs) with the values of `fixed` taken as given. `full`: every property a
     * program can set; else only what the resource needs to be made (its required properties, parents and
     * resource references, the fields `wanted` by the resource that refers to it, and what a `requiredWhen`
     * then requires), so that a resource needed by a walk does not depend on every object of its own.
     */
    plan(token: string, fixed: Props = {}, full = true, wanted: readonly string[] = []): PlannedResource {
        const model = resourceModel(token);
        const singleton = isSingleton(model);
        const existing = singleton ? this.planned.find((p) => p.model.token === token) : undefined;
        if (existing) {
            return existing; // the appliance has it once
        }
        if (this.depth.includes(token)) {
            throw new Error(`schema.json: ${[...this.depth, token].join(" → ")} refer to each other`);
        }
        this.depth.push(token);
        const values: Props = {};
        const resources: Array<{ name: string; target: PlannedResource; fields: readonly string[] }> = [];
        const deferred: PropertyModel[] = [];
        const own = nameProperty(model);
        // Each property, and in place of a nested input each of its members (`basicSecurity.mode`).
        const leaves = model.inputs.flatMap((p) => (p.kind === "object" ? (p.members ?? []) : [p]));
        const set = (name: string, value: unknown): void => {
            const [holder, member] = name.split(".");
            values[holder] = member === undefined ? value : { ...(values[holder] as Props), [member]: value };
        };
        const needed = (property: PropertyModel): boolean =>
            full ||
            property.requiredInput ||
            property.kind === "reference" ||
            property.extension.parent !== undefined ||
            property === own ||
            wanted.includes(property.name);
        const assign = (property: PropertyModel): void => {
            const exception = valueExceptions[`${model.name}.${property.name}`];
            if (property.name in fixed) {
                set(property.name, fixed[property.name]);
            } else if (exception) {
                set(property.name, exception.value);
            } else if (property.kind === "reference") {
                const fields = property.extension.passes ?? [];
                const target = this.plan(property.reference as string, {}, false, fields);
                resources.push({ name: property.name, target, fields });
            } else if (property.extension.providerOnly) {
                return; // adopt and the like: a step of the walk sets them
            } else if (
                property.extension.parent !== undefined &&
                property.extension.references === undefined
            ) {
                throw new Error(
                    `${model.name}.${property.name} names a parent that is no resource of schema.json: ` +
                        "add its resource, or the walk's exception with the reason",
                );
            } else if (property.extension.references !== undefined) {
                // A list of names (a service's SNI certificates) names one object, planned like a single name.
                const named = this.referenceTo(model, property, values);
                set(property.name, property.kind === "list" ? [named] : named);
            } else if (property === own) {
                // An item of a fixed collection cannot be made: the walk takes over one the appliance has.
                set(property.name, model.extension.factoryItems?.[0] ?? this.nameFor(property));
            } else if (property.extension.format !== undefined) {
                deferred.push(property); // an address follows the resource's address version
            } else {
                set(property.name, validValue(property, this.seed(property)));
            }
        };
        leaves.filter(needed).forEach(assign);
        // What the values chosen make required (a server identified by its IP address needs one).
        for (const property of leaves.filter((p) => !needed(p))) {
            const when = property.extension.requiredWhen;
            const other = when && (values[when.property] ?? model.property(when.property)?.default);
            if (when && typeof other === "string" && when.in.includes(other)) {
                assign(property);
            }
        }
        const version = values.addressVersion ?? model.property("addressVersion")?.default ?? "IPv4";
        for (const property of deferred) {
            set(property.name, formatted(property, String(version), ++this.count));
        }
        const params: Record<string, string> = {};
        for (const property of model.inputs) {
            const placeholder = property.extension.parent;
            if (placeholder !== undefined) {
                params[placeholder] = nameOf(values[property.name]);
            }
        }
        if (own) {
            params.name = String(values[own.name]);
        }
        const planned: PlannedResource = {
            model,
            kind: kindOf(model),
            singleton,
            name: own ? String(values[own.name]) : undefined,
            params,
            values,
            inputs: (ids) => ({
                ...values,
                ...Object.fromEntries(
                    resources.map(({ name, target, fields }) => [
                        name,
                        { id: ids.get(target), ...pick(target.values, fields) },
                    ]),
                ),
            }),
        };
        this.depth.pop();
        this.planned.push(planned);
        return planned;
    }

    /**
     * The value of a property naming another resource: an object of that resource, planned for it. Where that
     * resource has a parent that this one names too (a service's `group` lives in the service's `vsite`), it is
     * planned in the same parent. Passed fields go with the name, as the SDK passes them.
     */
    private referenceTo(model: ResourceModel, property: PropertyModel, values: Props): unknown {
        const target = resourceModel(property.extension.references as string);
        const shared: Props = {};
        for (const other of target.inputs) {
            const mine = model.property(other.name);
            if (
                other.extension.references !== undefined &&
                mine?.extension.references === other.extension.references &&
                values[other.name] !== undefined
            ) {
                shared[other.name] = nameOf(values[other.name]);
            }
        }
        const passes = property.extension.passes ?? [];
        const planned = this.plan(target.token, shared, false, passes);
        return passes.length === 0 ? planned.name : { name: planned.name, ...pick(planned.values, passes) };
    }

    private nameFor(property: PropertyModel): string {
        return text(property, `${this.prefix}-${++this.count}`);
    }

    private seed(property: PropertyModel): string {
        return `${property.name.replace(/[^A-Za-z0-9]/g, "").toLowerCase()}-${++this.count}`;
    }
}

/** A valid value of `property` other than its default, made from `seed` where it is text. */
export function validValue(property: PropertyModel, seed: string): unknown {
    const x = property.extension;
    if (x.pem !== undefined) {
        return pemValue(property, seed);
    }
    switch (property.kind) {
        case "enum": {
            const values = property.enumValues ?? [];
            return values.find((value) => value !== property.default) ?? values[0];
        }
        case "boolean":
            return property.default !== true;
        case "integer":
        case "number": {
            const fallback = property.default;
            if (typeof fallback === "number") {
                return x.maximum === undefined || fallback + 1 <= x.maximum ? fallback + 1 : fallback - 1;
            }
            return x.minimum !== undefined && x.maximum !== undefined
                ? Math.floor((x.minimum + x.maximum) / 2)
                : (x.minimum ?? 0) + 1;
        }
        case "list":
            // A list of an enum's values takes one of them; else any text will do.
            return [property.enumValues?.[0] ?? text(property, seed)];
        case "string":
            return text(property, seed);
        default:
            throw new Error(
                `${property.name}: no valid value can be derived for a ${property.kind}; ` +
                    "add it to valueExceptions with the reason",
            );
    }
}

/** True when `property` has more than one valid value, so that {@link otherValue} can change it. */
export function canChange(property: PropertyModel): boolean {
    return property.kind !== "enum" || (property.enumValues?.length ?? 0) > 1;
}

/**
 * Another valid value of `property` than `current`: the next enum value, the integer next to it, the other
 * boolean, a different text of a valid length. For a reference, the name of another object.
 */
export function otherValue(property: PropertyModel, current: unknown): unknown {
    const x = property.extension;
    if (x.pem !== undefined) {
        return pemValue(property, `other-${JSON.stringify(current).length}`);
    }
    switch (property.kind) {
        case "enum": {
            const values = property.enumValues ?? [];
            return values[(values.indexOf(String(current)) + 1) % values.length];
        }
        case "boolean":
            return current !== true;
        case "integer":
        case "number": {
            const value = Number(current);
            return x.maximum === undefined || value + 1 <= x.maximum ? value + 1 : value - 1;
        }
        case "list": {
            const list = current as string[];
            if (property.enumValues === undefined) {
                return [...list, text(property, "more")];
            }
            // Another of the enum's values, or one fewer when the list has them all.
            const more = property.enumValues.find((value) => !list.includes(value));
            return more === undefined ? list.slice(0, -1) : [...list, more];
        }
        case "reference":
            return { ...(current as Props), id: `${String((current as Props).id)}-other` };
        default: {
            if (x.format !== undefined) {
                const version = String(current).includes(":") ? "IPv6" : "IPv4";
                const other = formatted(property, version, 200);
                return other === current ? formatted(property, version, 201) : other;
            }
            const value = nameOf(current);
            // The same length, the last character changed: valid wherever the current value is.
            const last = value.at(-1) === "a" ? "b" : "a";
            const changed = value.length > 0 ? `${value.slice(0, -1)}${last}` : text(property, "other");
            return typeof current === "object" ? { ...(current as Props), name: changed } : changed;
        }
    }
}

/** Text from `seed` that fits the property's length and pattern. @throws Error when the pattern refuses it. */
function text(property: PropertyModel, seed: string): string {
    const x = property.extension;
    let value = seed.padEnd(x.minLength ?? 0, "x");
    if (x.maxLength !== undefined) {
        value = value.slice(0, x.maxLength);
    }
    if (value === property.default) {
        value = `${value.slice(0, -1)}${value.at(-1) === "z" ? "y" : "z"}`;
    }
    if (x.pattern !== undefined && !new RegExp(x.pattern).test(value)) {
        throw new Error(
            `${property.name}: ${JSON.stringify(value)} does not match ${x.pattern}; ` +
                "add it to valueExceptions with the reason",
        );
    }
    return value;
}

/** An address or a mask of `version` (`IPv4` or `IPv6`), the `n`-th of the documentation ranges. */
function formatted(property: PropertyModel, version: string, n: number): string {
    const v6 = version === "IPv6";
    switch (property.extension.format) {
        case "ip-address":
            return v6 ? `2001:db8::${(n % 0xffff).toString(16)}` : `192.0.2.${(n % 254) + 1}`;
        case "mask":
            // A /64 or /48, a /24 or /25: masks alternate with n, so that another one differs.
            return n % 2 === 0
                ? v6
                    ? "ffff:ffff:ffff:ffff::"
                    : "255.255.255.0"
                : v6
                  ? "ffff:ffff:ffff::"
                  : "255.255.255.128";
        default:
            throw new Error(`${property.name}: no value for the format ${String(property.extension.format)}`);
    }
}

/** The name in a reference value: the value itself, or the `name` of the `{ name, ...fields }` passed. */
function nameOf(value: unknown): string {
    return typeof value === "object" && value !== null ? String((value as Props).name) : String(value);
}

function pick(values: Readonly<Props>, fields: readonly string[]): Props {
    return Object.fromEntries(fields.map((field) => [field, values[field]]));
}

/** PEM text of the property's kind (`pem`), of a certificate made for `seed`; a list holds one. */
function pemValue(property: PropertyModel, seed: string): string | string[] {
    const made = testCertificate(`${seed.replace(/[^A-Za-z0-9.-]/g, "")}.test`);
    const pem = property.extension.pem === "private-key" ? made.key : made.certificate;
    return property.kind === "list" ? [pem] : pem;
}

import {
    isEnumType,
    type PropertyExtension,
    type ResourceExtension,
    type SchemaProperty,
    type SchemaType,
} from "./load";
import { resourcePart } from "./parts";
import { resourceNameOf } from "./tokens";

/**
 * How a property's value is typed in a Pulumi program. An `object` property is a sub-object given as one
 * nested input; its `members` are the fields. A `list` is a list of strings (of an enum's values, where it
 * has `enumValues`).
 */
export type ValueKind =
    "string" | "integer" | "number" | "boolean" | "enum" | "list" | "map" | "object" | "reference";

/** One property of a resource, as schema.json declares it: the single place its facts come from. */
export interface PropertyModel {
    /** The camelCase name used in programs and state, e.g. `ipAddress`. */
    readonly name: string;
    readonly kind: ValueKind;
    readonly description: string;
    /** The allowed values of an `enum` property, or of a `list`'s items, in the schema's order. */
    readonly enumValues?: readonly string[];
    /** For a `reference` property, the type token of the resource it refers to. */
    readonly reference?: string;
    /**
     * For an `object` property, its members, named by their path (`basicSecurity.mode`), each mapping to a field
     * of the object the property names.
     */
    readonly members?: readonly PropertyModel[];
    /** The value the appliance has when the property is not set. */
    readonly default?: string | number | boolean;
    /** A change of this property replaces the resource. */
    readonly replaceOnChanges: boolean;
    readonly secret: boolean;
    /** The property can be set in a program. */
    readonly isInput: boolean;
    /** The property is part of the resource's outputs. */
    readonly isOutput: boolean;
    /** The property must be set in a program. */
    readonly requiredInput: boolean;
    /** Wire name, object, range and rules from the property's `x-barracudawaf` extension. */
    readonly extension: PropertyExtension;
}

/** A resource of schema.json with its properties indexed for the provider. */
export interface ResourceModel {
    /** The type token, e.g. `barracudawaf:index:Service`. */
    readonly token: string;
    /** The short name, e.g. `Service`. */
    readonly name: string;
    /** The appliance objects behind the resource, from its `x-barracudawaf` extension. */
    readonly extension: ResourceExtension;
    /** The appliance objects the properties map to, main object first, in schema order. */
    readonly objects: readonly string[];
    /** Every property, inputs first in schema order, then output-only ones. */
    readonly properties: readonly PropertyModel[];
    /** Properties that can be set in a program. */
    readonly inputs: readonly PropertyModel[];
    /** Names of the properties whose change replaces the resource. */
    readonly replaceOnChanges: readonly string[];
    /**
     * The inputs as the provider compares and writes them: each property, and in place of an `object`
     * property its members (`basicSecurity.mode`). See `nesting.ts` for the values in that flat form.
     */
    readonly leaves: readonly PropertyModel[];
    /** The property named `name` (a member by its path, `basicSecurity.mode`), or undefined. */
    property(name: string): PropertyModel | undefined;
    /** The properties that map to fields of the appliance object `object`, in schema order. */
    fieldsOf(object: string): readonly PropertyModel[];
}

const models = new Map<string, ResourceModel>();

/**
 * The model of the resource `token` (e.g. `barracudawaf:index:Service`), built from schema.json on first use.
 *
 * @throws Error when schema.json has no such resource or declares a property the provider cannot map.
 */
export function resourceModel(token: string): ResourceModel {
    let model = models.get(token);
    if (!model) {
        model = buildModel(token);
        models.set(token, model);
    }
    return model;
}

function buildModel(token: string): ResourceModel {
    const part = resourcePart(token);
    if (!part) {
        throw new Error(`schema.json has no resource ${token}`);
    }
    const { resource, types } = part;
    const inputs = resource.inputProperties ?? {};
    const outputs = resource.properties ?? {};
    const required = new Set(resource.requiredInputs ?? []);
    const names = [...Object.keys(inputs), ...Object.keys(outputs).filter((name) => !(name in inputs))];
    const propertyOf = (
        name: string,
        spec: SchemaProperty,
        where: { isInput: boolean; isOutput: boolean; required: boolean; object?: string },
    ): PropertyModel => {
        const extension = spec["x-barracudawaf"] ?? {};
        const base = {
            name,
            description: spec.description ?? "",
            replaceOnChanges: spec.replaceOnChanges === true,
            secret: spec.secret === true,
            isInput: where.isInput,
            isOutput: where.isOutput,
            requiredInput: where.required,
            // A member lives on the object of the property that holds it.
            extension: where.object === undefined ? extension : { object: where.object, ...extension },
            ...(isScalar(spec.default) ? { default: spec.default } : {}),
        };
        const kind = kindOf(token, name, spec, types);
        if (kind.kind !== "object") {
            return { ...base, ...kind };
        }
        const members = Object.entries(kind.memberSpecs).map(([member, memberSpec]) =>
            propertyOf(`${name}.${member}`, memberSpec, {
                ...where,
                required: false,
                object: extension.object,
            }),
        );
        return { ...base, kind: "object", members };
    };
    const properties = names.map((name) =>
        propertyOf(name, inputs[name] ?? outputs[name], {
            isInput: name in inputs,
            isOutput: name in outputs,
            required: required.has(name),
        }),
    );
    const leaves = properties.filter((p) => p.isInput).flatMap((p) => p.members ?? [p]);
    const byName = new Map(
        [...properties, ...properties.flatMap((p) => p.members ?? [])].map((property) => [
            property.name,
            property,
        ]),
    );
    const extension = resource["x-barracudawaf"];
    if (!extension) {
        throw new Error(`schema.json: resource ${token} has no x-barracudawaf extension`);
    }
    // Each object's fields, worked out on first use: reads and writes ask for them once per object per call.
    const fieldsByObject = new Map<string, readonly PropertyModel[]>();
    const objects = [extension.object];
    for (const property of properties.flatMap((p) => p.members ?? [p])) {
        const object = property.extension.object;
        if (object !== undefined && !objects.includes(object)) {
            objects.push(object);
        }
    }
    return {
        token,
        name: resourceNameOf(token),
        extension,
        objects,
        properties,
        inputs: properties.filter((property) => property.isInput),
        replaceOnChanges: properties.filter((p) => p.replaceOnChanges).map((p) => p.name),
        leaves,
        property: (name) => byName.get(name),
        fieldsOf: (object) => {
            let fields = fieldsByObject.get(object);
            if (fields === undefined) {
                fields = properties
                    .flatMap((p) => p.members ?? [p])
                    .filter((p) => p.extension.object === object && p.extension.field !== undefined);
                fieldsByObject.set(object, fields);
            }
            return fields;
        },
    };
}

type KindOf =
    | { kind: Exclude<ValueKind, "object">; enumValues?: readonly string[]; reference?: string }
    | { kind: "object"; memberSpecs: Readonly<Record<string, SchemaProperty>> };

function kindOf(
    token: string,
    name: string,
    spec: SchemaProperty,
    types: Readonly<Record<string, SchemaType>>,
): KindOf {
    if (spec.$ref?.startsWith("#/resources/")) {
        return { kind: "reference", reference: spec.$ref.slice("#/resources/".length) };
    }
    if (spec.$ref?.startsWith("#/types/")) {
        const type = types[spec.$ref.slice("#/types/".length)];
        if (isEnumType(type)) {
            return { kind: "enum", enumValues: type.enum.map((member) => member.value) };
        }
        if (type?.type === "object") {
            return { kind: "object", memberSpecs: type.properties };
        }
        throw new Error(
            `schema.json: ${token}.${name} refers to ${spec.$ref}, which is not a type of the schema`,
        );
    }
    switch (spec.type) {
        case "string":
        case "integer":
        case "number":
        case "boolean":
            return { kind: spec.type };
        case "array": {
            if (spec.items?.type === "string") return { kind: "list" };
            // A list of an enum's values (the operations an administrator role may do).
            const items = spec.items?.$ref === undefined ? undefined : kindOf(token, name, spec.items, types);
            if (items?.kind !== "enum") {
                throw new Error(`schema.json: ${token}.${name} is a list of something other than strings`);
            }
            return { kind: "list", enumValues: items.enumValues };
        }
        case "object":
            return { kind: "map" };
        default:
            throw new Error(
                `schema.json: ${token}.${name} has type ${String(spec.type)}, which the provider cannot map`,
            );
    }
}

function isScalar(value: unknown): value is string | number | boolean {
    return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

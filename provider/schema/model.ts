import { loadSchema, type PropertyExtension, type ResourceExtension, type SchemaProperty } from "./load";

/** How a property's value is typed in a Pulumi program. */
export type ValueKind = "string" | "integer" | "number" | "boolean" | "enum" | "map" | "reference";

/** One property of a resource, as schema.json declares it: the single place its facts come from. */
export interface PropertyModel {
    /** The camelCase name used in programs and state, e.g. `ipAddress`. */
    readonly name: string;
    readonly kind: ValueKind;
    readonly description: string;
    /** The allowed values of an `enum` property, in the schema's order. */
    readonly enumValues?: readonly string[];
    /** For a `reference` property, the type token of the resource it refers to. */
    readonly reference?: string;
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
    /** The property named `name`, or undefined. */
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
    const schema = loadSchema();
    const resource = schema.resources[token];
    if (!resource) {
        throw new Error(`schema.json has no resource ${token}`);
    }
    const inputs = resource.inputProperties ?? {};
    const outputs = resource.properties ?? {};
    const required = new Set(resource.requiredInputs ?? []);
    const names = [...Object.keys(inputs), ...Object.keys(outputs).filter((name) => !(name in inputs))];
    const properties = names.map((name): PropertyModel => {
        const spec = inputs[name] ?? outputs[name];
        const base = {
            name,
            description: spec.description ?? "",
            replaceOnChanges: spec.replaceOnChanges === true,
            secret: spec.secret === true,
            isInput: name in inputs,
            isOutput: name in outputs,
            requiredInput: required.has(name),
            extension: spec["x-barracudawaf"] ?? {},
            ...(isScalar(spec.default) ? { default: spec.default } : {}),
        };
        return { ...base, ...kindOf(token, name, spec) };
    });
    const byName = new Map(properties.map((property) => [property.name, property]));
    const extension = resource["x-barracudawaf"];
    if (!extension) {
        throw new Error(`schema.json: resource ${token} has no x-barracudawaf extension`);
    }
    const objects = [extension.object];
    for (const property of properties) {
        const object = property.extension.object;
        if (object !== undefined && !objects.includes(object)) {
            objects.push(object);
        }
    }
    return {
        token,
        name: token.slice(token.lastIndexOf(":") + 1),
        extension,
        objects,
        properties,
        inputs: properties.filter((property) => property.isInput),
        replaceOnChanges: properties.filter((p) => p.replaceOnChanges).map((p) => p.name),
        property: (name) => byName.get(name),
        fieldsOf: (object) =>
            properties.filter((p) => p.extension.object === object && p.extension.field !== undefined),
    };
}

function kindOf(
    token: string,
    name: string,
    spec: SchemaProperty,
): { kind: ValueKind; enumValues?: readonly string[]; reference?: string } {
    if (spec.$ref?.startsWith("#/resources/")) {
        return { kind: "reference", reference: spec.$ref.slice("#/resources/".length) };
    }
    if (spec.$ref?.startsWith("#/types/")) {
        const type = loadSchema().types?.[spec.$ref.slice("#/types/".length)];
        if (!type?.enum) {
            throw new Error(
                `schema.json: ${token}.${name} refers to ${spec.$ref}, which is not an enum type`,
            );
        }
        return { kind: "enum", enumValues: type.enum.map((member) => member.value) };
    }
    switch (spec.type) {
        case "string":
        case "integer":
        case "number":
        case "boolean":
            return { kind: spec.type };
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

import {
    PackageSchema,
    SchemaProperty,
    SchemaType,
    isEnumType,
    SchemaResource,
    camel,
    docComment,
    isResourceRef,
    shortName,
} from "./package-schema";

/**
 * Renders the SDK's TypeScript types from schema.json: one type per enum, and per resource an `Args`
 * interface (its inputs), an `Outputs` interface (the class's output properties) and the list of output names
 * the class registers with the engine. schema.json is the only list of properties; nothing here is hand-kept.
 */

/** Inputs are what a program passes; outputs are the class's read-only fields. */
type Direction = "input" | "output";

export function renderSdkTypes(schema: PackageSchema): string {
    const lines: string[] = [
        "// Generated from schema.json by scripts/generate.ts. Do not edit: run `npm run generate`.",
        "/* eslint-disable */",
        'import type * as pulumi from "@pulumi/pulumi";',
    ];
    const referenced = referencedResources(schema);
    if (referenced.length > 0) {
        lines.push(`import type { ${referenced.join(", ")} } from "./resources";`);
    }

    for (const [token, spec] of Object.entries(schema.types ?? {})) {
        lines.push("", ...renderType(shortName(token), spec));
    }
    for (const [token, spec] of Object.entries(schema.resources)) {
        lines.push("", ...renderResource(schema, shortName(token), spec));
    }
    return lines.join("\n") + "\n";
}

function renderType(name: string, spec: SchemaType): string[] {
    if (isEnumType(spec)) {
        const values = spec.enum.map((member) => JSON.stringify(member.value)).join(" | ");
        return [...docComment(spec.description), `export type ${name} = ${values};`];
    }
    // A nested input: its members as a program gives them, and as the outputs hold them.
    const members = Object.entries(spec.properties);
    return [
        ...docComment(spec.description),
        `export interface ${name}Args {`,
        ...members.flatMap(([member, memberSpec]) =>
            field(member, memberSpec, true, "input", (t) => `pulumi.Input<${t}>`),
        ),
        "}",
        "",
        ...docComment(spec.description),
        `export interface ${name} {`,
        ...members.flatMap(([member, memberSpec]) => field(member, memberSpec, false, "output", (t) => t)),
        "}",
    ];
}

/** True when the property is a nested input: a `$ref` to an object type of the schema. */
function isObjectRef(schema: PackageSchema, spec: SchemaProperty): boolean {
    const token = spec.$ref?.startsWith("#/types/") ? spec.$ref.slice("#/types/".length) : undefined;
    return token !== undefined && schema.types?.[token]?.type === "object";
}

function renderResource(schema: PackageSchema, name: string, spec: SchemaResource): string[] {
    const inputs = Object.entries(spec.inputProperties ?? {});
    const outputs = Object.entries(spec.properties ?? {}).filter(([, property]) => !isResourceRef(property));
    const required = new Set(spec.requiredInputs ?? []);
    const alwaysThere = new Set(spec.required ?? []);
    return [
        `/** The arguments of a {@link ${name}}. */`,
        `export interface ${name}Args {`,
        ...inputs.flatMap(([property, propertySpec]) =>
            field(property, propertySpec, !required.has(property), "input", (t) =>
                inputType(propertySpec, isObjectRef(schema, propertySpec) ? `${t}Args` : t),
            ),
        ),
        "}",
        "",
        `/** The properties a {@link ${name}} resolves to once the appliance has answered. */`,
        `export interface ${name}Outputs {`,
        // An output the schema does not require is one the program may leave out: then it is not stored.
        ...outputs.flatMap(([property, propertySpec]) =>
            field(property, propertySpec, false, "output", (t) =>
                required.has(property) || alwaysThere.has(property)
                    ? `pulumi.Output<${t}>`
                    : `pulumi.Output<${t} | undefined>`,
            ),
        ),
        "}",
        "",
        `/** The output properties a {@link ${name}} registers with the engine. */`,
        `export const ${camel(name)}OutputNames = ${JSON.stringify(outputs.map(([property]) => property))} as const;`,
    ];
}

function field(
    property: string,
    spec: SchemaProperty,
    optional: boolean,
    direction: Direction,
    wrap: (type: string) => string,
): string[] {
    const readonly = direction === "output" ? "readonly " : "";
    return [
        ...docComment(spec.description),
        `    ${readonly}${property}${optional ? "?" : ""}: ${wrap(typeOf(spec))};`,
    ];
}

/** An input's type: a property that names another resource also takes that resource itself. */
function inputType(spec: SchemaProperty, type: string): string {
    const references = spec["x-barracudawaf"]?.references;
    return references ? `pulumi.Input<${type}> | ${shortName(references)}` : `pulumi.Input<${type}>`;
}

/** The TypeScript type of a property; a `$ref` names the generated enum type or the resource's class. */
function typeOf(spec: SchemaProperty): string {
    if (spec.$ref) {
        return shortName(spec.$ref.slice(spec.$ref.lastIndexOf("/") + 1));
    }
    switch (spec.type) {
        case "string":
            return "string";
        case "integer":
        case "number":
            return "number";
        case "boolean":
            return "boolean";
        case "array":
            return `${typeOf(spec.items ?? {})}[]`;
        case "object":
            return `Record<string, ${spec.additionalProperties ? typeOf(spec.additionalProperties) : "unknown"}>`;
        default:
            throw new Error(
                `schema.json: property type ${JSON.stringify(spec.type)} has no TypeScript mapping`,
            );
    }
}

/** The resources that some input refers to, whose classes the generated file must import. */
function referencedResources(schema: PackageSchema): string[] {
    const names = new Set<string>();
    for (const resource of Object.values(schema.resources)) {
        for (const property of Object.values(resource.inputProperties ?? {})) {
            if (isResourceRef(property)) {
                names.add(shortName(property.$ref ?? ""));
            }
            const references = property["x-barracudawaf"]?.references;
            if (references !== undefined) {
                names.add(shortName(references));
            }
        }
    }
    return [...names].sort();
}

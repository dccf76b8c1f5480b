import {
    PackageSchema,
    SchemaProperty,
    SchemaResource,
    camel,
    docComment,
    isEnumType,
    isResourceRef,
    shortName,
} from "./package-schema";

/**
 * Renders the SDK's resource classes from schema.json, one per resource: its doc comment is the resource's
 * description, its arguments and outputs the generated types, and its spec says which inputs refer to other
 * resources (see `sdk/resource-inputs.ts`). Its constructor claims the appliance object it names (see
 * `sdk/object-owners.ts`), by the inputs that fill its path: a second resource of the same object is refused.
 */
export function renderSdkResources(schema: PackageSchema): string {
    const resources = Object.entries(schema.resources).map(
        ([token, spec]) => [shortName(token), spec] as const,
    );
    const lines: string[] = [
        "// Generated from schema.json by scripts/generate.ts. Do not edit: run `npm run generate`.",
        "/* eslint-disable */",
        'import * as pulumi from "@pulumi/pulumi";',
        'import { DynamicResource } from "../dynamic-resource";',
        'import { resourceInputs, withSecretOutputs, type ResourceInputSpec } from "../resource-inputs";',
        'import { claimObject } from "../object-owners";',
        "import type {",
        ...resources.flatMap(([name]) => [`    ${name}Args,`, `    ${name}Outputs,`]),
        '} from "./types";',
        `import { ${resources.map(([name]) => `${camel(name)}OutputNames`).join(", ")} } from "./types";`,
    ];
    for (const [name, spec] of resources) {
        lines.push("", ...renderClass(schema, name, spec));
    }
    return lines.join("\n") + "\n";
}

function renderClass(schema: PackageSchema, name: string, spec: SchemaResource): string[] {
    const inputs = Object.entries(spec.inputProperties ?? {});
    const names = Object.fromEntries(
        inputs
            .filter(([, p]) => p["x-barracudawaf"]?.references !== undefined)
            .map(([n, p]) => [n, p["x-barracudawaf"]?.passes ?? []]),
    );
    const resources = Object.fromEntries(
        inputs.filter(([, p]) => isResourceRef(p)).map(([n, p]) => [n, p["x-barracudawaf"]?.passes ?? []]),
    );
    const secrets = inputs.filter(([, p]) => holdsSecret(schema, p)).map(([n]) => n);
    const identity = identityOf(spec).map((property) => `args.${property}`);
    const argsOptional = (spec.requiredInputs ?? []).length === 0;
    const inputSpec = { outputNames: `${camel(name)}OutputNames`, names, resources, secrets };
    return [
        `const ${camel(name)}Inputs: ResourceInputSpec = ${JSON.stringify(inputSpec).replace(/"outputNames":"(\w+)"/, '"outputNames":$1')};`,
        "",
        `export interface ${name} extends ${name}Outputs {}`,
        "",
        ...docComment(spec.description),
        `export class ${name} extends DynamicResource {`,
        `    constructor(name: string, args: ${name}Args${argsOptional ? " = {}" : ""}, opts?: pulumi.CustomResourceOptions) {`,
        `        claimObject(${JSON.stringify(name)}, name, [${identity.join(", ")}]);`,
        "        super(",
        `            ${JSON.stringify(camel(name))},`,
        `            ${JSON.stringify(name)},`,
        "            name,",
        `            resourceInputs(${camel(name)}Inputs, args),`,
        `            withSecretOutputs(${camel(name)}Inputs, opts),`,
        "        );",
        "    }",
        "}",
    ];
}

/**
 * The inputs that place a resource's object on the appliance, in the order of its path: a parent for each
 * `{parent}` placeholder, the property of the object's name for `{name}`; none for a singleton.
 */
function identityOf(spec: SchemaResource): string[] {
    const extension = spec["x-barracudawaf"];
    const inputs = Object.entries(spec.inputProperties ?? {});
    return [...(extension?.object ?? "").matchAll(/\{([^}]+)\}/g)].map(([, placeholder]) => {
        const found = inputs.find(([, property]) =>
            placeholder === "name"
                ? property["x-barracudawaf"]?.field === extension?.idField
                : property["x-barracudawaf"]?.parent === placeholder,
        );
        if (found === undefined) {
            throw new Error(`no input of ${extension?.object} fills {${placeholder}}`);
        }
        return found[0];
    });
}

/** True when the input is a secret, or a nested input with a secret member. */
function holdsSecret(schema: PackageSchema, property: SchemaProperty): boolean {
    if (property.secret === true) return true;
    const type = property.$ref?.startsWith("#/types/") ? schema.types?.[property.$ref.slice(8)] : undefined;
    return (
        type !== undefined &&
        !isEnumType(type) &&
        Object.values(type.properties).some((m) => m.secret === true)
    );
}

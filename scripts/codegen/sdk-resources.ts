import { PackageSchema, SchemaResource, camel, docComment, isResourceRef, shortName } from "./package-schema";

/**
 * Renders the SDK's resource classes from schema.json, one per resource: its doc comment is the resource's
 * description, its arguments and outputs the generated types, and its spec says which inputs refer to other
 * resources (see `sdk/resource-inputs.ts`). A resource whose appliance path has no `{name}` is a singleton: its
 * constructor refuses a second one in the program.
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
        'import { resourceInputs } from "../resource-inputs";',
        'import { claimSingleton } from "../singleton";',
        "import type {",
        ...resources.flatMap(([name]) => [`    ${name}Args,`, `    ${name}Outputs,`]),
        '} from "./types";',
        `import { ${resources.map(([name]) => `${camel(name)}OutputNames`).join(", ")} } from "./types";`,
    ];
    for (const [name, spec] of resources) {
        lines.push("", ...renderClass(name, spec));
    }
    return lines.join("\n") + "\n";
}

function renderClass(name: string, spec: SchemaResource): string[] {
    const inputs = Object.entries(spec.inputProperties ?? {});
    const names = Object.fromEntries(
        inputs
            .filter(([, p]) => p["x-barracudawaf"]?.references !== undefined)
            .map(([n, p]) => [n, p["x-barracudawaf"]?.passes ?? []]),
    );
    const resources = Object.fromEntries(
        inputs.filter(([, p]) => isResourceRef(p)).map(([n, p]) => [n, p["x-barracudawaf"]?.passes ?? []]),
    );
    const singleton = !(spec["x-barracudawaf"]?.object ?? "").includes("{name}");
    const argsOptional = (spec.requiredInputs ?? []).length === 0;
    return [
        `export interface ${name} extends ${name}Outputs {}`,
        "",
        ...docComment(spec.description),
        `export class ${name} extends DynamicResource {`,
        `    constructor(name: string, args: ${name}Args${argsOptional ? " = {}" : ""}, opts?: pulumi.CustomResourceOptions) {`,
        ...(singleton ? [`        claimSingleton(${JSON.stringify(name)}, name);`] : []),
        "        super(",
        `            ${JSON.stringify(camel(name))},`,
        `            ${JSON.stringify(name)},`,
        "            name,",
        "            resourceInputs(",
        `                { outputNames: ${camel(name)}OutputNames, names: ${JSON.stringify(names)}, resources: ${JSON.stringify(resources)} },`,
        "                args,",
        "            ),",
        "            opts,",
        "        );",
        "    }",
        "}",
    ];
}

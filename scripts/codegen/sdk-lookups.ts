import { PackageSchema, SchemaResource, shortName } from "./package-schema";

/**
 * Renders the SDK's lookups from schema.json: per resource a `get<Name>` that reads an object of that type
 * which exists on the appliance (see `sdk/lookup.ts`), taking its parents' names and its own, as its path
 * names them; a settings object takes none.
 */
export function renderSdkLookups(schema: PackageSchema): string {
    const resources = Object.entries(schema.resources).map(([token, spec]) => [token, spec] as const);
    const lines = [
        "// Generated from schema.json by scripts/generate.ts. Do not edit: run `npm run generate`.",
        "/* eslint-disable */",
        'import type * as pulumi from "@pulumi/pulumi";',
        'import { lookup, type Found } from "../lookup";',
        "import type {",
        ...resources.map(([token]) => `    ${shortName(token)}Outputs,`),
        '} from "./types";',
    ];
    for (const [token, spec] of resources) lines.push("", ...renderLookup(token, spec));
    return lines.join("\n") + "\n";
}

function renderLookup(token: string, spec: SchemaResource): string[] {
    const name = shortName(token);
    const path = [...(spec["x-barracudawaf"]?.object ?? "").matchAll(/\{([^}]+)\}/g)].map(([, key]) => key);
    const found = `pulumi.Output<Found<${name}Outputs>>`;
    const doc = (what: string) => [
        "/**",
        ` * Reads ${what} that exists on the appliance, for a program that uses it without owning it: its properties`,
        " * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.",
        " */",
    ];
    if (path.length === 0) {
        return [
            ...doc(`the appliance's {@link ${name}} settings`),
            `export function get${name}(): ${found} {`,
            `    return lookup<${name}Outputs>(${JSON.stringify(token)}, {});`,
            "}",
        ];
    }
    const args = path.map((key) => `${key}: pulumi.Input<string>`).join("; ");
    return [
        ...doc(
            `the {@link ${name}} named \`args.name\`${path.length > 1 ? " (of the parents named in `args`)" : ""}`,
        ),
        `export function get${name}(args: { ${args} }): ${found} {`,
        `    return lookup<${name}Outputs>(${JSON.stringify(token)}, { ${path.map((key) => `${key}: args.${key}`).join(", ")} });`,
        "}",
    ];
}

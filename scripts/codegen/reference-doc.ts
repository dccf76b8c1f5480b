import { PackageSchema, SchemaProperty, isEnumType, isResourceRef, shortName } from "./package-schema";

/**
 * Renders docs/reference.md from schema.json: per resource, every input with its type, the appliance field
 * and object it maps to, whether a change replaces the resource, and its description. The schema's
 * descriptions are the reference; this only lays them out.
 */
export function renderReferenceDoc(schema: PackageSchema): string {
    const lines = [
        "<!-- Generated from schema.json by scripts/generate.ts. Do not edit: run `npm run generate`. -->",
        "",
        `# ${schema.name} reference`,
    ];
    for (const [token, resource] of Object.entries(schema.resources)) {
        const required = new Set(resource.requiredInputs ?? []);
        lines.push("", `## ${shortName(token)}`, "", resource.description ?? "", "");
        lines.push(
            "| input | type | appliance field | replaces | description |",
            "| --- | --- | --- | --- | --- |",
        );
        for (const [name, property] of Object.entries(resource.inputProperties ?? {})) {
            const binding = property["x-barracudawaf"];
            const field = binding?.field
                ? `\`${binding.field}\` on \`${binding.object}\``
                : "(provider only)";
            lines.push(
                `| \`${name}\`${required.has(name) ? " (required)" : ""} | ${typeName(property, schema)} | ${field} | ` +
                    `${property.replaceOnChanges ? "yes" : ""} | ${cell(property.description)} |`,
            );
            // A nested input: one row per member, on the sub-object the property names.
            const type = property.$ref?.startsWith("#/types/")
                ? schema.types?.[property.$ref.slice(8)]
                : undefined;
            if (type !== undefined && !isEnumType(type)) {
                for (const [member, spec] of Object.entries(type.properties)) {
                    const memberField = spec["x-barracudawaf"]?.field;
                    lines.push(
                        `| \`${name}.${member}\` | ${typeName(spec, schema)} | \`${memberField}\` on \`${binding?.object}\` | | ` +
                            `${cell(spec.description)} |`,
                    );
                }
            }
        }
        const outputsOnly = Object.entries(resource.properties ?? {}).filter(
            ([name]) => !(name in (resource.inputProperties ?? {})),
        );
        if (outputsOnly.length > 0) {
            lines.push("", "Outputs besides the inputs:", "");
            for (const [name, property] of outputsOnly) {
                lines.push(`- \`${name}\` (${typeName(property, schema)}): ${oneLine(property.description)}`);
            }
        }
    }
    return lines.join("\n") + "\n";
}

/** The type as a reader wants it: enum values spelled out, references named. */
function typeName(property: SchemaProperty, schema: PackageSchema): string {
    if (property.$ref) {
        const token = property.$ref.slice(property.$ref.lastIndexOf("/") + 1);
        if (isResourceRef(property)) {
            return `${shortName(token)} resource`;
        }
        const type = schema.types?.[token];
        const values = isEnumType(type) ? type.enum.map((member) => `\`${member.value}\``) : undefined;
        return values ? `one of ${values.join(", ")}` : shortName(token);
    }
    if (property.type === "array") {
        return `list of ${typeName(property.items ?? {}, schema)}`;
    }
    if (property.type === "object") {
        return "map";
    }
    const range = property["x-barracudawaf"];
    if (range?.minimum !== undefined && range.maximum !== undefined) {
        return `${property.type}, ${range.minimum}–${range.maximum}`;
    }
    return property.type ?? "";
}

function oneLine(text: string | undefined): string {
    return (text ?? "").replace(/\s*\n\s*/g, " ");
}

/** A description fit for one table cell. */
function cell(text: string | undefined): string {
    return oneLine(text).replace(/\|/g, "\\|");
}

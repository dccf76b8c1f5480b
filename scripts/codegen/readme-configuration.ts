import * as fs from "node:fs";
import * as path from "node:path";

import { allowedValues, type SettingSpec, settingSpecs } from "../../provider/client/setting-specs";
import { repoRoot } from "../lib/repo";
import type { PackageSchema } from "./package-schema";

/** The line before the generated table in README.md. */
export const tableStart =
    "<!-- Configuration table: generated from schema.json's config by `npm run generate`; edit schema.json, not the table. -->";
/** The line after it. */
export const tableEnd = "<!-- End of the generated configuration table. -->";

/**
 * README.md with its Configuration table rendered again from schema.json's `config.variables`: every setting's
 * stack config key, environment variable, allowed values and default, and its description. Only the lines
 * between {@link tableStart} and {@link tableEnd} change.
 *
 * @throws Error when README.md lacks either marker line.
 */
export function renderReadme(schema: PackageSchema): string {
    return withConfigurationTable(fs.readFileSync(path.join(repoRoot, "README.md"), "utf8"), schema);
}

/** `readme` with the lines between the markers replaced by the table for `schema`. */
export function withConfigurationTable(readme: string, schema: PackageSchema): string {
    const lines = readme.split("\n");
    const start = lines.indexOf(tableStart);
    const end = lines.indexOf(tableEnd);
    if (start < 0 || end < start) {
        throw new Error(
            `README.md needs the lines\n${tableStart}\n${tableEnd}\nwhere the configuration table goes`,
        );
    }
    // Blank lines around the table, so that Markdown sees the markers as comments and the table as a table.
    return [...lines.slice(0, start + 1), "", ...configurationTable(schema), "", ...lines.slice(end)].join(
        "\n",
    );
}

function configurationTable(schema: PackageSchema): string[] {
    const specs = settingSpecs(schema);
    return [
        "| stack config | environment variable | value | meaning |",
        "| --- | --- | --- | --- |",
        ...Object.values(specs).map(
            (spec) => `| \`${spec.key}\` | \`${spec.env}\` | ${value(spec)} | ${cell(spec.description)} |`,
        ),
    ];
}

/** `required, secret`, `optional`, or the allowed values and the default. */
function value(spec: SettingSpec): string {
    if (spec.required) {
        return spec.secret ? "required, secret" : "required";
    }
    const allowed = allowedValues(spec)?.replace(/\b(true|false)\b/g, "`$1`");
    if (allowed === undefined) {
        return spec.secret ? "optional, secret" : "optional";
    }
    return spec.default === undefined ? allowed : `${allowed}; default \`${String(spec.default)}\``;
}

function cell(text: string): string {
    return text.replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|");
}

import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";

import { loadSchema, packageRoot } from "../../provider/schema/load";

/** Every `.ts` file below `dir`. */
function sources(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const file = path.join(dir, entry.name);
        return entry.isDirectory() ? sources(file) : entry.name.endsWith(".ts") ? [file] : [];
    });
}

/**
 * The appliance's names that schema.json declares: kebab-case field names, group display names and object
 * paths. Formats such as `ip-address` are rule names, not wire names, and may be spelled out.
 */
function wireNames(): Set<string> {
    const names = new Set<string>();
    const formats = new Set<string>();
    for (const resource of Object.values(loadSchema().resources)) {
        const x = resource["x-barracudawaf"];
        for (const [object, group] of Object.entries(x?.groups ?? {})) {
            names.add(group);
            names.add(`/${object}`);
        }
        for (const property of Object.values(resource.inputProperties ?? {})) {
            const field = property["x-barracudawaf"]?.field;
            if (field?.includes("-")) {
                names.add(field);
            }
            const format = property["x-barracudawaf"]?.format;
            if (format) {
                formats.add(format);
            }
        }
    }
    for (const format of formats) {
        names.delete(format);
    }
    return names;
}

describe("wire names", () => {
    it("come from schema.json: no provider module outside the client quotes one as a string", () => {
        const root = path.join(packageRoot(), "provider");
        const names = wireNames();
        const found: string[] = [];
        for (const file of sources(root).filter((f) => !f.includes(`${path.sep}client${path.sep}`))) {
            const code = fs.readFileSync(file, "utf8");
            for (const match of code.matchAll(/(["'])([^"'\n]*)\1/g)) {
                if (names.has(match[2])) {
                    found.push(`${path.relative(root, file)}: ${match[0]}`);
                }
            }
        }
        assert.deepEqual(found, []);
    });
});

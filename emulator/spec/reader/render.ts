import type { ReadObject } from "./read-objects";

/**
 * The text of `spec-objects.json`: the configurable objects by id (actions left out: the emulator serves
 * them by hand or not at all), a line per field so that diffs stay readable.
 */
export function renderSpecObjects(objects: Readonly<Record<string, ReadObject>>): string {
    const ids = Object.keys(objects)
        .filter((id) => objects[id].kind !== "action")
        .sort();
    const entries = ids.map((id) => {
        const { create, update, ...rest } = objects[id];
        const lines = Object.entries(rest).map(
            ([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`,
        );
        for (const [key, body] of Object.entries({ create, update })) {
            if (body === undefined) continue;
            const fields = Object.entries(body).map(
                ([name, field]) => `      ${JSON.stringify(name)}: ${JSON.stringify(field)}`,
            );
            lines.push(`    ${JSON.stringify(key)}: {\n${fields.join(",\n")}\n    }`);
        }
        return `  ${JSON.stringify(id)}: {\n${lines.join(",\n")}\n  }`;
    });
    return `{\n${entries.join(",\n")}\n}\n`;
}

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { QuirkFixes } from "../../scripts/spec/model";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: Json | undefined): value is { [key: string]: Json } {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every object anywhere in a document, so a quirk is found wherever the vendor put it. */
function* objectsIn(value: Json): Generator<{ [key: string]: Json }> {
    if (Array.isArray(value)) for (const item of value) yield* objectsIn(item);
    else if (isObject(value)) {
        yield value;
        for (const child of Object.values(value)) yield* objectsIn(child);
    }
}

/**
 * The README's quirks counted straight from the raw files, without the normalizer's code, so the two
 * counts check each other.
 */
export function countRawQuirks(dir: string): QuirkFixes {
    const counts = {
        pathKeysTrimmed: 0,
        integerEmptyDefaults: 0,
        stringMaximumsAsMaxLength: 0,
        maxmiumTypos: 0,
        arraysDeclaredAsStrings: 0,
        emptyEnumReferences: 0,
        modelSpecificMaximums: 0,
    };
    for (const file of readdirSync(dir).filter((name) => name.endsWith(".json"))) {
        const document = JSON.parse(readFileSync(join(dir, file), "utf8")) as Json;
        if (!isObject(document)) continue;
        const paths = document.paths;
        if (isObject(paths))
            counts.pathKeysTrimmed += Object.keys(paths).filter((key) => key !== key.trim()).length;
        for (const node of objectsIn(document)) {
            if (node.type === "integer" && node.default === "") counts.integerEmptyDefaults++;
            if (node.type === "string" && typeof node.maximum === "number")
                counts.stringMaximumsAsMaxLength++;
            if ("maxmium" in node) counts.maxmiumTypos++;
            if (isObject(node.maxmium) || isObject(node.maximum)) counts.modelSpecificMaximums++;
            if (node.type === "string" && isObject(node.schema) && node.schema.type === "array") {
                counts.arraysDeclaredAsStrings++;
            }
            const values = node.enum;
            if (Array.isArray(values) && values.length === 1 && values[0] === "")
                counts.emptyEnumReferences++;
        }
    }
    return counts;
}

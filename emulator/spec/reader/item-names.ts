import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

/**
 * The overlay's `item-names.yaml`, read on the emulator's own: by spec object id, the body field that the
 * last segment of an item path is, for the collections the spec names by an address (`static-routes` by
 * `ip-address`). Only the `fields` map is the emulator's business; what a name accepts is the provider's.
 */
export function readItemNames(overlayDir: string): Readonly<Record<string, string>> {
    const file = parse(readFileSync(join(overlayDir, "item-names.yaml"), "utf8")) as unknown;
    const fields = (file as { fields?: unknown } | null)?.fields;
    if (typeof fields !== "object" || fields === null) throw new Error("item-names.yaml: no `fields` map");
    for (const [id, field] of Object.entries(fields)) {
        if (typeof field !== "string") throw new Error(`item-names.yaml: ${id} names no field`);
    }
    return fields as Record<string, string>;
}

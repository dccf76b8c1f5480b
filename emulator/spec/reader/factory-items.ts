import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { SpecObject } from "../spec-object";

/**
 * The overlay's `factory-items.yaml`, read on the emulator's own: by spec object id, the items a fixed
 * collection is made with (`network-interfaces`: `WAN`, `LAN`, `MGMT`) and their values where the spec gives
 * none. The emulator starts with them.
 */
export function readFactoryItems(
    overlayDir: string,
): Readonly<Record<string, NonNullable<SpecObject["factoryItems"]>>> {
    const file = parse(readFileSync(join(overlayDir, "factory-items.yaml"), "utf8")) as unknown;
    if (typeof file !== "object" || file === null) throw new Error("factory-items.yaml: not a map");
    const read: Record<string, NonNullable<SpecObject["factoryItems"]>> = {};
    for (const [id, entry] of Object.entries(file)) {
        const { items, values } = (entry ?? {}) as { items?: unknown; values?: unknown };
        if (!Array.isArray(items) || items.some((item) => typeof item !== "string")) {
            throw new Error(`factory-items.yaml: ${id} lists no items`);
        }
        const strings = Object.entries((values ?? {}) as Record<string, unknown>).map(([field, value]) => {
            if (typeof value !== "string") throw new Error(`factory-items.yaml: ${id} ${field} is no string`);
            return [field, value] as const;
        });
        read[id] = {
            items: items as string[],
            ...(strings.length > 0 ? { values: Object.fromEntries(strings) } : {}),
        };
    }
    return read;
}

import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { readFactoryItems } from "./factory-items";
import { readItemNames } from "./item-names";
import { readObjects, type ReadObject } from "./read-objects";
import { renderSpecObjects } from "./render";
import { readVendorDir } from "./vendor-files";

export type { ReadObject } from "./read-objects";

/** The repository's `spec/vendor/v3.2`, found above this file (in the source tree or in `dist/`). */
export function vendorDir(from: string = __dirname): string {
    for (let dir = from; dirname(dir) !== dir; dir = dirname(dir)) {
        const candidate = join(dir, "spec", "vendor", "v3.2");
        if (existsSync(candidate)) return candidate;
    }
    throw new Error(`no spec/vendor/v3.2 above ${from}`);
}

/** The committed `emulator/spec/spec-objects.json` in the source tree. */
export function specObjectsFile(from: string = __dirname): string {
    return join(dirname(dirname(vendorDir(from))), "..", "emulator", "spec", "spec-objects.json");
}

/** `spec/overlay` beside a `spec/vendor/v3.2`. */
function overlayDirOf(dir: string): string {
    return join(dirname(dirname(dir)), "overlay");
}

/**
 * Every object of the vendor's spec, actions included, as the emulator reads it, with the field that names
 * the items of a collection the spec names by an address (the overlay's `item-names.yaml`).
 */
export function readVendorSpec(dir: string = vendorDir()): Record<string, ReadObject> {
    const overlay = overlayDirOf(dir);
    return readObjects(readVendorDir(dir), readItemNames(overlay), readFactoryItems(overlay));
}

/** What `npm run generate:emulator` writes to `spec-objects.json`. */
export function renderVendorSpec(dir: string = vendorDir()): string {
    return renderSpecObjects(readVendorSpec(dir));
}

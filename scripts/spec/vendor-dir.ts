import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The folder of the vendor's v3.2 files, found above `from` (the source tree, or `dist/` once built). Its own
 * lookup rather than the provider's package root: the emulator's reading of the spec must not load provider
 * code.
 */
export function findVendorDir(from: string = __dirname): string {
    for (let dir = from; ; dir = dirname(dir)) {
        const candidate = join(dir, "spec", "vendor", "v3.2");
        if (existsSync(candidate)) return candidate;
        if (dirname(dir) === dir) throw new Error(`no spec/vendor/v3.2 above ${from}`);
    }
}

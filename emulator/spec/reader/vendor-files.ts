import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The vendor's Swagger files as they are, typed loosely: every key may be missing or of another type than
 * Swagger says, so the reader checks what it uses. Its own types, not the generator's: the emulator reads
 * the spec on its own.
 */
export interface VendorProperty {
    readonly type?: unknown;
    readonly enum?: unknown;
    readonly default?: unknown;
    readonly minimum?: unknown;
    readonly maximum?: unknown;
    readonly maxmium?: unknown;
    readonly schema?: { readonly type?: unknown };
}

export interface VendorDefinition {
    readonly properties?: Readonly<Record<string, VendorProperty>>;
    readonly required?: unknown;
}

export interface VendorParameter {
    readonly in?: unknown;
    readonly name?: unknown;
    readonly items?: { readonly enum?: unknown };
    readonly schema?: { readonly $ref?: unknown; readonly items?: unknown };
}

export interface VendorFile {
    readonly name: string;
    /** `info.title` without its ` API`: the object's name in the vendor's words (`Rule Group`). */
    readonly title: string;
    readonly paths: Readonly<Record<string, Readonly<Record<string, { parameters?: VendorParameter[] }>>>>;
    readonly definitions: Readonly<Record<string, VendorDefinition>>;
}

/** Every `*.json` of `dir`, by file name. */
export function readVendorDir(dir: string): VendorFile[] {
    return readdirSync(dir)
        .filter((name) => name.endsWith(".json"))
        .sort()
        .map((name) => {
            const parsed = JSON.parse(readFileSync(join(dir, name), "utf8")) as Partial<VendorFile> & {
                info?: { title?: unknown };
            };
            const title =
                typeof parsed.info?.title === "string" ? parsed.info.title.replace(/ API$/, "") : "";
            return { name, title, paths: parsed.paths ?? {}, definitions: parsed.definitions ?? {} };
        });
}

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** A body property as the vendor writes it: every key optional, several with the wrong type. */
export interface RawProperty {
    readonly type?: string;
    readonly description?: string;
    readonly default?: unknown;
    readonly enum?: readonly string[];
    readonly minimum?: unknown;
    readonly maximum?: unknown;
    /** The vendor's typo for `maximum`, on integers. */
    readonly maxmium?: unknown;
    readonly schema?: { readonly type?: string; readonly items?: unknown };
    readonly format?: string;
}

export interface RawDefinition {
    readonly properties?: Readonly<Record<string, RawProperty>>;
    readonly required?: readonly string[];
    /** Seen once (Energize check-for-update): the values of the definition's only property. */
    readonly enum?: readonly string[];
}

export interface RawParameter {
    readonly in?: string;
    readonly name?: string;
    readonly type?: string;
    readonly required?: string | boolean;
    readonly items?: { readonly enum?: readonly string[] };
    readonly schema?: {
        readonly $ref?: string;
        readonly type?: string;
        readonly items?: { readonly enum?: readonly string[] } | readonly unknown[];
    };
}

export interface RawOperation {
    readonly summary?: string;
    readonly parameters?: readonly RawParameter[];
}

/** One vendor file, Swagger 2.0 (or OpenAPI 3 for the log files). */
export interface RawSpecFile {
    readonly info?: { readonly title?: string; readonly version?: string };
    readonly basePath?: string;
    readonly paths: Readonly<Record<string, Readonly<Record<string, RawOperation>>>>;
    readonly definitions?: Readonly<Record<string, RawDefinition>>;
}

export interface RawFile {
    readonly file: string;
    readonly spec: RawSpecFile;
}

/** Reads every `*.json` of a vendor folder, sorted by name so the model's order never depends on the disk. */
export function readVendorFiles(dir: string): RawFile[] {
    return readdirSync(dir)
        .filter((name) => name.endsWith(".json"))
        .sort()
        .map((file) => ({ file, spec: JSON.parse(readFileSync(join(dir, file), "utf8")) as RawSpecFile }));
}

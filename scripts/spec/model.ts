/** The vendor's v3.2 API after normalization: what the generator and the overlay start from. */

export type HttpMethod = "get" | "put" | "post" | "delete";

/** Every body field of the API is one of these. */
export type FieldType = "string" | "integer" | "enum" | "stringList";

/** A field declared `enum: [""]`: it names another object. */
export interface FieldReference {
    /** Ids of the objects it may name; empty when the spec does not let us tell (the overlay says). */
    readonly candidates: readonly string[];
}

export interface Field {
    /** The name on the wire, e.g. `enable-websocket`. */
    readonly wireName: string;
    readonly description: string;
    readonly type: FieldType;
    readonly required: boolean;
    /** Absent when the spec gives none (`""` on an integer or an enum means none). */
    readonly default?: string | number | readonly string[];
    /** Integers only. */
    readonly minimum?: number;
    /** Integers only; absent when the vendor's bound is beyond a safe JS integer (64-bit limits). */
    readonly maximum?: number;
    /** The vendor's name of a limit that depends on the appliance model (`max_cache_size`). */
    readonly modelSpecificMaximum?: string;
    /** Strings only: the vendor writes them as `minimum`/`maximum`. */
    readonly minLength?: number;
    readonly maxLength?: number;
    /** Enums only, in the vendor's order. */
    readonly values?: readonly string[];
    readonly reference?: FieldReference;
    /** `email` or `password`, where the vendor says so. */
    readonly format?: string;
}

export interface Body {
    /** The vendor's definition name, e.g. `Service POST body`. */
    readonly definition: string;
    readonly fields: readonly Field[];
}

export type QueryType = "string" | "integer" | "stringList";

export interface QueryParameter {
    readonly name: string;
    readonly type: QueryType;
    /** Allowed values of a list parameter (`groups`, `parameters`), when the vendor lists them. */
    readonly values?: readonly string[];
}

export interface PathParameter {
    /** Our name: the singular of the collection segment before it, camelCase, plus `Name` (`serviceName`). */
    readonly name: string;
    /** The vendor's display name, e.g. `Web Application Name`. */
    readonly vendorName: string;
}

export interface Operation {
    readonly method: HttpMethod;
    /** Our path template, trimmed, with our parameter names: `/services/{serviceName}`. */
    readonly path: string;
    readonly pathParameters: readonly PathParameter[];
    readonly query: readonly QueryParameter[];
    readonly body?: Body;
    readonly summary: string;
    readonly file: string;
    /**
     * Another body for a method and path already given (cloud_multi_ip.json's ways to create a service,
     * one backup connection test per server type). The first of a method and path is the main one.
     */
    readonly alternative: boolean;
}

/**
 * - `collection`: POST on its path and DELETE on its item path: a resource candidate.
 * - `subObject`: one path with GET and PUT only: a nested input of its parent (or a system group).
 * - `fixedCollection`: named items that exist with their parent or appliance and are only read and
 *   edited (GET/PUT on the item path, no POST/DELETE): `security-policies/action-policies`, ...
 * - `action`: not state (login, logs, statistics, backups, updates, import/export, `ops/*`, ...).
 * - `irregular`: none of those shapes; `reason` says what the spec has.
 */
export type ObjectKind = "collection" | "subObject" | "fixedCollection" | "action" | "irregular";

export interface ApiObject {
    /** The path's literal segments: `services`, `services/servers/ssl-policy`, `system/advanced-settings`. */
    readonly id: string;
    readonly kind: ObjectKind;
    /** Why it got its kind, in words, for the summary and the overlay's authors. */
    readonly reason: string;
    /** The collection's path, or the object's own path. */
    readonly path: string;
    /** Collections: the path of one item, `/services/{serviceName}`. */
    readonly itemPath?: string;
    /** The id of the object this one lives in (`services` for `services/basic-security`). */
    readonly parent?: string;
    readonly children: readonly string[];
    /** The vendor's title of the main file, without " API". */
    readonly title: string;
    /** The main file first. */
    readonly files: readonly string[];
    readonly operations: readonly Operation[];
}

/** Something the normalizer decided or could not place, for a human to read. */
export interface SpecNote {
    readonly file: string;
    readonly message: string;
}

/** Each quirk the README lists, counted as the normalizer fixes it. */
export interface QuirkFixes {
    readonly pathKeysTrimmed: number;
    readonly integerEmptyDefaults: number;
    readonly stringMaximumsAsMaxLength: number;
    readonly maxmiumTypos: number;
    readonly arraysDeclaredAsStrings: number;
    readonly emptyEnumReferences: number;
    readonly modelSpecificMaximums: number;
}

export interface NormalizedSpec {
    readonly objects: readonly ApiObject[];
    readonly fixes: QuirkFixes;
    /** Files with no paths at all: listed, not silently dropped. */
    readonly filesWithoutPaths: readonly string[];
    /** Files read but left out of the objects, each with the file kept instead and why. */
    readonly supersededFiles: readonly {
        readonly file: string;
        readonly keptFile: string;
        readonly why: string;
    }[];
    readonly notes: readonly SpecNote[];
}

import { invalidData } from "./errors";
import type { ObjectModel } from "./model/field";
import type { WireObject, WireValue } from "./snapshot";

/**
 * `?groups=` as the appliance reads it: repeated (`groups=Service&groups=Advanced Configuration`) or
 * comma-separated. Without it, `fallback`. A group the emulator does not model is refused with 400.
 */
export function requestedGroups(
    query: URLSearchParams,
    allowed: readonly string[],
    fallback: string[],
): string[] {
    const groups = listQuery(query, "groups");
    if (groups.length === 0) return fallback;
    const unknown = groups.filter((group) => !allowed.includes(group));
    if (unknown.length > 0) {
        throw invalidData(
            `Unknown group(s): ${unknown.map((g) => `'${g}'`).join(", ")}; this emulator answers ${allowed.join(", ")}.`,
            "InvalidQuery",
        );
    }
    return [...new Set(groups)];
}

/**
 * `?parameters=name,port` (or repeated): the fields to keep. Each must be a field of one of `models`
 * (400 otherwise); undefined when the query has none, meaning every field.
 */
export function requestedParameters(
    query: URLSearchParams,
    models: readonly ObjectModel[],
): string[] | undefined {
    const parameters = listQuery(query, "parameters");
    if (parameters.length === 0) return undefined;
    const unknown = parameters.filter((name) => !models.some((model) => Object.hasOwn(model.fields, name)));
    if (unknown.length > 0) {
        throw invalidData(
            `Unknown parameter(s): ${unknown.map((p) => `'${p}'`).join(", ")}.`,
            "InvalidQuery",
        );
    }
    return parameters;
}

/** A copy of `record` with only `parameters` (all fields when undefined); lists are copied too. */
export function narrow(record: WireObject, parameters: readonly string[] | undefined): WireObject {
    const view: WireObject = {};
    for (const [name, value] of Object.entries(record)) {
        if (parameters === undefined || parameters.includes(name)) view[name] = copyValue(value);
    }
    return view;
}

/** `?offset=` and `?limit=` on collections; bad numbers are refused with 400. */
export function paginate<T>(entries: [string, T][], query: URLSearchParams): [string, T][] {
    const offset = nonNegativeQuery(query, "offset") ?? 0;
    const limit = nonNegativeQuery(query, "limit");
    return entries.slice(offset, limit === undefined ? undefined : offset + limit);
}

function listQuery(query: URLSearchParams, name: string): string[] {
    return query
        .getAll(name)
        .flatMap((value) => value.split(","))
        .map((value) => value.trim())
        .filter((value) => value !== "");
}

function nonNegativeQuery(query: URLSearchParams, name: string): number | undefined {
    const value = query.get(name);
    if (value === null) return undefined;
    if (!/^\d+$/.test(value)) throw invalidData(`'${name}' must be a non-negative integer.`, "InvalidQuery");
    return Number(value);
}

function copyValue(value: WireValue): WireValue {
    return Array.isArray(value) ? [...value] : value;
}

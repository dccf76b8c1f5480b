import { invalidData } from "./errors";
import type { ObjectModel } from "./model/field";
import type { WireObject, WireValue } from "./snapshot";

/**
 * The modelled groups that `?groups=` asks for, read as the appliance reads it: repeated
 * (`groups=Service&groups=Advanced Configuration`) or comma-separated. Without it, `fallback`. Every group
 * the spec lists is taken, as the appliance takes it; those the emulator does not model (`SSL Security`) are
 * left out of the answer. A group the spec does not list is refused with 400.
 */
export function requestedGroups(
    query: URLSearchParams,
    modelled: readonly string[],
    listed: readonly string[],
    fallback: string[],
): string[] {
    const groups = listQuery(query, "groups");
    if (groups.length === 0) return fallback;
    const unknown = groups.filter((group) => !modelled.includes(group) && !listed.includes(group));
    if (unknown.length > 0) {
        throw invalidData(`Unknown group(s): ${unknown.map((g) => `'${g}'`).join(", ")}.`, "InvalidQuery");
    }
    return [...new Set(groups)].filter((group) => modelled.includes(group));
}

/**
 * `?parameters=name,port` (or repeated): the fields to keep. Each must be a field of one of `models`, or a
 * value the spec lists for one of them (`resolved-ips`: taken, and absent from the answer since the emulator
 * does not model it); 400 otherwise. Undefined when the query has none, meaning every field.
 */
export function requestedParameters(
    query: URLSearchParams,
    models: readonly ObjectModel[],
): string[] | undefined {
    const parameters = listQuery(query, "parameters");
    if (parameters.length === 0) return undefined;
    const known = (model: ObjectModel, name: string): boolean =>
        Object.hasOwn(model.fields, name) || (model.listedParameters ?? []).includes(name);
    const unknown = parameters.filter((name) => !models.some((model) => known(model, name)));
    if (unknown.length > 0) {
        throw invalidData(
            `Unknown parameter(s): ${unknown.map((p) => `'${p}'`).join(", ")}.`,
            "InvalidQuery",
        );
    }
    return parameters;
}

/** `record` without the fields `model` never shows (`hidden`). */
export function shownFields(model: ObjectModel, record: WireObject): WireObject {
    return Object.fromEntries(Object.entries(record).filter(([name]) => !model.fields[name]?.hidden));
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

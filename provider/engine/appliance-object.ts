import { ApplianceError } from "../client/errors";
import { fromWireRecord, type WireRecord } from "../schema/mapping";
import type { ResourceModel } from "../schema/model";
import { nest } from "../schema/nesting";
import type { ApplianceQuery } from "../client/appliance-client";
import type { ApplianceApi } from "./context";
import { fillPath, type PathParams } from "./object-path";

/** A resource's values in output form: camelCase names, typed values, nested inputs as objects. */
export type Outputs = Record<string, unknown>;

/** True when `error` is the appliance saying the object does not exist. */
export function isNotFound(error: unknown): boolean {
    return error instanceof ApplianceError && error.status === 404;
}

/**
 * The objects a read asks for: the main object and each sub-object that holds an input the program sets
 * (`names`, as a state records them); every object the resource maps when the names are not known (a state
 * written by 0.1.0). A service maps some twenty sub-objects, and its program sets a few.
 */
export function objectsToRead(model: ResourceModel, names: readonly string[] | undefined): readonly string[] {
    if (names === undefined) return model.objects;
    // A name is a field (of its object), a nested input or a member of one (of its sub-object): one lookup each,
    // not a walk over the resource's leaves (a service has two hundred).
    const named = new Set(names.map((name) => model.property(name)?.extension.object));
    return model.objects.filter((object, index) => index === 0 || named.has(object));
}

/**
 * The query that asks a GET of the resource's object, or of its collection, for the groups of `objects` (by
 * default every object the resource maps). Sub-objects come only when asked for by their groups; a read of the
 * main object alone needs no query.
 */
export function groupsQuery(
    model: ResourceModel,
    objects: readonly string[] = model.objects,
): ApplianceQuery {
    return objects.length > 1 ? { groups: objects.map((o) => model.extension.groups[o]) } : {};
}

/**
 * The object at `params` as the appliance has it now, with the groups of `objects` (by default every object the
 * resource maps; one `GET <object>?groups=<main>&groups=<sub-object>...`), in output form; undefined when it is
 * gone. The parents' names (`params` other than `name`) are not fields: the caller adds them.
 */
export async function readObject(
    api: ApplianceApi,
    model: ResourceModel,
    params: PathParams,
    objects: readonly string[] = model.objects,
): Promise<Outputs | undefined> {
    let body: { data?: Record<string, unknown> };
    try {
        body = await api.get(fillPath(model.extension.object, params), groupsQuery(model, objects));
    } catch (error) {
        if (isNotFound(error)) {
            return undefined;
        }
        throw error;
    }
    const record = params.name === undefined ? body.data : body.data?.[params.name];
    if (typeof record !== "object" || record === null) {
        return undefined;
    }
    return outputsOf(model, record as Record<string, unknown>, objects);
}

/**
 * The outputs held by one entry of a GET answer: the main group's fields inline (or under its display name,
 * as some firmware answers), each sub-object of `objects` (by default all) under its display name.
 */
export function outputsOf(
    model: ResourceModel,
    record: Readonly<Record<string, unknown>>,
    objects: readonly string[] = model.objects,
): Outputs {
    const outputs: Record<string, unknown> = {};
    for (const object of objects) {
        const group = record[model.extension.groups[object]];
        const fields =
            typeof group === "object" && group !== null && !Array.isArray(group)
                ? (group as Record<string, unknown>)
                : object === model.extension.object
                  ? record
                  : {};
        Object.assign(outputs, fromWireRecord(model, object, fields));
    }
    return nest(model, outputs);
}

/**
 * `body`, a PUT of `object` at `params`, with the fields the object wants on every write (`sentOnEveryWrite`)
 * that it lacks, at the appliance's current values: a PUT without them is refused (a security policy's URL
 * Protection needs `allowed-methods`). It costs one GET of the object, only when a field is missing.
 */
export async function withFieldsEveryWriteNeeds(
    api: ApplianceApi,
    model: ResourceModel,
    object: string,
    params: PathParams,
    body: WireRecord,
): Promise<WireRecord> {
    const missing = model
        .fieldsOf(object)
        .filter((property) => property.extension.sentOnEveryWrite)
        .map((property) => property.extension.field as string)
        .filter((field) => body[field] === undefined);
    if (missing.length === 0) return body;
    const answer = await api.get<{ data?: Record<string, unknown> }>(fillPath(object, params));
    // Inline or under the group's name; a child of a collection item under the item's name first.
    const data = answer.data ?? {};
    const entry = params.name !== undefined && isRecord(data[params.name]) ? data[params.name] : data;
    const group = (entry as Record<string, unknown>)[model.extension.groups[object]];
    const current = (isRecord(group) ? group : entry) as Record<string, unknown>;
    const filled = { ...body };
    for (const field of missing) {
        const value = current[field];
        if (typeof value === "string" || typeof value === "number") filled[field] = String(value);
        else if (Array.isArray(value)) filled[field] = value.map(String);
    }
    return filled;
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether the appliance has the object at `params` (one GET of its id field); false when that cannot be told. */
export async function objectExists(
    api: ApplianceApi,
    model: ResourceModel,
    params: PathParams,
): Promise<boolean> {
    try {
        await api.get(fillPath(model.extension.object, params), {
            parameters: model.extension.idField ?? "name",
        });
        return true;
    } catch {
        return false;
    }
}

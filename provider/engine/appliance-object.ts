import { ApplianceError } from "../errors";
import { fromWireRecord } from "../schema/mapping";
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
 * The query that asks a GET of the resource's object, or of its collection, for every group the resource maps.
 * Sub-objects come only when asked for by their groups; an object without any needs no query.
 */
export function groupsQuery(model: ResourceModel): ApplianceQuery {
    return model.objects.length > 1 ? { groups: model.objects.map((o) => model.extension.groups[o]) } : {};
}

/**
 * The object at `params` as the appliance has it now, with every group the resource maps (one
 * `GET <object>?groups=<main>&groups=<sub-object>...`), in output form; undefined when it is gone. The parents'
 * names (`params` other than `name`) are not fields: the caller adds them.
 */
export async function readObject(
    api: ApplianceApi,
    model: ResourceModel,
    params: PathParams,
): Promise<Outputs | undefined> {
    let body: { data?: Record<string, unknown> };
    try {
        body = await api.get(fillPath(model.extension.object, params), groupsQuery(model));
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
    return outputsOf(model, record as Record<string, unknown>);
}

/**
 * The outputs held by one entry of a GET answer: the main group's fields inline (or under its display name,
 * as some firmware answers), each sub-object under its display name.
 */
export function outputsOf(model: ResourceModel, record: Readonly<Record<string, unknown>>): Outputs {
    const outputs: Record<string, unknown> = {};
    for (const object of model.objects) {
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

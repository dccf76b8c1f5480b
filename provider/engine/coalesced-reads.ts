import DataLoader from "dataloader";

import type { ApplianceQuery } from "../client/appliance-client";
import type { ResourceModel } from "../schema/model";
import { isNotFound, outputsOf, readObject, type Outputs } from "./appliance-object";
import type { ApplianceApi } from "./context";
import { collectionOf, fillPath, type PathParams } from "./object-path";

/** Objects per list GET of a collection whose list takes `limit` and `offset`. */
export const listPageSize = 500;

/**
 * How long the first read of a collection waits for others to join it. Pulumi's engine hands a refresh's reads
 * over spread across a second or so, not all at once: measured at 100 services, 5 ms made 22 list GETs and
 * 25 ms 14; a single read pays it once.
 */
const gatherMs = 25;

/**
 * Reads of objects of one collection, coalesced (Pulumi's engine refreshes every resource at once, and each read
 * reaches the provider on its own). Reads that arrive together become one batch: a batch of one is the object's
 * own GET; a larger batch is one list GET of the collection with every group the resource maps (in pages of
 * {@link listPageSize} where the list takes `limit` and `offset`), and an object the list does not hold is asked
 * for with its own GET before it counts as gone, so a list that answers less than everything never loses one.
 * While a batch is in flight the next one gathers, so a thousand reads make a handful of calls. Nothing is
 * cached: every read is answered by a call made after it was asked for.
 *
 * Only reads use this (refresh): a read-back after a write asks the appliance itself.
 */
export function readCoalesced(
    api: ApplianceApi,
    model: ResourceModel,
    params: PathParams,
): Promise<Outputs | undefined> {
    const { name, ...parents } = params;
    if (name === undefined || !model.extension.object.endsWith("/{name}")) {
        return readObject(api, model, params); // a singleton: nothing to coalesce with
    }
    return loaderFor(api, model, parents).load(name);
}

const loaders = new WeakMap<ApplianceApi, Map<string, DataLoader<string, Outputs | undefined>>>();

/** The loader of one collection (the model's, under `parents`) of one appliance client. */
function loaderFor(
    api: ApplianceApi,
    model: ResourceModel,
    parents: PathParams,
): DataLoader<string, Outputs | undefined> {
    const byCollection = loaders.get(api) ?? new Map<string, DataLoader<string, Outputs | undefined>>();
    loaders.set(api, byCollection);
    const collection = fillPath(collectionOf(model.extension.object), parents);
    let loader = byCollection.get(`${model.token} ${collection}`);
    if (loader === undefined) {
        let inFlight: Promise<unknown> = Promise.resolve();
        loader = new DataLoader<string, Outputs | undefined>(
            (names) => {
                const batch = readBatch(api, model, parents, collection, names);
                inFlight = batch.catch(() => undefined);
                return batch;
            },
            {
                cache: false,
                // The next batch starts once the one in flight has answered, gathering what arrived meanwhile.
                batchScheduleFn: (dispatch) => void inFlight.then(() => setTimeout(dispatch, gatherMs)),
            },
        );
        byCollection.set(`${model.token} ${collection}`, loader);
    }
    return loader;
}

async function readBatch(
    api: ApplianceApi,
    model: ResourceModel,
    parents: PathParams,
    collection: string,
    names: readonly string[],
): Promise<(Outputs | undefined)[]> {
    if (names.length === 1) {
        return [await readObject(api, model, { ...parents, name: names[0] })];
    }
    const records = await listCollection(api, model, collection);
    return Promise.all(
        names.map((name) => {
            const record = records.get(name);
            return record !== undefined
                ? outputsOf(model, record)
                : readObject(api, model, { ...parents, name }); // not listed: its own GET decides
        }),
    );
}

/** Every object of the collection with all of the resource's groups, by name: one list GET, or its pages. */
async function listCollection(
    api: ApplianceApi,
    model: ResourceModel,
    collection: string,
): Promise<Map<string, Record<string, unknown>>> {
    const groups: ApplianceQuery =
        model.objects.length > 1 ? { groups: model.objects.map((o) => model.extension.groups[o]) } : {};
    const records = new Map<string, Record<string, unknown>>();
    for (let offset = 0; ; offset += listPageSize) {
        const query: ApplianceQuery = model.extension.pagedList
            ? { ...groups, limit: String(listPageSize), offset: String(offset) }
            : groups;
        let body: { data?: Record<string, unknown> };
        try {
            body = await api.get(collection, query);
        } catch (error) {
            if (isNotFound(error)) {
                return records; // the parent is gone: each object's own GET says so
            }
            throw error;
        }
        const page = Object.entries(body.data ?? {});
        const before = records.size;
        for (const [name, record] of page) {
            if (typeof record === "object" && record !== null) {
                records.set(name, record as Record<string, unknown>);
            }
        }
        // The last page is short; a list that ignores the paging repeats what it gave, and adds nothing.
        if (!model.extension.pagedList || page.length < listPageSize || records.size === before) {
            return records;
        }
    }
}

import DataLoader from "dataloader";

import type { ApplianceQuery } from "../client/appliance-client";
import type { ResourceModel } from "../schema/model";
import { groupsQuery, isNotFound, outputsOf, readObject, type Outputs } from "./appliance-object";
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
 * own GET; a larger batch is one list GET of the collection with the groups the program's inputs need (in pages of
 * {@link listPageSize} where the list takes `limit` and `offset`, read only as far as the reads need), and an
 * object the list does not hold is asked
 * for with its own GET before it counts as gone, so a list that answers less than everything never loses one.
 * While a batch is in flight the next one gathers, and a list answers the reads that arrive after it until the
 * provider writes to the appliance, so a thousand reads make a handful of calls. (The engine hands a refresh of
 * 1000 resources over several seconds, a few reads at a time: listing the collection for each few cost more than
 * one GET each, measured 379 list GETs and 19.6 s against 9.2 s, and a list reused for only 2 s still made 13
 * calls. A refresh writes nothing, so its reads are answered as of its start, as a snapshot would be; a write
 * makes the next reads ask again.)
 *
 * Only reads use this (refresh): a read-back after a write asks the appliance itself.
 */
export function readCoalesced(
    api: ApplianceApi,
    model: ResourceModel,
    params: PathParams,
    objects: readonly string[] = model.objects,
): Promise<Outputs | undefined> {
    const { name, ...parents } = params;
    if (name === undefined || !model.extension.object.endsWith("/{name}")) {
        return readObject(api, model, params, objects); // a singleton: nothing to coalesce with
    }
    return readsOf(api, model, parents, objects).read(name);
}

const collections = new WeakMap<ApplianceApi, Map<string, CollectionReads>>();

/** The reads of one collection (the model's, under `parents`) of one appliance client, for reads of `objects`. */
function readsOf(
    api: ApplianceApi,
    model: ResourceModel,
    parents: PathParams,
    objects: readonly string[],
): CollectionReads {
    const byCollection = collections.get(api) ?? new Map<string, CollectionReads>();
    collections.set(api, byCollection);
    const collection = fillPath(collectionOf(model.extension.object), parents);
    // Resources whose programs set the same sub-objects coalesce (at scale, one program's many alike resources).
    const key = `${model.token} ${collection} ${objects.join(" ")}`;
    let reads = byCollection.get(key);
    if (reads === undefined) {
        reads = new CollectionReads(api, model, parents, objects, collection);
        byCollection.set(key, reads);
    }
    return reads;
}

/**
 * The coalesced reads of one collection: a read its recent listing holds is answered at once; the others gather
 * into batches, one at a time.
 */
class CollectionReads {
    private listing: Listing | undefined;
    private inFlight: Promise<unknown> = Promise.resolve();
    private readonly loader: DataLoader<string, Outputs | undefined>;

    constructor(
        private readonly api: ApplianceApi,
        private readonly model: ResourceModel,
        parents: PathParams,
        private readonly objects: readonly string[],
        collection: string,
    ) {
        this.loader = new DataLoader<string, Outputs | undefined>(
            (names) => {
                const batch = readBatch(
                    api,
                    model,
                    objects,
                    parents,
                    collection,
                    names,
                    this.recentListing(),
                    (begun) => {
                        this.listing = begun;
                    },
                );
                this.inFlight = batch.catch(() => undefined);
                return batch;
            },
            {
                cache: false,
                // The next batch starts once the one in flight has answered, gathering what arrived meanwhile.
                batchScheduleFn: (dispatch) => void this.inFlight.then(() => setTimeout(dispatch, gatherMs)),
            },
        );
    }

    read(name: string): Promise<Outputs | undefined> {
        // Waiting to gather is for reads that need a call: the engine hands over a refresh's reads a few at a
        // time, and once they are listed each would otherwise wait its turn for nothing (measured at 1000
        // services: 6.8 s a refresh, 3.5 s answered at once).
        const record = this.recentListing()?.records.get(name);
        return record !== undefined
            ? Promise.resolve(outputsOf(this.model, record, this.objects))
            : this.loader.load(name);
    }

    /** The listing, if the provider has written nothing to the appliance since it began. */
    private recentListing(): Listing | undefined {
        return this.listing?.writesBefore === this.api.writesSent ? this.listing : undefined;
    }
}

/**
 * A collection's list, read a page at a time as the reads need it, and how many writes the provider had sent when
 * it began: a read whose object is on a page not yet read asks for the next pages, so 1000 reads of 1000 objects
 * are two pages of 500, without the empty third page that would tell the list has ended.
 */
class Listing {
    readonly records = new Map<string, Record<string, unknown>>();
    readonly writesBefore: number;
    private readonly pages: AsyncGenerator<void>;

    constructor(api: ApplianceApi, model: ResourceModel, objects: readonly string[], collection: string) {
        this.writesBefore = api.writesSent;
        this.pages = readPages(api, model, objects, collection, this.records);
    }

    /** Reads pages until every one of `names` is listed or the list has ended. */
    async seek(names: readonly string[]): Promise<void> {
        while (names.some((name) => !this.records.has(name))) {
            if ((await this.pages.next()).done === true) {
                return;
            }
        }
    }
}

/**
 * The objects `names` of the collection: from `recent` (a listing begun since the provider's last write), else a
 * lone object's own GET, else a new listing, which `remember` keeps. An object a list lacks is asked for on its own.
 */
async function readBatch(
    api: ApplianceApi,
    model: ResourceModel,
    objects: readonly string[],
    parents: PathParams,
    collection: string,
    names: readonly string[],
    recent: Listing | undefined,
    remember: (listing: Listing) => void,
): Promise<(Outputs | undefined)[]> {
    if (recent === undefined && names.length === 1) {
        return [await readObject(api, model, { ...parents, name: names[0] }, objects)];
    }
    let listing = recent;
    if (listing === undefined) {
        listing = new Listing(api, model, objects, collection);
        remember(listing);
    }
    await listing.seek(names);
    const { records } = listing;
    return Promise.all(
        names.map((name) => {
            const record = records.get(name);
            return record !== undefined
                ? outputsOf(model, record, objects)
                : readObject(api, model, { ...parents, name }, objects); // not listed: its own GET decides
        }),
    );
}

/**
 * Every object of the collection with the groups of `objects`, by name: one list GET, or its pages. Empty when
 * the collection's parent is gone. The importer reads whole collections with it.
 */
export async function listCollection(
    api: ApplianceApi,
    model: ResourceModel,
    objects: readonly string[],
    collection: string,
): Promise<Map<string, Record<string, unknown>>> {
    const records = new Map<string, Record<string, unknown>>();
    const pages = readPages(api, model, objects, collection, records);
    while ((await pages.next()).done !== true) {
        // each page adds its objects to records
    }
    return records;
}

/**
 * Reads the collection's list with the groups of `objects` into `records`, a page per step: one list GET, or
 * pages of {@link listPageSize} where the list takes `limit` and `offset`. Ends at once when the collection's
 * parent is gone (each object's own GET says so).
 */
async function* readPages(
    api: ApplianceApi,
    model: ResourceModel,
    objects: readonly string[],
    collection: string,
    records: Map<string, Record<string, unknown>>,
): AsyncGenerator<void> {
    const groups = groupsQuery(model, objects);
    for (let offset = 0; ; offset += listPageSize) {
        const query: ApplianceQuery = model.extension.pagedList
            ? { ...groups, limit: String(listPageSize), offset: String(offset) }
            : groups;
        let body: { data?: Record<string, unknown> };
        try {
            body = await api.get(collection, query);
        } catch (error) {
            if (isNotFound(error)) {
                return;
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
            return;
        }
        yield;
    }
}

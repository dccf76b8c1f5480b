import DataLoader from "dataloader";

import type { ApplianceQuery } from "../client/appliance-client";
import type { ResourceModel } from "../schema/model";
import { groupsQuery, isNotFound, outputsOf, readObject, type Outputs } from "./appliance-object";
import type { ApplianceApi } from "./context";
import { collectionOf, fillPath, placeholders, type PathParams } from "./object-path";

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
 * own GET; a larger batch is one list GET (see {@link ListSource}: the collection with the groups the program's
 * inputs need, or the parents' collection nesting it), in pages of {@link listPageSize} where the list takes
 * `limit` and `offset`, read only as far as the reads need; an object the list does not hold is asked for with
 * its own GET before it counts as gone, so a list that answers less than everything never loses one. While a
 * batch is in flight the next one gathers, and a list answers the reads that arrive after it at once, until the
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
    const source = parentsList(model, objects, parents) ?? ownList(model, objects, parents);
    return readsOf(api, model, objects, source).read(params);
}

/** The list GET a batch of reads makes, and where each read's object is in it. */
interface ListSource {
    /** The list asked for, which tells apart the reads that share it. */
    readonly key: string;
    readonly collection: string;
    readonly query: ApplianceQuery;
    /** The list takes `limit` and `offset`. */
    readonly paged: boolean;
    /** The name of the listed item that holds the object at `params`: the object's own, or its parent's. */
    itemOf(params: PathParams): string;
    /** The object's record in that listed item. */
    recordIn(item: Record<string, unknown>, params: PathParams): Record<string, unknown> | undefined;
}

/**
 * The object's own collection, with the groups of `objects`. Resources whose programs set the same sub-objects
 * share it (at scale, one program's many alike resources).
 */
function ownList(model: ResourceModel, objects: readonly string[], parents: PathParams): ListSource {
    const collection = fillPath(collectionOf(model.extension.object), parents);
    return {
        key: `${collection} ${objects.join(" ")}`,
        collection,
        query: groupsQuery(model, objects),
        paged: model.extension.pagedList === true,
        itemOf: (params) => params.name,
        recordIn: (item) => item,
    };
}

/**
 * The parents' collection, with the group that nests the object's collection in each parent (`services?groups=
 * Server`): one list reads the servers of every service, where a list of each service's servers would be a call
 * per service. Only for reads of the object's own fields, which is all a nested item shows.
 */
function parentsList(
    model: ResourceModel,
    objects: readonly string[],
    parents: PathParams,
): ListSource | undefined {
    const nested = model.extension.nestedIn;
    if (nested === undefined || objects.length !== 1) {
        return undefined;
    }
    // services/{service}/servers/{name} → the parent services/{service}, named by `service`, of `services`.
    const parentTemplate = collectionOf(model.extension.object).replace(/\/[^/]+$/, "");
    const parentKey = placeholders(parentTemplate).at(-1) ?? "";
    const collection = fillPath(collectionOf(parentTemplate.replace(`{${parentKey}}`, "{name}")), parents);
    return {
        key: `${collection} ${nested.group}`,
        collection,
        query: { groups: [nested.group] },
        paged: nested.pagedList === true,
        itemOf: (params) => params[parentKey],
        recordIn: (item, params) => asRecord(nestedData(item, nested.group)?.[params.name]),
    };
}

/** What a listed parent nests under `group` (its own `{"object", "data"}`, as a service nests its servers): its data. */
function nestedData(parent: Record<string, unknown>, group: string): Record<string, unknown> | undefined {
    const data = (parent[group] as { data?: unknown } | undefined)?.data;
    return typeof data === "object" && data !== null ? (data as Record<string, unknown>) : undefined;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined;
}

/**
 * The objects of `model`'s collection in every object of its top-level parent collection, by the parent's name,
 * read with one list of the parents that nests them (all its pages): where the schema says the parents' list
 * nests them and the resource maps only its main object. Undefined for any other resource, and a parent whose
 * listed item nests nothing under the group is left out (its own list tells). The importer reads with it.
 */
export async function listNestedByParent(
    api: ApplianceApi,
    model: ResourceModel,
): Promise<Map<string, Map<string, Record<string, unknown>>> | undefined> {
    const group = model.extension.nestedIn?.group;
    // Only a top-level parent: `services/{service}/servers/{name}`, not a content rule's servers.
    const source =
        placeholders(model.extension.object).length === 2 ? parentsList(model, model.objects, {}) : undefined;
    if (source === undefined || group === undefined) {
        return undefined;
    }
    const parents = new Map<string, Record<string, unknown>>();
    const pages = readPages(api, source, parents);
    while ((await pages.next()).done !== true) {
        // each page adds its parents
    }
    const byParent = new Map<string, Map<string, Record<string, unknown>>>();
    for (const [name, parent] of parents) {
        const data = nestedData(parent, group);
        if (data === undefined) continue;
        const records = Object.entries(data).map(([child, record]) => [child, asRecord(record)] as const);
        byParent.set(
            name,
            new Map(
                records.filter((entry): entry is [string, Record<string, unknown>] => entry[1] !== undefined),
            ),
        );
    }
    return byParent;
}

const sources = new WeakMap<ApplianceApi, Map<string, SourceReads>>();

/** The reads of `model`'s `objects` through `source`, of one appliance client. */
function readsOf(
    api: ApplianceApi,
    model: ResourceModel,
    objects: readonly string[],
    source: ListSource,
): SourceReads {
    const bySource = sources.get(api) ?? new Map<string, SourceReads>();
    sources.set(api, bySource);
    const key = `${model.token} ${source.key}`;
    let reads = bySource.get(key);
    if (reads === undefined) {
        reads = new SourceReads(api, model, objects, source);
        bySource.set(key, reads);
    }
    return reads;
}

/**
 * The coalesced reads of one list source: a read its recent listing holds is answered at once; the others gather
 * into batches, one at a time.
 */
class SourceReads {
    private listing: Listing | undefined;
    private inFlight: Promise<unknown> = Promise.resolve();
    private readonly loader: DataLoader<PathParams, Outputs | undefined>;

    constructor(
        private readonly api: ApplianceApi,
        private readonly model: ResourceModel,
        private readonly objects: readonly string[],
        source: ListSource,
    ) {
        this.loader = new DataLoader<PathParams, Outputs | undefined>(
            (batch) => {
                const read = readBatch(api, model, objects, source, batch, this.recentListing(), (begun) => {
                    this.listing = begun;
                });
                this.inFlight = read.catch(() => undefined);
                return read;
            },
            {
                cache: false,
                // The next batch starts once the one in flight has answered, gathering what arrived meanwhile.
                batchScheduleFn: (dispatch) => void this.inFlight.then(() => setTimeout(dispatch, gatherMs)),
            },
        );
    }

    read(params: PathParams): Promise<Outputs | undefined> {
        // Waiting to gather is for reads that need a call: the engine hands over a refresh's reads a few at a
        // time, and once they are listed each would otherwise wait its turn for nothing (measured at 1000
        // services: 6.8 s a refresh, 3.5 s answered at once).
        const record = this.recentListing()?.recordOf(params);
        return record !== undefined
            ? Promise.resolve(outputsOf(this.model, record, this.objects))
            : this.loader.load(params);
    }

    /** The listing, if the provider has written nothing to the appliance since it began and no page failed. */
    private recentListing(): Listing | undefined {
        const listing = this.listing;
        return listing?.writesBefore === this.api.writesSent && !listing.failed ? listing : undefined;
    }
}

/**
 * A source's list, read a page at a time as the reads need it, and how many writes the provider had sent when it
 * began: a read whose object is on a page not yet read asks for the next pages, so 1000 reads of 1000 objects are
 * two pages of 500, without the empty third page that would tell the list has ended.
 */
class Listing {
    readonly writesBefore: number;
    /** A page was refused: the reads after it list anew rather than ask for each object on its own. */
    failed = false;
    private readonly items = new Map<string, Record<string, unknown>>();
    private readonly pages: AsyncGenerator<void>;

    constructor(
        api: ApplianceApi,
        private readonly source: ListSource,
    ) {
        this.writesBefore = api.writesSent;
        this.pages = readPages(api, source, this.items);
    }

    /** Reads pages until the item of each of `batch` is listed or the list has ended. */
    async seek(batch: readonly PathParams[]): Promise<void> {
        try {
            while (batch.some((params) => !this.items.has(this.source.itemOf(params)))) {
                if ((await this.pages.next()).done === true) {
                    return;
                }
            }
        } catch (error) {
            this.failed = true;
            throw error;
        }
    }

    /** The record of the object at `params`, if the pages read so far hold it. */
    recordOf(params: PathParams): Record<string, unknown> | undefined {
        const item = this.items.get(this.source.itemOf(params));
        return item === undefined ? undefined : this.source.recordIn(item, params);
    }
}

/**
 * The objects at `batch`: from `recent` (a listing begun since the provider's last write), else a lone object's
 * own GET, else a new listing, which `remember` keeps. An object the list lacks is asked for on its own.
 */
async function readBatch(
    api: ApplianceApi,
    model: ResourceModel,
    objects: readonly string[],
    source: ListSource,
    batch: readonly PathParams[],
    recent: Listing | undefined,
    remember: (listing: Listing) => void,
): Promise<(Outputs | undefined)[]> {
    if (recent === undefined && batch.length === 1) {
        return [await readObject(api, model, batch[0], objects)];
    }
    let listing = recent;
    if (listing === undefined) {
        listing = new Listing(api, source);
        remember(listing);
    }
    await listing.seek(batch);
    return Promise.all(
        batch.map((params) => {
            const record = listing.recordOf(params);
            return record !== undefined
                ? outputsOf(model, record, objects)
                : readObject(api, model, params, objects); // not listed: its own GET decides
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
    const source = {
        collection,
        query: groupsQuery(model, objects),
        paged: model.extension.pagedList === true,
    };
    const pages = readPages(api, source, records);
    while ((await pages.next()).done !== true) {
        // each page adds its objects to records
    }
    return records;
}

/**
 * Reads the source's list into `items` by name, a page per step: one list GET, or pages of {@link listPageSize}
 * where the list takes `limit` and `offset`. Ends at once when the collection's parent is gone (each object's
 * own GET says so).
 */
async function* readPages(
    api: ApplianceApi,
    source: Pick<ListSource, "collection" | "query" | "paged">,
    items: Map<string, Record<string, unknown>>,
): AsyncGenerator<void> {
    for (let offset = 0; ; offset += listPageSize) {
        const query: ApplianceQuery = source.paged
            ? { ...source.query, limit: String(listPageSize), offset: String(offset) }
            : source.query;
        let body: { data?: Record<string, unknown> };
        try {
            body = await api.get(source.collection, query);
        } catch (error) {
            if (isNotFound(error)) {
                return;
            }
            throw error;
        }
        const page = Object.entries(body.data ?? {});
        const before = items.size;
        for (const [name, item] of page) {
            if (typeof item === "object" && item !== null) {
                items.set(name, item as Record<string, unknown>);
            }
        }
        // The last page is short; a list that ignores the paging repeats what it gave, and adds nothing.
        if (!source.paged || page.length < listPageSize || items.size === before) {
            return;
        }
        yield;
    }
}

import type { ApplianceCalls } from "../../provider/client/appliance-client";
import {
    ApplianceTimeoutError,
    ApplianceUnreachableError,
    AuthenticationError,
    ConfigurationError,
} from "../../provider/client/errors";
import { isNotFound, outputsOf } from "../../provider/engine/appliance-object";
import { listCollection, listNestedByParent } from "../../provider/engine/coalesced-reads";
import { collectionOf, fillPath, placeholders, type PathParams } from "../../provider/engine/object-path";
import { readSingleton } from "../../provider/engine/singleton-resource";
import { loadSchema } from "../../provider/schema/load";
import { fromWireRecord } from "../../provider/schema/mapping";
import { resourceModel, type ResourceModel } from "../../provider/schema/model";
import { flatten, nest } from "../../provider/schema/nesting";

/**
 * Reading a whole appliance, generically from schema.json: every resource's collection (its list GET with the
 * groups of every object it maps, in pages where the list takes them), the top-level ones first, then each
 * child collection once per object of its parent, or with one list of the parents where that list nests it;
 * every settings object with one GET (once per object of its parent for a service's settings).
 */

/** One object as read: its resource, the names that place it, and its values in flat program form. */
export interface ApplianceObject {
    readonly model: ResourceModel;
    /** The names filling its path template (`{ service: "shop", name: "web-1" }`); `{}` for a singleton. */
    readonly params: PathParams;
    /** Each input leaf the appliance reported, by its path (`basicSecurity.mode`), in the program's form. */
    readonly values: Readonly<Record<string, unknown>>;
}

/** A kind of object that could not be read, and why (an error of the appliance, in its words). */
export interface UnreadKind {
    readonly model: ResourceModel;
    readonly where: string;
    readonly reason: string;
}

/** What a read of the appliance found. */
export interface ApplianceContent {
    readonly objects: readonly ApplianceObject[];
    readonly unread: readonly UnreadKind[];
}

/** Told once per kind of object, when its objects have been read. */
export type ProgressListener = (model: ResourceModel, count: number) => void;

/** How many objects a resource's objects live in: 0 for a service, 1 for its servers or its settings. */
function depthOf(model: ResourceModel): number {
    return placeholders(model.extension.object).filter((key) => key !== "name").length;
}

/** Every resource model of schema.json, a parent's before its children's (by how many parents they have). */
export function resourceModels(): ResourceModel[] {
    const models = Object.keys(loadSchema().resources).map((token) => resourceModel(token));
    return models
        .map((model, index) => ({ model, index }))
        .sort((a, b) => depthOf(a.model) - depthOf(b.model) || a.index - b.index)
        .map(({ model }) => model);
}

/** True for a settings object the appliance has once (`system/dns`): its path names no object at all. */
export function isSingleton(model: ResourceModel): boolean {
    return placeholders(model.extension.object).length === 0;
}

/**
 * True for a settings object: the appliance has it once, or once per object of its parent
 * (`services/{service}/slow-client-attack`); its path names no object of its own.
 */
export function isSettings(model: ResourceModel): boolean {
    return !model.extension.object.includes("{name}");
}

/**
 * The resource whose objects a child collection lives in: the one its last parent property refers to
 * (`contentRule` of a ContentRuleServer); undefined for a top-level collection or a singleton.
 */
export function parentModelOf(model: ResourceModel): ResourceModel | undefined {
    const keys = placeholders(model.extension.object).filter((key) => key !== "name");
    const last = keys[keys.length - 1];
    if (last === undefined) return undefined;
    const property = model.properties.find((p) => p.extension.parent === last);
    const token = property?.extension.references;
    return token === undefined ? undefined : resourceModel(token);
}

/**
 * Reads every object of the appliance, or of the resources in `only` (by token), with `calls` (the provider's
 * client). Reads of one level run together; an error of one kind is kept with the kind, never thrown, so one
 * unreadable collection loses nothing else. A login refused or an appliance out of reach is thrown.
 */
export async function readAppliance(
    calls: ApplianceCalls,
    onProgress: ProgressListener = () => undefined,
): Promise<ApplianceContent> {
    const objects: ApplianceObject[] = [];
    const unread: UnreadKind[] = [];
    const byToken = new Map<string, readonly ApplianceObject[]>();
    const models = resourceModels();
    const depths = [...new Set(models.map(depthOf))];
    for (const depth of depths) {
        const level = models.filter((m) => depthOf(m) === depth);
        const found = await Promise.all(
            level.map(async (model) => ({ model, read: await readKind(calls, model, byToken) })),
        );
        for (const { model, read } of found) {
            onProgress(model, read.objects.length); // in schema order, whichever read finished first
            byToken.set(model.token, read.objects);
            objects.push(...read.objects);
            unread.push(...read.unread);
        }
    }
    return { objects, unread };
}

async function readKind(
    calls: ApplianceCalls,
    model: ResourceModel,
    byToken: ReadonlyMap<string, readonly ApplianceObject[]>,
): Promise<ApplianceContent> {
    if (isSingleton(model)) {
        return readSettings(calls, model, {});
    }
    const parent = parentModelOf(model);
    if (parent === undefined) {
        return readCollection(calls, model, {});
    }
    const read = isSettings(model) ? readSettings : readCollection;
    const keys = placeholders(model.extension.object).filter((key) => key !== "name");
    const parentKey = keys[keys.length - 1];
    const owners = byToken.get(parent.token) ?? [];
    const nested = isSettings(model) || owners.length === 0 ? undefined : await readNested(calls, model);
    const reads = await Promise.all(
        owners.map((owner) => {
            const { name, ...above } = owner.params;
            const parents = { ...above, [parentKey]: name };
            const listed = nested?.get(name);
            return listed !== undefined
                ? collectionContent(model, parents, listed)
                : read(calls, model, parents);
        }),
    );
    return { objects: reads.flatMap((r) => r.objects), unread: reads.flatMap((r) => r.unread) };
}

/**
 * The objects of a child collection in every parent, from one list of the parents that nests them, where the
 * schema says it does (`services?groups=URL ACLs`: one call, not one per service). Undefined where it does not,
 * or when that list fails: each parent's own list then reads them, and tells what the appliance refuses.
 */
async function readNested(
    calls: ApplianceCalls,
    model: ResourceModel,
): Promise<Map<string, Map<string, Record<string, unknown>>> | undefined> {
    try {
        return await listNestedByParent(calls, model);
    } catch {
        return undefined;
    }
}

/** The objects `records` (by name) of one collection, under the parents `parents`. */
function collectionContent(
    model: ResourceModel,
    parents: PathParams,
    records: ReadonlyMap<string, Record<string, unknown>>,
): ApplianceContent {
    const objects = [...records].map(([name, record]) => ({
        model,
        params: { ...parents, name },
        values: flatten(model, outputsOf(model, record)),
    }));
    return { objects, unread: [] };
}

/** The objects of one collection (under the parents `parents`), with every group the resource maps. */
async function readCollection(
    calls: ApplianceCalls,
    model: ResourceModel,
    parents: PathParams,
): Promise<ApplianceContent> {
    const collection = fillPath(collectionOf(model.extension.object), parents);
    let records: Map<string, Record<string, unknown>>;
    try {
        records = await listCollection(calls, model, model.objects, collection);
    } catch (error) {
        return { objects: [], unread: [unreadKind(model, collection, error)] };
    }
    return collectionContent(model, parents, records);
}

/** A settings object (of the parent `parents` names): one GET of its main object. */
async function readSettings(
    calls: ApplianceCalls,
    model: ResourceModel,
    parents: PathParams,
): Promise<ApplianceContent> {
    try {
        const values: Record<string, unknown> = fromWireRecord(
            model,
            model.extension.object,
            await readSingleton(calls, model, parents),
        );
        return {
            objects: [{ model, params: parents, values: flatten(model, nest(model, values)) }],
            unread: [],
        };
    } catch (error) {
        if (isNotFound(error)) return { objects: [], unread: [] };
        return { objects: [], unread: [unreadKind(model, fillPath(model.extension.object, parents), error)] };
    }
}

function unreadKind(model: ResourceModel, where: string, error: unknown): UnreadKind {
    if (isAuthOrTransport(error)) throw error;
    return { model, where, reason: error instanceof Error ? error.message : String(error) };
}

/** A failure that no other kind would escape either: the settings, the login, or no answer at all. */
function isAuthOrTransport(error: unknown): boolean {
    return (
        error instanceof AuthenticationError ||
        error instanceof ConfigurationError ||
        error instanceof ApplianceUnreachableError ||
        error instanceof ApplianceTimeoutError
    );
}

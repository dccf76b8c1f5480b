import { defaultsOf } from "./model/field";
import { childRows, objectRows, rowOf, subObjectRows } from "./objects";
import type { ObjectRow } from "./object-row";
import type { EmulatorSnapshot, WireObject } from "./snapshot";

/**
 * One item of a collection, or a singleton: its record, its sub-objects and its child collections, by row
 * id. Named items live in `Map`s, so that no name, whatever it is (`__proto__`), can reach another object
 * or a prototype; row ids are the table's own.
 */
export interface ObjectNode {
    record: WireObject;
    readonly parts: Record<string, WireObject>;
    readonly children: Record<string, Map<string, ObjectNode>>;
}

/** The emulator's live state: the top-level collections and singletons, by row id. */
export interface ApplianceState {
    readonly collections: Record<string, Map<string, ObjectNode>>;
    readonly singletons: Record<string, ObjectNode>;
}

/** A sub-object's record at its defaults, without the fields its parent holds. */
export function defaultPart(row: ObjectRow): WireObject {
    const record = defaultsOf(row.model);
    for (const field of row.sharedWithParent ?? []) delete record[field];
    return record;
}

/**
 * A new item of `row` with `record`: its hand-written sub-objects at their defaults, its hand-written child
 * collections empty. A sub-object derived from the spec alone gets a record only once written (`partRecord`
 * shows its defaults until then), a derived child collection its map with its first item (`collectionOf`),
 * so that an appliance of 1000 services does not hold 40 000 records at defaults and 33 000 empty maps.
 */
export function newNode(row: ObjectRow, record: WireObject): ObjectNode {
    return {
        record,
        parts: Object.fromEntries(
            subObjectRows(row)
                .filter((part) => !part.derived)
                .map((part) => [part.id, defaultPart(part)]),
        ),
        children: Object.fromEntries(
            childRows(row)
                .filter((child) => !child.derived || child.spec.factoryItems !== undefined)
                .map((child) => [child.id, withFactoryItems(child, new Map())]),
        ),
    };
}

/** The record an item of a fixed collection is made with: its defaults and the values it is known to have. */
export function factoryRecord(row: ObjectRow): WireObject {
    return { ...defaultsOf(row.model), ...row.spec.factoryItems?.values };
}

/**
 * `items` with the items a fixed collection is made with (`network-interfaces`: `WAN`, ...), those it lacks
 * at their factory records: the appliance has them from the start, and they cannot be deleted.
 */
function withFactoryItems(row: ObjectRow, items: Map<string, ObjectNode>): Map<string, ObjectNode> {
    for (const name of row.spec.factoryItems?.items ?? []) {
        if (!items.has(name)) items.set(name, newNode(row, factoryRecord(row)));
    }
    return items;
}

/** The items worth a snapshot: a fixed collection's item at its factory record is as good as never written. */
function writtenItems(row: ObjectRow, items: ReadonlyMap<string, ObjectNode>): Map<string, ObjectNode> {
    const known = row.spec.factoryItems?.items ?? [];
    if (known.length === 0) return new Map(items);
    const factory = sortedJson(factoryRecord(row));
    return new Map(
        [...items].filter(
            ([name, node]) =>
                !known.includes(name) || sortedJson(node.record) !== factory || holdsContent(row, node),
        ),
    );
}

function sortedJson(record: WireObject): string {
    return JSON.stringify(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

/** A derived sub-object's record, unless it is at its defaults (then it is as good as never written). */
function changedPart(part: ObjectRow, node: ObjectNode): WireObject | undefined {
    const stored = node.parts[part.id];
    if (stored === undefined || !part.derived) return stored;
    return JSON.stringify(stored) === JSON.stringify(defaultPart(part)) ? undefined : stored;
}

/** Whether an item holds anything written below it: a sub-object off its defaults or a child's item. */
function holdsContent(row: ObjectRow, node: ObjectNode): boolean {
    return (
        subObjectRows(row).some((part) => part.derived && changedPart(part, node) !== undefined) ||
        Object.entries(node.children).some(([id, items]) => writtenItems(rowOf(id), items).size > 0)
    );
}

/** A derived singleton is in the snapshot once it differs from a factory-fresh one. */
function singletonChanged(row: ObjectRow, node: ObjectNode): boolean {
    return JSON.stringify(node.record) !== JSON.stringify(defaultsOf(row.model)) || holdsContent(row, node);
}

/** The state in wire form: plain objects keyed by name, sharing nothing with `state`. */
export function toSnapshot(state: ApplianceState): EmulatorSnapshot {
    return structuredClone(wireView(state));
}

/** The state in wire form, sharing its records with `state`: to serialise at once, never to keep. */
export function wireView(state: ApplianceState): EmulatorSnapshot {
    const wire: Record<string, unknown> = {};
    for (const row of objectRows) {
        if (row.kind === "singleton") {
            const node = state.singletons[row.id];
            if (!row.derived || singletonChanged(row, node)) wire[row.snapshotKey] = itemWire(row, node);
        } else if (row.kind === "collection" && row.parent === undefined) {
            const items = writtenItems(row, state.collections[row.id]);
            if (!row.derived || items.size > 0)
                wire[row.snapshotKey] = recordOf(items, (node) => itemWire(row, node));
        } else if (row.hoisted) {
            const parents = state.collections[rowOf(row.parent as string).id];
            wire[row.snapshotKey] = recordOf(parents, (parent) =>
                recordOf(parent.children[row.id], (node) => itemWire(row, node)),
            );
        }
    }
    return wire as unknown as EmulatorSnapshot;
}

/** Live state from a snapshot (or a state file's content), sharing nothing with it. */
export function fromSnapshot(snapshot: EmulatorSnapshot): ApplianceState {
    const wire = structuredClone(snapshot) as unknown as Record<string, unknown>;
    const state: ApplianceState = { collections: {}, singletons: {} };
    for (const row of objectRows) {
        const entry = wire[row.snapshotKey] as Record<string, unknown> | undefined;
        if (row.kind === "singleton") state.singletons[row.id] = nodeFrom(row, entry);
        else if (row.kind === "collection" && row.parent === undefined) {
            state.collections[row.id] = withFactoryItems(
                row,
                mapOf(entry ?? {}, (item) => nodeFrom(row, item)),
            );
        } else if (row.hoisted) {
            for (const [name, parent] of state.collections[rowOf(row.parent as string).id]) {
                const items = (entry?.[name] ?? {}) as Record<string, unknown>;
                parent.children[row.id] = mapOf(items, (item) => nodeFrom(row, item));
            }
        }
    }
    return state;
}

/** A deep copy that shares nothing with `state`. */
export function cloneState(state: ApplianceState): ApplianceState {
    return structuredClone(state);
}

/**
 * An item in wire form: its record alone, or its record (under `recordKey`) beside its sub-objects and
 * children. Derived sub-objects and child collections appear once written. The items of a child collection
 * without a `recordKey` (servers) keep what lives in them beside the collection, under `<key>Within`.
 */
function itemWire(row: ObjectRow, node: ObjectNode): unknown {
    if (row.recordKey === undefined) return node.record;
    return { [row.recordKey]: node.record, ...contentWire(row, node) };
}

function contentWire(row: ObjectRow, node: ObjectNode): Record<string, unknown> {
    const wire: Record<string, unknown> = {};
    for (const part of subObjectRows(row)) {
        const stored = changedPart(part, node);
        if (stored !== undefined) wire[part.snapshotKey] = stored;
    }
    for (const child of childRows(row).filter((child) => !child.hoisted)) {
        const items = writtenItems(child, node.children[child.id] ?? new Map<string, ObjectNode>());
        if (child.derived && items.size === 0) continue;
        wire[child.snapshotKey] = recordOf(items, (item) => itemWire(child, item));
        if (child.recordKey !== undefined) continue;
        const within = [...items].filter(([, item]) => holdsContent(child, item));
        if (within.length > 0) {
            wire[`${child.snapshotKey}Within`] = Object.fromEntries(
                within.map(([name, item]) => [name, contentWire(child, item)]),
            );
        }
    }
    return wire;
}

/**
 * An item from wire form; what an older state file lacks (a sub-object added since) starts at defaults, a
 * singleton it lacks at the factory's.
 */
function nodeFrom(row: ObjectRow, wire: unknown): ObjectNode {
    const entry = (wire ?? {}) as Record<string, unknown>;
    const stored = (row.recordKey === undefined ? wire : entry[row.recordKey]) as WireObject | undefined;
    const record = stored ?? (row.kind === "singleton" ? defaultsOf(row.model) : {});
    const node = newNode(row, record);
    if (row.recordKey !== undefined) fillContent(row, node, entry);
    return node;
}

function fillContent(row: ObjectRow, node: ObjectNode, entry: Record<string, unknown>): void {
    for (const part of subObjectRows(row)) {
        const stored = entry[part.snapshotKey] as WireObject | undefined;
        if (stored !== undefined) node.parts[part.id] = stored;
    }
    for (const child of childRows(row).filter((child) => !child.hoisted)) {
        const items = (entry[child.snapshotKey] ?? {}) as Record<string, unknown>;
        if (!child.derived || Object.keys(items).length > 0) {
            node.children[child.id] = withFactoryItems(
                child,
                mapOf(items, (item) => nodeFrom(child, item)),
            );
        }
        if (child.recordKey !== undefined) continue;
        const within = (entry[`${child.snapshotKey}Within`] ?? {}) as Record<string, Record<string, unknown>>;
        for (const [name, item] of node.children[child.id] ?? []) {
            if (Object.hasOwn(within, name)) fillContent(child, item, within[name]);
        }
    }
}

// Object.fromEntries defines own properties, so even a key "__proto__" stays a plain key.
function recordOf<V, W>(map: ReadonlyMap<string, V>, convert: (value: V) => W): Record<string, W> {
    return Object.fromEntries([...map].map(([name, value]) => [name, convert(value)]));
}

function mapOf<W>(record: Readonly<Record<string, unknown>>, convert: (value: unknown) => W): Map<string, W> {
    return new Map(Object.entries(record).map(([name, value]) => [name, convert(value)]));
}

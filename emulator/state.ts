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

/** A new item of `row` with `record`: its sub-objects at their defaults, its child collections empty. */
export function newNode(row: ObjectRow, record: WireObject): ObjectNode {
    return {
        record,
        parts: Object.fromEntries(subObjectRows(row).map((part) => [part.id, defaultPart(part)])),
        children: Object.fromEntries(childRows(row).map((child) => [child.id, new Map()])),
    };
}

/** The state in wire form: plain objects keyed by name, sharing nothing with `state`. */
export function toSnapshot(state: ApplianceState): EmulatorSnapshot {
    return structuredClone(wireView(state));
}

/** The state in wire form, sharing its records with `state`: to serialise at once, never to keep. */
export function wireView(state: ApplianceState): EmulatorSnapshot {
    const wire: Record<string, unknown> = {};
    for (const row of objectRows) {
        if (row.kind === "singleton") wire[row.snapshotKey] = itemWire(row, state.singletons[row.id]);
        else if (row.kind === "collection" && row.parent === undefined) {
            wire[row.snapshotKey] = recordOf(state.collections[row.id], (node) => itemWire(row, node));
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
        if (row.kind === "singleton") state.singletons[row.id] = nodeFrom(row, entry ?? {});
        else if (row.kind === "collection" && row.parent === undefined) {
            state.collections[row.id] = mapOf(entry ?? {}, (item) => nodeFrom(row, item));
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

/** An item in wire form: its record alone, or its record beside its sub-objects and children. */
function itemWire(row: ObjectRow, node: ObjectNode): unknown {
    if (row.recordKey === undefined) return node.record;
    const wire: Record<string, unknown> = { [row.recordKey]: node.record };
    for (const part of subObjectRows(row)) wire[part.snapshotKey] = node.parts[part.id];
    for (const child of childRows(row).filter((child) => !child.hoisted)) {
        wire[child.snapshotKey] = recordOf(node.children[child.id], (item) => itemWire(child, item));
    }
    return wire;
}

/** An item from wire form; what an older state file lacks (a sub-object added since) starts at defaults. */
function nodeFrom(row: ObjectRow, wire: unknown): ObjectNode {
    const entry = wire as Record<string, unknown>;
    const record = (row.recordKey === undefined ? entry : (entry[row.recordKey] ?? {})) as WireObject;
    const node = newNode(row, record);
    if (row.recordKey === undefined) return node;
    for (const part of subObjectRows(row)) {
        const stored = entry[part.snapshotKey] as WireObject | undefined;
        if (stored !== undefined) node.parts[part.id] = stored;
    }
    for (const child of childRows(row).filter((child) => !child.hoisted)) {
        const items = (entry[child.snapshotKey] ?? {}) as Record<string, unknown>;
        node.children[child.id] = mapOf(items, (item) => nodeFrom(child, item));
    }
    return node;
}

// Object.fromEntries defines own properties, so even a key "__proto__" stays a plain key.
function recordOf<V, W>(map: ReadonlyMap<string, V>, convert: (value: V) => W): Record<string, W> {
    return Object.fromEntries([...map].map(([name, value]) => [name, convert(value)]));
}

function mapOf<W>(record: Readonly<Record<string, unknown>>, convert: (value: unknown) => W): Map<string, W> {
    return new Map(Object.entries(record).map(([name, value]) => [name, convert(value)]));
}

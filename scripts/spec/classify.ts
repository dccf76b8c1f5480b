import type { HttpMethod, ObjectKind } from "./model";

/**
 * Top-level segments whose operations are actions, not state: the README's login/logout, logs, statistics,
 * backups, firmware updates and configuration import/export, plus two the spec shows the same way
 * (clearing locked-out clients, configuration snapshots to roll back to).
 */
const ACTION_ROOTS: Readonly<Record<string, string>> = {
    login: "opens a session",
    logout: "ends a session",
    logs: "reads logs",
    stats: "reads statistics",
    backup: "backs up and restores the configuration",
    "energize-updates": "checks for and applies firmware and definition updates",
    ops: "imports, exports and reports on configuration tasks",
    "locked-out-clients": "reads and releases locked-out clients",
    "configuration-checkpoints": "takes and removes configuration snapshots",
};

export interface Shape {
    /** The object's id: its path's literal segments. */
    readonly id: string;
    readonly methods: ReadonlySet<HttpMethod>;
    /** Methods on the item path; undefined when the object has none. */
    readonly itemMethods?: ReadonlySet<HttpMethod>;
}

export interface Classification {
    readonly kind: ObjectKind;
    readonly reason: string;
}

function list(methods: ReadonlySet<HttpMethod> | undefined): string {
    return [...(methods ?? [])]
        .map((method) => method.toUpperCase())
        .sort()
        .join("/");
}

/** The rules in order; the first that matches decides. */
export function classify(shape: Shape): Classification {
    const root = shape.id.split("/")[0];
    const action = ACTION_ROOTS[root] ?? (root.endsWith("-logs") ? "reads logs" : undefined);
    if (action !== undefined) return { kind: "action", reason: action };

    const { methods, itemMethods } = shape;
    if (methods.has("post") && itemMethods?.has("delete")) {
        return { kind: "collection", reason: "POST on the collection, DELETE on an item" };
    }
    if (itemMethods === undefined && methods.size === 2 && methods.has("get") && methods.has("put")) {
        return { kind: "subObject", reason: "GET/PUT only" };
    }
    if (
        itemMethods?.has("get") &&
        itemMethods.has("put") &&
        !methods.has("post") &&
        !itemMethods.has("delete")
    ) {
        return { kind: "fixedCollection", reason: `items ${list(itemMethods)}, none created or deleted` };
    }
    const item = itemMethods === undefined ? "no item path" : `item ${list(itemMethods)}`;
    return { kind: "irregular", reason: `${list(methods) || "no methods"} on the path, ${item}` };
}

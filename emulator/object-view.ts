import type { ApiRequest } from "./handlers/handler";
import { childRows, subObjectRows } from "./objects";
import type { ObjectRow } from "./object-row";
import type { WireObject } from "./snapshot";
import { defaultPart, type ObjectNode } from "./state";
import { narrow, requestedGroups, requestedParameters, shownFields } from "./wire-view";

/** A sub-object's record as GET shows it: its own fields, and those its parent holds for it. */
export function partRecord(row: ObjectRow, owner: ObjectNode): WireObject {
    const shared = row.sharedWithParent ?? [];
    const own = owner.parts[row.id] ?? defaultPart(row);
    return Object.fromEntries(
        Object.keys(row.model.fields)
            .map((field): [string, WireObject[string] | undefined] => [
                field,
                shared.includes(field) ? owner.record[field] : own[field],
            ])
            .filter((entry): entry is [string, WireObject[string]] => entry[1] !== undefined),
    );
}

/** The groups an item can show: its own, its sub-objects', its child collections'. */
function groupRows(row: ObjectRow): ObjectRow[] {
    return [row, ...subObjectRows(row), ...childRows(row)];
}

/**
 * One item as the GETs show it, read as the appliance reads `?groups=` and `?parameters=`: without groups,
 * its own fields; a sub-object's under its display name; a child collection as its own `{"object",
 * "data"}`. Every group the spec lists is taken, those the emulator does not model left out; an object whose
 * GET takes no groups ignores them. `?parameters=` narrows every group, and may name any group's fields.
 */
export function itemView(
    row: ObjectRow,
    node: ObjectNode,
    request: ApiRequest,
): WireObject | Record<string, unknown> {
    const rows = groupRows(row);
    const parameters = requestedParameters(
        request.query,
        rows.map((group) => group.model),
    );
    const own = shownFields(row.model, node.record);
    if (row.spec.groups === undefined) return narrow(own, parameters);
    const names = rows.map((group) => group.model.displayName);
    const groups = requestedGroups(request.query, names, row.spec.groups, [row.model.displayName]);
    const view: Record<string, unknown> = {};
    for (const group of groups) {
        const groupRow = rows[names.indexOf(group)];
        if (groupRow === row) Object.assign(view, narrow(own, parameters));
        else if (groupRow.kind === "subObject") view[group] = narrow(partRecord(groupRow, node), parameters);
        else
            view[group] = {
                object: group,
                data: itemsView(groupRow, node.children[groupRow.id] ?? new Map(), parameters),
            };
    }
    return view;
}

function itemsView(
    row: ObjectRow,
    items: Map<string, ObjectNode>,
    parameters: string[] | undefined,
): Record<string, unknown> {
    return Object.fromEntries(
        [...items].map(([name, item]) => [name, narrow(shownFields(row.model, item.record), parameters)]),
    );
}

/**
 * A singleton as `GET /system` shows it: keyed by group rather than by name (`{"System": {...}, "Advanced
 * Settings": {...}}`), its own group without `?groups=`; a child collection (`Local Hosts`) as its own
 * `{"object", "data"}`.
 */
export function singletonView(
    row: ObjectRow,
    node: ObjectNode,
    request: ApiRequest,
): Record<string, unknown> {
    const rows = groupRows(row);
    const names = rows.map((group) => group.model.displayName);
    const groups = requestedGroups(request.query, names, row.spec.groups ?? [], [row.model.displayName]);
    const parameters = requestedParameters(
        request.query,
        rows.map((group) => group.model),
    );
    return Object.fromEntries(
        groups.map((group) => {
            const groupRow = rows[names.indexOf(group)];
            if (groupRow.kind === "collection") {
                return [
                    group,
                    {
                        object: group,
                        data: itemsView(groupRow, node.children[groupRow.id] ?? new Map(), parameters),
                    },
                ];
            }
            const record = groupRow === row ? node.record : partRecord(groupRow, node);
            return [group, narrow(shownFields(groupRow.model, record), parameters)];
        }),
    );
}

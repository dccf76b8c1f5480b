import { invalidData } from "../errors";
import { itemView } from "../object-view";
import type { ObjectRow } from "../object-row";
import { rowChain } from "../objects";
import { checkReferences, usersOf } from "../references";
import { newNode } from "../state";
import { collectionOf, inParent, itemOf } from "../tree";
import { createRecord, updateRecord, validateBody } from "../validation";
import { paginate } from "../wire-view";
import type { ApiRequest, Handler } from "./handler";

/** The five handlers of a collection of named objects. */
export interface CollectionHandlers {
    readonly list: Handler;
    readonly get: Handler;
    readonly create: Handler;
    readonly update: Handler;
    readonly remove: Handler;
}

/**
 * The handlers of any collection row, in the appliance's shapes: GET answers `{"object", "data"}` keyed by
 * name (`?groups=`, `?parameters=`, and `?limit=`/`?offset=` where the spec lists them); POST answers 201
 * `{"id", "msg"}`, a duplicate name is a 400 and so is a named object that does not exist; PUT changes only
 * the given fields (fixed ones only with their current values); DELETE takes what lives in the item with it
 * and is refused with 400 `InUse` while something names it or anything in it. A missing parent is a 404.
 */
export function collectionHandlers(row: ObjectRow): CollectionHandlers {
    const { model } = row;
    const object = model.displayName;
    const nameOf = (request: ApiRequest): string => request.params[row.param as string];
    return {
        list: (request, { store }) => {
            const items = [...collectionOf(store.state, row, request.params)];
            const shown = row.spec.paged ? paginate(items, request.query) : items;
            const data = Object.fromEntries(
                shown.map(([name, node]) => [name, itemView(row, node, request)]),
            );
            return { status: 200, body: { object, data } };
        },
        get: (request, { store }) => {
            const node = itemOf(store.state, row, request.params);
            return {
                status: 200,
                body: { object, data: { [nameOf(request)]: itemView(row, node, request) } },
            };
        },
        create: (request, { store }) =>
            store.change((state) => {
                const items = collectionOf(state, row, request.params);
                const given = validateBody(model, request.body, "create");
                const made = createRecord(model, given);
                const record = row.complete ? row.complete(made, given) : made;
                const name = String(record[row.nameField as string] ?? "");
                // Items are addressed by name: an item without one could never be read or deleted.
                if (name === "") {
                    throw invalidData(`Missing required parameter(s): '${row.nameField}'.`, "MissingValue");
                }
                if (items.has(name)) {
                    throw invalidData(
                        `${object} with name '${name}' already exists${inParent(row, request.params)}.`,
                        "DuplicateName",
                    );
                }
                checkReferences(state, row, record);
                items.set(name, newNode(row, record));
                return { status: 201, body: { id: name, msg: "Successfully created." } };
            }),
        update:
            row.update ??
            ((request, { store }) =>
                store.change((state) => {
                    const node = itemOf(state, row, request.params);
                    const record = updateRecord(
                        model,
                        node.record,
                        validateBody(model, request.body, "update"),
                    );
                    checkReferences(state, row, record);
                    node.record = record;
                    return { status: 200, body: { id: nameOf(request), msg: "Successfully updated." } };
                })),
        remove: (request, { store }) =>
            store.change((state) => {
                const name = nameOf(request);
                itemOf(state, row, request.params);
                const names = rowChain(row)
                    .filter((link) => link.kind === "collection")
                    .map((link) => request.params[link.param as string]);
                const users = usersOf(state, row, names);
                if (users.length > 0) {
                    throw invalidData(
                        `${object} '${name}' is in use by ${users.join(", ")}: delete or change those first.`,
                        "InUse",
                    );
                }
                collectionOf(state, row, request.params).delete(name);
                return { status: 200, body: { id: name, msg: "Successfully deleted." } };
            }),
    };
}

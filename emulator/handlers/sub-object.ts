import { partRecord, singletonView } from "../object-view";
import type { ObjectRow } from "../object-row";
import { rowOf } from "../objects";
import { checkReferences } from "../references";
import type { WireObject } from "../snapshot";
import { itemOf } from "../tree";
import { updateRecord, validateBody } from "../validation";
import { narrow, requestedParameters } from "../wire-view";
import type { Handler } from "./handler";

/**
 * GET and PUT of a sub-object (`/services/{name}/basic-security`) or a singleton (`/system`). The spec does
 * not show a sub-object's GET answer; the emulator answers in the shape of its parent's GET with
 * `?groups=<display name>`: `{"object": "Service", "data": {"<name>": {"Basic Security": {...}}}}`, under a
 * singleton `{"object": "System", "data": {"Advanced Settings": {...}}}`. `?parameters=` narrows the fields.
 * A PUT changes only the fields it names (the sub-object always exists: it is made with its parent) and
 * answers `{"id", "msg"}`, without `id` when the parent has no name.
 */
export function subObjectHandlers(row: ObjectRow): { get: Handler; put: Handler } {
    if (row.kind === "singleton") return singletonHandlers(row);
    const parent = rowOf(row.parent as string);
    const shared = row.sharedWithParent ?? [];
    const ownerName = (params: Readonly<Record<string, string>>): string | undefined =>
        parent.kind === "collection" ? params[parent.param as string] : undefined;
    const get: Handler = (request, { store }) => {
        const owner = itemOf(store.state, parent, request.params);
        const fields = narrow(partRecord(row, owner), requestedParameters(request.query, [row.model]));
        const group = { [row.model.displayName]: fields };
        const name = ownerName(request.params);
        return {
            status: 200,
            body: { object: parent.model.displayName, data: name === undefined ? group : { [name]: group } },
        };
    };
    const put: Handler = (request, { store }) =>
        store.change((state) => {
            const owner = itemOf(state, parent, request.params);
            const given = validateBody(row.model, request.body, "update");
            const updated = updateRecord(row.model, partRecord(row, owner), given);
            const own: WireObject = {};
            const parentRecord = { ...owner.record };
            for (const [field, value] of Object.entries(updated)) {
                if (shared.includes(field)) parentRecord[field] = value;
                else own[field] = value;
            }
            if (shared.length > 0) checkReferences(state, parent, parentRecord);
            checkReferences(state, row, own);
            owner.record = parentRecord;
            owner.parts[row.id] = own;
            const name = ownerName(request.params);
            return {
                status: 200,
                body:
                    name === undefined
                        ? { msg: "Successfully updated." }
                        : { id: name, msg: "Successfully updated." },
            };
        });
    return { get, put };
}

/** `GET /system`, keyed by group (see `singletonView`); `PUT /system` changes its own group. */
function singletonHandlers(row: ObjectRow): { get: Handler; put: Handler } {
    return {
        get: (request, { store }) => ({
            status: 200,
            body: {
                object: row.model.displayName,
                data: singletonView(row, itemOf(store.state, row, request.params), request),
            },
        }),
        put: (request, { store }) =>
            store.change((state) => {
                const node = itemOf(state, row, request.params);
                node.record = updateRecord(
                    row.model,
                    node.record,
                    validateBody(row.model, request.body, "update"),
                );
                return { status: 200, body: { msg: "Successfully updated." } };
            }),
    };
}

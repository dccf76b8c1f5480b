import { invalidData, notFound } from "../errors";
import type { ObjectModel } from "../model/field";
import type { WireObject } from "../snapshot";
import type { ApplianceState } from "../state";
import { createRecord, updateRecord, validateBody } from "../validation";
import { narrow, requestedParameters } from "../wire-view";
import type { ApiRequest, Handler } from "./handler";

/** How one kind of named object lives in the state, and what it takes to create and delete one. */
export interface CollectionDefinition {
    readonly model: ObjectModel;
    /** The `object` of GET answers and the word in messages: `Vsite`, `Service Group`. */
    readonly object: string;
    /** The field that holds the name: `name`, or `service-group`. */
    readonly nameField: string;
    /** The path parameter that names one object. */
    readonly param: string;
    /** The collection the request addresses; throws the appliance's 404 when its parent does not exist. */
    collection(state: ApplianceState, request: ApiRequest): Map<string, WireObject>;
    /** Fills in what the appliance sets on create (a certificate's serial); may refuse the request. */
    readonly complete?: (record: WireObject, given: WireObject) => WireObject;
    /** What the object is still used by (`service 'web'`): a DELETE is refused while there is any. */
    readonly usedBy?: (state: ApplianceState, name: string, request: ApiRequest) => string[];
    /** Called once the object is created, or deleted: makes or removes what belongs to it. */
    readonly created?: (state: ApplianceState, name: string) => void;
    readonly deleted?: (state: ApplianceState, name: string) => void;
}

/** The five handlers of a collection of named objects, in the appliance's shapes (see `services.ts`). */
export interface CollectionHandlers {
    readonly list: Handler;
    readonly get: Handler;
    readonly create: Handler;
    readonly update: Handler;
    readonly remove: Handler;
}

/**
 * GET (list and one, keyed by name, `?parameters=` narrowing), POST (201 `{"id", "msg"}`, a duplicate name
 * is a 400), PUT (only the given fields change; fixed fields only with their current values) and DELETE
 * (refused with 400 `InUse` while something uses the object) for one kind of named object.
 */
export function collectionHandlers(definition: CollectionDefinition): CollectionHandlers {
    const { model, object } = definition;
    const find = (collection: Map<string, WireObject>, name: string): WireObject => {
        const record = collection.get(name);
        if (!record) throw notFound(`${object} '${name}' does not exist.`);
        return record;
    };
    return {
        list: (request, { store }) => {
            const parameters = requestedParameters(request.query, [model]);
            const data: Record<string, unknown> = {};
            for (const [name, record] of definition.collection(store.state, request)) {
                data[name] = narrow(record, parameters);
            }
            return { status: 200, body: { object, data } };
        },
        get: (request, { store }) => {
            const name = request.params[definition.param];
            const record = find(definition.collection(store.state, request), name);
            const parameters = requestedParameters(request.query, [model]);
            return { status: 200, body: { object, data: { [name]: narrow(record, parameters) } } };
        },
        create: (request, { store }) =>
            store.change((state) => {
                const collection = definition.collection(state, request);
                const given = validateBody(model, request.body, "create");
                const made = createRecord(model, given);
                const record = definition.complete ? definition.complete(made, given) : made;
                const name = String(record[definition.nameField]);
                if (collection.has(name)) {
                    throw invalidData(`${object} with name '${name}' already exists.`, "DuplicateName");
                }
                collection.set(name, record);
                definition.created?.(state, name);
                return { status: 201, body: { id: name, msg: "Successfully created." } };
            }),
        update: (request, { store }) =>
            store.change((state) => {
                const collection = definition.collection(state, request);
                const name = request.params[definition.param];
                const current = find(collection, name);
                collection.set(
                    name,
                    updateRecord(model, current, validateBody(model, request.body, "update")),
                );
                return { status: 200, body: { id: name, msg: "Successfully updated." } };
            }),
        remove: (request, { store }) =>
            store.change((state) => {
                const collection = definition.collection(state, request);
                const name = request.params[definition.param];
                find(collection, name);
                const users = definition.usedBy?.(state, name, request) ?? [];
                if (users.length > 0) {
                    throw invalidData(
                        `${object} '${name}' is in use by ${users.join(", ")}: delete or change those first.`,
                        "InUse",
                    );
                }
                collection.delete(name);
                definition.deleted?.(state, name);
                return { status: 200, body: { id: name, msg: "Successfully deleted." } };
            }),
    };
}

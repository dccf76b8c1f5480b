import { invalidData } from "../errors";
import { serverModel } from "../model/server";
import { createRecord, updateRecord, validateBody } from "../validation";
import { narrow, paginate, requestedGroups, requestedParameters } from "../wire-view";
import { serverGroupsListed } from "../model/listed-groups";
import type { WireObject } from "../snapshot";
import type { ApiRequest, Handler } from "./handler";
import { findServer, findService } from "./lookup";

/**
 * One server as the GETs show it: its fields when the `Server` group is asked for (the default), nothing of
 * the groups the emulator does not model; `?parameters=` narrows the fields.
 */
function serverView(server: WireObject, request: ApiRequest): WireObject {
    const groups = requestedGroups(request.query, ["Server"], serverGroupsListed, ["Server"]);
    const parameters = requestedParameters(request.query, [serverModel]);
    return groups.includes("Server") ? narrow(server, parameters) : {};
}

/** `GET /services/{name}/servers`: `{"object": "Server", "data": {"<server>": {...}}}`. */
export const listServers: Handler = (request, { store }) => {
    const service = findService(store.state, request.params.name);
    const data: Record<string, unknown> = {};
    for (const [name, server] of paginate([...service.servers], request.query)) {
        data[name] = serverView(server, request);
    }
    return { status: 200, body: { object: "Server", data } };
};

/** `GET /services/{name}/servers/{server}`: the same keyed shape, with one entry. */
export const getServer: Handler = (request, { store }) => {
    const server = findServer(findService(store.state, request.params.name), request.params.server);
    return {
        status: 200,
        body: { object: "Server", data: { [request.params.server]: serverView(server, request) } },
    };
};

/** `POST /services/{name}/servers`: 201 `{"id", "msg"}`; a duplicate name within the service is a 400. */
export const createServer: Handler = (request, { store }) =>
    store.change((state) => {
        const service = findService(state, request.params.name);
        const record = createRecord(serverModel, validateBody(serverModel, request.body, "create"));
        const name = String(record.name);
        if (service.servers.has(name)) {
            throw invalidData(
                `Server with name '${name}' already exists in service '${request.params.name}'.`,
                "DuplicateName",
            );
        }
        service.servers.set(name, record);
        return { status: 201, body: { id: name, msg: "Successfully created." } };
    });

/** `PUT /services/{name}/servers/{server}`: `name` and `address-version` cannot change (400). */
export const updateServer: Handler = (request, { store }) =>
    store.change((state) => {
        const service = findService(state, request.params.name);
        const name = request.params.server;
        const current = findServer(service, name);
        const record = updateRecord(serverModel, current, validateBody(serverModel, request.body, "update"));
        service.servers.set(name, record);
        return { status: 200, body: { id: name, msg: "Successfully updated." } };
    });

/** `DELETE /services/{name}/servers/{server}`. */
export const deleteServer: Handler = (request, { store }) =>
    store.change((state) => {
        const service = findService(state, request.params.name);
        const name = request.params.server;
        findServer(service, name);
        service.servers.delete(name);
        return { status: 200, body: { id: name, msg: "Successfully deleted." } };
    });

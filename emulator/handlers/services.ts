import { invalidData } from "../errors";
import { advancedConfigurationModel } from "../model/advanced-configuration";
import { basicSecurityModel } from "../model/basic-security";
import { defaultsOf, type ObjectModel } from "../model/field";
import { serviceGroupsListed } from "../model/listed-groups";
import { loadBalancingModel } from "../model/load-balancing";
import { serverModel } from "../model/server";
import { serviceModel } from "../model/service";
import { websocketPolicyModel } from "../model/websocket-policy";
import type { WireObject } from "../snapshot";
import type { ServiceState } from "../state";
import { createRecord, updateRecord, validateBody } from "../validation";
import { narrow, paginate, requestedGroups, requestedParameters } from "../wire-view";
import type { ApiRequest, Handler } from "./handler";
import { findService } from "./lookup";
import { checkServiceReferences } from "./references";
import { websocketPoliciesCollection } from "./websocket-policies";

/** The groups of a service that `?groups=` can ask for, with where each lives in the state. */
const groupModels: Record<string, { model: ObjectModel; part: keyof ServiceState }> = {
    Service: { model: serviceModel, part: "service" },
    "Advanced Configuration": { model: advancedConfigurationModel, part: "advancedConfiguration" },
    "Basic Security": { model: basicSecurityModel, part: "basicSecurity" },
    "Load Balancing": { model: loadBalancingModel, part: "loadBalancing" },
    Server: { model: serverModel, part: "servers" },
    "Web Socket Policy": { model: websocketPolicyModel, part: "websocketPolicies" },
};

const allModels = Object.values(groupModels).map((group) => group.model);

/**
 * One service as `GET /services` shows it: the `Service` group's fields inline, every other requested group
 * under its display name, and the servers (group `Server`) and WebSocket policies (group `Web Socket Policy`,
 * their own fields) as their own `{"object", "data"}` collections.
 * `?parameters=` narrows every requested group to the listed fields it has; it may name the fields of any group.
 */
function serviceView(service: ServiceState, request: ApiRequest): Record<string, unknown> {
    const groups = requestedGroups(request.query, Object.keys(groupModels), serviceGroupsListed, ["Service"]);
    const parameters = requestedParameters(request.query, allModels);
    const view: Record<string, unknown> = {};
    for (const group of groups) {
        if (group === "Service") Object.assign(view, narrow(service.service, parameters));
        else if (group === "Server") view.Server = serversCollection(service, parameters);
        else if (group === "Web Socket Policy")
            view[group] = websocketPoliciesCollection(service, parameters);
        else view[group] = narrow(service[groupModels[group].part] as WireObject, parameters);
    }
    return view;
}

/** A child collection, nested the way the appliance nests it. */
export function serversCollection(service: ServiceState, parameters?: string[]): Record<string, unknown> {
    const data: Record<string, unknown> = {};
    for (const [name, server] of service.servers) data[name] = narrow(server, parameters);
    return { object: "Server", data };
}

/** `GET /services`: every service keyed by name (`?limit`, `?offset`, `?groups`, `?parameters`). */
export const listServices: Handler = (request, { store }) => {
    const data: Record<string, unknown> = {};
    for (const [name, service] of paginate([...store.state.services], request.query)) {
        data[name] = serviceView(service, request);
    }
    return { status: 200, body: { object: "Service", data } };
};

/** `GET /services/{name}`: the same keyed shape, with one entry. */
export const getService: Handler = (request, { store }) => {
    const name = request.params.name;
    const service = findService(store.state, name);
    return { status: 200, body: { object: "Service", data: { [name]: serviceView(service, request) } } };
};

/**
 * `POST /services`: 201 `{"id", "msg": "Successfully created."}`; a duplicate name is a 400, and so is a
 * vsite, service group or certificate that does not exist. (A PUT cannot change any of those.)
 */
export const createService: Handler = (request, { store }) =>
    store.change((state) => {
        const given = validateBody(serviceModel, request.body, "create");
        const record = createRecord(serviceModel, given);
        const name = String(record.name);
        if (state.services.has(name)) {
            throw invalidData(`Service with name '${name}' already exists.`, "DuplicateName");
        }
        checkServiceReferences(state, record);
        state.services.set(name, {
            service: record,
            advancedConfiguration: defaultsOf(advancedConfigurationModel),
            basicSecurity: defaultsOf(basicSecurityModel),
            loadBalancing: defaultsOf(loadBalancingModel),
            servers: new Map(),
            websocketPolicies: new Map(),
        });
        return { status: 201, body: { id: name, msg: "Successfully created." } };
    });

/** `PUT /services/{name}`: `name`, `address-version`, `group`, `vsite` and `type` cannot change (400). */
export const updateService: Handler = (request, { store }) =>
    store.change((state) => {
        const name = request.params.name;
        const service = findService(state, name);
        const given = validateBody(serviceModel, request.body, "update");
        service.service = updateRecord(serviceModel, service.service, given);
        return { status: 200, body: { id: name, msg: "Successfully updated." } };
    });

/** `DELETE /services/{name}`: the service goes with its sub-objects, servers and WebSocket policies. */
export const deleteService: Handler = (request, { store }) =>
    store.change((state) => {
        const name = request.params.name;
        findService(state, name);
        state.services.delete(name);
        return { status: 200, body: { id: name, msg: "Successfully deleted." } };
    });

import { invalidData } from "../errors";
import { defaultsOf, type ObjectModel } from "../model/field";
import { websocketPolicyGroupsListed } from "../model/listed-groups";
import { websocketMessageSecurityModel } from "../model/websocket-message-security";
import { websocketOriginProtectionModel } from "../model/websocket-origin-protection";
import { websocketPolicyModel } from "../model/websocket-policy";
import { websocketProtocolSecurityModel } from "../model/websocket-protocol-security";
import type { ServiceState, WebSocketPolicyState } from "../state";
import { createRecord, updateRecord, validateBody } from "../validation";
import { narrow, paginate, requestedGroups, requestedParameters } from "../wire-view";
import type { ApiRequest, Handler } from "./handler";
import { findService, findWebSocketPolicy } from "./lookup";

/** The `object` of the answers, and the word in messages. */
const object = "Web Socket Policy";

/** The groups of a policy that `?groups=` can ask for, with where each lives in the state. */
const groupModels: Record<string, { model: ObjectModel; part: keyof WebSocketPolicyState }> = {
    "Web Socket Policy": { model: websocketPolicyModel, part: "policy" },
    "Message Security": { model: websocketMessageSecurityModel, part: "messageSecurity" },
    "Origin Protection": { model: websocketOriginProtectionModel, part: "originProtection" },
    "Protocol Security": { model: websocketProtocolSecurityModel, part: "protocolSecurity" },
};

const allModels = Object.values(groupModels).map((group) => group.model);

/**
 * One policy as the GETs show it: the `Web Socket Policy` group's fields inline (the default), every other
 * requested group under its display name, as `GET /services/{name}` shows a service. `?parameters=` narrows
 * every requested group to the listed fields it has; it may name the fields of any group.
 */
function policyView(policy: WebSocketPolicyState, request: ApiRequest): Record<string, unknown> {
    const groups = requestedGroups(request.query, Object.keys(groupModels), websocketPolicyGroupsListed, [
        object,
    ]);
    const parameters = requestedParameters(request.query, allModels);
    const view: Record<string, unknown> = {};
    for (const group of groups) {
        const fields = narrow(policy[groupModels[group].part], parameters);
        if (group === object) Object.assign(view, fields);
        else view[group] = fields;
    }
    return view;
}

/** `GET /services/{name}/websocket-policies`: `{"object": "Web Socket Policy", "data": {"<policy>": {...}}}`. */
export const listWebSocketPolicies: Handler = (request, { store }) => {
    const service = findService(store.state, request.params.name);
    const data: Record<string, unknown> = {};
    for (const [name, policy] of paginate([...service.websocketPolicies], request.query)) {
        data[name] = policyView(policy, request);
    }
    return { status: 200, body: { object, data } };
};

/** `GET /services/{name}/websocket-policies/{policy}`: the same keyed shape, with one entry. */
export const getWebSocketPolicy: Handler = (request, { store }) => {
    const service = findService(store.state, request.params.name);
    const policy = findWebSocketPolicy(service, request.params.policy);
    return { status: 200, body: { object, data: { [request.params.policy]: policyView(policy, request) } } };
};

/**
 * `POST /services/{name}/websocket-policies`: 201 `{"id", "msg"}`; the policy comes with its sub-objects at
 * their defaults. A duplicate name within the service is a 400. Like the appliance, the emulator does not
 * ask whether the service has WebSocket on: that rule belongs to the provider.
 */
export const createWebSocketPolicy: Handler = (request, { store }) =>
    store.change((state) => {
        const service = findService(state, request.params.name);
        const record = createRecord(
            websocketPolicyModel,
            validateBody(websocketPolicyModel, request.body, "create"),
        );
        const name = String(record.name);
        if (service.websocketPolicies.has(name)) {
            throw invalidData(
                `${object} with name '${name}' already exists in service '${request.params.name}'.`,
                "DuplicateName",
            );
        }
        service.websocketPolicies.set(name, newPolicy(record));
        return { status: 201, body: { id: name, msg: "Successfully created." } };
    });

/** `PUT /services/{name}/websocket-policies/{policy}`: `host` and `url` are required; `name` cannot change. */
export const updateWebSocketPolicy: Handler = (request, { store }) =>
    store.change((state) => {
        const service = findService(state, request.params.name);
        const name = request.params.policy;
        const policy = findWebSocketPolicy(service, name);
        const given = validateBody(websocketPolicyModel, request.body, "update");
        policy.policy = updateRecord(websocketPolicyModel, policy.policy, given);
        return { status: 200, body: { id: name, msg: "Successfully updated." } };
    });

/** `DELETE /services/{name}/websocket-policies/{policy}`: the policy goes with its sub-objects. */
export const deleteWebSocketPolicy: Handler = (request, { store }) =>
    store.change((state) => {
        const service = findService(state, request.params.name);
        const name = request.params.policy;
        findWebSocketPolicy(service, name);
        service.websocketPolicies.delete(name);
        return { status: 200, body: { id: name, msg: "Successfully deleted." } };
    });

/** A new policy: its record, and its sub-objects as the appliance makes them, at their defaults. */
function newPolicy(record: WebSocketPolicyState["policy"]): WebSocketPolicyState {
    return {
        policy: record,
        messageSecurity: defaultsOf(websocketMessageSecurityModel),
        originProtection: defaultsOf(websocketOriginProtectionModel),
        protocolSecurity: defaultsOf(websocketProtocolSecurityModel),
    };
}

/** A service's policies nested the way the appliance nests a child collection (`?groups=Web Socket Policy`). */
export function websocketPoliciesCollection(
    service: ServiceState,
    parameters?: string[],
): Record<string, unknown> {
    const data: Record<string, unknown> = {};
    for (const [name, policy] of service.websocketPolicies) data[name] = narrow(policy.policy, parameters);
    return { object, data };
}

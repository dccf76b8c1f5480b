import type { ObjectModel } from "../model/field";
import { updateRecord, validateBody } from "../validation";
import { narrow, requestedParameters } from "../wire-view";
import type { Handler } from "./handler";
import { findService, findWebSocketPolicy } from "./lookup";

type PolicyPart = "messageSecurity" | "originProtection" | "protocolSecurity";

/**
 * GET and PUT of a WebSocket policy's sub-object (`.../websocket-policies/{policy}/message-security`,
 * `origin-protection`, `protocol-security`). The spec does not show the GET answer; the emulator answers in
 * the same keyed shape as `GET .../websocket-policies/{policy}?groups=<display name>`: `{"object": "Web Socket
 * Policy", "data": {"<policy>": {"Message Security": {...}}}}`, as it does for a service's sub-objects.
 * `?parameters=` narrows the fields. A PUT changes only the fields it names (the sub-object always exists: it
 * is made with the policy).
 */
export function websocketPolicyGroupHandlers(
    model: ObjectModel,
    part: PolicyPart,
): { get: Handler; put: Handler } {
    const get: Handler = (request, { store }) => {
        const name = request.params.policy;
        const policy = findWebSocketPolicy(findService(store.state, request.params.name), name);
        const fields = narrow(policy[part], requestedParameters(request.query, [model]));
        return {
            status: 200,
            body: { object: "Web Socket Policy", data: { [name]: { [model.displayName]: fields } } },
        };
    };
    const put: Handler = (request, { store }) =>
        store.change((state) => {
            const name = request.params.policy;
            const policy = findWebSocketPolicy(findService(state, request.params.name), name);
            const given = validateBody(model, request.body, "update");
            policy[part] = updateRecord(model, policy[part], given);
            return { status: 200, body: { id: name, msg: "Successfully updated." } };
        });
    return { get, put };
}

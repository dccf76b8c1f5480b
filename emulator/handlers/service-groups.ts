import type { ObjectModel } from "../model/field";
import { updateRecord, validateBody } from "../validation";
import { narrow, requestedParameters } from "../wire-view";
import type { Handler } from "./handler";
import { findService } from "./lookup";

type GroupPart = "advancedConfiguration" | "basicSecurity" | "loadBalancing";

/**
 * GET and PUT of a service's sub-object (`/services/{name}/advanced-configuration`, `basic-security`,
 * `load-balancing`). The spec does not show the GET answer; the emulator answers in the same keyed shape as
 * `GET /services/{name}?groups=<display name>`: `{"object": "Service", "data": {"<name>": {"Advanced
 * Configuration": {...}}}}`, so one reader serves both paths. `?parameters=` narrows the fields. A PUT changes
 * only the fields it names (the sub-object always exists: the appliance creates it with the service).
 */
export function serviceGroupHandlers(model: ObjectModel, part: GroupPart): { get: Handler; put: Handler } {
    const get: Handler = (request, { store }) => {
        const name = request.params.name;
        const service = findService(store.state, name);
        const fields = narrow(service[part], requestedParameters(request.query, [model]));
        return {
            status: 200,
            body: { object: "Service", data: { [name]: { [model.displayName]: fields } } },
        };
    };
    const put: Handler = (request, { store }) =>
        store.change((state) => {
            const name = request.params.name;
            const service = findService(state, name);
            const given = validateBody(model, request.body, "update");
            service[part] = updateRecord(model, service[part], given);
            return { status: 200, body: { id: name, msg: "Successfully updated." } };
        });
    return { get, put };
}

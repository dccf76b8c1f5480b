import { sslSecurityModel } from "../model/ssl-security";
import { validateBody } from "../validation";
import { narrow, requestedParameters } from "../wire-view";
import type { Handler } from "./handler";
import { findService } from "./lookup";
import { checkServiceReferences } from "./references";

/** The service fields the `SSL Security` sub-object shows and changes. */
const fields = Object.keys(sslSecurityModel.fields);

/**
 * `GET /services/{name}/ssl-security`: the certificate fields, in the keyed shape of the other sub-objects.
 * `PUT`: changes them; a certificate that does not exist is a 400 and changes nothing.
 */
export const sslSecurity: { get: Handler; put: Handler } = {
    get: (request, { store }) => {
        const name = request.params.name;
        const service = findService(store.state, name);
        const current = Object.fromEntries(fields.map((field) => [field, service.service[field]]));
        const shown = narrow(current, requestedParameters(request.query, [sslSecurityModel]));
        return { status: 200, body: { object: "Service", data: { [name]: { "SSL Security": shown } } } };
    },
    put: (request, { store }) =>
        store.change((state) => {
            const name = request.params.name;
            const service = findService(state, name);
            const given = validateBody(sslSecurityModel, request.body, "update");
            const updated = { ...service.service, ...given };
            checkServiceReferences(state, updated);
            service.service = updated;
            return { status: 200, body: { id: name, msg: "Successfully updated." } };
        }),
};

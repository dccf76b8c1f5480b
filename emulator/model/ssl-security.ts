import { text, type ObjectModel } from "./field";

/**
 * The `SSL Security` sub-object of a service (`services/{name}/ssl-security`), where the appliance changes a
 * service's certificates (the appliance facts; the published spec has no file for it). The emulator models its
 * certificate fields only; they are the same fields as the service's `certificate` and `ecdsa-certificate`,
 * which `GET /services/{name}` shows in the `Service` group.
 */
export const sslSecurityModel: ObjectModel = {
    displayName: "SSL Security",
    fields: {
        certificate: text(""),
        "ecdsa-certificate": text(""),
    },
};

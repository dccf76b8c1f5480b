import { specObject } from "../spec/spec-objects";
import { modelFromSpec } from "./from-spec";

/**
 * The `SSL Security` sub-object of a service (Service_ssl_security.json), where the appliance changes a
 * service's certificates and TLS settings. `certificate` and `ecdsa-certificate` are the service's own
 * fields (`GET /services/{name}` shows them in the `Service` group); the rest is the sub-object's. Where the
 * spec gives no default, the emulator chooses the vendor's recommended preset: TLS 1.2 and 1.3 only, HSTS
 * off with a year's max-age.
 */
export const sslSecurityModel = modelFromSpec(specObject("services/ssl-security"), {
    displayName: "SSL Security",
    defaults: {
        "enable-tls-1-2": "Yes",
        "enable-tls-1-3": "Yes",
        "hsts-max-age": 365,
        "ssl-tls-presets": "Mozilla Intermediate Compatibility (Default, Recommended)",
    },
});

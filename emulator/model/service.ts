import type { WireObject } from "../snapshot";
import { specObject } from "../spec/spec-objects";
import type { FieldDefinition } from "./field";
import { modelFromSpec } from "./from-spec";
import { isAddressOfVersion } from "./ip";
import { pathName } from "./names";

/** Service types whose traffic is TLS: the appliance needs a certificate for them. */
const tlsTypes = ["HTTPS", "Instant SSL", "Custom SSL", "FTP SSL"];

/**
 * Certificates and TLS settings are set on create, then changed in the `SSL Security` sub-object, not by
 * `PUT /services/{name}`: the appliance facts, against the spec's PUT body, which lists them.
 */
const sslSecurityField: Partial<FieldDefinition> = {
    fixedAfterCreate: true,
    changeHint: "change certificates in services/{name}/ssl-security",
};

/**
 * The `Service` group of `/services` (Service.json). `name`, `address-version`, `group` and `vsite` are not
 * in the spec's PUT body: fixed once the service exists; so is `type`, which the PUT body lists (the
 * appliance facts win). `dps-enabled`, `enable-access-logs` and `enable-loopback-adapter` appear only in the
 * PUT body; they are part of the object and taken on create too.
 */
export const serviceModel = modelFromSpec(specObject("services"), {
    displayName: "Service",
    defaults: {
        "enable-access-logs": "Yes",
        group: "default",
        port: 80,
        "session-timeout": 60,
        vsite: "default",
    },
    fields: {
        name: pathName,
        certificate: sslSecurityField,
        "ecdsa-certificate": sslSecurityField,
        "secure-site-domain": sslSecurityField,
        group: { minLength: 1 },
        vsite: { minLength: 1 },
        type: { fixedAfterCreate: true, changeHint: "a service of another type is a new service" },
    },
    derivedDefaults: (given: WireObject): WireObject => {
        const derived: WireObject = {};
        if (given.mask === undefined) {
            derived.mask = given["address-version"] === "IPv6" ? "ffff:ffff:ffff:ffff::" : "255.255.255.255";
        }
        if (given.port === undefined && tlsTypes.includes(String(given.type))) derived.port = "443";
        return derived;
    },
    checkRecord: (record: WireObject): string[] => {
        const problems: string[] = [];
        const version = String(record["address-version"]);
        const address = String(record["ip-address"]);
        if (address !== "" && !isAddressOfVersion(address, version)) {
            problems.push(`'ip-address' value '${address}' is not a valid ${version} address.`);
        }
        if (tlsTypes.includes(String(record.type)) && record.certificate === "") {
            problems.push(`'certificate' is required for a service of type '${String(record.type)}'.`);
        }
        return problems;
    },
});

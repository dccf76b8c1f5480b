import type { WireObject } from "../snapshot";
import { integer, list, oneOf, text, yesNo, type FieldDefinition, type ObjectModel } from "./field";
import { isAddressOfVersion } from "./ip";

/** Service types whose traffic is TLS: the appliance needs a certificate for them. */
const tlsTypes = ["HTTPS", "Instant SSL", "Custom SSL", "FTP SSL"];

/**
 * Certificates and TLS settings are set on create, then changed in the `SSL Security` sub-object
 * (`services/{name}/ssl-security`), not by `PUT /services/{name}`: the appliance facts, against the spec's
 * PUT body, which lists them.
 */
function sslSecurityField(field: FieldDefinition): FieldDefinition {
    return {
        ...field,
        fixedAfterCreate: true,
        changeHint: "change certificates in services/{name}/ssl-security",
    };
}

/**
 * The `Service` group of `/services` (Service.json). `dps-enabled`, `enable-access-logs` and
 * `enable-loopback-adapter` appear only in the spec's PUT body; they are part of the object and accepted on
 * create too. `name`, `address-version`, `group`, `vsite` and `type` are fixed once the service exists (the
 * spec's PUT body lists `type`; the appliance facts win). `certificate` and `ecdsa-certificate` are names of certificates (the spec's `enum: [""]`); the
 * emulator has no certificate store, so any name is taken.
 */
export const serviceModel: ObjectModel = {
    displayName: "Service",
    fields: {
        name: {
            ...text("", { minLength: 1, maxLength: 64 }),
            // Names go into URL paths.
            pattern: { regex: /^[A-Za-z0-9][A-Za-z0-9._-]*$/, hint: "letters, digits, '.', '_' and '-'" },
            requiredOn: ["create"],
            fixedAfterCreate: true,
        },
        "address-version": { ...oneOf(["IPv4", "IPv6"], "IPv4"), fixedAfterCreate: true },
        "app-id": text("", { maxLength: 63 }),
        certificate: sslSecurityField(text("")),
        comments: text(""),
        "dps-enabled": yesNo("No"),
        "ecdsa-certificate": sslSecurityField(text("")),
        "enable-access-logs": yesNo("Yes"),
        "enable-loopback-adapter": yesNo("No"),
        group: { ...text("default", { minLength: 1, maxLength: 64 }), fixedAfterCreate: true },
        "ip-address": text(""),
        mask: text(""),
        port: integer(1, 65535, 80),
        "secure-site-domain": sslSecurityField(list()),
        "session-timeout": integer(0, 86400, 60),
        status: oneOf(["On", "Off"], "On"),
        type: {
            ...oneOf(
                [
                    "HTTP",
                    "HTTPS",
                    "Instant SSL",
                    "Redirect Service",
                    "Custom",
                    "Custom SSL",
                    "FTP",
                    "FTP SSL",
                ],
                "HTTP",
            ),
            fixedAfterCreate: true,
            changeHint: "a service of another type is a new service",
        },
        vsite: { ...text("default", { minLength: 1, maxLength: 64 }), fixedAfterCreate: true },
    },
    derivedDefaults: (given: WireObject): WireObject => {
        const derived: WireObject = {};
        if (given.mask === undefined) {
            derived.mask = given["address-version"] === "IPv6" ? "ffff:ffff:ffff:ffff::" : "255.255.255.255";
        }
        if (given.port === undefined && tlsTypes.includes(String(given.type))) {
            derived.port = "443";
        }
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
};

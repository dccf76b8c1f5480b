import type { Reference } from "./object-row";

const certificate = {
    target: "certificates/self-signed-certificate",
    alsoIn: ["certificates/signed-certificate"],
    noun: "certificate",
};
const trustedHostGroup = { target: "trusted-host-groups" };

/**
 * What a field that the spec declares `enum: [""]` names, where its wire name tells: a certificate of either
 * kind (the web interface lists generated and uploaded ones in one drop-down), a trusted host group, a geo
 * pool, an identity type, a JWT public key. The rest (`groups`, `krb-authorization-policy`,
 * `secondary-authentication-service` of `services/{name}/authentication`) may name objects the spec does not
 * say: any string is taken.
 */
const targets: Readonly<Record<string, Omit<Reference, "field">>> = {
    certificate,
    "ecdsa-certificate": certificate,
    "sni-certificate": certificate,
    "sni-ecdsa-certificate": certificate,
    "client-certificate": certificate,
    "encryption-certificate": certificate,
    "signing-certificate": certificate,
    "trusted-host-group": trustedHostGroup,
    "trusted-hosts-group": trustedHostGroup,
    "exception-profiling-trusted-host-group": trustedHostGroup,
    "geo-pool": { target: "geo-pools" },
    "custom-identity-theft-type": { target: "identity-types" },
    "verify-public-keys": { target: "jwt-public-keys" },
};

/** The references of `fields` (the spec's reference fields of one object) whose target the name tells. */
export function referencesOf(fields: readonly string[]): Reference[] {
    return fields.flatMap((field) => (targets[field] ? [{ field, ...targets[field] }] : []));
}

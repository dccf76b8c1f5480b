/**
 * What a field declared `enum: [""]` names, where its wire name tells. The vendor's UI lists certificates
 * of both kinds (uploaded and generated) in one drop-down, so a certificate field may name either.
 * The others (`groups`, `krb-authorization-policy`, `secondary-authentication-service`) are left to the
 * overlay: the spec does not say which object they name.
 */
const CERTIFICATES = ["certificates/signed-certificate", "certificates/self-signed-certificate"];

const TARGETS_BY_WIRE_NAME: Readonly<Record<string, readonly string[]>> = {
    certificate: CERTIFICATES,
    "ecdsa-certificate": CERTIFICATES,
    "sni-certificate": CERTIFICATES,
    "sni-ecdsa-certificate": CERTIFICATES,
    "client-certificate": CERTIFICATES,
    "encryption-certificate": CERTIFICATES,
    "signing-certificate": CERTIFICATES,
    "custom-identity-theft-type": ["identity-types"],
    "trusted-host-group": ["trusted-host-groups"],
    "trusted-hosts-group": ["trusted-host-groups"],
    "exception-profiling-trusted-host-group": ["trusted-host-groups"],
    "geo-pool": ["geo-pools"],
    "verify-public-keys": ["jwt-public-keys"],
};

export function referenceCandidates(wireName: string): readonly string[] {
    return TARGETS_BY_WIRE_NAME[wireName] ?? [];
}

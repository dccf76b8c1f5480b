import { specObject } from "../spec/spec-objects";
import { text, type FieldDefinition } from "./field";
import { modelFromSpec } from "./from-spec";
import { pathName } from "./names";

const spec = specObject("certificates/signed-certificate");

/** Taken on upload and kept, never shown again: the spec's `parameters` for the GET do not list it. */
const uploaded: Partial<FieldDefinition> = { hidden: true };

/** Read from the uploaded certificate by the appliance; never in a request. */
const readFromTheCertificate: FieldDefinition = {
    ...text(""),
    fixedAfterCreate: true,
    changeHint: "the appliance reads it from the certificate",
};

/**
 * `/certificates/signed-certificate` (Signed_Certificate.json): a certificate uploaded with its key, each
 * base64-encoded as the spec says. GET shows only what the spec's `parameters` for it list: the name, the
 * switches, and `common-name`, `expiry` and `serial`, which the appliance reads from the certificate; never
 * the certificate, its chain, its key or a password.
 */
export const signedCertificateModel = modelFromSpec(spec, {
    displayName: "Signed Certificate",
    fields: {
        name: pathName,
        "signed-certificate": uploaded,
        "certificate-key": uploaded,
        "intermediary-certificates": uploaded,
        "certificate-password": uploaded,
        "certificate-type": uploaded,
        "encrypt-password": uploaded,
    },
    extraFields: {
        "common-name": readFromTheCertificate,
        expiry: readFromTheCertificate,
        serial: readFromTheCertificate,
    },
});

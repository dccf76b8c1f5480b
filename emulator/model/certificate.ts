import { list, oneOf, text, yesNo, type FieldDefinition, type ObjectModel } from "./field";
import { objectName } from "./names";

/** Set on create, never changed: a certificate is made once; PUT only downloads it. */
const once = (field: FieldDefinition): FieldDefinition => ({ ...field, fixedAfterCreate: true });

/**
 * `/certificates/self-signed-certificate` (Self_Signed_Certificate.json). `name`, `common-name` and
 * `country-code` are required; `expiry` and `serial` are the appliance's, filled in on create. Services name
 * certificates in `certificate` and `ecdsa-certificate`.
 */
export const certificateModel: ObjectModel = {
    displayName: "Self Signed Certificate",
    fields: {
        name: objectName(512),
        "common-name": once({ ...text("", { minLength: 1, maxLength: 64 }), requiredOn: ["create"] }),
        "country-code": once({ ...text("", { minLength: 2, maxLength: 2 }), requiredOn: ["create"] }),
        "organization-name": once(text("", { maxLength: 64 })),
        "organizational-unit": once(text("", { maxLength: 64 })),
        city: once(text("", { maxLength: 128 })),
        state: once(text("", { maxLength: 128 })),
        "key-type": once(oneOf(["RSA", "ECDSA"], "RSA")),
        "key-size": once(oneOf(["1024", "2048", "4096"], "2048")),
        "elliptic-curve-name": once(oneOf(["secp256r1", "secp384r1", "secp521r1"], "secp256r1")),
        "allow-private-key-export": once(yesNo("No")),
        "san-certificate": once(list()),
        expiry: { ...text(""), fixedAfterCreate: true, changeHint: "the appliance sets it" },
        serial: { ...text(""), fixedAfterCreate: true, changeHint: "the appliance sets it" },
    },
};

/** The body of `PUT /certificates/self-signed-certificate/{name}?operation=download` (the spec's PUT body). */
export const certificateDownloadModel: ObjectModel = {
    displayName: "Self Signed Certificate download",
    fields: {
        "download-type": { ...oneOf(["pem", "pkcs", "csr"], "pem"), requiredOn: ["update"] },
        "encrypt-password": text(""),
    },
};

import { createPrivateKey, X509Certificate } from "node:crypto";

import { invalidData } from "../errors";
import type { WireObject, WireValue } from "../snapshot";

/** Fields the appliance reads from the certificate; a request that sets them is refused. */
const readFromTheCertificate = ["common-name", "expiry", "serial"];

/**
 * What the appliance does with an upload (`POST /certificates/signed-certificate`): `signed-certificate`
 * and each of `intermediary-certificates` must be a base64-encoded PEM certificate and `certificate-key` a
 * base64-encoded PEM private key, as the spec says ("content as a Base64 encoded string"); otherwise 400
 * `InvalidValue`, naming the field, never its value. It reads `common-name`, `expiry` and `serial` from
 * the certificate.
 */
export function completeSignedCertificate(record: WireObject, given: WireObject): WireObject {
    const set = readFromTheCertificate.filter((field) => given[field] !== undefined);
    if (set.length > 0) {
        throw invalidData(
            `${set.map((f) => `'${f}'`).join(", ")}: read from the certificate, not in a request.`,
            "UnchangeableField",
        );
    }
    const certificate = pemOf("signed-certificate", given["signed-certificate"]);
    const chain = given["intermediary-certificates"];
    for (const [index, item] of (Array.isArray(chain) ? chain : []).entries()) {
        const pem = pemOf("intermediary-certificates", item);
        if (pem !== undefined) readCertificate(`intermediary-certificates[${index}]`, pem);
    }
    const key = pemOf("certificate-key", given["certificate-key"]);
    if (key !== undefined && !/-----BEGIN ENCRYPTED PRIVATE KEY-----/.test(key)) {
        try {
            createPrivateKey(key);
        } catch {
            throw invalidCertificate("certificate-key", "a private key");
        }
    }
    if (certificate === undefined) return record;
    const read = readCertificate("signed-certificate", certificate);
    return {
        ...record,
        "common-name": /(?:^|\n)CN=([^\n]*)/.exec(read.subject)?.[1] ?? "",
        expiry: new Date(read.validTo).toUTCString(),
        serial: read.serialNumber,
    };
}

/** The PEM text a field's base64 holds, or undefined when the field is not given (or empty). */
function pemOf(field: string, value: WireValue | undefined): string | undefined {
    if (value === undefined || value === "") return undefined;
    const text = typeof value === "string" ? Buffer.from(value, "base64").toString("utf8") : "";
    if (!text.includes("-----BEGIN ")) {
        throw invalidData(
            `'${field}': not a base64-encoded PEM block; the content must be a Base64 encoded string.`,
            "InvalidValue",
        );
    }
    return text;
}

function readCertificate(field: string, pem: string): X509Certificate {
    try {
        return new X509Certificate(pem);
    } catch {
        throw invalidCertificate(field, "a certificate");
    }
}

function invalidCertificate(field: string, what: string) {
    return invalidData(`'${field}': not ${what} the appliance can read.`, "InvalidValue");
}

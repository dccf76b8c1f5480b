import { generate } from "selfsigned";

/** A certificate and its private key, both PEM. */
export interface CertificatePair {
    readonly cert: string;
    readonly key: string;
}

/**
 * A self-signed certificate for `127.0.0.1`, `::1` and `localhost`, made at start: clients trust it by
 * passing it as their CA, never by switching verification off.
 */
export async function generateCertificate(): Promise<CertificatePair> {
    const now = new Date();
    const pems = await generate([{ name: "commonName", value: "localhost" }], {
        keyType: "ec",
        curve: "P-256",
        algorithm: "sha256",
        notBeforeDate: new Date(now.getTime() - 60_000),
        notAfterDate: new Date(now.getTime() + 365 * 24 * 3600 * 1000),
        extensions: [
            { name: "basicConstraints", cA: true },
            { name: "keyUsage", digitalSignature: true, keyCertSign: true },
            { name: "extKeyUsage", serverAuth: true },
            {
                name: "subjectAltName",
                altNames: [
                    { type: 2, value: "localhost" },
                    { type: 7, ip: "127.0.0.1" },
                    { type: 7, ip: "::1" },
                ],
            },
        ],
    });
    return { cert: pems.cert, key: pems.private };
}

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";

import { generate } from "selfsigned";

/** A certificate and its private key, as PEM text. */
export interface TestCertificate {
    readonly certificate: string;
    readonly key: string;
}

const made = new Map<string, TestCertificate>();

/**
 * A self-signed certificate for `commonName` valid for `days` days from now (at least 1), with its RSA key,
 * made now by the `openssl` CLI (node:crypto reads X.509 but cannot sign it), so it never goes stale in the
 * repository. One per `commonName` and `days` per process.
 */
export function testCertificate(commonName = "test.example", days = 365): TestCertificate {
    const known = made.get(`${commonName}/${days}`);
    if (known) return known;
    const dir = mkdtempSync(path.join(tmpdir(), "barracudawaf-cert-"));
    try {
        const [keyFile, certificateFile] = [path.join(dir, "key.pem"), path.join(dir, "cert.pem")];
        const args = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", `/CN=${commonName}`];
        execFileSync(
            "openssl",
            [...args, "-days", String(days), "-keyout", keyFile, "-out", certificateFile],
            {
                stdio: "ignore",
            },
        );
        const pair = {
            certificate: readFileSync(certificateFile, "utf8"),
            key: readFileSync(keyFile, "utf8"),
        };
        made.set(`${commonName}/${days}`, pair);
        return pair;
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

/**
 * A self-signed certificate that expired `daysAgo` days ago (the `openssl` of older distributions cannot
 * back-date one, so the `selfsigned` package signs it).
 */
export async function expiredTestCertificate(commonName: string, daysAgo: number): Promise<TestCertificate> {
    const day = 24 * 3600 * 1000;
    const pems = await generate([{ name: "commonName", value: commonName }], {
        notBeforeDate: new Date(Date.now() - (daysAgo + 30) * day),
        notAfterDate: new Date(Date.now() - daysAgo * day),
    });
    return { certificate: pems.cert, key: pems.private };
}

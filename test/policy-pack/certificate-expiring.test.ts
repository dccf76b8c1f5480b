import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import type { ResourceValidation, ResourceValidationArgs } from "@pulumi/policy";
import { certificateExpiring } from "../../policy-pack/rules/certificate-expiring";
import { signedCertificateFacts } from "../../policy-pack/schema-facts";
import { expiredTestCertificate, testCertificate } from "../helpers/test-certificates";

/** The rule's violations for one resource of `type` with `props`, under the policy config `config`. */
async function violations(
    props: Record<string, unknown>,
    config: Record<string, unknown> = {},
    type = signedCertificateFacts.type,
): Promise<string[]> {
    const found: string[] = [];
    const args = { type, props, urn: "urn:test", name: "cert", getConfig: () => config };
    const validate = certificateExpiring.validateResource as ResourceValidation;
    await validate(args as unknown as ResourceValidationArgs, (message: string) => {
        found.push(message);
    });
    return found;
}

describe("certificate-expiring, on certificates made now by openssl", () => {
    it("reports a certificate that expires within 30 days by default, naming it, the date and the fix", async () => {
        const soon = testCertificate("soon.example", 10);
        const [message, ...more] = await violations({
            name: "shop-cert",
            signedCertificate: soon.certificate,
        });
        assert.deepEqual(more, []);
        assert.match(
            message,
            /^SignedCertificate "shop-cert": its certificate expires on \d{4}-\d{2}-\d{2}, in 10 day\(s\), within the 30 days of certificate-expiring\. Renew it with its CA/,
        );
    });

    it("passes one that expires later, and takes the number of days from the config", async () => {
        const later = testCertificate("later.example", 60);
        assert.deepEqual(await violations({ name: "c", signedCertificate: later.certificate }), []);
        const reported = await violations({ name: "c", signedCertificate: later.certificate }, { days: 90 });
        assert.equal(reported.length, 1);
        assert.match(reported[0], /within the 90 days of certificate-expiring/);
    });

    it("reports an expired certificate, and one of the chain", async () => {
        const expired = await expiredTestCertificate("old.example", 3);
        const fresh = testCertificate("fresh.example", 365);
        assert.deepEqual(
            (await violations({ name: "c", signedCertificate: expired.certificate })).map((m) =>
                m.replace(/\d{4}-\d{2}-\d{2}/, "DATE"),
            ),
            [
                'SignedCertificate "c": its certificate expired on DATE, 3 day(s) ago; visitors of the services that ' +
                    "use it get a browser warning. Renew it with its CA and give the new PEM files (under a new name: " +
                    "the new certificate is uploaded before the old one goes).",
            ],
        );
        const chained = await violations({
            name: "c",
            signedCertificate: fresh.certificate,
            intermediaryCertificates: [fresh.certificate, expired.certificate],
        });
        assert.equal(chained.length, 1);
        assert.match(chained[0], /^SignedCertificate "c": the chain's certificate 2 expired on/);
    });

    it("says nothing of other resources, nor of a value that is not a certificate (the provider's check does)", async () => {
        const soon = testCertificate("soon.example", 10);
        assert.deepEqual(await violations({ signedCertificate: soon.certificate }, {}, "other:Type"), []);
        assert.deepEqual(await violations({ name: "c", signedCertificate: "not PEM" }), []);
    });
});

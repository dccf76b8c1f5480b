import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import { providerBlob, withProvider } from "./harness";

const certificate = {
    name: "shop-cert",
    commonName: "shop.example",
    countryCode: "DE",
    __provider: providerBlob,
};

describe("a replacement that makes the new object first", () => {
    it("refuses at preview a change that replaces a certificate under the same name, naming the fix", () =>
        withProvider(async ({ handlers, counts, resetCounts }) => {
            resetCounts();
            const checked = await handlers.selfSignedCertificate.check(certificate, {
                ...certificate,
                commonName: "www.shop.example",
            });
            assert.deepEqual(checked.failures, [
                {
                    property: "name",
                    reason:
                        "name: changing commonName replaces this SelfSignedCertificate, and the new one is made " +
                        'before the old one is deleted, so the two cannot share the name "shop-cert": give it a ' +
                        'new name too (e.g. "shop-cert-2")',
                },
            ]);
            assert.deepEqual(counts(), {}, "nothing was asked of the appliance");
        }));

    it("passes the same change with a new name, and a change that replaces old-one-first under the same name", () =>
        withProvider(async ({ handlers }) => {
            const renamed = await handlers.selfSignedCertificate.check(certificate, {
                ...certificate,
                name: "shop-cert-2",
                commonName: "www.shop.example",
            });
            assert.deepEqual(renamed.failures ?? [], []);
            const service = { name: "shop", ipAddress: "192.0.2.20", type: "HTTP", __provider: providerBlob };
            const retyped = await handlers.service.check(service, {
                ...service,
                type: "HTTPS",
                certificate: "c",
            });
            assert.deepEqual(retyped.failures ?? [], []);
        }));
});

import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import { stackSummary } from "../../scripts/lib/stack-summary";

describe("the demo's summary of what a stack made", () => {
    it("lists this package's resources, one line each with a few facts, and never a secret input", () => {
        const summary = stackSummary({
            deployment: {
                resources: [
                    { type: "pulumi:pulumi:Stack", urn: "urn:stack", outputs: {} },
                    {
                        type: "pulumi-nodejs:dynamic/barracudawaf:SignedCertificate",
                        urn: "urn:cert",
                        id: "shop-cert",
                        outputs: {
                            commonName: "shop.example",
                            expiry: "Sun, 30 Nov 2036",
                            certificateKey: "KEY",
                        },
                    },
                    {
                        type: "pulumi-nodejs:dynamic/barracudawaf:Service",
                        urn: "urn:service",
                        id: "shop",
                        outputs: { type: "HTTPS", ipAddress: "10.0.0.30", port: 443 },
                    },
                    {
                        type: "pulumi-nodejs:dynamic/barracudawaf:Vsite",
                        urn: "urn:vsite",
                        id: "edge",
                        outputs: {},
                    },
                ],
            },
        });
        assert.equal(
            summary,
            [
                "SignedCertificate  shop-cert  CN shop.example, expires Sun, 30 Nov 2036",
                "Service            shop       HTTPS 10.0.0.30:443",
                "Vsite              edge",
            ].join("\n"),
        );
    });
});

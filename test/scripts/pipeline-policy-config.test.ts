import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { exemptServicesByRule } from "../../scripts/pipeline/policy-config";
import { PolicyPackError } from "../../scripts/pipeline/policy-pack";

describe("the exempt services the pipeline reads from the policy config", () => {
    let scratch: string;
    const file = (name: string, text: string): string => {
        const written = path.join(scratch, name);
        fs.writeFileSync(written, text);
        return written;
    };
    before(() => (scratch = fs.mkdtempSync(path.join(os.tmpdir(), "pipeline-policy-config-"))));
    after(() => fs.rmSync(scratch, { recursive: true, force: true }));

    it("are each rule's exemptServices, a rule given only a level listing none", () => {
        const config = file(
            "policy.json",
            JSON.stringify({
                "service-active-mode": { enforcementLevel: "advisory", exemptServices: ["new-shop"] },
                "access-logs-on": "disabled",
                "https-certificate-known": { applianceCertificates: ["wildcard-2026"] },
            }),
        );
        assert.deepEqual([...exemptServicesByRule(config)], [["service-active-mode", ["new-shop"]]]);
    });

    it("are read from policies in a version 2 file, and are none without a file", () => {
        const config = file(
            "policy-v2.json",
            JSON.stringify({ version: 2, policies: { "access-logs-on": { exemptServices: ["quiet"] } } }),
        );
        assert.deepEqual([...exemptServicesByRule(config)], [["access-logs-on", ["quiet"]]]);
        assert.deepEqual([...exemptServicesByRule(undefined)], []);
    });

    it("refuse a file that is not JSON, naming the variable and the file", () => {
        const config = file("broken.json", "{ service-active-mode: }");
        assert.throws(
            () => exemptServicesByRule(config),
            (error: unknown) =>
                error instanceof PolicyPackError &&
                error.message.startsWith(
                    `BARRACUDA_WAF_PIPELINE_POLICY_PACK_CONFIG is ${JSON.stringify(config)}, which is not JSON (`,
                ),
        );
    });
});

import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { repoRoot } from "../../scripts/lib/repo";
import { parseEngineEvents, type EngineEvent } from "../../scripts/pipeline/engine-events";
import { describePolicySummary, summarizePolicies } from "../../scripts/pipeline/policy-summary";

/**
 * The events of `pulumi preview --json` (streamed, Pulumi 3.274.1) of test/fixtures/policy-pack-violations with
 * the package's policy pack and the config `{ "access-logs-on": { "exemptServices": ["quiet"] },
 * "web-application-firewall-on": { "enforcementLevel": "disabled", "exemptServices": ["bypass"] } }`; only the
 * step, policy and summary events are kept.
 */
const recorded: EngineEvent[] = parseEngineEvents(
    fs.readFileSync(path.join(repoRoot, "test", "fixtures", "engine-events", "policy-preview.jsonl"), "utf8"),
);
const config = new Map([
    ["access-logs-on", ["quiet"]],
    ["web-application-firewall-on", ["bypass"]],
]);

describe("the policy summary of a streamed preview", () => {
    it("lists each violation with its level, rule and resource, mandatory first and then in the engine's order, the description apart from the message", () => {
        const { violations } = summarizePolicies(recorded, config);
        assert.deepEqual(
            violations.map(({ level, rule, resource }) => `${level} ${rule} ${resource}`),
            [
                'mandatory service-active-mode Service "tuning"',
                'advisory websocket-origin-policy Service "chat"',
                'advisory websocket-origin-policy Service "feed"',
                'advisory https-certificate-known Service "shop"',
            ],
        );
        const [tuning] = violations;
        assert.match(
            tuning!.description,
            /^A service's firewall blocks attacks .* not for production traffic\.$/,
        );
        assert.equal(
            tuning!.message,
            'Service "tuning" is in Passive mode: its firewall logs attacks but lets them through. ' +
                'Set basicSecurity: { mode: "Active" }, or list "tuning" in exemptServices of service-active-mode.',
        );
    });

    it("names the exemptions that applied, and not those of a disabled rule", () => {
        assert.deepEqual(summarizePolicies(recorded, config).exemptions, [
            { rule: "access-logs-on", resource: 'Service "quiet"', by: 'exemptServices lists "quiet"' },
        ]);
        assert.deepEqual(summarizePolicies(recorded, new Map()).exemptions, []);
    });

    it("prints a count, then each violation's heading on its own line, never run into its description", () => {
        const lines = describePolicySummary(summarizePolicies(recorded, config));
        assert.equal(
            lines[0],
            "Policy summary: 1 mandatory, 3 advisory violation(s); 1 exemption(s) applied.",
        );
        assert.deepEqual(lines.slice(1, 4), [
            '[mandatory] service-active-mode: Service "tuning"',
            "    A service's firewall blocks attacks (Basic Security mode Active). In Passive mode, the appliance's " +
                "default, it only logs them and lets them through: meant for tuning a new service, not for production traffic.",
            '    Service "tuning" is in Passive mode: its firewall logs attacks but lets them through. ' +
                'Set basicSecurity: { mode: "Active" }, or list "tuning" in exemptServices of service-active-mode.',
        ]);
        assert.ok(lines.includes('[advisory] https-certificate-known: Service "shop"'), lines.join("\n"));
        assert.equal(lines.at(-1), '[exempt] access-logs-on: Service "quiet" (exemptServices lists "quiet")');
        // Every line but the count is a heading that ends with the resource (or the exemption's reason), or
        // an indented line of text.
        for (const line of lines.slice(1)) {
            assert.match(
                line,
                /^(\[(mandatory|advisory)\] [\w-]+: \w+ "[^"]+"|\[exempt\] .*\)| {4}\S.*)$/,
                line,
            );
        }
    });

    it("counts a violation that a Pulumi policy exception covers as an exemption, with the exception's id and reason", () => {
        const excepted: EngineEvent = {
            policyEvent: {
                resourceUrn: "urn:pulumi:prod::shop::pulumi-nodejs:dynamic/barracudawaf:Service::tuning",
                message: 'A service\'s firewall blocks attacks.\nService "tuning" is in Passive mode.\n',
                policyName: "service-active-mode",
                policyPackName: "barracudawaf",
                policyPackVersion: "0.1.0",
                enforcementLevel: "mandatory",
                exceptions: [{ id: "EXC-1", reason: "tuned until June" }],
            },
        };
        assert.deepEqual(summarizePolicies([excepted], new Map()), {
            violations: [],
            exemptions: [
                {
                    rule: "service-active-mode",
                    resource: 'Service "tuning"',
                    by: "exception EXC-1: tuned until June",
                },
            ],
        });
    });

    it("says so when nothing was reported", () => {
        assert.deepEqual(describePolicySummary(summarizePolicies([], new Map())), [
            "Policy summary: 0 mandatory, 0 advisory violation(s); 0 exemption(s) applied.",
        ]);
    });
});

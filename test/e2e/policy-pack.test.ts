import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { CommandError } from "@pulumi/pulumi/automation";
import { RunningEmulator, startEmulator } from "../../emulator";
import { createPulumiProject, type PulumiProject } from "../../scripts/lib/pulumi-project";
import { rejection } from "../helpers/rejection";
import { writeRoutes } from "../helpers/appliance-writes";
import { runCommand } from "../helpers/run-command";
import { repoRoot } from "../../scripts/lib/repo";

const policyPack = path.join(repoRoot, "policy-pack");

/** The line Pulumi prints for one violation: its level, the rule and the resource it names. */
function violation(
    level: "advisory" | "mandatory",
    rule: string,
    resource: string,
    type = "Service",
): RegExp {
    return new RegExp(
        `\\[${level}\\]\\s+${rule}\\s+\\(pulumi-nodejs:dynamic/barracudawaf:${type}: ${resource}\\)`,
    );
}

describe("the policy pack, through pulumi preview --policy-pack, on a program that breaks each rule", () => {
    let emulator: RunningEmulator;
    let project: PulumiProject;

    before(async () => {
        emulator = await startEmulator();
        project = await createPulumiProject(
            path.join(repoRoot, "test", "fixtures", "policy-pack-violations"),
        );
        await project.connectTo(emulator);
    });
    after(async () => {
        await emulator.stop();
        await project.dispose();
    });

    it("fails the preview on the mandatory rules and reports each rule's resource and fix", async () => {
        const failure = (await rejection(project.preview({ policyPacks: [policyPack] }), CommandError))
            .message;
        // The error quotes the CLI's output twice (as stderr and as the command's error): read it once.
        const output = failure.slice(0, failure.indexOf("\n err?: "));
        assert.match(output, violation("mandatory", "service-active-mode", "tuning"));
        assert.match(
            output,
            /Service "tuning" is in Passive mode: its firewall logs attacks but lets them through\. Set basicSecurity: \{ mode: "Active" \}, or list "tuning" in exemptServices of service-active-mode\./,
        );
        assert.match(output, violation("mandatory", "web-application-firewall-on", "bypass"));
        assert.match(
            output,
            /Service "bypass" has enableWebApplicationFirewall: false: the appliance passes its traffic on uninspected\. Remove the setting \(it defaults to true\)/,
        );
        assert.match(output, violation("advisory", "access-logs-on", "quiet"));
        assert.match(
            output,
            /Service "quiet" has enableAccessLogs: false: its requests leave no record\. Remove the setting \(it defaults to true\) or set enableAccessLogs: true, or list "quiet" in exemptServices of access-logs-on\./,
        );
        assert.match(output, violation("advisory", "websocket-origin-policy", "chat"));
        assert.match(
            output,
            /Service "chat" has enableWebSocket: true but no WebSocketPolicy of this program protects it: the firewall does not parse WebSocket frames, so any web page may connect\. Add a WebSocketPolicy with service: chat and originProtection: \{ allowOrigins: \["https:\/\/\.\.\."\] \}/,
        );
        assert.match(output, violation("advisory", "websocket-origin-policy", "feed"));
        assert.match(
            output,
            /Service "feed" has enableWebSocket: true but its WebSocketPolicy "feed-ws" allows every origin/,
        );
        assert.match(output, violation("advisory", "https-certificate-known", "shop"));
        assert.match(
            output,
            /Service "shop" \(HTTPS\) uses certificate "secure-cert", which this program does not manage .* or list "secure-cert" in applianceCertificates\./,
        );
        assert.match(output, violation("advisory", "no-legacy-tls", "legacy"));
        assert.match(
            output,
            /Service "legacy" \(HTTPS\) enables TLS 1\.0: protocol versions with known attacks\. Set sslSecurity: \{ enableTls1: false \}, or list "legacy" in exemptServices of no-legacy-tls\./,
        );
        assert.match(output, violation("advisory", "url-acl-allows-everything", "open-door", "UrlAcl"));
        assert.match(
            output,
            /URL ACL "open-door" of service "tuning" allows every request \(Allow on \/\*, any host\), past every check of the firewall\./,
        );
        assert.equal(output.match(/\[(advisory|mandatory)\]/g)?.length, 8, "one violation per broken rule");
    });

    it("stops pulumi up at its preview, before anything reaches the appliance", async () => {
        const factory = emulator.control.snapshot();
        emulator.control.clearLog();
        // As a user or the pipeline runs it: `up` with its preview, which the Automation API always skips.
        // (With --skip-preview the engine checks each resource as it goes, and writes the compliant ones.)
        const up = await runCommand(
            "pulumi",
            ["up", "--yes", "--non-interactive", "--policy-pack", policyPack],
            {
                cwd: project.dir,
                env: project.env,
            },
        );
        assert.notEqual(up.code, 0, up.output);
        assert.match(up.output, violation("mandatory", "service-active-mode", "tuning"));
        assert.deepEqual(writeRoutes(emulator), [], "no write reached the appliance");
        assert.deepEqual(emulator.control.snapshot(), factory);
    });

    it("takes enforcement levels and exemptions from the policy config", async () => {
        const config = path.join(project.dir, "policy-config.json");
        fs.writeFileSync(
            config,
            JSON.stringify({
                "service-active-mode": "advisory",
                "web-application-firewall-on": { enforcementLevel: "advisory", exemptServices: ["nothing"] },
                "access-logs-on": { exemptServices: ["quiet"] },
                "websocket-origin-policy": "disabled",
                "https-certificate-known": { applianceCertificates: ["secure-cert"] },
                "no-legacy-tls": { exemptServices: ["legacy"] },
                "url-acl-allows-everything": "disabled",
            }),
        );
        const result = await project.preview({ policyPacks: [policyPack], policyPackConfigs: [config] });
        assert.match(result.stdout, violation("advisory", "service-active-mode", "tuning"));
        assert.match(result.stdout, violation("advisory", "web-application-firewall-on", "bypass"));
        assert.doesNotMatch(
            result.stdout,
            /access-logs-on|websocket-origin-policy|https-certificate-known|no-legacy-tls|url-acl-allows/,
        );
    });
});

describe("the policy pack on the example programs", () => {
    // One as a user of the installed package names it, the others by the checkout's folder.
    const packs: Record<string, string> = {
        "websocket-app": path.join("node_modules", "pulumi-barracudawaf", "policy-pack"),
        "websocket-service": policyPack,
        "plain-service": policyPack,
        "real-site": policyPack,
    };
    for (const [example, pack] of Object.entries(packs)) {
        it(`has nothing to say about examples/${example} (--policy-pack ${path.relative(repoRoot, pack)})`, async () => {
            const emulator = await startEmulator();
            const project = await createPulumiProject(path.join(repoRoot, "examples", example));
            try {
                await project.connectTo(emulator);
                const result = await project.preview({ policyPacks: [pack] });
                assert.match(result.stdout, /✅ barracudawaf@v\d+\.\d+\.\d+/, "the pack ran");
                assert.doesNotMatch(result.stdout, /\[(advisory|mandatory)\]/);
            } finally {
                await project.dispose();
                await emulator.stop();
            }
        });
    }
});

import * as assert from "node:assert/strict";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { CommandError } from "@pulumi/pulumi/automation";
import { RunningEmulator, startEmulator } from "../../emulator";
import { createPulumiProject, type PulumiProject } from "../../scripts/lib/pulumi-project";
import { repoRoot } from "../../scripts/lib/repo";
import { callAppliance } from "../helpers/appliance-api";
import { rejection } from "../helpers/rejection";
import { runCommand } from "../helpers/run-command";

const program = path.join(repoRoot, "test", "fixtures", "review-program");

/** The routes of the calls that wrote to the appliance since the log was last cleared. */
function writes(emulator: RunningEmulator): string[] {
    return emulator.control
        .requests()
        .map((entry) => entry.route ?? "")
        .filter((route) => /^(POST|PUT|DELETE) /.test(route) && route !== "POST /login");
}

/** The promises of a safe takeover and an honest review, each kept through the real CLI. */
describe("safe takeover and a review a person can trust, through the Pulumi CLI", () => {
    let emulator: RunningEmulator;
    let project: PulumiProject;

    before(async () => {
        emulator = await startEmulator();
        project = await createPulumiProject(program);
        await project.connectTo(emulator);
    });
    after(async () => {
        await emulator.stop();
        await project.dispose();
    });

    it("refuses at preview a WebSocket policy of a new service that leaves enableWebSocket out; nothing is written", async () => {
        await project.setConfig({ scenario: "policy-without-websocket" });
        emulator.control.clearLog();
        const { message } = await rejection(project.preview(), CommandError);
        assert.match(message, /service "chat" leaves enableWebSocket out \(off by default\)/);
        assert.match(message, /set enableWebSocket: true on that Service/);
        assert.deepEqual(writes(emulator), []);
        assert.deepEqual(emulator.control.snapshot().services, {});
    });

    it("refuses at preview a WebSocket service whose new SystemConfiguration leaves showAdvancedSettings out", async () => {
        await project.setConfig({ scenario: "websocket-without-settings" });
        emulator.control.clearLog();
        const { message } = await rejection(project.preview(), CommandError);
        assert.match(
            message,
            /the systemConfiguration given has showAdvancedSettings: not set; set showAdvancedSettings: true on that SystemConfiguration/,
        );
        assert.deepEqual(writes(emulator), []);
    });

    it("refuses at preview two resources of one service, naming both, and writes nothing", async () => {
        await project.setConfig({ scenario: "two-owners" });
        const { message } = await rejection(project.preview(), CommandError);
        const refusal =
            /Service "shop-again": this program already declares Service "shop" for "shop" on the appliance; two resources of one object would undo each other's changes/;
        assert.match(message, refusal);
        assert.doesNotMatch(message, /^\s+at /m, "no stack trace");
        assert.doesNotMatch(message, /adopt/);
        assert.deepEqual(emulator.control.snapshot().services, {});
    });

    it("refuses two servers of one service's server, named through the service resource", async () => {
        await project.setConfig({ scenario: "two-owners-of-a-server" });
        const { message } = await rejection(project.preview(), CommandError);
        assert.match(
            message,
            /Server "app-again": this program already declares Server "app" for "shop\/app" on the appliance/,
        );
        assert.doesNotMatch(message, /^\s+at /m, "no stack trace");
    });

    it("adopts a service changing only what the program sets, and preview says so before anything is written", async () => {
        await callAppliance(emulator, "POST", "/services", {
            name: "legacy",
            "ip-address": "10.0.0.30",
            port: 80,
            comments: "made by hand",
        });
        await callAppliance(emulator, "PUT", "/services/legacy/basic-security", { mode: "Active" });
        await callAppliance(emulator, "PUT", "/services/legacy/advanced-configuration", {
            "enable-http2": "Yes",
        });
        await project.setConfig({ scenario: "adopt", port: "8443", adopt: "true" });
        emulator.control.clearLog();

        const preview = await project.preview();
        const notice = preview.stdout.match(/Service "legacy" exists on the appliance: [^\n]*/)?.[0] ?? "";
        assert.equal(
            notice,
            'Service "legacy" exists on the appliance: adopt takes it over in place and changes port: 80 → 8443; ' +
                "everything the program leaves out keeps its value on the appliance.",
            preview.stdout,
        );
        assert.deepEqual(writes(emulator), [], "preview wrote nothing");

        await project.up();
        assert.deepEqual(writes(emulator), ["PUT /services/{name}"]);
        const legacy = emulator.control.snapshot().services.legacy;
        assert.equal(legacy.service.port, "8443");
        assert.equal(legacy.service.comments, "made by hand");
        assert.equal(legacy.basicSecurity.mode, "Active");
        assert.equal(legacy.advancedConfiguration["enable-http2"], "Yes");

        await project.preview({ expectNoChanges: true });
        await project.setConfig({ adopt: "false" });
        await project.preview({ expectNoChanges: true });
        await project.destroy();
    });

    it("shows after a refresh one changed line for a port change, in preview --diff and the pipeline's preview", async () => {
        await project.setConfig({ scenario: "active-service", port: "80" });
        await project.up();
        await project.refresh();
        await project.setConfig({ port: "8080" });

        const shown = (await project.preview({ diff: true })).stdout;
        const pipeline = await runCommand(
            "node",
            [
                path.join(repoRoot, "dist", "scripts", "pipeline", "cli.js"),
                "preview",
                "--stack",
                project.stack.name,
            ],
            { cwd: project.dir, env: project.env },
        );
        assert.equal(pipeline.code, 0, pipeline.output);
        for (const output of [shown, pipeline.stdout]) {
            const changed = output.split("\n").filter((line) => /^\s*[-~+]\s+\w+\s*:/.test(line));
            assert.deepEqual(
                changed.map((line) => line.trim().replace(/\s+/g, " ").replace(" :", ":")),
                ["~ port: 80 => 8080"],
                output,
            );
        }
        await project.destroy();
    });
});

import * as assert from "node:assert/strict";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { CommandError } from "@pulumi/pulumi/automation";
import { RunningEmulator, startEmulator } from "../../emulator";
import { createPulumiProject, type PulumiProject } from "../../scripts/lib/pulumi-project";
import { repoRoot } from "../../scripts/lib/repo";
import { callAppliance } from "../helpers/appliance-api";
import { rejection } from "../helpers/rejection";

/** Each failure, as the CLI prints it, points at the fix that works. */
describe("failure messages through the Pulumi CLI name the fix", () => {
    let emulator: RunningEmulator;
    let project: PulumiProject;

    before(async () => {
        emulator = await startEmulator();
        project = await createPulumiProject(path.join(repoRoot, "test", "fixtures", "e2e-program"));
    });
    after(async () => {
        await emulator.stop();
        await project.dispose();
    });

    async function previewFails(): Promise<string> {
        return (await rejection(project.preview(), CommandError)).message;
    }

    it("fails preview when the address is missing, naming the key and its environment variable", async () => {
        await project.setConfig({ "barracudawaf:username": emulator.username });
        await project.stack.setConfig("barracudawaf:password", { value: emulator.password, secret: true });
        const output = await previewFails();
        assert.match(output, /barracudawaf:address \(or BARRACUDA_WAF_ADDRESS\) is not set/);
    });

    it("fails preview on a wrong password, once, without quoting it", async () => {
        await project.setConfig({ "barracudawaf:address": emulator.url });
        await project.stack.setConfig("barracudawaf:password", {
            value: "wrong-password-41f2",
            secret: true,
        });
        emulator.control.clearLog();
        const output = await previewFails();
        assert.match(output, /refused login as user "admin"/);
        assert.match(output, /check barracudawaf:username and barracudawaf:password/);
        assert.doesNotMatch(output, /wrong-password-41f2/);
        assert.equal(emulator.control.counts()["POST /login"], 1);
    });

    it("fails preview on an https:// address at a plain-HTTP port, saying to use http://, without retrying", async () => {
        await project.stack.setConfig("barracudawaf:password", { value: emulator.password, secret: true });
        const https = emulator.url.replace(/^http:/, "https:");
        await project.setConfig({ "barracudawaf:address": https });
        const output = await previewFails();
        assert.match(output, /this port speaks plain HTTP, not HTTPS/);
        assert.ok(output.includes(`set barracudawaf:address to ${emulator.url}`), output);
        assert.doesNotMatch(output, /after \d+ attempts|ssl3_get_record/);
        await project.setConfig({ "barracudawaf:address": emulator.url });
    });

    it("says run pulumi refresh, then pulumi up when advanced settings were hidden by hand, and that works", async () => {
        await project.setConfig({ enableWebSocket: "false" });
        await project.up();
        await callAppliance(emulator, "PUT", "/system/advanced-settings", {
            "enable-advanced-settings": "No",
            "request-buffer-size": "32",
        });
        await project.setConfig({ enableWebSocket: "true" });
        const output = (await rejection(project.up(), CommandError)).message;
        assert.match(output, /Cannot update service "chat" with enableWebSocket: true/);
        assert.match(
            output,
            /Fix: run pulumi refresh \(it finds the SystemConfiguration's drift\), then pulumi up/,
        );
        assert.doesNotMatch(output, /set systemConfiguration:/, "it is set: that is not the fix");

        await project.refresh();
        await project.up();
        const snapshot = emulator.control.snapshot();
        assert.equal(snapshot.system.advancedSettings["enable-advanced-settings"], "Yes");
        assert.equal(snapshot.services.chat.advancedConfiguration["enable-websocket"], "Yes");
        await project.destroy();
    });
});

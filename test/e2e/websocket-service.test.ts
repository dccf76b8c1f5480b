import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { CommandError } from "@pulumi/pulumi/automation";
import { RunningEmulator, startEmulator } from "../../emulator";
import { createPulumiProject, PulumiProject } from "../../scripts/lib/pulumi-project";
import { repoRoot } from "../../scripts/lib/repo";
import { callAppliance } from "../helpers/appliance-api";
import { makeVsite } from "../helpers/appliance-objects";
import { changedResources, recordEvents } from "../helpers/engine-events";
import { rejection } from "../helpers/rejection";

/** Calls that change the appliance, by route, since the log was last cleared. */
function writes(emulator: RunningEmulator): Record<string, number> {
    return Object.fromEntries(
        Object.entries(emulator.control.counts()).filter(
            ([route]) => /^(POST|PUT|DELETE) /.test(route) && !/ \/log(in|out)$/.test(route),
        ),
    );
}

/** The steps `pulumi preview` plans, as `op Type name`, sorted. */
async function plannedSteps(project: PulumiProject): Promise<string[]> {
    const recorder = recordEvents();
    await project.preview({ onEvent: recorder.onEvent });
    return changedResources(recorder.events).sort();
}

describe("a stack with a WebSocket service, driven by the Pulumi CLI against the emulator", () => {
    let emulator: RunningEmulator;
    let project: PulumiProject;
    const password = "first-password-5d1c";
    const rotatedPassword = "rotated-password-9b7e";

    before(async () => {
        project = await createPulumiProject(path.join(repoRoot, "test", "fixtures", "e2e-program"));
        emulator = await startEmulator({ password });
        await project.connectTo(emulator);
    });
    after(async () => {
        await emulator.stop();
        await project.dispose();
    });

    it("previews the planned creates and changes nothing on the appliance", async () => {
        emulator.control.clearLog();
        assert.deepEqual(await plannedSteps(project), [
            "create Service chat",
            "create SystemConfiguration settings",
        ]);
        assert.deepEqual(writes(emulator), {});
    });

    it("fails preview when WebSocket is enabled without the system configuration, and changes nothing", async () => {
        emulator.control.clearLog();
        await project.setConfig({ withSettings: "false" });
        const { message } = await rejection(project.preview(), CommandError);
        await project.stack.removeConfig("withSettings");

        assert.match(message, /enableWebSocket/);
        assert.match(message, /systemConfiguration/);
        assert.match(message, /showAdvancedSettings: true/);
        assert.deepEqual(writes(emulator), {});
    });

    it("fails preview when the system configuration keeps advanced settings hidden", async () => {
        await project.setConfig({ showAdvancedSettings: "false" });
        const { message } = await rejection(project.preview(), CommandError);
        await project.stack.removeConfig("showAdvancedSettings");

        assert.match(message, /enableWebSocket/);
        assert.match(message, /showAdvancedSettings/);
    });

    it("creates the system configuration and the service on up", async () => {
        // A setting someone changed by hand before Pulumi took over: destroy must put back this value, not a default.
        await callAppliance(emulator, "PUT", "/system/advanced-settings", {
            "request-buffer-size": 16,
            "max-cache-size": 45,
        });
        await project.up();
        const appliance = emulator.control.snapshot();
        assert.equal(appliance.system.advancedSettings["enable-advanced-settings"], "Yes");
        assert.equal(appliance.services.chat.service["ip-address"], "10.0.0.10");
        assert.equal(appliance.services.chat.service.port, "80");
        assert.equal(appliance.services.chat.advancedConfiguration["enable-websocket"], "Yes");
        assert.deepEqual(await project.outputs(), {
            serviceName: "chat",
            port: 80,
            enableWebSocket: true,
            showAdvancedSettings: true,
        });
    });

    it("previews no changes right after up", async () => {
        emulator.control.clearLog();
        await project.preview({ expectNoChanges: true });
        assert.deepEqual(writes(emulator), {});
    });

    it("updates a port change in place", async () => {
        await project.setConfig({ port: "8080" });
        assert.deepEqual(await plannedSteps(project), ["update Service chat"]);
        emulator.control.clearLog();
        await project.up();

        assert.equal(emulator.control.snapshot().services.chat.service.port, "8080");
        assert.deepEqual(writes(emulator), { "PUT /services/{name}": 1 });
    });

    it("replaces the service on a vsite change, deleting it first", async () => {
        await makeVsite(emulator, "edge");
        await project.setConfig({ vsite: "edge" });
        assert.deepEqual(await plannedSteps(project), [
            "create-replacement Service chat",
            "delete-replaced Service chat",
            "replace Service chat",
        ]);
        emulator.control.clearLog();
        await project.up();

        const appliance = emulator.control.snapshot();
        assert.equal(appliance.services.chat.service.vsite, "edge");
        assert.equal(appliance.services.chat.advancedConfiguration["enable-websocket"], "Yes");
        const calls = emulator.control
            .requests()
            .filter((entry) => /^(POST|DELETE) \/services/.test(entry.route ?? ""));
        assert.deepEqual(
            calls.map((entry) => entry.route),
            ["DELETE /services/{name}", "POST /services"],
        );
    });

    it("finds a change to what it manages made behind its back on refresh, puts it right on up, leaves the rest", async () => {
        await callAppliance(emulator, "PUT", "/services/chat", { port: 9090, comments: "edited by hand" });
        await project.refresh();
        const state = await project.exportState();
        const service = state.deployment.resources?.find((r) => r.type.endsWith("barracudawaf:Service"));
        assert.equal((service?.outputs as Record<string, unknown>).port, 9090);

        assert.deepEqual(await plannedSteps(project), ["update Service chat"]);
        // The preview a reviewer reads names exactly the drift of what the program sets: the port goes back.
        // The comment the program never set is the appliance's, and nothing the appliance merely filled in (its
        // mask, its defaults) looks like a change.
        const { stdout } = await project.preview({ diff: true });
        assert.match(stdout, /~ port\s*: 9090 => 8080/);
        assert.doesNotMatch(stdout, /comments|mask|sessionTimeout|enableAccessLogs/);

        await project.up();
        const appliance = emulator.control.snapshot().services.chat.service;
        assert.equal(appliance.port, "8080");
        assert.equal(appliance.comments, "edited by hand");
    });

    it("changes no resource when the password is rotated", async () => {
        emulator.control.setCredentials(emulator.username, rotatedPassword);
        await project.stack.setConfig("barracudawaf:password", { value: rotatedPassword, secret: true });

        emulator.control.clearLog();
        await project.preview({ expectNoChanges: true });
        // Preview checks the connection (so a wrong password fails there), once for both resources.
        assert.equal(emulator.control.counts()["POST /login"], 1);
        await project.up({ expectNoChanges: true });
        assert.deepEqual(writes(emulator), {});

        // Refresh reads every resource from the appliance, so it proves the new password is the one in use.
        // One provider process, one login: reading both resources shares the session.
        emulator.control.clearLog();
        await project.refresh({ expectNoChanges: true });
        assert.equal(emulator.control.counts()["POST /login"], 1);
        assert.deepEqual(writes(emulator), {});
    });

    it("keeps every credential out of the state and the stack's config file", async () => {
        const state = JSON.stringify(await project.exportEncryptedState());
        for (const secret of [password, rotatedPassword]) {
            assert.equal(state.includes(secret), false, "a password is in the state in clear");
        }
        assert.equal(/"token"|Basic [A-Za-z0-9+/=]{20,}/.test(state), false, "a token is in the state");
        const config = fs.readFileSync(path.join(project.dir, `Pulumi.${project.stack.name}.yaml`), "utf8");
        assert.equal(
            config.includes(rotatedPassword),
            false,
            "the password is in Pulumi.<stack>.yaml in clear",
        );
        assert.match(config, /barracudawaf:password:\s+secure:/);
    });

    it("removes the service and restores the advanced settings on destroy", async () => {
        await project.destroy();
        const appliance = emulator.control.snapshot();
        assert.deepEqual(Object.keys(appliance.services), []);
        assert.equal(appliance.system.advancedSettings["enable-advanced-settings"], "No");
        assert.equal(appliance.system.advancedSettings["request-buffer-size"], "16");
        assert.equal(appliance.system.advancedSettings["max-cache-size"], "45");
    });
});

import * as assert from "node:assert/strict";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { CommandError } from "@pulumi/pulumi/automation";
import { RunningEmulator, startEmulator } from "../../emulator";
import { createPulumiProject, type PulumiProject } from "../../scripts/lib/pulumi-project";
import { repoRoot } from "../../scripts/lib/repo";
import { callAppliance } from "../helpers/appliance-api";
import { rejection } from "../helpers/rejection";

/** Calls that changed the appliance since the log was cleared, as `METHOD route`. */
function writes(emulator: RunningEmulator): string[] {
    return emulator.control
        .requests()
        .filter((entry) => entry.method !== "GET" && !/\/log(in|out)$/.test(entry.path))
        .map((entry) => entry.route ?? entry.path);
}

describe("examples/websocket-app, the whole WebSocket application behind the WAF, through the Pulumi CLI", () => {
    let emulator: RunningEmulator;
    let project: PulumiProject;
    let factory: ReturnType<RunningEmulator["control"]["snapshot"]>;

    before(async () => {
        emulator = await startEmulator();
        factory = emulator.control.snapshot();
        project = await createPulumiProject(path.join(repoRoot, "examples", "websocket-app"));
        await project.connectTo(emulator);
    });
    after(async () => {
        await emulator.stop();
        await project.dispose();
    });

    it("comes up: HTTPS with its certificate, WebSocket on, Active, two servers and a policy allowing one origin", async () => {
        await project.up();
        const { services, certificates, system } = emulator.control.snapshot();
        assert.equal(system.advancedSettings["enable-advanced-settings"], "Yes");
        assert.ok(certificates["chat-cert"]);
        assert.equal(services.chat.service.certificate, "chat-cert");
        assert.equal(services.chat.advancedConfiguration["enable-websocket"], "Yes");
        assert.equal(services.chat.basicSecurity.mode, "Active");
        assert.deepEqual(Object.keys(services.chat.servers).sort(), ["chat-1", "chat-2"]);
        assert.deepEqual(services.chat.websocketPolicies["chat-ws"].originProtection["allow-origins"], [
            "https://chat.example.com",
        ]);
    });

    it("previews no change a second time", async () => {
        await project.preview({ expectNoChanges: true });
    });

    it("adds an origin to the policy with one PUT of its Origin Protection", async () => {
        await project.stack.setConfig(
            "allowOrigins",
            { value: '["https://chat.example.com","https://m.chat.example.com"]' },
            true,
        );
        emulator.control.clearLog();
        await project.up();
        assert.deepEqual(writes(emulator), [
            "PUT /services/{name}/websocket-policies/{policy}/origin-protection",
        ]);
        assert.deepEqual(
            emulator.control.snapshot().services.chat.websocketPolicies["chat-ws"].originProtection[
                "allow-origins"
            ],
            ["https://chat.example.com", "https://m.chat.example.com"],
        );
    });

    it("shows the mode changed by hand as drift on refresh, and puts it back with up", async () => {
        await callAppliance(emulator, "PUT", "/services/chat/basic-security", { mode: "Passive" });
        await project.refresh();
        const preview = await project.preview({ diff: true });
        assert.match(preview.stdout, /mode\s*:\s*"Passive"\s*=>\s*"Active"/);
        emulator.control.clearLog();
        await project.up();
        assert.deepEqual(writes(emulator), ["PUT /services/{name}/basic-security"]);
        assert.equal(emulator.control.snapshot().services.chat.basicSecurity.mode, "Active");
    });

    it("destroys to the factory appliance, the system settings restored", async () => {
        await project.destroy();
        assert.deepEqual(emulator.control.snapshot(), factory);
    });
});

describe("dropping a WebSocket policy and turning WebSocket off in one pulumi up", () => {
    let emulator: RunningEmulator;
    let project: PulumiProject;
    before(async () => {
        emulator = await startEmulator();
        project = await createPulumiProject(path.join(repoRoot, "test", "fixtures", "policy-program"));
        await project.connectTo(emulator);
        await project.up();
    });
    after(async () => {
        await emulator.stop();
        await project.dispose();
    });

    it("is refused before anything changes, with the two steps that work", async () => {
        await project.setConfig({ withPolicy: "false", enableWebSocket: "false" });
        const before = emulator.control.snapshot();
        const output = (await rejection(project.up(), CommandError)).message;
        assert.match(
            output,
            /Cannot set enableWebSocket: false on service "chat": it still has WebSocket policy "chat-ws"/,
        );
        assert.match(
            output,
            /Both in one pulumi up cannot work: Pulumi updates the service before it deletes the policies/,
        );
        assert.deepEqual(emulator.control.snapshot(), before, "nothing changed");
    });

    it("works in the two steps the message gives", async () => {
        await project.setConfig({ withPolicy: "false", enableWebSocket: "true" });
        await project.up();
        await project.setConfig({ enableWebSocket: "false" });
        await project.up();
        const chat = emulator.control.snapshot().services.chat;
        assert.deepEqual(chat.websocketPolicies, {});
        assert.equal(chat.advancedConfiguration["enable-websocket"], "No");
    });
});

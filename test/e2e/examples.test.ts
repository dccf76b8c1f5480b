import * as assert from "node:assert/strict";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { RunningEmulator, startEmulator } from "../../emulator";
import { createPulumiProject, PulumiProject } from "../../scripts/lib/pulumi-project";
import { repoRoot } from "../../scripts/lib/repo";

/** Each example as a user runs it: its own stack, pointed at an appliance, up, then destroy. */
describe("the example programs", () => {
    let emulator: RunningEmulator;
    before(async () => {
        emulator = await startEmulator();
    });
    after(() => emulator.stop());

    async function exampleProject(name: string): Promise<PulumiProject> {
        const project = await createPulumiProject(path.join(repoRoot, "examples", name));
        await project.connectTo(emulator);
        return project;
    }

    it("websocket-service creates a WebSocket service after showing the advanced settings", async () => {
        const project = await exampleProject("websocket-service");
        try {
            await project.up();
            const appliance = emulator.control.snapshot();
            assert.equal(appliance.system.advancedSettings["enable-advanced-settings"], "Yes");
            assert.equal(appliance.services.chat.advancedConfiguration["enable-websocket"], "Yes");
            await project.destroy();
            assert.equal(emulator.control.snapshot().services.chat, undefined);
        } finally {
            await project.dispose();
        }
    });

    it("plain-service creates the service its stack config describes", async () => {
        const project = await exampleProject("plain-service");
        try {
            await project.setConfig({ port: "8443" });
            await project.up();
            assert.deepEqual(await project.outputs(), { serviceName: "shop", port: 8443, mode: "Active" });
            assert.equal(emulator.control.snapshot().services.shop.service.comments, "Managed by Pulumi");
            await project.destroy();
            assert.equal(emulator.control.snapshot().services.shop, undefined);
        } finally {
            await project.dispose();
        }
    });
});

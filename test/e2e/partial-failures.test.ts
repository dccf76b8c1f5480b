import * as assert from "node:assert/strict";
import * as path from "node:path";
import { afterEach, beforeEach, describe, it } from "node:test";
import { CommandError } from "@pulumi/pulumi/automation";
import { RunningEmulator, startEmulator } from "../../emulator";
import { createPulumiProject, type PulumiProject } from "../../scripts/lib/pulumi-project";
import { repoRoot } from "../../scripts/lib/repo";
import { callAppliance } from "../helpers/appliance-api";
import { rejection } from "../helpers/rejection";

/**
 * A failure that leaves an object on the appliance is recorded in the state (the engine's "failed to
 * initialize"), and the CLI must show the provider's whole message with its fix, not just
 * "resource init failed". Each test then follows that fix and ends with the state matching the appliance.
 */

/** The ids of the stack's resources of type `barracudawaf:<name>`. */
async function idsOf(project: PulumiProject, name: string): Promise<string[]> {
    const state = await project.exportState();
    return (state.deployment.resources ?? [])
        .filter((resource) => resource.type.endsWith(`barracudawaf:${name}`))
        .map((resource) => String(resource.id));
}

describe("a failure part-way reaches the CLI whole, and its fix works", () => {
    let emulator: RunningEmulator;
    let project: PulumiProject;

    beforeEach(async () => {
        emulator = await startEmulator();
        project = await createPulumiProject(path.join(repoRoot, "test", "fixtures", "e2e-program"));
        await project.connectTo(emulator);
    });
    afterEach(async () => {
        await emulator.stop();
        await project.dispose();
    });

    it("a create whose rollback failed keeps the service in the state and says: run pulumi refresh, then pulumi up", async () => {
        emulator.control.failNext("PUT /services/{name}/advanced-configuration", 1, { status: 500 });
        emulator.control.failNext("DELETE /services/{name}", 1, { status: 500 });
        const output = (await rejection(project.up(), CommandError)).message;
        assert.match(
            output,
            /Create Service Error: service "chat" was created but writing its Advanced Configuration failed, and deleting it again failed too/,
        );
        assert.match(output, /recorded in the stack's state: run pulumi refresh, then pulumi up/);
        assert.deepEqual(await idsOf(project, "Service"), ["chat"], "the service is tracked");
        assert.equal(
            emulator.control.snapshot().services.chat.advancedConfiguration["enable-websocket"],
            "No",
        );

        await project.refresh();
        await project.up();
        assert.equal(
            emulator.control.snapshot().services.chat.advancedConfiguration["enable-websocket"],
            "Yes",
        );
        await project.preview({ expectNoChanges: true });
    });

    it("an adopt that failed part-way records the service as it was and says: run pulumi refresh, then pulumi up", async () => {
        await callAppliance(emulator, "POST", "/services", {
            name: "legacy",
            "ip-address": "10.0.0.10",
            port: 8081,
            comments: "made by hand",
        });
        await project.setConfig({
            name: "legacy",
            withSettings: "false",
            enableWebSocket: "false",
            adopt: "true",
        });
        emulator.control.failNext("PUT /services/{name}", 1, { status: 500 });
        const output = (await rejection(project.up(), CommandError)).message;
        assert.match(output, /Adopt Service Error: taking over service "legacy" failed/);
        assert.match(output, /run pulumi refresh, then pulumi up/);
        assert.deepEqual(await idsOf(project, "Service"), ["legacy"], "the service is tracked");

        await project.refresh();
        await project.up();
        assert.equal(emulator.control.snapshot().services.legacy.service.port, "80");
        await project.preview({ expectNoChanges: true });
    });
});

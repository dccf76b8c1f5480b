import * as assert from "node:assert/strict";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { CommandError } from "@pulumi/pulumi/automation";
import { RunningEmulator, startEmulator } from "../../emulator";
import { createPulumiProject, PulumiProject } from "../../scripts/lib/pulumi-project";
import { repoRoot } from "../../scripts/lib/repo";
import { callAppliance } from "../helpers/appliance-api";
import { rejection } from "../helpers/rejection";

describe("taking over a service that was made by hand, through the Pulumi CLI", () => {
    let emulator: RunningEmulator;
    let project: PulumiProject;

    before(async () => {
        emulator = await startEmulator();
        await callAppliance(emulator, "POST", "/services", {
            name: "legacy",
            "ip-address": "10.0.0.10",
            port: 8081,
            comments: "made by hand",
        });
        project = await createPulumiProject(path.join(repoRoot, "test", "fixtures", "e2e-program"));
        await project.connectTo(emulator);
        await project.setConfig({ name: "legacy", withSettings: "false", enableWebSocket: "false" });
    });
    after(async () => {
        await emulator.stop();
        await project.dispose();
    });

    it("refuses to create over it without adopt, says how to take it over, and leaves it alone", async () => {
        const { message } = await rejection(project.up(), CommandError);
        assert.match(message, /a service named "legacy" already exists on the appliance/);
        assert.match(message, /set adopt: true/);
        const service = emulator.control.snapshot().services.legacy.service;
        assert.equal(service.port, "8081");
        assert.equal(service.comments, "made by hand");
    });

    it("takes it over with adopt: updated in place, never deleted or created", async () => {
        await project.setConfig({ adopt: "true" });
        emulator.control.clearLog();
        await project.up();

        const routes = emulator.control.requests().map((entry) => entry.route);
        assert.equal(routes.includes("POST /services"), false, "no service was created");
        assert.equal(routes.includes("DELETE /services/{name}"), false, "no service was deleted");
        assert.equal(emulator.control.snapshot().services.legacy.service.port, "80");
        const state = await project.exportState();
        assert.ok(
            state.deployment.resources?.some(
                (r) => r.type.endsWith("barracudawaf:Service") && r.id === "legacy",
            ),
        );
    });

    it("manages it like any other service afterwards", async () => {
        await project.preview({ expectNoChanges: true });
        await project.destroy();
        assert.equal(emulator.control.snapshot().services.legacy, undefined);
    });
});

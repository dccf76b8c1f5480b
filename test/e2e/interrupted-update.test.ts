import * as assert from "node:assert/strict";
import * as path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { after, before, describe, it } from "node:test";
import { RunningEmulator, startEmulator } from "../../emulator";
import { createPulumiProject, type PulumiProject } from "../../scripts/lib/pulumi-project";
import { repoRoot } from "../../scripts/lib/repo";

const advancedConfiguration = "PUT /services/{name}/advanced-configuration";

/**
 * Starts `pulumi up` and kills the CLI and all it started (language host, program, provider host) once the
 * emulator has seen `route`: the engine had sent a create whose end it never records.
 */
async function killedUp(project: PulumiProject, emulator: RunningEmulator, route: string): Promise<void> {
    const ended = project.up().catch(() => undefined); // it fails: it is killed below
    try {
        for (let waited = 0; !emulator.control.requests().some((entry) => entry.route === route); waited++) {
            assert.ok(waited < 18000, `the emulator never saw ${route}`); // 3 min or more: only a hung CLI ends it
            await sleep(10);
        }
    } finally {
        project.killCli();
        await ended;
    }
}

describe("an interrupted pulumi up, put right by the README's steps", () => {
    let emulator: RunningEmulator;
    let project: PulumiProject;

    before(async () => {
        emulator = await startEmulator();
        project = await createPulumiProject(path.join(repoRoot, "test", "fixtures", "e2e-program"));
        await project.connectTo(emulator);
        // Enough retries of the dropped writes below that the kill lands while the provider is still trying.
        await project.setConfig({ "barracudawaf:maxRetries": "10" });
    });
    after(async () => {
        await emulator.stop();
        await project.dispose();
    });

    it("ends with the state matching the appliance and nothing untracked", async () => {
        emulator.control.failNext(advancedConfiguration, 10, { drop: true });
        await killedUp(project, emulator, advancedConfiguration);
        emulator.control.failNext(advancedConfiguration, 0, { drop: true });
        assert.deepEqual(Object.keys(emulator.control.snapshot().services), ["chat"], "the POST had landed");
        const interrupted = await project.exportState();
        assert.equal(
            (interrupted.deployment as { pending_operations?: unknown[] }).pending_operations?.length,
            1,
            "the state holds the pending create",
        );

        // The README's section "If an update was interrupted", step by step.
        await project.stack.cancel();
        await project.refresh({ clearPendingCreates: true });
        await project.up({ env: { BARRACUDA_WAF_ADOPT_EXISTING: "true" } });
        await project.preview({ expectNoChanges: true });

        const state = await project.exportState();
        const services = (state.deployment.resources ?? [])
            .filter((resource) => resource.type.endsWith("barracudawaf:Service"))
            .map((resource) => resource.id);
        assert.deepEqual(services, Object.keys(emulator.control.snapshot().services), "nothing untracked");
        assert.equal(
            (state.deployment as { pending_operations?: unknown[] }).pending_operations?.length ?? 0,
            0,
        );
        assert.equal(
            emulator.control.snapshot().services.chat.advancedConfiguration["enable-websocket"],
            "Yes",
        );

        await project.destroy();
        assert.deepEqual(emulator.control.snapshot().services, {});
    });
});

import * as assert from "node:assert/strict";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";

import { RunningEmulator, startEmulator } from "../../emulator";
import { createPulumiProject, PulumiProject } from "../../scripts/lib/pulumi-project";
import { repoRoot } from "../../scripts/lib/repo";

/** Every marker the program passes as a secret (see test/fixtures/secrets-program). */
const marker = /marker-[a-z-]+-[0-9a-f]{4}/g;

describe("secret fields of every kind, passed as plain strings, through the Pulumi CLI", () => {
    let emulator: RunningEmulator;
    let project: PulumiProject;

    before(async () => {
        project = await createPulumiProject(path.join(repoRoot, "test", "fixtures", "secrets-program"));
        emulator = await startEmulator();
        await project.connectTo(emulator);
    });
    after(async () => {
        await emulator.stop();
        await project.dispose();
    });

    it("reach the appliance, and neither the state nor the CLI's output holds one in clear", async () => {
        const up = await project.up();
        const sent = JSON.stringify(emulator.control.snapshot()).match(marker) ?? [];
        assert.equal(new Set(sent).size, 6, `the appliance got every secret: ${sent.join(", ")}`);
        const state = JSON.stringify(await project.exportEncryptedState());
        assert.deepEqual(state.match(marker), null, "a secret is in the state in clear");
        assert.deepEqual(`${up.stdout}${up.stderr}`.match(marker), null, "a secret is in the CLI's output");
        const refresh = await project.refresh();
        assert.deepEqual(`${refresh.stdout}${refresh.stderr}`.match(marker), null);
        assert.deepEqual(JSON.stringify(await project.exportEncryptedState()).match(marker), null);
    });
});

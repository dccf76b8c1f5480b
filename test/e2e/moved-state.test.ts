import * as assert from "node:assert/strict";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { RunningEmulator, startEmulator } from "../../emulator";
import { createPulumiProject, PulumiProject } from "../../scripts/lib/pulumi-project";
import { repoRoot } from "../../scripts/lib/repo";

describe("a stack whose state moved to another machine", () => {
    let emulator: RunningEmulator;
    let project: PulumiProject;

    before(async () => {
        emulator = await startEmulator();
        project = await createPulumiProject(path.join(repoRoot, "test", "fixtures", "e2e-program"));
        await project.connectTo(emulator);
        await project.setConfig({ withSettings: "false", enableWebSocket: "false" });
        await project.up();
    });
    after(async () => {
        await emulator.stop();
        await project.dispose();
    });

    it("refreshes and destroys through the package installed beside the program", async () => {
        // The serialized provider names the implementation by the creating machine's absolute path. Point it
        // somewhere that does not exist, as on a CI runner; the package is installed beside the program.
        const exported = JSON.stringify(await project.stack.exportStack());
        const implementation = path.join(repoRoot, "dist", "provider", "index.js");
        assert.ok(exported.includes(JSON.stringify(implementation).slice(1, -1)), "the state names the path");
        const moved = exported.split(JSON.stringify(implementation).slice(1, -1)).join("/elsewhere/index.js");
        await project.stack.importStack(JSON.parse(moved));

        emulator.control.clearLog();
        await project.refresh({ expectNoChanges: true });
        assert.equal(emulator.control.counts()["GET /services/{name}"], 1);

        await project.destroy();
        assert.deepEqual(Object.keys(emulator.control.snapshot().services), []);
    });
});

import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { createPulumiProject, PulumiProject } from "../../scripts/lib/pulumi-project";
import { repoRoot } from "../../scripts/lib/repo";

const fixtures = path.join(repoRoot, "test", "fixtures");

describe("the Pulumi engine runs a TypeScript program", () => {
    let project: PulumiProject;
    before(async () => {
        project = await createPulumiProject(path.join(fixtures, "smoke-output"));
        await project.setConfig({ count: "21" });
    });
    after(() => project.dispose());

    it("exports the program's stack outputs after up", async () => {
        await project.up();
        const outputs = await project.outputs();
        assert.deepEqual(outputs, { greeting: "hello from test", doubled: 42 });
    });
});

describe("the Pulumi engine drives a dynamic resource through its whole life", () => {
    let project: PulumiProject;
    let storeDir: string;
    before(async () => {
        project = await createPulumiProject(path.join(fixtures, "smoke-dynamic"));
        storeDir = path.join(project.dir, "store");
        fs.mkdirSync(storeDir);
        await project.setConfig({ storeDir });
    });
    after(() => project.dispose());

    it("creates the resource through the serialized provider", async () => {
        await project.up();
        assert.equal(fs.readFileSync(path.join(storeDir, "note.txt"), "utf8"), "written by the smoke test");
        assert.deepEqual(await project.outputs(), { length: 25, content: "written by the smoke test" });
    });

    it("finds a change made behind its back on refresh", async () => {
        fs.writeFileSync(path.join(storeDir, "note.txt"), "changed by hand");
        await project.refresh();
        const state = await project.exportState();
        const file = state.deployment.resources?.find(
            (r) => r.type === "pulumi-nodejs:dynamic/smoke:StoredFile",
        );
        assert.ok(file, "the dynamic resource is in the state");
        assert.equal((file.outputs as Record<string, unknown>).content, "changed by hand");
    });

    it("removes the resource on destroy", async () => {
        await project.destroy();
        assert.equal(fs.existsSync(path.join(storeDir, "note.txt")), false);
        const state = await project.exportState();
        assert.equal(state.deployment.resources?.length ?? 0, 0);
    });
});

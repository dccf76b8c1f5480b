import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Deployment } from "@pulumi/pulumi/automation";
import { RunningEmulator, startEmulator } from "../../emulator";
import { createPulumiProject, PulumiProject } from "../../scripts/lib/pulumi-project";
import { repoRoot } from "../../scripts/lib/repo";
import { providerModuleText } from "../../sdk/dynamic-resource";

/**
 * The `__provider` text 0.1.0 wrote into every Service's inputs and outputs: a serialized closure that loads
 * the provider from the creating machine's absolute path (`/work/main/dist/provider/index.js`), falling back to
 * the package installed beside the program.
 */
const providerOf010 = fs.readFileSync(
    path.join(repoRoot, "test", "fixtures", "state-0.1.0", "service-provider.txt"),
    "utf8",
);
const pathIn010 = "/work/main/dist/provider/index.js";

type StateResource = Record<string, unknown> & { type: string; inputs?: Record<string, unknown> };

describe("a stack written by 0.1.0", () => {
    let emulator: RunningEmulator;
    let project: PulumiProject;

    before(async () => {
        emulator = await startEmulator();
        project = await createPulumiProject(path.join(repoRoot, "test", "fixtures", "e2e-program"));
        await project.connectTo(emulator);
        await project.setConfig({ withSettings: "false", enableWebSocket: "false" });
        await project.up();

        // Give the Service the state 0.1.0 would have left, its provider's path gone as on a CI runner that
        // destroys what a laptop created.
        const exported = await project.exportEncryptedState();
        assert.ok(providerOf010.includes(pathIn010), "the fixture names the creating machine's path");
        const gone = providerOf010.split(pathIn010).join(path.join(project.dir, "gone", "index.js"));
        let services = 0;
        for (const resource of exported.deployment.resources as StateResource[]) {
            if (resource.type === "pulumi-nodejs:dynamic/barracudawaf:Service") {
                for (const key of ["inputs", "outputs"]) {
                    (resource[key] as Record<string, unknown>).__provider = gone;
                }
                services++;
            }
        }
        assert.equal(services, 1);
        await project.stack.importStack(exported as unknown as Deployment);
    });
    after(async () => {
        await emulator.stop();
        await project.dispose();
    });

    it("previews no change after the upgrade, and the next up records the short provider text", async () => {
        await project.preview({ expectNoChanges: true });
        await project.up({ expectNoChanges: true });
        const service = ((await project.exportState()).deployment.resources as StateResource[]).find(
            (resource) => resource.type === "pulumi-nodejs:dynamic/barracudawaf:Service",
        );
        assert.equal(service?.inputs?.__provider, providerModuleText("service"));
    });

    it("refreshes, updates and destroys, its old outputs loading the package installed beside the program", async () => {
        emulator.control.clearLog();
        await project.refresh({ expectNoChanges: true });
        assert.equal(emulator.control.counts()["GET /services/{name}"], 1);

        await project.setConfig({ port: "8080" });
        await project.up();
        assert.equal(emulator.control.snapshot().services.chat?.service.port, "8080");

        await project.destroy();
        assert.deepEqual(Object.keys(emulator.control.snapshot().services), []);
    });
});

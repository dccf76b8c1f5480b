import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { RunningEmulator, startEmulator } from "../../emulator";
import { createPulumiProject, PulumiProject } from "../../scripts/lib/pulumi-project";
import { repoRoot } from "../../scripts/lib/repo";

describe("an appliance behind HTTPS with its own certificate authority", () => {
    let emulator: RunningEmulator;
    let project: PulumiProject;

    before(async () => {
        emulator = await startEmulator({ https: true });
        project = await createPulumiProject(path.join(repoRoot, "examples", "plain-service"));
        await project.connectTo(emulator);
    });
    after(async () => {
        await emulator.stop();
        await project.dispose();
    });

    it("refuses an unverified certificate and names the setting that fixes it", async () => {
        const result = await project.pulumi(["up", "--yes", "--skip-preview"], { allowFailure: true });
        assert.notEqual(result.code, 0);
        assert.match(result.stdout + result.stderr, /barracudawaf:caCertificate/);
        assert.deepEqual(emulator.control.counts(), {}, "nothing, not even the login, reached the appliance");
    });

    it("works once the CA certificate is configured", async () => {
        assert.ok(emulator.caCertificate);
        const caFile = path.join(project.dir, "appliance-ca.pem");
        fs.writeFileSync(caFile, emulator.caCertificate);
        await project.pulumi(["config", "set", "barracudawaf:caCertificate", caFile]);
        await project.pulumi(["up", "--yes", "--skip-preview"]);
        assert.equal(emulator.control.snapshot().services.shop.service.port, "8080");
        await project.pulumi(["destroy", "--yes", "--skip-preview"]);
        assert.equal(emulator.control.snapshot().services.shop, undefined);
    });
});

import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { CommandError } from "@pulumi/pulumi/automation";
import { RunningEmulator, startEmulator } from "../../emulator";
import { createPulumiProject, PulumiProject } from "../../scripts/lib/pulumi-project";
import { repoRoot } from "../../scripts/lib/repo";
import { rejection } from "../helpers/rejection";

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
        const failed = await rejection(project.up(), CommandError);
        assert.match(failed.message, /barracudawaf:caCertificate/);
        assert.deepEqual(emulator.control.counts(), {}, "nothing, not even the login, reached the appliance");
    });

    it("works once the CA certificate is configured", async () => {
        assert.ok(emulator.caCertificate);
        const caFile = path.join(project.dir, "appliance-ca.pem");
        fs.writeFileSync(caFile, emulator.caCertificate);
        await project.setConfig({ "barracudawaf:caCertificate": caFile });
        await project.up();
        assert.equal(emulator.control.snapshot().services.shop.service.port, "8080");
        await project.destroy();
        assert.equal(emulator.control.snapshot().services.shop, undefined);
    });
});

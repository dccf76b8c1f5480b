import * as assert from "node:assert/strict";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";

import { RunningEmulator, startEmulator } from "../../emulator";
import { createPulumiProject, PulumiProject } from "../../scripts/lib/pulumi-project";
import { repoRoot } from "../../scripts/lib/repo";
import { callAppliance } from "../helpers/appliance-api";
import { writeRoutes } from "../helpers/appliance-writes";
import { runCommand } from "../helpers/run-command";

/** What a GET of `path` answers for the object `name`, with the groups asked for. */
async function record(
    emulator: RunningEmulator,
    path: string,
    name: string,
    group?: string,
): Promise<Record<string, unknown>> {
    const body = (await callAppliance(emulator, "GET", path)) as {
        data: Record<string, Record<string, unknown>>;
    };
    const object = body.data[name];
    return (group === undefined ? object : object[group]) as Record<string, unknown>;
}

/** The two settings the test changes behind Pulumi's back, as the appliance has them now. */
async function watched(
    emulator: RunningEmulator,
): Promise<{ maxContentLength: unknown; aclAction: unknown }> {
    const protection = await record(
        emulator,
        "/security-policies/shop-policy?groups=URL Protection",
        "shop-policy",
        "URL Protection",
    );
    const acl = await record(emulator, "/services/shop/url-acls/admin-outside", "admin-outside");
    return { maxContentLength: protection["max-content-length"], aclAction: acl.action };
}

/** What the program sets them to. */
const declared = { maxContentLength: "1048576", aclAction: "Deny and Log" };

describe("examples/real-site, a web shop as a team runs it, through the Pulumi CLI against the emulator", () => {
    let emulator: RunningEmulator;
    let project: PulumiProject;
    let factory: unknown;

    before(async () => {
        emulator = await startEmulator();
        factory = emulator.control.snapshot();
        project = await createPulumiProject(path.join(repoRoot, "examples", "real-site"));
        await project.connectTo(emulator);
    });
    after(async () => {
        await emulator.stop();
        await project.dispose();
    });

    it("comes up, and previews no changes after", async () => {
        await project.up();
        assert.deepEqual(await watched(emulator), declared);
        const acl = await record(emulator, "/services/shop/url-acls/admin-outside", "admin-outside");
        assert.equal(acl["response-page"], "shop-blocked");
        const servers = (await callAppliance(
            emulator,
            "GET",
            "/services/shop/content-rules/api/content-rule-servers",
        )) as { data: Record<string, unknown> };
        assert.deepEqual(Object.keys(servers.data).sort(), ["api-1", "api-2"]);
        emulator.control.clearLog();
        await project.preview({ expectNoChanges: true });
        assert.deepEqual(writeRoutes(emulator), []);
    });

    it("names the security policy's and the ACL's drift in the pipeline's drift stage, and up puts them right", async () => {
        // As the web UI sends it: the appliance wants `allowed-methods` on every write of URL Protection.
        await callAppliance(emulator, "PUT", "/security-policies/shop-policy/url-protection", {
            "max-content-length": "8388608",
            "allowed-methods": [],
        });
        await callAppliance(emulator, "PUT", "/services/shop/url-acls/admin-outside", { action: "Allow" });
        assert.deepEqual(await watched(emulator), { maxContentLength: "8388608", aclAction: "Allow" });
        const drift = await runCommand(
            process.execPath,
            [
                path.join(repoRoot, "dist", "scripts", "pipeline", "cli.js"),
                "drift",
                "--stack",
                project.stack.name,
            ],
            { cwd: project.dir, env: project.env },
        );
        assert.notEqual(drift.code, 0, drift.output);
        assert.match(drift.stdout, /SecurityPolicy "shop-policy": changed on the appliance/);
        assert.match(drift.stdout, /urlProtection\.maxContentLength: 1048576 in the state, 8388608 now/);
        assert.match(drift.stdout, /UrlAcl "admin-outside": changed on the appliance/);
        assert.match(drift.stdout, /action: "Deny and Log" in the state, "Allow" now/);

        await project.refresh();
        await project.up();
        assert.deepEqual(await watched(emulator), declared);
        await project.preview({ expectNoChanges: true });
    });

    it("leaves a factory-fresh appliance on destroy", async () => {
        await project.destroy();
        assert.deepEqual(emulator.control.snapshot(), factory);
    });
});

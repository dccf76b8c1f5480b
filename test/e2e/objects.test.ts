import * as assert from "node:assert/strict";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { RunningEmulator, startEmulator } from "../../emulator";
import { createPulumiProject, type PulumiProject } from "../../scripts/lib/pulumi-project";
import { repoRoot } from "../../scripts/lib/repo";
import { callAppliance } from "../helpers/appliance-api";
import { changedResources, recordEvents } from "../helpers/engine-events";

/** The objects around a service, passed to each other as resources, through the Pulumi CLI. */
describe("a vsite, a group, a certificate, an HTTPS service and two servers, through the Pulumi CLI", () => {
    let emulator: RunningEmulator;
    let project: PulumiProject;
    let before_: ReturnType<RunningEmulator["control"]["snapshot"]>;

    before(async () => {
        emulator = await startEmulator();
        before_ = emulator.control.snapshot();
        project = await createPulumiProject(path.join(repoRoot, "test", "fixtures", "objects-program"));
        await project.connectTo(emulator);
    });
    after(async () => {
        await emulator.stop();
        await project.dispose();
    });

    it("comes up in dependency order with no dependsOn, the IDs naming their parents", async () => {
        await project.up();
        const outputs = await project.outputs();
        assert.equal(outputs.serviceId, "shop");
        assert.deepEqual(outputs.serverIds, ["shop/app-1", "shop/app-2"]);
        assert.equal(outputs.groupId, "shop-site/shop");
        const snapshot = emulator.control.snapshot();
        assert.equal(snapshot.services.shop.service.vsite, "shop-site");
        assert.equal(snapshot.services.shop.service.group, "shop");
        assert.equal(snapshot.services.shop.service.certificate, "shop-cert");
        assert.deepEqual(Object.keys(snapshot.services.shop.servers).sort(), ["app-1", "app-2"]);
    });

    it("previews no change a second time", async () => {
        await project.preview({ expectNoChanges: true });
    });

    it("finds a server port changed by hand on refresh, and puts it right on up", async () => {
        await callAppliance(emulator, "PUT", "/services/shop/servers/app-2", { port: 9090 });
        const refresh = recordEvents();
        await project.refresh({ onEvent: refresh.onEvent });
        assert.deepEqual(changedResources(refresh.events), ["update Server app-2"]);
        const preview = await project.preview({ diff: true });
        assert.match(preview.stdout, /port\s*:\s*9090\s*=>\s*8080/);
        emulator.control.clearLog();
        await project.up();
        assert.equal(emulator.control.snapshot().services.shop.servers["app-2"].port, "8080");
        const writes = emulator.control
            .requests()
            .filter((entry) => entry.method !== "GET" && entry.route !== "POST /login");
        assert.deepEqual(
            writes.map((entry) => `${entry.method} ${entry.path.replace(/^\/restapi\/v3\.2/, "")}`),
            ["PUT /services/shop/servers/app-2"],
        );
    });

    it("replaces a renamed certificate with no downtime: the new one made, the service moved, the old one deleted", async () => {
        await project.setConfig({ certName: "shop-cert-2", commonName: "www.shop.example" });
        emulator.control.clearLog();
        await project.up();
        const snapshot = emulator.control.snapshot();
        assert.equal(snapshot.services.shop.service.certificate, "shop-cert-2");
        assert.equal(snapshot.certificates["shop-cert-2"]["common-name"], "www.shop.example");
        assert.equal(snapshot.certificates["shop-cert"], undefined, "the old certificate is gone");
        const order = emulator.control
            .requests()
            .filter((entry) => entry.method !== "GET" && entry.route !== "POST /login")
            .map((entry) => entry.route);
        assert.deepEqual(order, [
            "POST /certificates/self-signed-certificate",
            "PUT /services/{name}/ssl-security",
            "DELETE /certificates/self-signed-certificate/{certificate}",
        ]);
        await project.preview({ expectNoChanges: true });
    });

    it("destroys everything, leaving the appliance as it was", async () => {
        await project.refresh();
        await project.destroy();
        assert.deepEqual(emulator.control.snapshot(), before_);
    });
});

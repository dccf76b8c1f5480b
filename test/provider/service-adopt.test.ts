import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import { ConnectionSettings } from "../../provider/client/connection-settings";
import { ResourceOperationError } from "../../provider/engine/errors";
import { createHandlers } from "../../provider/index";
import { callAppliance } from "../helpers/appliance-api";
import { makeVsite } from "../helpers/appliance-objects";
import { providerBlob, rejection, serviceOnAppliance, shown, withProvider } from "./harness";

/** The inputs a program declares for a service that someone created by hand before Pulumi. */
const legacy = {
    name: "legacy",
    ipAddress: "192.0.2.30",
    port: 8080,
    comments: "now in Pulumi",
    __provider: providerBlob,
};

/** Creates `legacy` on the appliance as a person would, outside Pulumi. */
async function createByHand(
    emulator: Parameters<typeof callAppliance>[0],
    fields: object = {},
): Promise<void> {
    await callAppliance(emulator, "POST", "/services", {
        name: "legacy",
        "ip-address": "192.0.2.30",
        port: 80,
        comments: "made by hand",
        ...fields,
    });
}

describe("Service taking over an existing service with adopt", () => {
    it("refuses to create over an existing service without adopt, names the fix and changes nothing", () =>
        withProvider(async ({ emulator, handlers, counts, resetCounts }) => {
            await createByHand(emulator);
            resetCounts();
            const error = await rejection(handlers.service.create(legacy), ResourceOperationError);
            assert.match(error.message, /a service named "legacy" already exists on the appliance/);
            assert.match(error.message, /set adopt: true on this Service/);
            assert.match(
                error.message,
                /If an interrupted pulumi up created it, run BARRACUDA_WAF_ADOPT_EXISTING=true pulumi up once/,
            );
            assert.equal(serviceOnAppliance(emulator, "legacy")?.service.comments, "made by hand");
            assert.deepEqual(counts(), { "POST /services": 1, "GET /services/{name}": 1 });
        }));

    it("updates the existing service in place to match the inputs, without deleting or creating it", () =>
        withProvider(async ({ emulator, handlers, counts, resetCounts }) => {
            await createByHand(emulator);
            resetCounts();
            const adopted = await handlers.service.create({ ...legacy, adopt: true });

            assert.equal(adopted.id, "legacy");
            assert.equal(adopted.outs.port, 8080);
            assert.equal(adopted.outs.comments, "now in Pulumi");
            assert.equal(adopted.outs.adopt, true);
            const onAppliance = serviceOnAppliance(emulator, "legacy");
            assert.equal(onAppliance?.service.port, "8080");
            assert.equal(onAppliance?.service.comments, "now in Pulumi");
            // One read of what is there, one write of the differing object, one read back.
            assert.deepEqual(counts(), { "GET /services/{name}": 2, "PUT /services/{name}": 1 });
        }));

    it("writes only what the program sets: protection, HTTP/2 and comments set by hand stay as they were", () =>
        withProvider(async ({ emulator, handlers, counts, resetCounts }) => {
            await createByHand(emulator, { "session-timeout": "120" });
            await callAppliance(emulator, "PUT", "/services/legacy/basic-security", { mode: "Active" });
            await callAppliance(emulator, "PUT", "/services/legacy/advanced-configuration", {
                "enable-http2": "Yes",
            });
            resetCounts();
            const program = { name: "legacy", ipAddress: "192.0.2.30", port: 8443, adopt: true };
            const adopted = await handlers.service.create({ ...program, __provider: providerBlob });

            const onAppliance = serviceOnAppliance(emulator, "legacy");
            assert.equal(onAppliance?.service.port, "8443");
            assert.equal(onAppliance?.basicSecurity.mode, "Active");
            assert.equal(onAppliance?.advancedConfiguration["enable-http2"], "Yes");
            assert.equal(onAppliance?.service["session-timeout"], "120");
            assert.equal(onAppliance?.service.comments, "made by hand");
            assert.deepEqual(counts(), { "GET /services/{name}": 2, "PUT /services/{name}": 1 });
            assert.deepEqual(adopted.outs.__inputNames, ["name", "ipAddress", "port", "adopt"]);

            // Later runs, with adopt or after it was removed, leave what the program never set alone.
            for (const news of [program, { ...program, adopt: undefined }]) {
                const diff = await handlers.service.diff("legacy", adopted.outs, {
                    ...news,
                    __provider: providerBlob,
                });
                assert.equal(diff.changes, false, JSON.stringify(news));
            }
        }));

    it("tells at preview what adopting changes, from the appliance's values, and nothing else", () =>
        withProvider(async ({ emulator }) => {
            await createByHand(emulator);
            const notices: string[] = [];
            const handlers = createHandlers(
                new ConnectionSettings({
                    address: emulator.url,
                    username: emulator.username,
                    password: emulator.password,
                }),
                (message) => notices.push(message),
            );
            const program = { name: "legacy", ipAddress: "192.0.2.30", port: 8443, comments: "made by hand" };
            const checked = await handlers.service.check(
                {},
                { ...program, adopt: true, __provider: providerBlob },
            );
            assert.deepEqual(checked.failures ?? [], []);
            assert.deepEqual(notices, [
                'Service "legacy" exists on the appliance: adopt takes it over in place and changes port: 80 → ' +
                    "8443; everything the program leaves out keeps its value on the appliance.",
            ]);
            assert.equal(serviceOnAppliance(emulator, "legacy")?.service.port, "80", "nothing was written");

            // Once in the state (old inputs given), a check is no takeover any more: no notice.
            await handlers.service.check({ ...program, adopt: true }, { ...program, adopt: true });
            assert.equal(notices.length, 1);
        }));

    it("refuses at preview an adopt the appliance cannot make, naming the property", () =>
        withProvider(async ({ emulator, handlers }) => {
            await makeVsite(emulator, "edge");
            await createByHand(emulator, { vsite: "edge" });
            const checked = await handlers.service.check({}, { ...legacy, vsite: "default", adopt: true });
            assert.equal(checked.failures?.length, 1);
            assert.equal(checked.failures?.[0].property, "adopt");
            assert.match(
                checked.failures?.[0].reason ?? "",
                /vsite is "edge" on the appliance, not "default"/,
            );
        }));

    it("takes it over without adopt when the provider setting adoptExisting is on", () =>
        withProvider(async ({ emulator, counts, resetCounts }) => {
            await createByHand(emulator);
            const handlers = createHandlers(
                new ConnectionSettings({
                    address: emulator.url,
                    username: emulator.username,
                    password: emulator.password,
                    adoptExisting: true,
                }),
            );
            resetCounts();
            const adopted = await handlers.service.create(legacy);
            assert.equal(adopted.id, "legacy");
            assert.equal(serviceOnAppliance(emulator, "legacy")?.service.comments, "now in Pulumi");
            assert.equal(counts()["POST /services"], undefined, "nothing was created");
        }));

    it("creates the service as usual when adopt is set but no such service exists", () =>
        withProvider(async ({ emulator, handlers }) => {
            const created = await handlers.service.create({ ...legacy, adopt: true });
            assert.equal(created.id, "legacy");
            assert.equal(serviceOnAppliance(emulator, "legacy")?.service.port, "8080");
        }));

    it("refuses to adopt a service whose vsite differs, since the appliance cannot move it", () =>
        withProvider(async ({ emulator, handlers, counts, resetCounts }) => {
            await makeVsite(emulator, "edge");
            await createByHand(emulator, { vsite: "edge" });
            resetCounts();
            const error = await rejection(
                handlers.service.create({ ...legacy, vsite: "default", adopt: true }),
                ResourceOperationError,
            );
            assert.match(error.message, /vsite is "edge" on the appliance, not "default"/);
            assert.match(error.message, /nothing was changed/);
            assert.equal(serviceOnAppliance(emulator, "legacy")?.service.comments, "made by hand");
            assert.deepEqual(counts(), { "GET /services/{name}": 1 });
        }));

    it("records the service when the takeover fails part-way, so it is not left untracked", () =>
        withProvider(async ({ emulator, handlers }) => {
            await createByHand(emulator);
            const before = await handlers.service.read("legacy", {});
            emulator.control.failNext("PUT /services/{name}", 1, { status: 400 });
            const inputs = { ...legacy, enableVdi: true, adopt: true };
            const error = await rejection(handlers.service.create(inputs), ResourceOperationError);
            assert.match(
                error.message,
                /^Adopt Service Error: taking over service "legacy" failed; it is recorded/,
            );
            assert.equal(error.id, "legacy");
            assert.equal(before.props?.port, 80);
            assert.deepEqual(error.properties, {
                name: "legacy",
                ipAddress: "192.0.2.30",
                port: 80,
                comments: "made by hand",
                mask: "255.255.255.255",
                enableVdi: false,
                adopt: true,
                __inputNames: ["name", "ipAddress", "port", "comments", "enableVdi", "adopt"],
                __provider: providerBlob,
            });
            const diff = await handlers.service.diff("legacy", error.properties ?? {}, inputs);
            assert.equal(diff.changes, true, "the next up finishes the takeover");
            assert.equal(serviceOnAppliance(emulator, "legacy")?.service.comments, "made by hand");
        }));

    it("adopts a service in another vsite when the program leaves vsite out, and keeps it there", () =>
        withProvider(async ({ emulator, handlers }) => {
            await makeVsite(emulator, "edge");
            await createByHand(emulator, { vsite: "edge" });
            const adopted = await handlers.service.create({ ...legacy, adopt: true });
            assert.equal("vsite" in adopted.outs, false, "not the program's");
            assert.equal(serviceOnAppliance(emulator, "legacy")?.service.vsite, "edge");
            const diff = await handlers.service.diff("legacy", adopted.outs, { ...legacy, adopt: true });
            assert.deepEqual(diff, { changes: false, replaces: [], deleteBeforeReplace: false });
        }));

    it("keeps the WebSocket rule when adopting: hidden advanced settings refuse the takeover", () =>
        withProvider(async ({ emulator, handlers }) => {
            await createByHand(emulator);
            await rejection(
                handlers.service.create({
                    ...legacy,
                    enableWebSocket: true,
                    systemConfiguration: shown,
                    adopt: true,
                }),
                Error,
            );
            const onAppliance = serviceOnAppliance(emulator, "legacy");
            assert.equal(onAppliance?.advancedConfiguration["enable-websocket"], "No");
            assert.equal(onAppliance?.service.comments, "made by hand", "nothing was written");
        }));
});

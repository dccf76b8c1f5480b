import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import { callAppliance } from "../helpers/appliance-api";
import { makeCertificate } from "../helpers/appliance-objects";
import { assertPlainJson, providerBlob, serviceOnAppliance, shown, withProvider } from "./harness";

const chat = {
    name: "chat",
    ipAddress: "192.0.2.10",
    port: 8080,
    comments: "front door",
    __provider: providerBlob,
};

describe("Service against the emulator", () => {
    it("creates a service and records what the program set, read back, and the facts the appliance fills in", () =>
        withProvider(async ({ emulator, handlers }) => {
            const created = await handlers.service.create({ ...chat, port: undefined });
            assert.equal(created.id, "chat");
            assert.deepEqual(created.outs, {
                name: "chat",
                ipAddress: "192.0.2.10",
                port: 80, // left to the service's type: the appliance's choice, which a program may need
                comments: "front door",
                mask: "255.255.255.255",
                __inputNames: ["name", "ipAddress", "comments"],
            });
            assertPlainJson(created.outs);
            const onAppliance = serviceOnAppliance(emulator, "chat");
            assert.equal(onAppliance?.service.comments, "front door");
            assert.equal(onAppliance?.basicSecurity.mode, "Passive", "the rest has the appliance's defaults");
        }));

    it("writes the advanced configuration only when an advanced field is set", () =>
        withProvider(async ({ emulator, handlers, counts }) => {
            await handlers.service.create(chat);
            assert.equal(counts()["PUT /services/{name}/advanced-configuration"], undefined);
            const created = await handlers.service.create({
                ...chat,
                name: "fast",
                enableHttp2: true,
                keepaliveRequests: 10,
            });
            assert.equal(created.outs.enableHttp2, true);
            assert.equal(created.outs.keepaliveRequests, 10);
            assert.equal(counts()["PUT /services/{name}/advanced-configuration"], 1);
            assert.equal(serviceOnAppliance(emulator, "fast")?.advancedConfiguration["enable-http2"], "Yes");
        }));

    it("keeps the system configuration reference in the outputs, but never sends it", () =>
        withProvider(async ({ emulator, handlers }) => {
            const reference = { id: "system@127.0.0.1", showAdvancedSettings: true };
            const created = await handlers.service.create({ ...chat, systemConfiguration: reference });
            assert.deepEqual(created.outs.systemConfiguration, reference);
            assert.equal(
                "systemConfiguration" in (serviceOnAppliance(emulator, "chat")?.service ?? {}),
                false,
            );
        }));

    it("reads what the program manages back, including changes made on the appliance (drift)", () =>
        withProvider(async ({ emulator, handlers }) => {
            const created = await handlers.service.create(chat);
            await callAppliance(emulator, "PUT", "/services/chat", { port: "9090", status: "Off" });
            await callAppliance(emulator, "PUT", "/services/chat/advanced-configuration", {
                "enable-http2": "Yes",
            });
            const read = await handlers.service.read("chat", { ...created.outs, __provider: providerBlob });
            assert.equal(read.id, "chat");
            // The port is the program's, so its drift shows; status and HTTP/2 are not the program's.
            assert.deepEqual(read.props, { ...created.outs, port: 9090 });
            assertPlainJson(read.props);
            const diff = await handlers.service.diff("chat", read.props, chat);
            assert.equal(diff.changes, true, "the next up puts the declared port back");
            assert.deepEqual(diff.replaces, []);
        }));

    it("returns as inputs only what the program set, with refreshed values, so a preview shows just the drift", () =>
        withProvider(async ({ emulator, handlers }) => {
            const created = await handlers.service.create({
                ...chat,
                systemConfiguration: shown,
                adopt: true,
            });
            assert.deepEqual(created.outs.__inputNames, [
                "name",
                "ipAddress",
                "port",
                "comments",
                "systemConfiguration",
                "adopt",
            ]);
            await callAppliance(emulator, "PUT", "/services/chat", { port: "9090" });
            const read = await handlers.service.read("chat", { ...created.outs, __provider: providerBlob });

            assert.deepEqual(read.inputs, {
                name: "chat",
                ipAddress: "192.0.2.10",
                port: 9090,
                comments: "front door",
                systemConfiguration: shown,
                adopt: true,
            });
            assertPlainJson(read.inputs);
            assert.deepEqual(read.props?.__inputNames, created.outs.__inputNames, "refresh keeps the list");
            const diff = await handlers.service.diff("chat", read.props ?? {}, chat);
            assert.equal(diff.changes, true, "the program's port differs from the refreshed one");
        }));

    it("keeps the engine's recorded inputs on refresh of a state written before input names were recorded", () =>
        withProvider(async ({ emulator, handlers }) => {
            const created = await handlers.service.create(chat);
            const olderState: Record<string, unknown> = { ...created.outs, __provider: providerBlob };
            delete olderState.__inputNames;
            await callAppliance(emulator, "PUT", "/services/chat", { port: "9090" });
            const read = await handlers.service.read("chat", olderState);
            assert.equal(read.props?.port, 9090, "the drift is still read");
            assert.equal(read.inputs, undefined, "no guess at what the program set");
            assert.equal("__inputNames" in (read.props ?? {}), false, "nor a list made up from the outputs");
        }));

    it("records the inputs of the latest program on update, so a dropped property leaves the list", () =>
        withProvider(async ({ emulator, handlers }) => {
            const created = await handlers.service.create(chat);
            const { comments, ...withoutComments } = chat;
            const updated = await handlers.service.update("chat", created.outs, withoutComments);
            assert.deepEqual(updated.outs.__inputNames, ["name", "ipAddress", "port"]);
            assert.equal("comments" in updated.outs, false, "no longer the program's: not in the state");
            assert.equal(
                serviceOnAppliance(emulator, "chat")?.service.comments,
                "",
                "removing them cleared them",
            );
        }));

    it("reads a service that is gone as gone", () =>
        withProvider(async ({ emulator, handlers }) => {
            const created = await handlers.service.create(chat);
            await callAppliance(emulator, "DELETE", "/services/chat");
            assert.deepEqual(await handlers.service.read("chat", created.outs), {});
        }));

    it("updates only the changed field of the service object, then reads once", () =>
        withProvider(async ({ emulator, handlers, counts, resetCounts }) => {
            const created = await handlers.service.create(chat);
            resetCounts();
            const news = { ...chat, comments: "back door", port: 8081 };
            const updated = await handlers.service.update("chat", created.outs, news);
            assert.equal(updated.outs.comments, "back door");
            assert.equal(updated.outs.port, 8081);
            assert.deepEqual(counts(), { "PUT /services/{name}": 1, "GET /services/{name}": 1 });
            assert.equal(serviceOnAppliance(emulator, "chat")?.service.port, "8081");
            assert.equal(serviceOnAppliance(emulator, "chat")?.service["session-timeout"], "60");
        }));

    it("updates only the advanced configuration when only an advanced field changed", () =>
        withProvider(async ({ handlers, counts, resetCounts }) => {
            const created = await handlers.service.create(chat);
            resetCounts();
            const updated = await handlers.service.update("chat", created.outs, { ...chat, enableVdi: true });
            assert.equal(updated.outs.enableVdi, true);
            assert.deepEqual(counts(), {
                "PUT /services/{name}/advanced-configuration": 1,
                "GET /services/{name}": 1,
            });
        }));

    it("writes the service object before its advanced configuration when both changed", () =>
        withProvider(async ({ emulator, handlers, resetCounts }) => {
            const created = await handlers.service.create(chat);
            resetCounts();
            await handlers.service.update("chat", created.outs, { ...chat, status: "Off", enableVdi: true });
            const writes = emulator.control
                .requests()
                .filter((r) => r.method === "PUT")
                .map((r) => r.route);
            assert.deepEqual(writes, ["PUT /services/{name}", "PUT /services/{name}/advanced-configuration"]);
        }));

    it("clears a field the program stopped setting instead of dropping it", () =>
        withProvider(async ({ emulator, handlers }) => {
            const created = await handlers.service.create({ ...chat, appId: "chat-app", enableHttp2: true });
            const news = { name: "chat", ipAddress: "192.0.2.10", port: 8080, __provider: providerBlob };
            const diff = await handlers.service.diff("chat", created.outs, news);
            assert.equal(diff.changes, true);
            const updated = await handlers.service.update("chat", created.outs, news);
            assert.deepEqual(updated.outs.__inputNames, ["name", "ipAddress", "port"]);
            const onAppliance = serviceOnAppliance(emulator, "chat");
            assert.equal(onAppliance?.service.comments, "");
            assert.equal(onAppliance?.service["app-id"], "");
            assert.equal(onAppliance?.advancedConfiguration["enable-http2"], "No");
            const after = await handlers.service.diff("chat", updated.outs, news);
            assert.equal(after.changes, false, "nothing left to change");
        }));

    it("makes no call when only the system configuration reference changed", () =>
        withProvider(async ({ handlers, counts, resetCounts }) => {
            const created = await handlers.service.create(chat);
            resetCounts();
            const reference = { id: "system@other", showAdvancedSettings: true };
            const updated = await handlers.service.update("chat", created.outs, {
                ...chat,
                systemConfiguration: reference,
            });
            assert.deepEqual(updated.outs.systemConfiguration, reference);
            assert.deepEqual(counts(), {});
            const dropped = await handlers.service.update("chat", updated.outs, chat);
            assert.equal(
                "systemConfiguration" in dropped.outs,
                false,
                "a removed reference leaves the state",
            );
            assert.deepEqual(counts(), {});
        }));

    it("deletes a service with one call, and treats an already deleted one as deleted", () =>
        withProvider(async ({ emulator, handlers, counts, resetCounts }) => {
            const created = await handlers.service.create(chat);
            resetCounts();
            await handlers.service.delete("chat", created.outs);
            assert.deepEqual(counts(), { "DELETE /services/{name}": 1 });
            assert.equal(serviceOnAppliance(emulator, "chat"), undefined);
            await handlers.service.delete("chat", created.outs);
        }));

    it("creates an HTTPS service with its certificate and port 443 picked by the appliance", () =>
        withProvider(async ({ emulator, handlers }) => {
            await makeCertificate(emulator, "secure-cert");
            const created = await handlers.service.create({
                name: "secure",
                ipAddress: "192.0.2.11",
                type: "HTTPS",
                certificate: "secure-cert",
            });
            assert.equal(created.outs.port, 443);
            assert.equal(created.outs.certificate, "secure-cert");
        }));

    it("creates an IPv6 service with the appliance's IPv6 mask", () =>
        withProvider(async ({ handlers }) => {
            const created = await handlers.service.create({
                name: "v6",
                ipAddress: "2001:db8::10",
                addressVersion: "IPv6",
            });
            assert.equal(created.outs.addressVersion, "IPv6");
            assert.equal(created.outs.mask, "ffff:ffff:ffff:ffff::");
        }));
});

describe("Service diff", () => {
    const olds = {
        name: "chat",
        type: "HTTP",
        ipAddress: "192.0.2.10",
        port: 8080,
        addressVersion: "IPv4",
        vsite: "default",
        group: "default",
        status: "On",
        comments: "",
        certificate: "",
        sessionTimeout: 60,
        appId: "",
        enableAccessLogs: true,
        mask: "255.255.255.255",
        enableWebSocket: false,
        keepaliveRequests: 64,
        __provider: providerBlob,
    };
    const news = {
        name: "chat",
        ipAddress: "192.0.2.10",
        port: 8080,
        __provider: "a different provider blob",
    };

    it("sees no change when the inputs match the state, ignoring __provider and values the appliance chose", () =>
        withProvider(async ({ handlers }) => {
            assert.deepEqual(await handlers.service.diff("chat", olds, news), {
                changes: false,
                replaces: [],
                deleteBeforeReplace: false,
            });
        }));

    it("replaces a renamed service deleting the old one first, since it still holds the address and port", () =>
        withProvider(async ({ handlers }) => {
            for (const changes of [{ name: "chat2" }, { name: "chat2", vsite: "edge" }]) {
                const diff = await handlers.service.diff("chat", olds, { ...news, ...changes });
                assert.equal(diff.changes, true);
                assert.deepEqual(diff.replaces, Object.keys(changes));
                assert.equal(diff.deleteBeforeReplace, true);
            }
        }));

    for (const [property, value] of [
        ["addressVersion", "IPv6"],
        ["vsite", "edge"],
        ["group", "web"],
    ] as const) {
        it(`replaces the service, deleting it first since the name stays, when ${property} changes`, () =>
            withProvider(async ({ handlers }) => {
                const diff = await handlers.service.diff("chat", olds, { ...news, [property]: value });
                assert.equal(diff.changes, true);
                assert.deepEqual(diff.replaces, [property]);
                assert.equal(diff.deleteBeforeReplace, true);
            }));
    }

    it("updates in place when port, status or WebSocket change", () =>
        withProvider(async ({ handlers }) => {
            const diff = await handlers.service.diff("chat", olds, {
                ...news,
                port: 81,
                status: "Off",
                enableWebSocket: true,
            });
            assert.equal(diff.changes, true);
            assert.deepEqual(diff.replaces, []);
        }));

    it("replaces when an unknown value reaches a replacing property", () =>
        withProvider(async ({ handlers }) => {
            const diff = await handlers.service.diff("chat", olds, {
                ...news,
                vsite: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
            });
            assert.deepEqual(diff.replaces, ["vsite"]);
        }));

    it("leaves a value the appliance computed alone when the program does not set it", () =>
        withProvider(async ({ handlers }) => {
            const withoutPort: Record<string, unknown> = { ...news };
            delete withoutPort.port;
            const diff = await handlers.service.diff("chat", { ...olds, mask: "255.255.255.0" }, withoutPort);
            assert.equal(diff.changes, false);
        }));
});

import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import { callAppliance } from "../helpers/appliance-api";
import { providerBlob, serviceOnAppliance, withProvider } from "./harness";

const chat = { name: "chat", ipAddress: "192.0.2.10", __provider: providerBlob };

describe("a Service's basicSecurity and loadBalancing, nested inputs mapped to their sub-objects", () => {
    it("creates an Active service with one PUT of its Basic Security, and none of the untouched Load Balancing", () =>
        withProvider(async ({ emulator, handlers, counts, resetCounts }) => {
            resetCounts();
            const created = await handlers.service.create({ ...chat, basicSecurity: { mode: "Active" } });
            assert.equal((created.outs.basicSecurity as Record<string, unknown>).mode, "Active");
            assert.equal(serviceOnAppliance(emulator, "chat")?.basicSecurity.mode, "Active");
            assert.deepEqual(counts(), {
                "POST /services": 1,
                "PUT /services/{name}/basic-security": 1,
                "GET /services/{name}": 1,
            });
        }));

    it("updates only the sub-object whose member changed", () =>
        withProvider(async ({ emulator, handlers, counts, resetCounts }) => {
            const inputs = {
                ...chat,
                basicSecurity: { mode: "Active" },
                loadBalancing: { algorithm: "Least Requests" },
            };
            const created = await handlers.service.create(inputs);
            resetCounts();
            const news = {
                ...inputs,
                loadBalancing: { algorithm: "Round Robin", persistenceMethod: "Source IP" },
            };
            const diff = await handlers.service.diff("chat", created.outs, news);
            assert.equal(diff.changes, true);
            await handlers.service.update("chat", created.outs, news);
            const onAppliance = serviceOnAppliance(emulator, "chat");
            assert.equal(onAppliance?.loadBalancing.algorithm, "Round Robin");
            assert.equal(onAppliance?.loadBalancing["persistence-method"], "Source IP");
            assert.equal(onAppliance?.basicSecurity.mode, "Active");
            assert.deepEqual(counts(), {
                "PUT /services/{name}/load-balancing": 1,
                "GET /services/{name}": 1,
            });
        }));

    it("records after a refresh only the members the program sets, so a reviewer's diff shows no removals", () =>
        withProvider(async ({ handlers }) => {
            const inputs = { ...chat, port: 80, basicSecurity: { mode: "Active" } };
            const created = await handlers.service.create(inputs);
            const refreshed = await handlers.service.read("chat", created.outs);
            assert.deepEqual(refreshed.inputs, {
                name: "chat",
                ipAddress: "192.0.2.10",
                port: 80,
                basicSecurity: { mode: "Active" },
            });
            assert.deepEqual(
                refreshed.props?.basicSecurity,
                { mode: "Active" },
                "nor does the state hold the rest",
            );
        }));

    it("keeps, from a state that names only the nested input, the members that differ from their defaults", () =>
        withProvider(async ({ handlers }) => {
            const created = await handlers.service.create({ ...chat, basicSecurity: { mode: "Active" } });
            const earlier = { ...created.outs, __inputNames: ["name", "ipAddress", "basicSecurity"] };
            const refreshed = await handlers.service.read("chat", earlier);
            assert.deepEqual(refreshed.inputs?.basicSecurity, { mode: "Active" });
        }));

    it("shows a mode changed by hand as drift, and puts it back with one PUT", () =>
        withProvider(async ({ emulator, handlers, counts, resetCounts }) => {
            const inputs = { ...chat, basicSecurity: { mode: "Active" } };
            const created = await handlers.service.create(inputs);
            await callAppliance(emulator, "PUT", "/services/chat/basic-security", { mode: "Passive" });
            const read = await handlers.service.read("chat", created.outs);
            assert.equal((read.props?.basicSecurity as Record<string, unknown>).mode, "Passive");
            assert.equal((read.inputs?.basicSecurity as Record<string, unknown>).mode, "Passive");
            const diff = await handlers.service.diff("chat", read.props ?? {}, inputs);
            assert.equal(diff.changes, true);
            resetCounts();
            await handlers.service.update("chat", read.props ?? {}, inputs);
            assert.equal(serviceOnAppliance(emulator, "chat")?.basicSecurity.mode, "Active");
            assert.equal(counts()["PUT /services/{name}/basic-security"], 1);
        }));

    it("returns a member to its default when the program stops setting it", () =>
        withProvider(async ({ emulator, handlers }) => {
            const created = await handlers.service.create({ ...chat, basicSecurity: { mode: "Active" } });
            await handlers.service.update("chat", created.outs, chat);
            assert.equal(serviceOnAppliance(emulator, "chat")?.basicSecurity.mode, "Passive");
        }));

    it("counts a nested input that is not known yet (preview) as a change, not as its removal", () =>
        withProvider(async ({ handlers }) => {
            const created = await handlers.service.create({ ...chat, basicSecurity: { mode: "Active" } });
            const diff = await handlers.service.diff("chat", created.outs, {
                ...chat,
                basicSecurity: "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
            });
            assert.equal(diff.changes, true);
            assert.deepEqual(diff.replaces, []);
        }));

    it("refuses a bad member with its path, the value and what is allowed", async () => {
        await withProvider(async ({ handlers }) => {
            const bad = await handlers.service.check({}, { ...chat, basicSecurity: { mode: "Blocking" } });
            assert.deepEqual(bad.failures, [
                {
                    property: "basicSecurity.mode",
                    reason: 'basicSecurity.mode: must be one of "Passive", "Active", got "Blocking"',
                },
            ]);
            const unknown = await handlers.service.check(
                {},
                { ...chat, loadBalancing: { algoritm: "Round Robin" } },
            );
            assert.equal(unknown.failures?.[0]?.property, "loadBalancing.algoritm");
            assert.match(
                unknown.failures?.[0]?.reason ?? "",
                /^loadBalancing\.algoritm: is not a property of loadBalancing; did you mean algorithm\?$/,
            );
            const range = await handlers.service.check({}, { ...chat, loadBalancing: { cookieAge: 0 } });
            assert.equal(
                range.failures?.[0]?.reason,
                "loadBalancing.cookieAge: must be between 1 and 1051200, got 0",
            );
        });
    });
});

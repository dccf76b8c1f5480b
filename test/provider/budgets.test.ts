import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import { providerBlob, shown, withProvider } from "./harness";

const chat = { name: "chat", ipAddress: "192.0.2.10", port: 8080, __provider: providerBlob };

/** The total of a counts object. */
function total(counts: Record<string, number>): number {
    return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

describe("API-call budgets, counted by the emulator", () => {
    it("creates a service without advanced fields in 2 calls (budget 3)", () =>
        withProvider(async ({ handlers, counts, resetCounts }) => {
            await handlers.service.read("warm-up", {});
            resetCounts();
            await handlers.service.create(chat);
            assert.deepEqual(counts(), { "POST /services": 1, "GET /services/{name}": 1 });
        }));

    it("creates a service with advanced fields in 3 calls (budget 3)", () =>
        withProvider(async ({ handlers, counts, resetCounts }) => {
            await handlers.service.read("warm-up", {});
            resetCounts();
            await handlers.service.create({ ...chat, enableHttp2: true });
            assert.equal(total(counts()), 3);
        }));

    it("creates a WebSocket service in 4 calls (budget 4)", () =>
        withProvider(async ({ handlers, counts, resetCounts }) => {
            await handlers.systemConfiguration.create({ showAdvancedSettings: true });
            resetCounts();
            await handlers.service.create({ ...chat, enableWebSocket: true, systemConfiguration: shown });
            assert.equal(total(counts()), 4);
        }));

    it("reads a service in exactly 1 call and deletes it in exactly 1", () =>
        withProvider(async ({ handlers, counts, resetCounts }) => {
            const created = await handlers.service.create(chat);
            resetCounts();
            await handlers.service.read("chat", created.outs);
            assert.deepEqual(counts(), { "GET /services/{name}": 1 });
            resetCounts();
            await handlers.service.delete("chat", created.outs);
            assert.deepEqual(counts(), { "DELETE /services/{name}": 1 });
        }));

    it("updates only the objects that changed, plus one read", () =>
        withProvider(async ({ handlers, counts, resetCounts }) => {
            const created = await handlers.service.create(chat);
            resetCounts();
            const first = await handlers.service.update("chat", created.outs, { ...chat, comments: "x" });
            assert.deepEqual(counts(), { "PUT /services/{name}": 1, "GET /services/{name}": 1 });
            resetCounts();
            await handlers.service.update("chat", first.outs, { ...chat, comments: "x", enableVdi: true });
            assert.deepEqual(counts(), {
                "PUT /services/{name}/advanced-configuration": 1,
                "GET /services/{name}": 1,
            });
        }));

    it("reads only the sub-objects holding what the program sets, of the twenty a service has", () =>
        withProvider(async ({ handlers, emulator, resetCounts }) => {
            const inputs = { ...chat, basicSecurity: { mode: "Active" } };
            const created = await handlers.service.create(inputs);
            const groupsAsked = () =>
                emulator.control
                    .requests()
                    .filter((request) => request.method === "GET")
                    .map((request) => new URLSearchParams(request.query).getAll("groups"));
            assert.deepEqual(groupsAsked(), [["Service", "Basic Security"]], "the read-back after create");
            resetCounts();
            await handlers.service.read("chat", created.outs);
            assert.deepEqual(groupsAsked(), [["Service", "Basic Security"]], "a refresh");
            resetCounts();
            await handlers.service.update("chat", created.outs, { ...inputs, enableHttp2: true });
            assert.deepEqual(groupsAsked(), [["Service", "Advanced Configuration", "Basic Security"]]);
        }));

    it("logs in once for a whole run of operations", () =>
        withProvider(async ({ handlers, logins }) => {
            await handlers.systemConfiguration.create({ showAdvancedSettings: true });
            for (let index = 0; index < 5; index++) {
                const created = await handlers.service.create({
                    ...chat,
                    name: `svc${index}`,
                    port: 8000 + index,
                });
                await handlers.service.read(`svc${index}`, created.outs);
            }
            assert.equal(logins(), 1);
        }));
});

import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import { ApplianceClient } from "../../provider/client/appliance-client";
import { ConnectionSettings } from "../../provider/client/connection-settings";
import { ApplianceUnreachableError } from "../../provider/client/errors";
import { BarracudaWafErrorCode } from "../../provider/error-codes";
import { ResourceOperationError } from "../../provider/engine/errors";
import type { ApplianceApi } from "../../provider/engine/context";
import { serviceHandlers } from "../../provider/resources/service";
import { callAppliance } from "../helpers/appliance-api";
import { providerBlob, rejection, serviceOnAppliance, shown, withProvider } from "./harness";

const chat = { name: "chat", ipAddress: "192.0.2.10", port: 8080, __provider: providerBlob };

describe("Service under faults", () => {
    it("survives a token expiry between operations: logs in again and updates", () =>
        withProvider(async ({ emulator, handlers, logins }) => {
            const created = await handlers.service.create(chat);
            emulator.control.expireTokens();
            const updated = await handlers.service.update("chat", created.outs, {
                ...chat,
                comments: "after expiry",
            });
            assert.equal(updated.outs.comments, "after expiry");
            assert.equal(serviceOnAppliance(emulator, "chat")?.service.comments, "after expiry");
            assert.equal(logins(), 2, "one login, then one more after the expiry");
        }));

    it("survives a token expiry in the middle of a create", () =>
        withProvider(async ({ emulator, handlers }) => {
            await handlers.service.read("warm-up", {});
            emulator.control.failNext("PUT /services/{name}/advanced-configuration", 1, { status: 401 });
            const created = await handlers.service.create({ ...chat, enableVdi: true });
            assert.equal(created.outs.enableVdi, true);
            assert.equal(serviceOnAppliance(emulator, "chat")?.advancedConfiguration["enable-vdi"], "Yes");
        }));

    it("retries a 503 and then succeeds, with the appliance and the outputs in agreement", () =>
        withProvider(async ({ emulator, handlers, counts }) => {
            emulator.control.failNext("PUT /services/{name}/advanced-configuration", 1, { status: 503 });
            emulator.control.failNext("GET /services/{name}", 1, { status: 503 });
            const created = await handlers.service.create({ ...chat, enableHttp2: true });
            assert.equal(created.outs.enableHttp2, true);
            assert.equal(serviceOnAppliance(emulator, "chat")?.advancedConfiguration["enable-http2"], "Yes");
            assert.equal(counts()["PUT /services/{name}/advanced-configuration"], 2);
        }));

    it("retries a PUT whose connection was dropped, and the update lands once", () =>
        withProvider(async ({ emulator, handlers }) => {
            const created = await handlers.service.create(chat);
            emulator.control.failNext("PUT /services/{name}", 1, { drop: true });
            const updated = await handlers.service.update("chat", created.outs, { ...chat, status: "Off" });
            assert.equal(updated.outs.status, "Off");
            assert.equal(serviceOnAppliance(emulator, "chat")?.service.status, "Off");
        }));

    it("reports a 500 on POST clearly after checking that nothing was created", () =>
        withProvider(async ({ emulator, handlers, counts, resetCounts }) => {
            await handlers.service.read("warm-up", {});
            resetCounts();
            emulator.control.failNext("POST /services", 1, { status: 500 });
            const error = await rejection(handlers.service.create(chat), ResourceOperationError);
            assert.equal(error.code, BarracudaWafErrorCode.operationFailed);
            assert.match(
                error.message,
                /^Create Service Error: creating service "chat" failed and the appliance has no such service; nothing was created\. Cause: POST \/services failed with 500/,
            );
            assert.equal(error.id, undefined);
            assert.equal(serviceOnAppliance(emulator, "chat"), undefined);
            assert.deepEqual(
                counts(),
                { "POST /services": 1, "GET /services/{name}": 1 },
                "the POST was not resent",
            );
        }));

    it("tries a POST again after a 503 once a GET has proven that nothing was created", () =>
        withProvider(async ({ emulator, handlers, counts, resetCounts }) => {
            await handlers.service.read("warm-up", {});
            resetCounts();
            emulator.control.failNext("POST /services", 1, { status: 503 });
            const created = await handlers.service.create(chat);
            assert.equal(created.id, "chat");
            assert.equal(serviceOnAppliance(emulator, "chat")?.service.port, "8080");
            assert.deepEqual(counts(), {
                "POST /services": 2,
                "GET /services/{name}": 2,
            });
        }));

    it("gives up on 503s after maxRetries further POSTs, each after a GET found nothing", () =>
        withProvider(async ({ emulator, handlers, counts, resetCounts }) => {
            await handlers.service.read("warm-up", {});
            resetCounts();
            emulator.control.failNext("POST /services", 5, { status: 503 });
            const error = await rejection(handlers.service.create(chat), ResourceOperationError);
            assert.match(
                error.message,
                /the appliance has no such service; nothing was created \(after 3 attempts\)\. Cause: POST \/services failed with 503/,
            );
            // The harness allows 2 retries: 3 POSTs, each followed by the GET that proves it created nothing.
            assert.deepEqual(counts(), { "POST /services": 3, "GET /services/{name}": 3 });
            assert.equal(serviceOnAppliance(emulator, "chat"), undefined);
        }));

    it("reports a dropped POST clearly after checking that nothing was created", () =>
        withProvider(async ({ emulator, handlers }) => {
            emulator.control.failNext("POST /services", 1, { drop: true });
            const error = await rejection(handlers.service.create(chat), ResourceOperationError);
            assert.match(error.message, /the appliance has no such service; nothing was created/);
            assert.equal(serviceOnAppliance(emulator, "chat"), undefined);
        }));

    it("carries on when a POST whose answer was lost did create the service", () =>
        withProvider(async ({ emulator }) => {
            const client = ApplianceClient.for(
                new ConnectionSettings({
                    address: emulator.url,
                    username: emulator.username,
                    password: emulator.password,
                }),
            );
            const lossy: ApplianceApi = {
                get: (path, query) => client.get(path, query),
                put: (path, body) => client.put(path, body),
                delete: (path) => client.delete(path),
                exclusive: (task) => client.exclusive(task),
                maxRetries: 0,
                get writesSent() {
                    return client.writesSent;
                },
                post: async (path, body) => {
                    await client.post(path, body);
                    throw new ApplianceUnreachableError({
                        method: "POST",
                        path,
                        address: emulator.url,
                        reason: "connection reset (ECONNRESET)",
                        outcomeUnknown: true,
                    });
                },
            };
            const handlers = serviceHandlers({
                client: () => lossy,
                address: () => emulator.url,
                verifyConnection: async () => undefined,
                adoptExisting: () => false,
                notice: () => undefined,
            });
            const created = await handlers.create({ ...chat, enableVdi: true });
            assert.equal(created.id, "chat");
            assert.equal(created.outs.enableVdi, true);
            assert.equal(serviceOnAppliance(emulator, "chat")?.advancedConfiguration["enable-vdi"], "Yes");
        }));

    it("refuses to adopt a same-named service with other values after a lost POST answer", () =>
        withProvider(async ({ emulator, handlers }) => {
            await callAppliance(emulator, "POST", "/services", {
                name: "chat",
                "ip-address": "192.0.2.99",
                port: "80",
            });
            emulator.control.failNext("POST /services", 1, { status: 502 });
            const error = await rejection(handlers.service.create(chat), ResourceOperationError);
            assert.match(
                error.message,
                /a service of that name exists on the appliance with other values \(ip-address, port\); it was left as it is/,
            );
            assert.match(error.message, /set adopt: true on this Service to take that service over/);
            assert.doesNotMatch(error.message, /import/);
            assert.equal(serviceOnAppliance(emulator, "chat")?.service["ip-address"], "192.0.2.99");
        }));

    it("says what to do when a POST fails without a clear answer and the lookup fails too", () =>
        withProvider(async ({ emulator, handlers, counts, resetCounts }) => {
            await handlers.service.read("warm-up", {});
            resetCounts();
            emulator.control.failNext("POST /services", 1, { status: 500 });
            emulator.control.failNext("GET /services/{name}", 1, { status: 500 });
            const error = await rejection(handlers.service.create(chat), ResourceOperationError);
            assert.equal(error.code, BarracudaWafErrorCode.operationFailed);
            assert.match(
                error.message,
                /^Create Service Error: creating service "chat" failed without a clear answer, and checking whether it exists failed too \(GET \/services\/chat failed with 500/,
            );
            assert.match(error.message, /set adopt: true on this Service/);
            assert.doesNotMatch(error.message, /import/);
            assert.match(error.message, /Cause: POST \/services failed with 500/);
            assert.equal(error.id, undefined, "nothing is known to exist, so nothing is recorded");
            assert.deepEqual(
                counts(),
                { "POST /services": 1, "GET /services/{name}": 1 },
                "the POST was not resent",
            );
        }));

    it("reports a refused POST as refused, with nothing created", () =>
        withProvider(async ({ emulator, handlers }) => {
            emulator.control.failNext("POST /services", 1, { status: 400, body: { msg: "Invalid VIP" } });
            const error = await rejection(handlers.service.create(chat), ResourceOperationError);
            assert.match(
                error.message,
                /^Create Service Error: the appliance did not create service "chat"; nothing was created\. Cause: POST \/services failed with 400: Invalid VIP/,
            );
            assert.equal(serviceOnAppliance(emulator, "chat"), undefined, "nothing was created");
        }));

    it("rolls the service back when its advanced configuration cannot be written", () =>
        withProvider(async ({ emulator, handlers, counts, resetCounts }) => {
            await handlers.service.read("warm-up", {});
            resetCounts();
            emulator.control.failNext("PUT /services/{name}/advanced-configuration", 1, { status: 400 });
            const error = await rejection(
                handlers.service.create({ ...chat, enableVdi: true }),
                ResourceOperationError,
            );
            assert.match(
                error.message,
                /^Create Service Error: service "chat" was created but writing its Advanced Configuration failed, so it was deleted again; nothing is left on the appliance\. Cause: PUT \/services\/chat\/advanced-configuration failed with 400/,
            );
            assert.equal(error.id, undefined);
            assert.equal(serviceOnAppliance(emulator, "chat"), undefined);
            assert.equal(counts()["DELETE /services/{name}"], 1);
        }));

    it("rolls the service back when it cannot be read back", () =>
        withProvider(async ({ emulator, handlers }) => {
            emulator.control.failNext("GET /services/{name}", 1, { status: 500 });
            const error = await rejection(handlers.service.create(chat), ResourceOperationError);
            assert.match(error.message, /reading it back failed, so it was deleted again/);
            assert.equal(serviceOnAppliance(emulator, "chat"), undefined);
        }));

    it("reports the ID when even the rollback fails, so the engine keeps the service in the state", () =>
        withProvider(async ({ emulator, handlers }) => {
            emulator.control.failNext("PUT /services/{name}/advanced-configuration", 1, { status: 400 });
            emulator.control.failNext("DELETE /services/{name}", 1, { status: 500 });
            const error = await rejection(
                handlers.service.create({ ...chat, enableVdi: true }),
                ResourceOperationError,
            );
            assert.equal(error.id, "chat");
            assert.equal(error.properties?.name, "chat");
            assert.equal(
                error.properties?.__provider,
                providerBlob,
                "later operations can load the provider",
            );
            assert.match(
                error.message,
                /deleting it again failed too .*; the service remains on the appliance and is recorded in the stack's state/,
            );
            assert.ok(
                serviceOnAppliance(emulator, "chat"),
                "the service is still there, and the error says so",
            );
        }));

    it("records only what the POST wrote when the rollback fails, so the next up writes the rest", () =>
        withProvider(async ({ emulator, handlers }) => {
            const inputs = { ...chat, enableVdi: true, systemConfiguration: shown };
            emulator.control.failNext("PUT /services/{name}/advanced-configuration", 1, { status: 400 });
            emulator.control.failNext("DELETE /services/{name}", 1, { status: 500 });
            const error = await rejection(handlers.service.create(inputs), ResourceOperationError);
            const recorded = error.properties ?? {};
            assert.deepEqual(recorded, {
                name: "chat",
                ipAddress: "192.0.2.10",
                port: 8080,
                systemConfiguration: shown,
                __inputNames: ["name", "ipAddress", "port", "enableVdi", "systemConfiguration"],
                __provider: providerBlob,
            });
            assert.equal(serviceOnAppliance(emulator, "chat")?.advancedConfiguration["enable-vdi"], "No");
            const diff = await handlers.service.diff("chat", recorded, inputs);
            assert.equal(diff.changes, true, "the unwritten advanced configuration shows as a change");
            assert.deepEqual(diff.replaces, []);
        }));

    it("names the step and what was written when an update fails part-way", () =>
        withProvider(async ({ emulator, handlers }) => {
            const created = await handlers.service.create(chat);
            emulator.control.failNext("PUT /services/{name}/advanced-configuration", 1, { status: 400 });
            const error = await rejection(
                handlers.service.update("chat", created.outs, { ...chat, status: "Off", enableVdi: true }),
                ResourceOperationError,
            );
            assert.match(
                error.message,
                /^Update Service Error: writing the Advanced Configuration of service "chat" failed after its Service had been written; run pulumi refresh/,
            );
            const onAppliance = emulator.control.snapshot().services.chat;
            assert.equal(onAppliance.service.status, "Off", "the Service was written");
            assert.equal(onAppliance.advancedConfiguration["enable-vdi"], "No");
            const read = await handlers.service.read("chat", created.outs);
            const diff = await handlers.service.diff("chat", read.props ?? {}, {
                ...chat,
                status: "Off",
                enableVdi: true,
            });
            assert.equal(diff.changes, true, "the next up finishes the update");
        }));
});

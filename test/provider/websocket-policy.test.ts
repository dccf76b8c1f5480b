import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import { BarracudaWafErrorCode } from "../../provider/error-codes";
import { WebSocketDisabledError, WebSocketPoliciesInUseError } from "../../provider/rules/websocket-errors";
import { callAppliance } from "../helpers/appliance-api";
import { providerBlob, rejection, shown, withProvider, type ProviderHarness } from "./harness";

const chat = { name: "chat", ipAddress: "192.0.2.10", __provider: providerBlob };
const policy = {
    service: "chat",
    name: "chat-origins",
    host: "chat.example.com",
    url: "/ws/*",
    originProtection: { allowOrigins: ["https://chat.example.com"] },
    __provider: providerBlob,
};

/** Advanced settings shown and a service with WebSocket on: what a policy needs. */
async function webSocketService(handlers: ProviderHarness["handlers"]) {
    await handlers.systemConfiguration.create({ showAdvancedSettings: true });
    return handlers.service.create({ ...chat, enableWebSocket: true, systemConfiguration: shown });
}

describe("WebSocketPolicy, the third link of the rule chain", () => {
    it("creates a policy with its origin protection in one POST, one PUT of the differing sub-object and one read", () =>
        withProvider(async ({ emulator, handlers, counts, resetCounts }) => {
            await webSocketService(handlers);
            resetCounts();
            const created = await handlers.webSocketPolicy.create(policy);
            assert.equal(created.id, "chat/chat-origins");
            assert.deepEqual((created.outs.originProtection as Record<string, unknown>).allowOrigins, [
                "https://chat.example.com",
            ]);
            const onAppliance = emulator.control.snapshot().services.chat.websocketPolicies["chat-origins"];
            assert.deepEqual(onAppliance.originProtection["allow-origins"], ["https://chat.example.com"]);
            assert.deepEqual(counts(), {
                "GET /services/{name}/advanced-configuration": 1,
                "POST /services/{name}/websocket-policies": 1,
                "PUT /services/{name}/websocket-policies/{policy}/origin-protection": 1,
                "GET /services/{name}/websocket-policies/{policy}": 1,
            });
        }));

    it("adds an origin with one PUT of the origin protection", () =>
        withProvider(async ({ emulator, handlers, counts, resetCounts }) => {
            await webSocketService(handlers);
            const created = await handlers.webSocketPolicy.create(policy);
            const news = {
                ...policy,
                originProtection: {
                    allowOrigins: ["https://chat.example.com", "https://m.chat.example.com"],
                },
            };
            resetCounts();
            await handlers.webSocketPolicy.update("chat/chat-origins", created.outs, news);
            assert.deepEqual(
                emulator.control.snapshot().services.chat.websocketPolicies["chat-origins"].originProtection[
                    "allow-origins"
                ],
                ["https://chat.example.com", "https://m.chat.example.com"],
            );
            assert.deepEqual(counts(), {
                "PUT /services/{name}/websocket-policies/{policy}/origin-protection": 1,
                "GET /services/{name}/websocket-policies/{policy}": 1,
            });
        }));

    it("sends host and url with every PUT of the policy, as the appliance requires", () =>
        withProvider(async ({ emulator, handlers, counts, resetCounts }) => {
            await webSocketService(handlers);
            const created = await handlers.webSocketPolicy.create(policy);
            resetCounts();
            await handlers.webSocketPolicy.update("chat/chat-origins", created.outs, {
                ...policy,
                mode: "Active",
            });
            const entry = emulator.control.snapshot().services.chat.websocketPolicies["chat-origins"].policy;
            assert.equal(entry.mode, "Active");
            assert.equal(
                counts()["PUT /services/{name}/websocket-policies/{policy}"],
                1,
                "the emulator took it",
            );
        }));

    it("1. preview: refuses a policy of a Service of the program without enableWebSocket: true, naming the fix", () =>
        withProvider(async ({ handlers, counts, resetCounts }) => {
            resetCounts();
            const result = await handlers.webSocketPolicy.check(
                {},
                {
                    ...policy,
                    service: { name: "chat", enableWebSocket: false },
                },
            );
            assert.deepEqual(result.failures, [
                {
                    property: "service",
                    reason:
                        'service: a WebSocket policy only protects WebSocket traffic, but service "chat" has ' +
                        "enableWebSocket: false; set enableWebSocket: true on that Service (with its " +
                        "systemConfiguration showing advanced settings)",
                },
            ]);
            assert.deepEqual(counts(), {}, "preview does not call the appliance for it");
            const fine = await handlers.webSocketPolicy.check(
                {},
                { ...policy, service: { name: "chat", enableWebSocket: true } },
            );
            assert.deepEqual(fine.failures ?? [], []);
        }));

    it("2. apply: refuses to create a policy while the service has WebSocket off, writing nothing", () =>
        withProvider(async ({ emulator, handlers }) => {
            await handlers.service.create(chat);
            const before = emulator.control.snapshot();
            const error = await rejection(handlers.webSocketPolicy.create(policy), WebSocketDisabledError);
            assert.equal(error.code, BarracudaWafErrorCode.webSocketDisabled);
            assert.match(
                error.message,
                /^Cannot create WebSocket policy "chat-origins" of service "chat": the service has WebSocket off/,
            );
            assert.match(error.message, /Fix: set enableWebSocket: true on service "chat"/);
            assert.deepEqual(emulator.control.snapshot(), before, "the appliance is unchanged");
        }));

    it("2. apply: says refresh, then up, when the program has WebSocket on but the appliance does not", () =>
        withProvider(async ({ emulator, handlers }) => {
            await webSocketService(handlers);
            await callAppliance(emulator, "PUT", "/services/chat/advanced-configuration", {
                "enable-websocket": "No",
            });
            const before = emulator.control.snapshot();
            const error = await rejection(
                handlers.webSocketPolicy.create({
                    ...policy,
                    service: { name: "chat", enableWebSocket: true },
                }),
                WebSocketDisabledError,
            );
            assert.match(error.message, /Fix: run pulumi refresh, then pulumi up/);
            assert.deepEqual(emulator.control.snapshot(), before);
        }));

    it("3. reverse: refuses to turn WebSocket off on a service with policies, naming them and the two steps", () =>
        withProvider(async ({ emulator, handlers }) => {
            const service = await webSocketService(handlers);
            await handlers.webSocketPolicy.create(policy);
            const before = emulator.control.snapshot();
            // What one pulumi up that drops the policy and turns WebSocket off does first: the service's update.
            const error = await rejection(
                handlers.service.update("chat", service.outs, {
                    ...chat,
                    enableWebSocket: false,
                    systemConfiguration: shown,
                }),
                WebSocketPoliciesInUseError,
            );
            assert.equal(error.code, BarracudaWafErrorCode.webSocketPoliciesInUse);
            assert.deepEqual(error.policies, ["chat-origins"]);
            assert.match(
                error.message,
                /remove those WebSocketPolicy resources from the program .* and run pulumi up; then set enableWebSocket: false/,
            );
            assert.deepEqual(emulator.control.snapshot(), before);
        }));

    it("3. reverse: turns WebSocket off once the policies are gone", () =>
        withProvider(async ({ emulator, handlers }) => {
            const service = await webSocketService(handlers);
            const made = await handlers.webSocketPolicy.create(policy);
            await handlers.webSocketPolicy.delete("chat/chat-origins", made.outs);
            await handlers.service.update("chat", service.outs, {
                ...chat,
                enableWebSocket: false,
                systemConfiguration: shown,
            });
            assert.equal(
                emulator.control.snapshot().services.chat.advancedConfiguration["enable-websocket"],
                "No",
            );
        }));

    it("shows an origin removed by hand as drift", () =>
        withProvider(async ({ emulator, handlers }) => {
            await webSocketService(handlers);
            const made = await handlers.webSocketPolicy.create(policy);
            await callAppliance(
                emulator,
                "PUT",
                "/services/chat/websocket-policies/chat-origins/origin-protection",
                {
                    "allow-origins": [],
                },
            );
            const read = await handlers.webSocketPolicy.read("chat/chat-origins", made.outs);
            assert.deepEqual((read.props?.originProtection as Record<string, unknown>).allowOrigins, []);
            const diff = await handlers.webSocketPolicy.diff("chat/chat-origins", read.props ?? {}, policy);
            assert.equal(diff.changes, true);
        }));
});

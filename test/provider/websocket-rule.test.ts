import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import { AdvancedSettingsHiddenError, WebSocketInUseError } from "../../provider/rules/websocket-errors";
import { BarracudaWafErrorCode } from "../../provider/error-codes";
import { callAppliance } from "../helpers/appliance-api";
import { providerBlob, rejection, serviceOnAppliance, shown, withProvider } from "./harness";

const fix = "set systemConfiguration: <your SystemConfiguration with showAdvancedSettings: true>";
const chat = { name: "chat", ipAddress: "192.0.2.10", __provider: providerBlob };

describe("the WebSocket rule, part 1: preview", () => {
    it("fails check on enableWebSocket when no system configuration is given, naming the fix", () =>
        withProvider(async ({ handlers, counts, resetCounts }) => {
            resetCounts();
            const result = await handlers.service.check({}, { ...chat, enableWebSocket: true });
            assert.equal(result.failures?.[0]?.property, "enableWebSocket");
            assert.ok(result.failures?.[0]?.reason.endsWith(fix));
            assert.deepEqual(counts(), {}, "preview does not call the appliance");
        }));

    it("fails check when the system configuration does not show advanced settings", () =>
        withProvider(async ({ handlers }) => {
            const result = await handlers.service.check(
                {},
                {
                    ...chat,
                    enableWebSocket: true,
                    systemConfiguration: { id: "s", showAdvancedSettings: false },
                },
            );
            assert.equal(result.failures?.length, 1);
            assert.match(
                result.failures?.[0]?.reason ?? "",
                /showAdvancedSettings: false; set showAdvancedSettings: true on that SystemConfiguration$/,
            );
        }));

    it("passes check when the system configuration shows advanced settings, or WebSocket is off", () =>
        withProvider(async ({ handlers }) => {
            for (const news of [
                { ...chat, enableWebSocket: true, systemConfiguration: shown },
                { ...chat, enableWebSocket: false },
                chat,
            ]) {
                assert.deepEqual((await handlers.service.check({}, news)).failures ?? [], []);
            }
        }));
});

describe("the WebSocket rule, part 2: apply", () => {
    it("refuses to create a WebSocket service while the appliance hides advanced settings, creating nothing", () =>
        withProvider(async ({ emulator, handlers, counts, resetCounts }) => {
            resetCounts();
            const error = await rejection(
                handlers.service.create({ ...chat, enableWebSocket: true, systemConfiguration: shown }),
                AdvancedSettingsHiddenError,
            );
            assert.equal(error.code, BarracudaWafErrorCode.advancedSettingsHidden);
            assert.match(error.message, /Cannot create service "chat" with enableWebSocket: true/);
            assert.match(error.message, /enable-advanced-settings is "No"/);
            // The program does declare the setting on: it was turned off behind the plan's back, so the fix is
            // to let Pulumi see that and put it right, not to add what is already there.
            assert.match(error.message, /turned off outside this plan/);
            assert.match(error.message, /Fix: run pulumi refresh .*, then pulumi up/);
            assert.ok(!error.message.includes(fix), error.message);
            assert.equal(error.declared, true);
            assert.deepEqual(counts(), { "GET /system/advanced-settings": 1 }, "no POST, no PUT");
            assert.deepEqual(emulator.control.snapshot().services, {});
        }));

    it("names the missing systemConfiguration when a service without one reaches create", () =>
        withProvider(async ({ emulator, handlers }) => {
            const error = await rejection(
                handlers.service.create({ ...chat, enableWebSocket: true }),
                AdvancedSettingsHiddenError,
            );
            assert.ok(
                error.message.endsWith(
                    `Fix: ${fix} on the service, so that Pulumi turns the setting on first.`,
                ),
            );
            assert.equal(error.declared, false);
            assert.deepEqual(emulator.control.snapshot().services, {});
        }));

    it("refuses to turn WebSocket on in an update while advanced settings are hidden, changing nothing", () =>
        withProvider(async ({ emulator, handlers, counts, resetCounts }) => {
            const created = await handlers.service.create(chat);
            resetCounts();
            await rejection(
                handlers.service.update("chat", created.outs, {
                    ...chat,
                    comments: "ws",
                    enableWebSocket: true,
                }),
                AdvancedSettingsHiddenError,
            );
            assert.deepEqual(counts(), { "GET /system/advanced-settings": 1 });
            assert.equal(
                serviceOnAppliance(emulator, "chat")?.service.comments,
                "",
                "the comment was not written either",
            );
        }));

    it("creates a WebSocket service once the system configuration shows advanced settings, in 4 calls", () =>
        withProvider(async ({ emulator, handlers, counts, resetCounts }) => {
            const settings = await handlers.systemConfiguration.create({ showAdvancedSettings: true });
            resetCounts();
            const created = await handlers.service.create({
                ...chat,
                enableWebSocket: true,
                systemConfiguration: { id: settings.id, showAdvancedSettings: true },
            });
            assert.equal(created.outs.enableWebSocket, true);
            assert.equal(
                serviceOnAppliance(emulator, "chat")?.advancedConfiguration["enable-websocket"],
                "Yes",
            );
            assert.deepEqual(counts(), {
                "GET /system/advanced-settings": 1,
                "POST /services": 1,
                "PUT /services/{name}/advanced-configuration": 1,
                "GET /services/{name}": 1,
            });
        }));

    it("turns WebSocket on in an update once advanced settings are shown", () =>
        withProvider(async ({ handlers, counts, resetCounts }) => {
            const created = await handlers.service.create(chat);
            await handlers.systemConfiguration.create({ showAdvancedSettings: true });
            resetCounts();
            const updated = await handlers.service.update("chat", created.outs, {
                ...chat,
                enableWebSocket: true,
                systemConfiguration: shown,
            });
            assert.equal(updated.outs.enableWebSocket, true);
            assert.deepEqual(counts(), {
                "GET /system/advanced-settings": 1,
                "PUT /services/{name}/advanced-configuration": 1,
                "GET /services/{name}": 1,
            });
        }));
});

describe("the WebSocket rule, part 3: turning advanced settings off", () => {
    async function withWebSocketServices(
        handlers: Awaited<Parameters<Parameters<typeof withProvider>[0]>[0]>["handlers"],
    ) {
        const settings = await handlers.systemConfiguration.create({ showAdvancedSettings: true });
        for (const name of ["chat", "alerts"]) {
            await handlers.service.create({
                name,
                ipAddress: "192.0.2.10",
                port: name === "chat" ? 80 : 81,
                enableWebSocket: true,
                systemConfiguration: shown,
            });
        }
        await handlers.service.create({ name: "plain", ipAddress: "192.0.2.10", port: 82 });
        return settings;
    }

    it("refuses an update to showAdvancedSettings: false, naming the WebSocket services", () =>
        withProvider(async ({ emulator, handlers, counts, resetCounts }) => {
            const settings = await withWebSocketServices(handlers);
            resetCounts();
            const error = await rejection(
                handlers.systemConfiguration.update(settings.id, settings.outs, {
                    showAdvancedSettings: false,
                }),
                WebSocketInUseError,
            );
            assert.equal(error.code, BarracudaWafErrorCode.webSocketInUse);
            assert.deepEqual(error.services, ["alerts", "chat"]);
            assert.match(error.message, /services "alerts", "chat" still have WebSocket enabled/);
            assert.match(
                error.message,
                /set enableWebSocket: false on those services \(or delete them\) and run pulumi up; then set showAdvancedSettings: false and run pulumi up again, separately and later/,
            );
            assert.deepEqual(counts(), { "GET /system/advanced-settings": 1, "GET /services": 1 });
            assert.equal(
                emulator.control.snapshot().system.advancedSettings["enable-advanced-settings"],
                "Yes",
            );
        }));

    it("refuses a delete that would restore a hidden original, naming the WebSocket services", () =>
        withProvider(async ({ emulator, handlers }) => {
            const settings = await withWebSocketServices(handlers);
            const error = await rejection(
                handlers.systemConfiguration.delete(settings.id, settings.outs),
                WebSocketInUseError,
            );
            assert.match(error.message, /^Cannot delete SystemConfiguration/);
            assert.deepEqual(error.services, ["alerts", "chat"]);
            assert.equal(
                emulator.control.snapshot().system.advancedSettings["enable-advanced-settings"],
                "Yes",
            );
        }));

    it("allows turning advanced settings off once no service uses WebSocket", () =>
        withProvider(async ({ emulator, handlers }) => {
            const settings = await handlers.systemConfiguration.create({ showAdvancedSettings: true });
            const created = await handlers.service.create({
                ...chat,
                enableWebSocket: true,
                systemConfiguration: shown,
            });
            await handlers.service.update("chat", created.outs, { ...chat, enableWebSocket: false });
            const updated = await handlers.systemConfiguration.update(settings.id, settings.outs, {
                showAdvancedSettings: false,
            });
            assert.equal(updated.outs.showAdvancedSettings, false);
            assert.equal(
                emulator.control.snapshot().system.advancedSettings["enable-advanced-settings"],
                "No",
            );
        }));

    it("refuses a create that hides advanced settings while services have WebSocket, changing nothing", () =>
        withProvider(async ({ emulator, handlers, counts, resetCounts }) => {
            await callAppliance(emulator, "PUT", "/system/advanced-settings", {
                "request-buffer-size": "32",
                "enable-advanced-settings": "Yes",
            });
            await handlers.service.create(chat);
            await callAppliance(emulator, "PUT", "/services/chat/advanced-configuration", {
                "enable-websocket": "Yes",
            });
            resetCounts();
            const error = await rejection(
                handlers.systemConfiguration.create({
                    showAdvancedSettings: false,
                    __provider: providerBlob,
                }),
                WebSocketInUseError,
            );
            assert.equal(error.code, BarracudaWafErrorCode.webSocketInUse);
            assert.deepEqual(error.services, ["chat"]);
            assert.match(
                error.message,
                /^Cannot set showAdvancedSettings: false on SystemConfiguration "system@/,
            );
            assert.deepEqual(counts(), { "GET /system/advanced-settings": 1, "GET /services": 1 });
            assert.equal(
                emulator.control.snapshot().system.advancedSettings["enable-advanced-settings"],
                "Yes",
            );
        }));

    it("sees WebSocket services enabled behind Pulumi's back too", () =>
        withProvider(async ({ emulator, handlers }) => {
            const settings = await handlers.systemConfiguration.create({ showAdvancedSettings: true });
            await handlers.service.create(chat);
            await callAppliance(emulator, "PUT", "/services/chat/advanced-configuration", {
                "enable-websocket": "Yes",
            });
            const error = await rejection(
                handlers.systemConfiguration.update(settings.id, settings.outs, {
                    showAdvancedSettings: false,
                }),
                WebSocketInUseError,
            );
            assert.deepEqual(error.services, ["chat"]);
            assert.match(error.message, /service "chat" still has WebSocket enabled/);
        }));
});

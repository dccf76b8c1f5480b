import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import { callAppliance } from "../helpers/appliance-api";
import { assertPlainJson, providerBlob, withProvider } from "./harness";

function advancedSettings(emulator: {
    control: { snapshot(): { system: { advancedSettings: Record<string, unknown> } } };
}) {
    return emulator.control.snapshot().system.advancedSettings;
}

describe("SystemConfiguration against the emulator", () => {
    it("records the settings it found, then writes the program's, with request-buffer-size added", () =>
        withProvider(async ({ emulator, handlers, counts, resetCounts }) => {
            resetCounts();
            const created = await handlers.systemConfiguration.create({
                showAdvancedSettings: true,
                defaultLogLevel: "7-Debug",
                __provider: providerBlob,
            });
            const host = new URL(emulator.url).host;
            assert.equal(created.id, `system@${host}`);
            assert.equal(created.outs.showAdvancedSettings, true);
            assert.equal(created.outs.defaultLogLevel, "7-Debug");
            assert.equal(created.outs.requestBufferSize, 32);
            assert.equal(created.outs.address, emulator.url);
            assert.equal(created.outs.originalSettings["enable-advanced-settings"], "No");
            assert.equal(created.outs.originalSettings["default-log-level"], "5-Notice");
            assertPlainJson(created.outs);
            assert.equal(advancedSettings(emulator)["enable-advanced-settings"], "Yes");
            assert.deepEqual(counts(), {
                "GET /system/advanced-settings": 1,
                "PUT /system/advanced-settings": 1,
            });
        }));

    it("writes nothing on create when the program sets nothing", () =>
        withProvider(async ({ handlers, counts, resetCounts }) => {
            resetCounts();
            const created = await handlers.systemConfiguration.create({});
            assert.equal(created.outs.showAdvancedSettings, false);
            assert.deepEqual(counts(), { "GET /system/advanced-settings": 1 });
        }));

    it("writes nothing on create when the appliance has the program's values already, and only what differs else", () =>
        withProvider(async ({ handlers, counts, resetCounts }) => {
            await handlers.systemConfiguration.create({ showAdvancedSettings: true });
            resetCounts();
            const taken = await handlers.systemConfiguration.create({ showAdvancedSettings: true });
            assert.equal(taken.outs.showAdvancedSettings, true);
            assert.equal(taken.outs.originalSettings["enable-advanced-settings"], "Yes");
            assert.deepEqual(counts(), { "GET /system/advanced-settings": 1 });
            resetCounts();
            await handlers.systemConfiguration.create({
                showAdvancedSettings: true,
                defaultLogLevel: "7-Debug",
            });
            assert.deepEqual(counts(), {
                "GET /system/advanced-settings": 1,
                "PUT /system/advanced-settings": 1,
            });
        }));

    it("reads the appliance's real values, so refresh shows drift, and keeps the recorded originals", () =>
        withProvider(async ({ emulator, handlers, counts, resetCounts }) => {
            const created = await handlers.systemConfiguration.create({ showAdvancedSettings: true });
            await callAppliance(emulator, "PUT", "/system/advanced-settings", {
                "request-buffer-size": "32",
                "max-cache-size": "50",
            });
            resetCounts();
            const read = await handlers.systemConfiguration.read(created.id, created.outs);
            assert.deepEqual(counts(), { "GET /system/advanced-settings": 1 });
            assert.equal(read.props.maxCacheSize, 50);
            assert.deepEqual(read.props.originalSettings, created.outs.originalSettings);
            assertPlainJson(read.props);
            // What the program set, and the drift the next up will undo; not what merely stayed as found.
            assert.deepEqual(read.inputs, { showAdvancedSettings: true, maxCacheSize: 50 });
        }));

    it("updates a changed field and always sends the current request-buffer-size", () =>
        withProvider(async ({ emulator, handlers, counts, resetCounts }) => {
            await callAppliance(emulator, "PUT", "/system/advanced-settings", {
                "request-buffer-size": "16",
            });
            const created = await handlers.systemConfiguration.create({ showAdvancedSettings: true });
            resetCounts();
            const updated = await handlers.systemConfiguration.update(created.id, created.outs, {
                showAdvancedSettings: true,
                maxCacheSize: 40,
            });
            assert.equal(updated.outs.maxCacheSize, 40);
            assert.equal(updated.outs.requestBufferSize, 16, "the buffer size the appliance had is kept");
            assert.equal(advancedSettings(emulator)["max-cache-size"], "40");
            assert.deepEqual(counts(), {
                "GET /system/advanced-settings": 1,
                "PUT /system/advanced-settings": 1,
            });
        }));

    it("puts a field's original value back when the program stops setting it", () =>
        withProvider(async ({ emulator, handlers }) => {
            const created = await handlers.systemConfiguration.create({
                showAdvancedSettings: true,
                maxCacheSize: 70,
            });
            const news = { showAdvancedSettings: true };
            assert.equal(
                (await handlers.systemConfiguration.diff(created.id, created.outs, news)).changes,
                true,
            );
            const updated = await handlers.systemConfiguration.update(created.id, created.outs, news);
            assert.equal(updated.outs.maxCacheSize, 30);
            assert.equal(advancedSettings(emulator)["max-cache-size"], "30");
            assert.equal(
                (await handlers.systemConfiguration.diff(created.id, updated.outs, news)).changes,
                false,
            );
        }));

    it("puts request-buffer-size back too when the program stops setting it", () =>
        withProvider(async ({ emulator, handlers }) => {
            const created = await handlers.systemConfiguration.create({ requestBufferSize: 16 });
            assert.equal(advancedSettings(emulator)["request-buffer-size"], "16");
            const diff = await handlers.systemConfiguration.diff(created.id, created.outs, {});
            assert.equal(diff.changes, true, "the recorded 32 is to be put back");
            const updated = await handlers.systemConfiguration.update(created.id, created.outs, {});
            assert.equal(updated.outs.requestBufferSize, 32);
            assert.equal(advancedSettings(emulator)["request-buffer-size"], "32");
        }));

    it("sees drift on request-buffer-size when the program leaves it out", () =>
        withProvider(async ({ emulator, handlers }) => {
            const created = await handlers.systemConfiguration.create({ showAdvancedSettings: true });
            await callAppliance(emulator, "PUT", "/system/advanced-settings", { "request-buffer-size": "8" });
            const read = await handlers.systemConfiguration.read(created.id, created.outs);
            assert.equal(read.props.requestBufferSize, 8);
            const news = { showAdvancedSettings: true };
            const diff = await handlers.systemConfiguration.diff(created.id, read.props, news);
            assert.equal(diff.changes, true, "the next up puts the recorded value back");
            await handlers.systemConfiguration.update(created.id, read.props, news);
            assert.equal(advancedSettings(emulator)["request-buffer-size"], "32");
        }));

    it("never replaces itself and sees no change when inputs match", () =>
        withProvider(async ({ handlers }) => {
            const created = await handlers.systemConfiguration.create({ showAdvancedSettings: true });
            const same = await handlers.systemConfiguration.diff(created.id, created.outs, {
                showAdvancedSettings: true,
                __provider: providerBlob,
            });
            assert.deepEqual(same, { changes: false, replaces: [], deleteBeforeReplace: false });
            const changed = await handlers.systemConfiguration.diff(created.id, created.outs, {
                showAdvancedSettings: false,
            });
            assert.deepEqual(changed, { changes: true, replaces: [], deleteBeforeReplace: false });
        }));

    it("puts the recorded settings back on delete, checking for WebSocket services as it hides them again", () =>
        withProvider(async ({ emulator, handlers, counts, resetCounts }) => {
            const before = { ...advancedSettings(emulator) };
            const created = await handlers.systemConfiguration.create({
                showAdvancedSettings: true,
                lockoutSetting: "All Services",
            });
            resetCounts();
            await handlers.systemConfiguration.delete(created.id, created.outs);
            assert.deepEqual(advancedSettings(emulator), before);
            assert.deepEqual(counts(), {
                "GET /system/advanced-settings": 1,
                "GET /services": 1,
                "PUT /system/advanced-settings": 1,
            });
        }));

    it("writes nothing on delete when the appliance already has the recorded settings", () =>
        withProvider(async ({ handlers, counts, resetCounts }) => {
            const created = await handlers.systemConfiguration.create({ maxCacheSize: 30 });
            resetCounts();
            await handlers.systemConfiguration.delete(created.id, created.outs);
            assert.deepEqual(counts(), { "GET /system/advanced-settings": 1 });
        }));
});

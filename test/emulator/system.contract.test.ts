import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { withEmulator } from "../helpers/with-emulator";
import { ApiSession } from "../helpers/api-session";

describe("GET /system", () => {
    it("answers the System group by default", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const answer = await api.get("/system");
            assert.equal(answer.status, 200);
            assert.equal(answer.body.object, "System");
            assert.deepEqual(Object.keys(answer.body.data), ["System"]);
            assert.equal(typeof answer.body.data.System.hostname, "string");
        }));

    it("shows the Advanced Settings group when asked, with advanced settings hidden at first", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const answer = await api.get(`/system?groups=${encodeURIComponent("Advanced Settings")}`);
            assert.deepEqual(Object.keys(answer.body.data), ["Advanced Settings"]);
            assert.equal(answer.body.data["Advanced Settings"]["enable-advanced-settings"], "No");
            const narrowed = await api.get(
                `/system?groups=${encodeURIComponent("Advanced Settings")}&parameters=enable-advanced-settings`,
            );
            assert.deepEqual(narrowed.body.data, {
                "Advanced Settings": { "enable-advanced-settings": "No" },
            });
        }));
});

describe("/system/advanced-settings", () => {
    it("answers GET in the shape of GET /system?groups=Advanced Settings", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const direct = await api.get("/system/advanced-settings");
            const viaGroups = await api.get(`/system?groups=${encodeURIComponent("Advanced Settings")}`);
            assert.equal(direct.status, 200);
            assert.deepEqual(direct.body.data, viaGroups.body.data);
            assert.equal(direct.body.data["Advanced Settings"]["request-buffer-size"], "32");
        }));

    it("shows advanced settings after a PUT that carries request-buffer-size", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const answer = await api.put("/system/advanced-settings", {
                "enable-advanced-settings": "Yes",
                "request-buffer-size": 16,
            });
            assert.equal(answer.status, 200);
            assert.equal(typeof answer.body.msg, "string");
            const fields = (await api.get("/system/advanced-settings")).body.data["Advanced Settings"];
            assert.equal(fields["enable-advanced-settings"], "Yes");
            assert.equal(fields["request-buffer-size"], "16");
        }));

    it("refuses a PUT without request-buffer-size with 400, as the spec requires it", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const answer = await api.put("/system/advanced-settings", { "enable-advanced-settings": "Yes" });
            assert.equal(answer.status, 400);
            assert.equal(answer.body.errors.type, "MissingValue");
            assert.match(answer.body.errors.msg, /request-buffer-size/);
            assert.equal(
                emulator.control.snapshot().system.advancedSettings["enable-advanced-settings"],
                "No",
            );
        }));

    const refused = [
        { body: { "request-buffer-size": 33 }, field: /request-buffer-size/ },
        {
            body: { "request-buffer-size": 1, "enable-advanced-settings": "True" },
            field: /enable-advanced-settings/,
        },
        { body: { "request-buffer-size": 1, "suspicious-clients-track-interval": 69 }, field: /suspicious/ },
        { body: { "request-buffer-size": 1, "http2-max-concurrent-streams": 101 }, field: /http2/ },
        { body: { "request-buffer-size": 1, "max-cache-size": 101 }, field: /max-cache-size/ },
    ];
    for (const example of refused) {
        it(`refuses ${JSON.stringify(example.body)} with 400 naming the field`, () =>
            withEmulator(async (emulator) => {
                const api = await ApiSession.open(emulator);
                const answer = await api.put("/system/advanced-settings", example.body);
                assert.equal(answer.status, 400);
                assert.match(answer.body.errors.msg, example.field);
            }));
    }

    it("refuses unknown fields with 406 and a body that is not JSON with 415", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const unknown = await api.put("/system/advanced-settings", {
                "request-buffer-size": 1,
                turbo: "Yes",
            });
            assert.equal(unknown.status, 406);
            const raw = await api.call("PUT", "/system/advanced-settings", undefined, { raw: "yes please" });
            assert.equal(raw.status, 415);
        }));
});

describe("PUT /system", () => {
    it("changes the System group's settings and answers 200 with a msg", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const answer = await api.put("/system", {
                domain: "corp.example",
                locale: "Deutsch",
                hostname: "waf1",
            });
            assert.equal(answer.status, 200, JSON.stringify(answer.body));
            assert.equal(typeof answer.body.msg, "string");
            const fields = (await api.get("/system")).body.data.System;
            assert.equal(fields.domain, "corp.example");
            assert.equal(fields.locale, "Deutsch");
            assert.equal(fields.hostname, "waf1");
        }));

    it("requires domain, as the spec says, and refuses a locale it does not list", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const missing = await api.put("/system", { hostname: "waf1" });
            assert.equal(missing.status, 400);
            assert.match(missing.body.errors.msg, /'domain'/);
            const locale = await api.put("/system", { domain: "corp.example", locale: "Klingon" });
            assert.equal(locale.status, 400);
            assert.match(locale.body.errors.msg, /'locale'/);
        }));

    it("takes the whole System group back, but never changes what describes the appliance", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const whole = (await api.get("/system")).body.data.System;
            assert.equal((await api.put("/system", { ...whole, "device-name": "edge-waf" })).status, 200);
            const firmware = await api.put("/system", { domain: "corp.example", "firmware-version": "12.0" });
            assert.equal(firmware.status, 400);
            assert.equal(firmware.body.errors.type, "UnchangeableField");
            assert.equal(emulator.control.snapshot().system.system["device-name"], "edge-waf");
        }));
});

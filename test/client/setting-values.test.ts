import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import { ConnectionSettings } from "../../provider/client/connection-settings";
import { settingSpecs } from "../../provider/client/setting-specs";
import type { ConnectionSettingValues } from "../../provider/client/setting-values";
import { loadSchema } from "../../provider/schema/load";

/**
 * One value of every setting, typed by ConnectionSettingValues: the compiler demands each of its fields and
 * refuses any other, and the test below holds them against schema.json (the one list a test writes out).
 */
const everySetting: ConnectionSettingValues = {
    address: "https://waf:8443",
    username: "ops",
    password: "pw",
    caCertificate: "-----BEGIN CERTIFICATE-----",
    insecure: false,
    timeoutSeconds: 2.5,
    maxRetries: 2,
    adoptExisting: true,
};

/** The same with every setting the type lets be absent left out: the compiler refuses `undefined` elsewhere. */
const absentWherePossible: ConnectionSettingValues = { ...everySetting, caCertificate: undefined };

/** The JavaScript type of a value of each of schema.json's types. */
const javaScriptTypes = {
    string: "string",
    boolean: "boolean",
    integer: "number",
    number: "number",
} as const;

describe("the connection settings' values", () => {
    it("are typed once, with the names and types schema.json's config declares", () => {
        const variables = loadSchema().config?.variables ?? {};
        assert.deepEqual(Object.keys(everySetting).sort(), Object.keys(variables).sort());
        for (const spec of Object.values(settingSpecs())) {
            assert.equal(typeof everySetting[spec.name], javaScriptTypes[spec.type], spec.name);
        }
        const mayBeAbsent = Object.values(settingSpecs())
            .filter((spec) => !spec.required && spec.default === undefined)
            .map((spec) => spec.name);
        assert.deepEqual(
            Object.keys(absentWherePossible).filter(
                (name) => absentWherePossible[name as keyof ConnectionSettingValues] === undefined,
            ),
            mayBeAbsent,
        );
    });

    it("are each a field of ConnectionSettings, set from schema.json's default when left out", () => {
        const given: Partial<Record<string, string>> = {
            address: "https://waf:8443",
            username: "ops",
            password: "pw",
        };
        const settings = new ConnectionSettings({
            address: "https://waf:8443/",
            username: "ops",
            password: "pw",
        });
        for (const spec of Object.values(settingSpecs())) {
            assert.equal(settings[spec.name], given[spec.name] ?? spec.default, spec.name);
        }
        assert.equal(settings.baseUrl, "https://waf:8443/restapi/v3.2");
    });

    it("are all compared, and all shown without the secret", () => {
        const init = { address: "https://waf:8443", username: "ops", password: "pw" };
        const settings = new ConnectionSettings(init);
        assert.ok(settings.equals(new ConnectionSettings(init)));
        for (const [name, value] of Object.entries({
            password: "other",
            maxRetries: 0,
            adoptExisting: true,
        })) {
            assert.ok(!settings.equals(new ConnectionSettings({ ...init, [name]: value })), name);
        }
        assert.deepEqual(Object.keys(settings.toJSON()), Object.keys(settingSpecs()));
        assert.equal(settings.toJSON().password, "[secret]");
        assert.equal(
            new ConnectionSettings({ ...init, caCertificate: "-----BEGIN" }).toJSON().caCertificate,
            "[PEM]",
        );
    });
});

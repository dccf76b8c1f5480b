import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import { ConnectionSettings } from "../../provider/client/connection-settings";
import { settingSpecs } from "../../provider/client/setting-specs";
import type { ConnectionSettingValues } from "../../provider/client/setting-values";
import type packageSchema from "../../schema.json";

/** schema.json's config variables, as TypeScript reads the file. */
type Variables = (typeof packageSchema)["config"]["variables"];

/**
 * The value a config variable declares: its default's type; without a default a string, absent unless required
 * (`setting-specs.ts` refuses any other declaration).
 */
type DeclaredValue<Variable> = Variable extends { default: infer Default }
    ? Default
    : Variable extends { "x-barracudawaf": { required: boolean } }
      ? string
      : string | undefined;

/** The settings' values as schema.json declares them. */
type Declared = { readonly [Name in keyof Variables]: DeclaredValue<Variables[Name]> };

/** `true` only when `A` and `B` are the same type, readonly-ness included. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// Checked when the tests are compiled (`npm run build`): a setting added to, dropped from or retyped in
// schema.json and not in ConnectionSettingValues (or the other way round) fails the build here.
const valuesAreSchemaJsons: Same<ConnectionSettingValues, Declared> = true;

describe("the connection settings' values", () => {
    it("are typed once, as schema.json's config declares them", () => {
        assert.equal(valuesAreSchemaJsons, true);
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

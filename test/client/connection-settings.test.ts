import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, it } from "node:test";
import { inspect } from "node:util";

import { ConnectionSettings, readConnectionSettings } from "../../provider/client/connection-settings";
import { ConfigurationError } from "../../provider/client/errors";

const secret = "s3cr3t-Passw0rd!";

function configOf(values: Record<string, string>): { get(key: string): string | undefined } {
    return { get: (key) => values[key] };
}

const minimal = {
    "barracudawaf:address": "https://waf.example.com:8443",
    "barracudawaf:username": "admin",
    "barracudawaf:password": secret,
};

const pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";

function configurationError(fn: () => unknown): ConfigurationError {
    try {
        fn();
    } catch (error) {
        assert.ok(error instanceof ConfigurationError, `expected a ConfigurationError, got ${String(error)}`);
        assert.equal(error.code, "ERR_CONFIGURATION");
        return error;
    }
    assert.fail("expected a ConfigurationError");
}

describe("readConnectionSettings", () => {
    it("reads the stack config and applies the defaults", () => {
        const settings = readConnectionSettings(configOf(minimal), {});
        assert.equal(settings.address, "https://waf.example.com:8443");
        assert.equal(settings.baseUrl, "https://waf.example.com:8443/restapi/v3.2");
        assert.equal(settings.username, "admin");
        assert.equal(settings.password, secret);
        assert.equal(settings.insecure, false);
        assert.equal(settings.caCertificate, undefined);
        assert.equal(settings.timeoutSeconds, 30);
        assert.equal(settings.maxRetries, 3);
    });

    it("falls back to the BARRACUDA_WAF_ environment variables", () => {
        const settings = readConnectionSettings(configOf({}), {
            BARRACUDA_WAF_ADDRESS: "http://10.0.0.5:8000",
            BARRACUDA_WAF_USERNAME: "ops",
            BARRACUDA_WAF_PASSWORD: secret,
            BARRACUDA_WAF_CA_CERTIFICATE: pem,
            BARRACUDA_WAF_TIMEOUT_SECONDS: "2.5",
            BARRACUDA_WAF_MAX_RETRIES: "0",
        });
        assert.equal(settings.address, "http://10.0.0.5:8000");
        assert.equal(settings.username, "ops");
        assert.equal(settings.password, secret);
        assert.equal(settings.caCertificate, pem);
        assert.equal(settings.timeoutSeconds, 2.5);
        assert.equal(settings.maxRetries, 0);
    });

    it("prefers the stack config over the environment and treats empty values as unset", () => {
        const settings = readConnectionSettings(configOf({ ...minimal, "barracudawaf:maxRetries": "" }), {
            BARRACUDA_WAF_ADDRESS: "http://other:8000",
            BARRACUDA_WAF_USERNAME: "other",
            BARRACUDA_WAF_MAX_RETRIES: "5",
        });
        assert.equal(settings.address, "https://waf.example.com:8443");
        assert.equal(settings.username, "admin");
        assert.equal(settings.maxRetries, 5);
    });

    it("names both the config key and the environment variable when a required setting is missing", () => {
        for (const [key, env] of [
            ["barracudawaf:address", "BARRACUDA_WAF_ADDRESS"],
            ["barracudawaf:username", "BARRACUDA_WAF_USERNAME"],
            ["barracudawaf:password", "BARRACUDA_WAF_PASSWORD"],
        ]) {
            const values: Record<string, string> = { ...minimal };
            delete values[key];
            const error = configurationError(() => readConnectionSettings(configOf(values), {}));
            assert.equal(error.key, key);
            assert.equal(error.envVariable, env);
            assert.match(error.message, new RegExp(`${key}.*${env}.*is not set`));
            assert.match(error.message, /pulumi config set/);
        }
    });

    it("drops a trailing slash or the /restapi/v3.2 path from the address", () => {
        for (const address of [
            "https://waf.example.com:8443/",
            "https://waf.example.com:8443/restapi/v3.2",
            "https://waf.example.com:8443/restapi/v3.2/",
        ]) {
            const settings = readConnectionSettings(
                configOf({ ...minimal, "barracudawaf:address": address }),
                {},
            );
            assert.equal(settings.baseUrl, "https://waf.example.com:8443/restapi/v3.2");
        }
    });

    it("rejects a bare host and suggests the https URL", () => {
        const error = configurationError(() =>
            readConnectionSettings(configOf({ ...minimal, "barracudawaf:address": "waf.example.com" }), {}),
        );
        assert.equal(error.key, "barracudawaf:address");
        assert.match(error.message, /"waf\.example\.com" has no scheme/);
        assert.match(error.message, /https:\/\/waf\.example\.com:8443/);
    });

    it("rejects other paths, other schemes, queries and credentials in the address without echoing the credentials", () => {
        const cases: Array<[string, RegExp]> = [
            ["https://waf:8443/restapi/v3", /has the path "\/restapi\/v3".*set it to https:\/\/waf:8443/],
            ["ftp://waf:21", /is not an http or https URL/],
            ["https://waf:8443/?x=1", /has a query or fragment/],
            [`https://admin:${secret}@waf:8443`, /contains credentials/],
            [`admin:${secret}@waf:8443`, /has no scheme/],
            ["https://", /is not a valid URL/],
        ];
        for (const [address, expected] of cases) {
            const error = configurationError(() =>
                readConnectionSettings(configOf({ ...minimal, "barracudawaf:address": address }), {}),
            );
            assert.match(error.message, expected);
            assert.doesNotMatch(error.message, new RegExp(secret.replace(/[!]/g, "\\$&")));
        }
    });

    it("skips TLS verification only when insecure is explicitly true", () => {
        const on = readConnectionSettings(configOf({ ...minimal, "barracudawaf:insecure": "true" }), {});
        assert.equal(on.insecure, true);
        const fromEnv = readConnectionSettings(configOf(minimal), { BARRACUDA_WAF_INSECURE: "TRUE" });
        assert.equal(fromEnv.insecure, true);
        const off = readConnectionSettings(configOf({ ...minimal, "barracudawaf:insecure": "false" }), {
            BARRACUDA_WAF_INSECURE: "true",
        });
        assert.equal(off.insecure, false);
        const error = configurationError(() =>
            readConnectionSettings(configOf({ ...minimal, "barracudawaf:insecure": "yes please" }), {}),
        );
        assert.match(error.message, /barracudawaf:insecure.*"yes please".*true or false/);
    });

    it("takes over existing objects only when adoptExisting is explicitly true, from config or environment", () => {
        assert.equal(readConnectionSettings(configOf(minimal), {}).adoptExisting, false);
        const fromEnv = readConnectionSettings(configOf(minimal), { BARRACUDA_WAF_ADOPT_EXISTING: "true" });
        assert.equal(fromEnv.adoptExisting, true);
        const error = configurationError(() =>
            readConnectionSettings(configOf(minimal), { BARRACUDA_WAF_ADOPT_EXISTING: "1" }),
        );
        assert.match(
            error.message,
            /barracudawaf:adoptExisting \(or BARRACUDA_WAF_ADOPT_EXISTING\).*"1".*true or false/,
        );
    });

    it("refuses insecure together with a CA certificate", () => {
        const error = configurationError(() =>
            readConnectionSettings(
                configOf({ ...minimal, "barracudawaf:insecure": "true", "barracudawaf:caCertificate": pem }),
                {},
            ),
        );
        assert.match(error.message, /barracudawaf:caCertificate/);
    });

    it("reads the CA certificate from a PEM file path and rejects files that hold none", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bwaf-ca-"));
        try {
            const good = path.join(dir, "ca.pem");
            fs.writeFileSync(good, pem);
            const settings = readConnectionSettings(
                configOf({ ...minimal, "barracudawaf:caCertificate": good }),
                {},
            );
            assert.equal(settings.caCertificate, pem);

            const bad = path.join(dir, "not-a-cert.txt");
            fs.writeFileSync(bad, "hello");
            const noPem = configurationError(() =>
                readConnectionSettings(configOf({ ...minimal, "barracudawaf:caCertificate": bad }), {}),
            );
            assert.match(noPem.message, /holds no PEM certificate/);

            const missing = configurationError(() =>
                readConnectionSettings(
                    configOf({ ...minimal, "barracudawaf:caCertificate": path.join(dir, "missing.pem") }),
                    {},
                ),
            );
            assert.match(missing.message, /ENOENT/);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it("validates the timeout and the retry count", () => {
        for (const [key, value] of [
            ["barracudawaf:timeoutSeconds", "0"],
            ["barracudawaf:timeoutSeconds", "soon"],
            ["barracudawaf:maxRetries", "-1"],
            ["barracudawaf:maxRetries", "1.5"],
            ["barracudawaf:maxRetries", "11"],
        ]) {
            const error = configurationError(() =>
                readConnectionSettings(configOf({ ...minimal, [key]: value }), {}),
            );
            assert.equal(error.key, key);
            assert.match(error.message, new RegExp(`"${value.replace(".", "\\.")}"`));
        }
    });

    it("says the range and the default schema.json declares when a number is out of range", () => {
        const cases: Array<[string, string, string]> = [
            [
                "barracudawaf:maxRetries",
                "11",
                'barracudawaf:maxRetries (or BARRACUDA_WAF_MAX_RETRIES) is "11": set it to a whole number from 0 ' +
                    "to 10 (default 3)",
            ],
            [
                "barracudawaf:timeoutSeconds",
                "0",
                'barracudawaf:timeoutSeconds (or BARRACUDA_WAF_TIMEOUT_SECONDS) is "0": set it to a number ' +
                    "greater than 0 and at most 3600 (default 30)",
            ],
        ];
        for (const [key, value, message] of cases) {
            const error = configurationError(() =>
                readConnectionSettings(configOf({ ...minimal, [key]: value }), {}),
            );
            assert.equal(error.message, message);
        }
        const quick = readConnectionSettings(
            configOf({ ...minimal, "barracudawaf:timeoutSeconds": "0.0004" }),
            {},
        );
        assert.equal(quick.timeoutSeconds, 0.0004, "any timeout above 0 is allowed");
    });

    it("tells how to set a missing secret as a secret", () => {
        const values: Record<string, string> = { ...minimal };
        delete values["barracudawaf:password"];
        const error = configurationError(() => readConnectionSettings(configOf(values), {}));
        assert.equal(
            error.message,
            "barracudawaf:password (or BARRACUDA_WAF_PASSWORD) is not set: set the appliance password with " +
                "`pulumi config set --secret barracudawaf:password <value>` or the environment variable " +
                "BARRACUDA_WAF_PASSWORD",
        );
    });
});

describe("ConnectionSettings", () => {
    it("never prints its password", () => {
        const settings = new ConnectionSettings({
            address: "https://waf:8443",
            username: "admin",
            password: secret,
        });
        assert.equal(settings.password, secret);
        const shown = [
            inspect(settings),
            inspect(settings, { showHidden: true, depth: 5 }),
            JSON.stringify(settings),
            String(settings),
            `${settings}`,
            JSON.stringify({ ...settings }),
            Object.keys(settings).join(","),
        ];
        for (const text of shown) {
            assert.ok(!text.includes(secret), `password leaked in: ${text}`);
        }
        assert.match(inspect(settings), /admin/);
        assert.match(JSON.stringify(settings), /\[secret\]/);
    });
});

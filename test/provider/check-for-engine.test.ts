import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import { ApplianceClient } from "../../provider/client/appliance-client";
import { checkForEngine } from "../../provider/engine/check-for-engine";
import {
    ApplianceUnreachableError,
    AuthenticationError,
    ConfigurationError,
} from "../../provider/client/errors";
import * as provider from "../../provider/index";
import { withEmulator } from "../helpers/with-emulator";
import { providerBlob, rejection } from "./harness";

const news = { name: "chat", __provider: providerBlob };

describe("check as the engine sees it (check-for-engine.ts)", () => {
    it("leaves the property out of each failure, whose reason names it", async () => {
        const check = checkForEngine(async (_olds, inputs) => ({
            inputs,
            failures: [
                { property: "port", reason: "port: must be between 1 and 65535, got 70000" },
                { property: "type", reason: "must be HTTP or HTTPS" },
            ],
        }));
        const result = await check({}, news);
        assert.deepEqual(result, {
            inputs: news,
            failures: [
                { property: "", reason: "port: must be between 1 and 65535, got 70000" },
                { property: "", reason: "type: must be HTTP or HTTPS" },
            ],
        });
    });

    it("hands a passing check's result back as it is", async () => {
        const check = checkForEngine(async (_olds, inputs) => ({ inputs }));
        assert.deepEqual(await check({}, news), { inputs: news });
    });

    for (const error of [
        new ConfigurationError({
            key: "barracudawaf:address",
            envVariable: "BARRACUDA_WAF_ADDRESS",
            problem: "is not set",
            fix: "set it",
        }),
        new AuthenticationError({ address: "http://127.0.0.1:1", username: "admin", status: 401 }),
        new ApplianceUnreachableError({
            method: "POST",
            path: "/login",
            address: "http://127.0.0.1:1",
            reason: "connection refused (ECONNREFUSED)",
        }),
    ]) {
        it(`turns a ${error.name} into one failure with its message`, async () => {
            const check = checkForEngine(async () => {
                throw error;
            });
            assert.deepEqual(await check({}, news), {
                inputs: news,
                failures: [{ property: "", reason: error.message }],
            });
        });
    }

    it("throws any other error, which is a bug, as it is", async () => {
        const bug = new TypeError("cannot read properties of undefined");
        const check = checkForEngine(async () => {
            throw bug;
        });
        assert.equal(await rejection(check({}, news), TypeError), bug);
    });
});

function stackConfig(values: Record<string, string>): { get(key: string): string | undefined } {
    return { get: (key) => values[key] };
}

describe("dynamicProvider's check reports settings and connection problems as failures", () => {
    it("a wrong password: every resource's check fails with the message, and it is sent once", () =>
        withEmulator(async (emulator) => {
            ApplianceClient.forgetAll();
            const service = provider.dynamicProvider("service");
            const settings = provider.dynamicProvider("systemConfiguration");
            await service.configure({
                config: stackConfig({
                    "barracudawaf:address": emulator.url,
                    "barracudawaf:username": emulator.username,
                    "barracudawaf:password": "not-the-password-5c1e",
                }),
            });
            const inputs = { name: "chat", ipAddress: "192.0.2.10", __provider: providerBlob };
            for (const result of [
                await service.check({}, inputs),
                await service.check({}, { ...inputs, name: "other" }),
                await settings.check({}, { __provider: providerBlob }),
            ]) {
                assert.equal(result.failures?.length, 1, JSON.stringify(result.failures));
                const [failure] = result.failures ?? [];
                assert.equal(failure.property, "");
                assert.match(failure.reason, /refused login as user "admin"/);
                assert.match(failure.reason, /check barracudawaf:username and barracudawaf:password/);
                assert.ok(!failure.reason.includes("not-the-password-5c1e"), "the password is never quoted");
            }
            assert.equal(emulator.control.counts()["POST /login"], 1);
            ApplianceClient.forgetAll();
        }));

    it("insecure together with caCertificate: a failure that says to set only one", async () => {
        const service = provider.dynamicProvider("service");
        await service.configure({
            config: stackConfig({
                "barracudawaf:address": "https://127.0.0.1:8443",
                "barracudawaf:username": "admin",
                "barracudawaf:password": "pw",
                "barracudawaf:insecure": "true",
                "barracudawaf:caCertificate":
                    "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
            }),
        });
        const result = await service.check(
            {},
            { name: "chat", ipAddress: "192.0.2.10", __provider: providerBlob },
        );
        assert.equal(result.failures?.length, 1, JSON.stringify(result.failures));
        assert.equal(result.failures?.[0].property, "");
        assert.match(
            result.failures?.[0].reason ?? "",
            /barracudawaf:insecure .*is true while barracudawaf:caCertificate is also set/,
        );
    });

    it("bad inputs: the failures without their property, and the connection not asked for", async () => {
        const service = provider.dynamicProvider("service");
        await service.configure({ config: stackConfig({}) });
        const result = await service.check(
            {},
            { name: "chat", ipAddress: "192.0.2.10", port: 70000, __provider: providerBlob },
        );
        assert.deepEqual(result.failures, [
            { property: "", reason: "port: must be between 1 and 65535, got 70000" },
        ]);
    });
});

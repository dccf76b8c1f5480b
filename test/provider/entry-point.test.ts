import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";

import { ApplianceClient } from "../../provider/client/appliance-client";
import { ConnectionSettings } from "../../provider/client/connection-settings";
import { repoRoot } from "../../scripts/lib/repo";
import { AuthenticationError, ConfigurationError } from "../../provider/client/errors";
import * as provider from "../../provider/index";
import { withEmulator } from "../helpers/with-emulator";
import { providerBlob, rejection } from "./harness";

/** What a resource's handlers are made of, in alphabetical order. */
const handlerMethods = ["check", "create", "delete", "diff", "read", "update"];

function stackConfig(values: Record<string, string>): { get(key: string): string | undefined } {
    return { get: (key) => values[key] };
}

describe("provider/index.ts, the entry point the SDK loads", () => {
    it("exports configure and the handlers of both resources", () => {
        assert.equal(typeof provider.configure, "function");
        for (const handlers of [provider.service, provider.systemConfiguration]) {
            assert.deepEqual(Object.keys(handlers).sort(), handlerMethods);
        }
    });

    it("checks inputs without any connection settings", async () => {
        provider.configure(stackConfig({}));
        const result = await provider.service.check(
            {},
            { name: "chat", ipAddress: "192.0.2.10", port: 70000 },
        );
        assert.equal(result.failures?.[0]?.reason, "port: must be between 1 and 65535, got 70000");
    });

    it("fails a call that needs the appliance with a ConfigurationError when the address is missing", async () => {
        const saved = process.env.BARRACUDA_WAF_ADDRESS;
        delete process.env.BARRACUDA_WAF_ADDRESS;
        try {
            provider.configure(
                stackConfig({ "barracudawaf:username": "admin", "barracudawaf:password": "pw" }),
            );
            const error = await rejection(provider.service.read("chat", {}), ConfigurationError);
            assert.equal(error.key, "barracudawaf:address");
        } finally {
            if (saved !== undefined) {
                process.env.BARRACUDA_WAF_ADDRESS = saved;
            }
        }
    });

    it("fails check of valid inputs, at preview, when a connection setting is missing, naming the key", async () => {
        const saved = process.env.BARRACUDA_WAF_ADDRESS;
        delete process.env.BARRACUDA_WAF_ADDRESS;
        try {
            provider.configure(
                stackConfig({ "barracudawaf:username": "admin", "barracudawaf:password": "pw" }),
            );
            const error = await rejection(
                provider.service.check(
                    {},
                    { name: "chat", ipAddress: "192.0.2.10", __provider: providerBlob },
                ),
                ConfigurationError,
            );
            assert.equal(error.key, "barracudawaf:address");
            assert.match(error.message, /barracudawaf:address \(or BARRACUDA_WAF_ADDRESS\) is not set/);
        } finally {
            if (saved !== undefined) {
                process.env.BARRACUDA_WAF_ADDRESS = saved;
            }
        }
    });

    it("fails check at preview on a wrong password, with one login for all resources", () =>
        withEmulator(async (emulator) => {
            ApplianceClient.forgetAll();
            provider.configure(
                stackConfig({
                    "barracudawaf:address": emulator.url,
                    "barracudawaf:username": emulator.username,
                    "barracudawaf:password": "not-the-password",
                }),
            );
            const inputs = { name: "chat", ipAddress: "192.0.2.10", __provider: providerBlob };
            for (const check of [
                provider.service.check({}, inputs),
                provider.service.check({}, { ...inputs, name: "other" }),
                provider.systemConfiguration.check({}, { __provider: providerBlob }),
            ]) {
                const error = await rejection(check, AuthenticationError);
                assert.match(error.message, /check barracudawaf:username and barracudawaf:password/);
                assert.ok(!error.message.includes("not-the-password"), "the password is never quoted");
            }
            assert.equal(emulator.control.counts()["POST /login"], 1, "the wrong password is sent once");
            assert.deepEqual(emulator.control.snapshot().services, {});

            // The refusal is remembered for those settings only: with the password put right, check passes.
            provider.configure(
                stackConfig({
                    "barracudawaf:address": emulator.url,
                    "barracudawaf:username": emulator.username,
                    "barracudawaf:password": emulator.password,
                }),
            );
            assert.deepEqual((await provider.service.check({}, inputs)).failures ?? [], []);
            ApplianceClient.forgetAll();
        }));

    it("uses the stack config given to configure, and a later configure points it elsewhere", () =>
        withEmulator(async (first) => {
            await withEmulator(async (second) => {
                ApplianceClient.forgetAll();
                const configFor = (url: string) =>
                    stackConfig({
                        "barracudawaf:address": url,
                        "barracudawaf:username": first.username,
                        "barracudawaf:password": first.password,
                    });
                provider.configure(configFor(first.url));
                await provider.service.create({
                    name: "one",
                    ipAddress: "192.0.2.1",
                    __provider: providerBlob,
                });
                provider.configure(configFor(second.url));
                await provider.service.create({
                    name: "two",
                    ipAddress: "192.0.2.2",
                    __provider: providerBlob,
                });
                assert.deepEqual(Object.keys(first.control.snapshot().services), ["one"]);
                assert.deepEqual(Object.keys(second.control.snapshot().services), ["two"]);
                ApplianceClient.forgetAll();
            });
        }));
});

describe("the registry of resource kinds, derived from schema.json", () => {
    const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, "schema.json"), "utf8")) as {
        resources: Record<string, unknown>;
    };
    /** The kinds the SDK's generated classes ask the provider for (`super("service", ...)`). */
    const sdkKinds = [
        ...fs
            .readFileSync(path.join(repoRoot, "sdk", "generated", "resources.ts"), "utf8")
            .matchAll(/super\(\s*"([A-Za-z]+)",/g),
    ].map(([, kind]) => kind);

    it("has handlers for every resource of schema.json and every class of the SDK", () => {
        const handlers = provider.createHandlers(
            new ConnectionSettings({ address: "http://127.0.0.1:1", username: "u", password: "p" }),
        );
        assert.equal(sdkKinds.length, Object.keys(schema.resources).length);
        for (const kind of sdkKinds) {
            const kindHandlers = handlers[kind];
            assert.ok(kindHandlers, `no handlers for ${kind}`);
            assert.deepEqual(Object.keys(kindHandlers).sort(), handlerMethods);
            assert.equal(typeof provider.dynamicProvider(kind).configure, "function");
        }
    });

    it("names the kinds there are when asked for one it lacks", async () => {
        const { message } = await rejection(provider.dynamicProvider("teleporter").read("x", {}), Error);
        assert.match(message, /no resource kind "teleporter" \(it has service, /);
    });
});

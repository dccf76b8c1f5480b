import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import type { RunningEmulator } from "../../emulator/index";
import { ApplianceClient } from "../../provider/client/appliance-client";
import { ConnectionSettings } from "../../provider/client/connection-settings";
import { InvalidInputsError } from "../../provider/engine/errors";
import * as provider from "../../provider/index";
import { validationRuns } from "../../provider/schema/validate";
import { withEmulator } from "../helpers/with-emulator";
import { providerBlob, rejection } from "./harness";

type Props = Record<string, unknown>;

/**
 * Runs `fn` with the dynamic provider of the host (`dynamicProvider`) configured for a fresh emulator, as the
 * host's `configure` would, and forgets that configuration afterwards.
 */
async function withEngineProvider(fn: (emulator: RunningEmulator) => Promise<void>): Promise<void> {
    ApplianceClient.forgetAll();
    try {
        await withEmulator(async (emulator) => {
            const config: Record<string, string> = {
                "barracudawaf:address": emulator.url,
                "barracudawaf:username": emulator.username,
                "barracudawaf:password": emulator.password,
            };
            await provider.dynamicProvider("service").configure({ config: { get: (key) => config[key] } });
            await fn(emulator);
        });
    } finally {
        provider.configure({ get: () => undefined });
        ApplianceClient.forgetAll();
    }
}

/** What the engine does for a new resource: `check`, then `create` with the inputs `check` returned. */
async function engineCreate(
    kind: string,
    news: Props,
): Promise<{ id: string; outs: Props; validations: number }> {
    const handlers = provider.dynamicProvider(kind);
    const before = validationRuns();
    const checked = await handlers.check({}, news);
    assert.deepEqual(checked.failures ?? [], []);
    const { id, outs } = await handlers.create({ ...checked.inputs, __provider: providerBlob });
    return { id, outs: outs as Props, validations: validationRuns() - before };
}

describe("Inputs the engine checked are validated once per create and update, by check", () => {
    it("validates a Server once when the engine checks and then creates it", async () => {
        await withEngineProvider(async (emulator) => {
            await engineCreate("service", {
                name: "chat",
                ipAddress: "192.0.2.10",
                __provider: providerBlob,
            });
            const server = { service: "chat", name: "app-1", ipAddress: "10.0.1.1", port: 8080 };
            const { id, validations } = await engineCreate("server", { ...server, __provider: providerBlob });
            assert.equal(id, "chat/app-1");
            assert.equal(validations, 1);
            assert.equal(emulator.control.snapshot().services.chat?.servers["app-1"]?.port, "8080");
        });
    });

    it("validates a Server once when the engine checks and then updates it", async () => {
        await withEngineProvider(async (emulator) => {
            await engineCreate("service", {
                name: "chat",
                ipAddress: "192.0.2.10",
                __provider: providerBlob,
            });
            const olds = {
                service: "chat",
                name: "app-1",
                ipAddress: "10.0.1.1",
                port: 8080,
                __provider: providerBlob,
            };
            const { id, outs } = await engineCreate("server", olds);
            const handlers = provider.dynamicProvider("server");
            const before = validationRuns();
            const checked = await handlers.check(olds, { ...olds, port: 8081 });
            assert.deepEqual(checked.failures ?? [], []);
            await handlers.update(id, { ...outs, __provider: providerBlob }, checked.inputs);
            assert.equal(validationRuns() - before, 1);
            assert.equal(emulator.control.snapshot().services.chat?.servers["app-1"]?.port, "8081");
        });
    });

    it("validates a SystemConfiguration, a singleton, once when the engine checks and then creates it", async () => {
        await withEngineProvider(async (emulator) => {
            const { validations } = await engineCreate("systemConfiguration", {
                showAdvancedSettings: true,
                __provider: providerBlob,
            });
            assert.equal(validations, 1);
            assert.equal(
                emulator.control.snapshot().system.advancedSettings["enable-advanced-settings"],
                "Yes",
            );
        });
    });
});

describe("A create called directly, without check, still validates its inputs", () => {
    it("refuses an invalid Server with InvalidInputsError and sends nothing", async () => {
        ApplianceClient.forgetAll();
        try {
            await withEmulator(async (emulator) => {
                const handlers = provider.createHandlers(
                    new ConnectionSettings({
                        address: emulator.url,
                        username: emulator.username,
                        password: emulator.password,
                    }),
                );
                const error = await rejection(
                    handlers.server.create({
                        service: "chat",
                        name: "app-1",
                        ipAddress: "10.0.1.1",
                        port: 70000,
                        __provider: providerBlob,
                    }),
                    InvalidInputsError,
                );
                assert.match(error.message, /port: must be between 0 and 65535, got 70000/);
                assert.deepEqual(emulator.control.counts(), {});
            });
        } finally {
            ApplianceClient.forgetAll();
        }
    });
});

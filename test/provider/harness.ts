import * as assert from "node:assert/strict";

import { startEmulator, type RunningEmulator, type ServiceSnapshot } from "../../emulator/index";
import { ApplianceClient } from "../../provider/client/appliance-client";
import { ConnectionSettings } from "../../provider/client/connection-settings";
import { createHandlers, type Handlers } from "../../provider/index";

export { rejection } from "../helpers/rejection";

/** A fresh emulator with the provider's handlers pointed at it. */
export interface ProviderHarness {
    readonly emulator: RunningEmulator;
    readonly handlers: Handlers;
    /** Calls per route since the last `resetCounts()`, without the login. */
    counts(): Record<string, number>;
    /** Logins since the emulator started. */
    logins(): number;
    resetCounts(): void;
}

/**
 * Starts a fresh emulator, points new handlers at it (short timeout, 2 retries) and runs `fn`; the emulator is
 * always stopped and the process's shared clients forgotten, so every test logs in anew.
 */
export async function withProvider<T>(fn: (harness: ProviderHarness) => Promise<T>): Promise<T> {
    const harness = await startProvider();
    try {
        return await fn(harness);
    } finally {
        await harness.stop();
    }
}

/** A {@link ProviderHarness} that lives until `stop()`: for a test file that shares one emulator. */
export interface StartedProvider extends ProviderHarness {
    /** Stops the emulator and forgets the process's shared clients. */
    stop(): Promise<void>;
}

/**
 * Starts a fresh emulator with handlers pointed at it, as {@link withProvider} does, for a file whose cases
 * share one emulator (start it in `before`, stop it in `after`); each case then names its own objects.
 */
export async function startProvider(): Promise<StartedProvider> {
    ApplianceClient.forgetAll();
    const emulator = await startEmulator();
    let logins = 0;
    const settings = new ConnectionSettings({
        address: emulator.url,
        username: emulator.username,
        password: emulator.password,
        timeoutSeconds: 5,
        maxRetries: 2,
    });
    return {
        emulator,
        handlers: createHandlers(settings),
        counts() {
            const counts = { ...emulator.control.counts() };
            delete counts["POST /login"];
            return counts;
        },
        logins: () => logins + (emulator.control.counts()["POST /login"] ?? 0),
        resetCounts() {
            logins += emulator.control.counts()["POST /login"] ?? 0;
            emulator.control.clearLog();
        },
        async stop() {
            try {
                await emulator.stop();
            } finally {
                ApplianceClient.forgetAll();
            }
        },
    };
}

/** Asserts that `value`, an output object, is plain JSON: no `undefined` anywhere, JSON round-trips it. */
export function assertPlainJson(value: unknown): void {
    assert.deepEqual(JSON.parse(JSON.stringify(value)), value);
    const walk = (item: unknown, path: string): void => {
        assert.notEqual(item, undefined, `${path} is undefined`);
        if (typeof item === "object" && item !== null) {
            for (const [key, inner] of Object.entries(item)) {
                walk(inner, `${path}.${key}`);
            }
        }
    };
    walk(value, "outputs");
}

/** The emulator's record of service `name` (wire form), or undefined when it has none. */
export function serviceOnAppliance(emulator: RunningEmulator, name: string): ServiceSnapshot | undefined {
    return emulator.control.snapshot().services[name];
}

/** A settings object for the SDK's wire contract: `{ id, showAdvancedSettings }`. */
export const shown = { id: "system@127.0.0.1", showAdvancedSettings: true };

/** The marker of an unknown value during preview. */
export const unknown = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** A stand-in for the host's `__provider` key. */
export const providerBlob = "exports.handler = function () {}";

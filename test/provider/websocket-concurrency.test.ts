import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import type { RunningEmulator } from "../../emulator/index";
import { ApplianceClient } from "../../provider/client/appliance-client";
import { ConnectionSettings } from "../../provider/client/connection-settings";
import { AdvancedSettingsHiddenError, WebSocketInUseError } from "../../provider/rules/websocket-errors";
import type { ApplianceApi, ResourceContext } from "../../provider/engine/context";
import { serviceHandlers } from "../../provider/resources/service";
import { systemConfigurationHandlers } from "../../provider/resources/system-configuration";
import { providerBlob, rejection, withProvider } from "./harness";

/**
 * The engine runs independent steps in parallel, so a service that enables WebSocket and a SystemConfiguration
 * that hides advanced settings may be applied at the same time. These tests hold one of them still between the
 * read that checks the other side and the write it guards, start the other, and let the first go on only once
 * the second has either finished (no critical section: the race is lost on purpose) or is waiting for the
 * section: the interleaving is fixed by the test, not left to timing.
 */

/** A gate: `wait()` resolves once `open()` was called. */
function gate(): { wait(): Promise<void>; open(): void } {
    let open!: () => void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    return { wait: () => opened, open };
}

/**
 * The calls of `client`, seen by one resource: `onRead(path)` runs after each GET's answer has arrived and
 * before the caller sees it (so the caller can be held between its check and its write), and
 * `onSectionRequested` when the resource asks for the appliance's critical section.
 */
function observed(
    client: ApplianceApi,
    hooks: { onRead?(path: string): Promise<void>; onSectionRequested?(): void },
): ApplianceApi {
    const wrap = (calls: ApplianceApi): ApplianceApi => ({
        get: async <T>(path: string, query?: Record<string, string | string[]>): Promise<T> => {
            const answer = await calls.get<T>(path, query);
            await hooks.onRead?.(path);
            return answer;
        },
        post: (path, body) => calls.post(path, body),
        put: (path, body) => calls.put(path, body),
        delete: (path) => calls.delete(path),
        exclusive: (task) => {
            hooks.onSectionRequested?.();
            return calls.exclusive((inner) => task(wrap(inner)));
        },
        get maxRetries() {
            return calls.maxRetries;
        },
        get writesSent() {
            return calls.writesSent;
        },
    });
    return wrap(client);
}

function contextFor(emulator: RunningEmulator, api: ApplianceApi): ResourceContext {
    return {
        client: () => api,
        address: () => emulator.url,
        verifyConnection: async () => undefined,
        adoptExisting: () => false,
        notice: () => undefined,
    };
}

function sharedClient(emulator: RunningEmulator): ApplianceClient {
    return ApplianceClient.for(
        new ConnectionSettings({
            address: emulator.url,
            username: emulator.username,
            password: emulator.password,
            timeoutSeconds: 5,
        }),
    );
}

/** True when the appliance breaks the rule: a service has WebSocket on while advanced settings are hidden. */
function ruleBroken(emulator: RunningEmulator): boolean {
    const snapshot = emulator.control.snapshot();
    const hidden = snapshot.system.advancedSettings["enable-advanced-settings"] !== "Yes";
    const webSocket = Object.values(snapshot.services).some(
        (service) => service.advancedConfiguration["enable-websocket"] === "Yes",
    );
    return hidden && webSocket;
}

const chat = {
    name: "chat",
    ipAddress: "192.0.2.10",
    enableWebSocket: true,
    systemConfiguration: { id: "x", showAdvancedSettings: true },
    __provider: providerBlob,
};

describe("the WebSocket rule under concurrency: the check and the write it guards are one critical section", () => {
    it("a SystemConfiguration hiding advanced settings waits for a WebSocket create that has checked, then refuses", () =>
        withProvider(async ({ emulator }) => {
            const client = sharedClient(emulator);
            const settings = systemConfigurationHandlers(contextFor(emulator, client));
            const on = await settings.create({ showAdvancedSettings: true });

            const chatChecked = gate();
            const chatMayGoOn = gate();
            const service = serviceHandlers(
                contextFor(
                    emulator,
                    observed(client, {
                        async onRead(path) {
                            if (path === "/system/advanced-settings") {
                                chatChecked.open();
                                await chatMayGoOn.wait();
                            }
                        },
                    }),
                ),
            );
            const creating = service.create(chat);
            await chatChecked.wait(); // chat has read "Yes" and not yet written anything

            const offWaits = gate();
            const hiding = systemConfigurationHandlers(
                contextFor(emulator, observed(client, { onSectionRequested: offWaits.open })),
            ).update(on.id, on.outs, { showAdvancedSettings: false });
            const hidingSettled = hiding.then(
                () => undefined,
                () => undefined,
            );
            await Promise.race([offWaits.wait(), hidingSettled]);
            chatMayGoOn.open();

            const created = await creating;
            assert.equal(created.outs.enableWebSocket, true);
            const error = await rejection(hiding, WebSocketInUseError);
            assert.deepEqual(error.services, ["chat"]);
            assert.equal(ruleBroken(emulator), false, "advanced settings stay shown under chat's WebSocket");
            assert.equal(
                emulator.control.snapshot().system.advancedSettings["enable-advanced-settings"],
                "Yes",
            );
        }));

    it("a WebSocket create waits for a SystemConfiguration that has checked the services, then refuses, creating nothing", () =>
        withProvider(async ({ emulator }) => {
            const client = sharedClient(emulator);
            const on = await systemConfigurationHandlers(contextFor(emulator, client)).create({
                showAdvancedSettings: true,
            });

            const offChecked = gate();
            const offMayGoOn = gate();
            const hiding = systemConfigurationHandlers(
                contextFor(
                    emulator,
                    observed(client, {
                        async onRead(path) {
                            if (path === "/services") {
                                offChecked.open();
                                await offMayGoOn.wait();
                            }
                        },
                    }),
                ),
            ).update(on.id, on.outs, { showAdvancedSettings: false });
            await offChecked.wait(); // "off" found no WebSocket service and has not written yet

            const chatWaits = gate();
            const creating = serviceHandlers(
                contextFor(emulator, observed(client, { onSectionRequested: chatWaits.open })),
            ).create(chat);
            const creatingSettled = creating.then(
                () => undefined,
                () => undefined,
            );
            await Promise.race([chatWaits.wait(), creatingSettled]);
            offMayGoOn.open();

            await hiding;
            const error = await rejection(creating, AdvancedSettingsHiddenError);
            assert.match(error.message, /Cannot create service "chat" with enableWebSocket: true/);
            assert.equal(ruleBroken(emulator), false);
            assert.deepEqual(emulator.control.snapshot().services, {}, "nothing was created");
        }));

    it("runs the writes of an exclusive section with no other write in between, and reads beside them", () =>
        withProvider(async ({ emulator }) => {
            const client = sharedClient(emulator);
            const order: string[] = [];
            const inside = gate();
            const release = gate();
            const section = client.exclusive(async (calls) => {
                order.push("section start");
                inside.open();
                await release.wait();
                await calls.put("/system/advanced-settings", {
                    "enable-advanced-settings": "Yes",
                    "request-buffer-size": "32",
                });
                order.push("section end");
            });
            await inside.wait();
            const write = client
                .put("/system/advanced-settings", {
                    "enable-advanced-settings": "No",
                    "request-buffer-size": "32",
                })
                .then(() => order.push("other write"));
            await client.get("/system/advanced-settings");
            order.push("read beside the section");
            release.open();
            await Promise.all([section, write]);
            assert.deepEqual(order, [
                "section start",
                "read beside the section",
                "section end",
                "other write",
            ]);
        }));
});

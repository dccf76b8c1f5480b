import * as assert from "node:assert/strict";
import { afterEach, describe, it } from "node:test";

import type { RunningEmulator } from "../../emulator/index";
import { ApplianceClient } from "../../provider/client/appliance-client";
import { ConnectionSettings } from "../../provider/client/connection-settings";
import { ApplianceError, ApplianceUnreachableError } from "../../provider/client/errors";
import { rejection } from "../helpers/rejection";
import { withEmulator } from "../helpers/with-emulator";

interface ServicesAnswer {
    readonly object?: string;
    readonly data: Record<string, Record<string, unknown>>;
}

function clientFor(
    emulator: RunningEmulator,
    overrides: Partial<{ caCertificate: string; maxRetries: number }> = {},
): ApplianceClient {
    return ApplianceClient.for(
        new ConnectionSettings({
            address: emulator.url,
            username: emulator.username,
            password: emulator.password,
            timeoutSeconds: 5,
            maxRetries: 2,
            ...overrides,
        }),
    );
}

const chat = { name: "chat", type: "HTTP", "ip-address": "10.0.0.10", port: 80 };

afterEach(() => ApplianceClient.forgetAll());

describe("ApplianceClient against the emulator", () => {
    it("creates, reads, updates and deletes a service with a single login", () =>
        withEmulator(async (emulator) => {
            const client = clientFor(emulator);
            const created = await client.post<Record<string, unknown>>("/services", chat);
            assert.equal(created.id, "chat");
            assert.equal("token" in created, false, "the token is not handed to the caller");

            const read = await client.get<ServicesAnswer>("/services/chat");
            assert.equal(read.data.chat.port, "80");
            assert.equal(read.data.chat["ip-address"], "10.0.0.10");

            await client.put("/services/chat", { comments: "managed by Pulumi", port: 8080 });
            await client.put("/services/chat/advanced-configuration", { "enable-websocket": "Yes" });
            const updated = await client.get<ServicesAnswer>("/services/chat", {
                groups: ["Service", "Advanced Configuration"],
            });
            assert.equal(updated.data.chat.port, "8080");
            assert.equal(updated.data.chat.comments, "managed by Pulumi");
            const advanced = updated.data.chat["Advanced Configuration"] as Record<string, unknown>;
            assert.equal(advanced["enable-websocket"], "Yes");

            await client.delete("/services/chat");
            const gone = await rejection(client.get("/services/chat"), ApplianceError);
            assert.equal(gone.status, 404);
            assert.match(gone.message, /^GET \/services\/chat failed with 404: \S/);

            const counts = emulator.control.counts();
            assert.equal(counts["POST /login"], 1);
            assert.equal(counts["POST /services"], 1);
            assert.equal(counts["PUT /services/{name}"], 1);
            assert.equal(counts["DELETE /services/{name}"], 1);
        }));

    it("logs in once for many concurrent calls", () =>
        withEmulator(async (emulator) => {
            const client = clientFor(emulator);
            await Promise.all([
                ...Array.from({ length: 30 }, () => client.get("/services")),
                ...Array.from({ length: 5 }, (_, i) => client.post("/services", { ...chat, name: `s${i}` })),
            ]);
            const counts = emulator.control.counts();
            assert.equal(counts["POST /login"], 1);
            assert.equal(counts["GET /services"], 30);
            const all = await client.get<ServicesAnswer>("/services");
            assert.deepEqual(Object.keys(all.data).sort(), ["s0", "s1", "s2", "s3", "s4"]);
        }));

    it("logs in again once when the tokens expire mid-run", () =>
        withEmulator(async (emulator) => {
            const client = clientFor(emulator);
            await client.post("/services", chat);
            emulator.control.expireTokens();
            await Promise.all(Array.from({ length: 10 }, () => client.get("/services/chat")));
            await client.put("/services/chat", { comments: "after expiry" });
            assert.equal(emulator.control.counts()["POST /login"], 2);
            assert.equal(emulator.control.snapshot().services.chat?.service.comments, "after expiry");
        }));

    it("retries a read answered with 503 and succeeds", () =>
        withEmulator(async (emulator) => {
            const client = clientFor(emulator);
            await client.post("/services", chat);
            emulator.control.failNext("GET /services/{name}", 1, { status: 503 });
            const read = await client.get<ServicesAnswer>("/services/chat");
            assert.equal(read.data.chat.name, "chat");
            assert.equal(emulator.control.counts()["GET /services/{name}"], 2);
        }));

    it("retries a PUT whose connection was dropped and applies it once", () =>
        withEmulator(async (emulator) => {
            const client = clientFor(emulator);
            await client.post("/services", chat);
            emulator.control.failNext("PUT /services/{name}", 1, { drop: true });
            await client.put("/services/chat", { port: 8081 });
            assert.equal(emulator.control.counts()["PUT /services/{name}"], 2);
            assert.equal(emulator.control.snapshot().services.chat?.service.port, "8081");
        }));

    it("does not resend a POST answered with 500 and reports the outcome as unknown", () =>
        withEmulator(async (emulator) => {
            const client = clientFor(emulator);
            emulator.control.failNext("POST /services", 1, { status: 500 });
            const error = await rejection(client.post("/services", chat), ApplianceError);
            assert.equal(error.status, 500);
            assert.equal(error.outcomeUnknown, true);
            assert.equal(emulator.control.counts()["POST /services"], 1);
            assert.equal(emulator.control.snapshot().services.chat, undefined);
        }));

    it("does not resend a POST whose connection was dropped", () =>
        withEmulator(async (emulator) => {
            const client = clientFor(emulator);
            emulator.control.failNext("POST /services", 1, { drop: true });
            const error = await rejection(client.post("/services", chat), ApplianceUnreachableError);
            assert.equal(error.outcomeUnknown, true);
            assert.equal(emulator.control.counts()["POST /services"], 1);
        }));

    it("reports the appliance's message for a duplicate name and for an invalid value", () =>
        withEmulator(async (emulator) => {
            const client = clientFor(emulator);
            await client.post("/services", chat);
            const duplicate = await rejection(client.post("/services", chat), ApplianceError);
            assert.equal(duplicate.status, 400);
            assert.equal(duplicate.outcomeUnknown, false);
            assert.match(duplicate.message, /^POST \/services failed with 400: \S/);
            const invalid = await rejection(client.put("/services/chat", { port: 70000 }), ApplianceError);
            assert.equal(invalid.status, 400);
            assert.match(invalid.applianceMessage, /port/i);
        }));

    it("verifies the HTTPS emulator with its CA certificate and refuses it without", () =>
        withEmulator(
            async (emulator) => {
                assert.ok(emulator.url.startsWith("https://") && emulator.caCertificate !== undefined);
                const trusted = clientFor(emulator, { caCertificate: emulator.caCertificate });
                const answer = await trusted.get<ServicesAnswer>("/services");
                assert.deepEqual(answer.data, {});
                ApplianceClient.forgetAll();
                const untrusted = clientFor(emulator);
                const error = await rejection(untrusted.get("/services"), ApplianceUnreachableError);
                assert.match(error.reason, /TLS verification/);
                assert.equal(emulator.control.counts()["POST /login"], 1, "no login was sent without trust");
            },
            { https: true },
        ));
});

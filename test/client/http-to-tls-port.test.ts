import * as assert from "node:assert/strict";
import * as net from "node:net";
import { describe, it } from "node:test";

import { generate } from "selfsigned";

import { ApplianceClient } from "../../provider/client/appliance-client";
import { ConnectionSettings } from "../../provider/client/connection-settings";
import { ApplianceUnreachableError } from "../../provider/client/errors";
import { rejection } from "../helpers/rejection";
import { withFakeAppliance } from "./fake-appliance";

function clientAt(address: string, password = "pw"): ApplianceClient {
    return ApplianceClient.for(
        new ConnectionSettings({ address, username: "admin", password, timeoutSeconds: 5, maxRetries: 3 }),
    );
}

/** A server on 127.0.0.1 that answers every connection's first bytes with `answer` and closes it. */
async function withRawServer(answer: Buffer, fn: (address: string) => Promise<void>): Promise<void> {
    const server = net.createServer((socket) => {
        socket.once("data", () => socket.end(answer));
        socket.on("error", () => undefined);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
        await fn(`http://127.0.0.1:${(server.address() as net.AddressInfo).port}`);
    } finally {
        await new Promise<void>((resolve) => server.close(() => resolve()));
    }
}

describe("an http:// address at a port that speaks HTTPS says to use https://, without retrying", () => {
    const certificate = generate([{ name: "commonName", value: "127.0.0.1" }], {
        keySize: 2048,
        algorithm: "sha256",
    });

    it("when the TLS server drops the request without a word (node, OpenSSL): one handshake tells", async () => {
        const pems = await certificate;
        await withFakeAppliance({ tls: { key: pems.private, cert: pems.cert } }, async (fake) => {
            const address = fake.url.replace(/^https:/, "http:");
            const error = await rejection(
                clientAt(address, fake.password).get("/services"),
                ApplianceUnreachableError,
            );
            assert.match(error.reason, /^this port speaks HTTPS, not plain HTTP \(ECONNRESET\)/);
            assert.ok(error.message.includes(`set barracudawaf:address to ${fake.url}`), error.message);
            assert.equal(error.attempts, 1, "a port that speaks TLS will not start speaking plain HTTP");
            assert.equal(fake.requests.length, 0, "no request reached the appliance");
        });
    });

    it("when the TLS server answers 400 with its page (nginx), even to the login", async () => {
        const page =
            "<html><head><title>400 The plain HTTP request was sent to HTTPS port</title></head><body>" +
            "<center><h1>400 Bad Request</h1></center></body></html>";
        await withFakeAppliance({ loginHandler: () => ({ status: 400, body: page }) }, async (fake) => {
            const error = await rejection(clientAt(fake.url).get("/services"), ApplianceUnreachableError);
            assert.equal(
                error.reason,
                "this port speaks HTTPS, not plain HTTP (it answered 400: The plain HTTP request was sent to " +
                    `HTTPS port); set barracudawaf:address to ${fake.url.replace(/^http:/, "https:")}`,
            );
            assert.doesNotMatch(error.message, /refused login|<html>/);
            assert.equal(fake.count("POST /login"), 1);
        });
    });

    it("when the TLS server answers 400 in plain text (Go)", async () => {
        const answer = Buffer.from(
            "HTTP/1.0 400 Bad Request\r\n\r\nClient sent an HTTP request to an HTTPS server.\n",
        );
        await withRawServer(answer, async (address) => {
            const error = await rejection(clientAt(address).get("/services"), ApplianceUnreachableError);
            assert.match(
                error.reason,
                /^this port speaks HTTPS, not plain HTTP \(it answered 400: Client sent/,
            );
        });
    });

    it("when the TLS server answers with a TLS alert record", async () => {
        // A TLS 1.2 record (type 21, alert), fatal protocol_version.
        await withRawServer(Buffer.from([0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x46]), async (address) => {
            const error = await rejection(clientAt(address).get("/services"), ApplianceUnreachableError);
            assert.match(error.reason, /^this port speaks HTTPS, not plain HTTP \(HPE_[A-Z_]+\)/);
            assert.ok(
                error.message.includes(`set barracudawaf:address to ${address.replace("http:", "https:")}`),
            );
            assert.equal(error.attempts, 1);
        });
    });

    it("but a plain-HTTP appliance that resets a connection is retried, and called a reset", async () => {
        await withFakeAppliance({ handler: () => ({ drop: true }) }, async (fake) => {
            const error = await rejection(
                clientAt(fake.url, fake.password).get("/services"),
                ApplianceUnreachableError,
            );
            assert.match(error.reason, /^connection reset or dropped by the appliance \(ECONNRESET\)/);
            assert.equal(error.attempts, 4, "three retries, as configured");
        });
    });
});

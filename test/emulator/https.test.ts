import * as assert from "node:assert/strict";
import * as https from "node:https";
import { describe, it } from "node:test";
import { withEmulator } from "../helpers/with-emulator";

/** POST /login over HTTPS, trusting only `ca`. */
function login(
    url: string,
    ca: string | undefined,
    host = "127.0.0.1",
): Promise<{ status: number; body: string }> {
    const target = new URL(`${url}/restapi/v3.2/login`);
    return new Promise((resolve, reject) => {
        const request = https.request(
            {
                host: target.hostname,
                port: target.port,
                path: target.pathname,
                method: "POST",
                ca,
                servername: host === "127.0.0.1" ? undefined : host,
                headers: {
                    "Content-Type": "application/json",
                    ...(host === "127.0.0.1" ? {} : { Host: host }),
                },
                timeout: 10_000,
            },
            (response) => {
                let body = "";
                response.on("data", (chunk: Buffer) => (body += chunk.toString()));
                response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
            },
        );
        request.on("timeout", () => request.destroy(new Error("timed out")));
        request.on("error", reject);
        request.end(JSON.stringify({ username: "admin", password: "admin" }));
    });
}

describe("the emulator over HTTPS", () => {
    it("serves the API with a self-signed certificate that verifies for 127.0.0.1", () =>
        withEmulator(
            async (emulator) => {
                assert.match(emulator.url, /^https:\/\/127\.0\.0\.1:\d+$/);
                assert.match(emulator.caCertificate ?? "", /BEGIN CERTIFICATE/);
                const answer = await login(emulator.url, emulator.caCertificate);
                assert.equal(answer.status, 201);
                assert.equal(typeof JSON.parse(answer.body).token, "string");
            },
            { https: true },
        ));

    it("has a certificate that also verifies for localhost", () =>
        withEmulator(
            async (emulator) => {
                const answer = await login(emulator.url, emulator.caCertificate, "localhost");
                assert.equal(answer.status, 201);
            },
            { https: true },
        ));

    it("is refused by a client that does not trust the certificate", () =>
        withEmulator(
            async (emulator) => {
                await assert.rejects(login(emulator.url, undefined), /self-signed|self signed/);
            },
            { https: true },
        ));
});

describe("the emulator over HTTP", () => {
    it("has no certificate", () =>
        withEmulator(async (emulator) => {
            assert.match(emulator.url, /^http:\/\/127\.0\.0\.1:\d+$/);
            assert.equal(emulator.caCertificate, undefined);
        }));
});

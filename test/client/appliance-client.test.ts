import * as assert from "node:assert/strict";
import { afterEach, describe, it } from "node:test";
import { inspect } from "node:util";

import { generate } from "selfsigned";

import { ApplianceClient } from "../../provider/client/appliance-client";
import { ConnectionSettings } from "../../provider/client/connection-settings";
import {
    ApplianceError,
    ApplianceTimeoutError,
    ApplianceUnreachableError,
    AuthenticationError,
} from "../../provider/client/errors";
import { BarracudaWafError } from "../../provider/barracuda-waf-error";
import { rejection } from "../helpers/rejection";
import { closedPort, type FakeAppliance, withFakeAppliance } from "./fake-appliance";

function clientFor(
    fake: FakeAppliance,
    overrides: Partial<{
        timeoutSeconds: number;
        maxRetries: number;
        caCertificate: string;
        insecure: boolean;
    }> = {},
): ApplianceClient {
    return ApplianceClient.for(
        new ConnectionSettings({
            address: fake.url,
            username: fake.username,
            password: fake.password,
            timeoutSeconds: 5,
            maxRetries: 2,
            ...overrides,
        }),
    );
}

/** Fails when the password, any issued token or an Authorization header shows in any view of the error. */
function assertNoSecrets(error: unknown, fake: FakeAppliance): void {
    const views = [
        inspect(error, { depth: 20, showHidden: true }),
        JSON.stringify(error),
        JSON.stringify(error, Object.getOwnPropertyNames(error)),
        String(error),
        (error as Error).stack ?? "",
    ].join("\n");
    assert.ok(!views.includes(fake.password), "the password leaked into an error");
    for (const token of fake.issuedTokens) {
        for (const line of token.split("\n").filter((part) => part.length >= 8)) {
            assert.ok(!views.includes(line), "a token leaked into an error");
        }
        assert.ok(
            !views.includes(Buffer.from(`${token}:`).toString("base64")),
            "an Authorization header leaked",
        );
    }
    assert.ok(!/authorization/i.test(views), "an Authorization header leaked into an error");
}

afterEach(() => ApplianceClient.forgetAll());

describe("ApplianceClient sessions", () => {
    it("logs in once and sends each answer's token, line breaks included, on the next call", async () => {
        await withFakeAppliance({}, async (fake) => {
            const client = clientFor(fake);
            await client.get("/services");
            await client.get("/services");
            await client.put("/services/chat", { comments: "x" });
            assert.equal(fake.count("POST /login"), 1);
            const calls = fake.requests.filter((request) => request.path !== "/login");
            assert.equal(calls.length, 3);
            assert.ok(fake.issuedTokens[0].includes("\n") && fake.issuedTokens[0].endsWith("\n"));
            assert.equal(calls[0].token, fake.issuedTokens[0], "first call uses the login token exactly");
            assert.equal(
                calls[1].token,
                fake.issuedTokens[1],
                "second call uses the token of the first answer",
            );
            assert.equal(
                calls[2].token,
                fake.issuedTokens[2],
                "third call uses the token of the second answer",
            );
        });
    });

    it("shares one login among many concurrent first calls", async () => {
        await withFakeAppliance(
            { handler: () => ({ status: 200, body: { data: {} }, delayMs: 20 }) },
            async (fake) => {
                const client = clientFor(fake);
                await Promise.all([
                    ...Array.from({ length: 20 }, () => client.get("/services")),
                    ...Array.from({ length: 5 }, (_, i) => client.put(`/services/s${i}`, {})),
                ]);
                assert.equal(fake.count("POST /login"), 1);
                assert.equal(fake.count("GET /services"), 20);
            },
        );
    });

    it("returns the same client for the same address and user, and another for another user", async () => {
        await withFakeAppliance({}, async (fake) => {
            const first = clientFor(fake);
            assert.equal(clientFor(fake, { timeoutSeconds: 9 }), first);
            const other = ApplianceClient.for(
                new ConnectionSettings({ address: fake.url, username: "auditor", password: "x" }),
            );
            assert.notEqual(other, first);
            ApplianceClient.forgetAll();
            assert.notEqual(clientFor(fake), first);
        });
    });

    it("keeps its session when the password is rotated and uses the new one at the next login", async () => {
        await withFakeAppliance({}, async (fake) => {
            const client = clientFor(fake);
            await client.get("/services");
            const rotated = ApplianceClient.for(
                new ConnectionSettings({
                    address: fake.url,
                    username: fake.username,
                    password: "rotated-pass",
                }),
            );
            assert.equal(rotated, client);
            await client.get("/services");
            assert.equal(fake.count("POST /login"), 1, "no new login just because the password changed");
            fake.expireTokens();
            await rejection(client.get("/services"), AuthenticationError);
            const logins = fake.requests.filter((request) => request.path === "/login");
            assert.equal(JSON.parse(logins[1].body).password, "rotated-pass");
        });
    });

    it("logs in again once and repeats the call when the token has expired", async () => {
        await withFakeAppliance({}, async (fake) => {
            const client = clientFor(fake);
            await client.get("/services");
            fake.expireTokens();
            const results = await Promise.all(Array.from({ length: 8 }, () => client.get("/services")));
            assert.equal(results.length, 8);
            assert.equal(fake.count("POST /login"), 2, "one login, then exactly one re-login for 8 calls");
            assert.equal(fake.count("GET /services"), 1 + 8 + 8);
        });
    });

    it("reports an AuthenticationError when the session is refused right after a fresh login", async () => {
        await withFakeAppliance(
            { handler: () => ({ status: 401, body: { msg: "Insufficient privileges." } }) },
            async (fake) => {
                const error = await rejection(clientFor(fake).get("/services"), AuthenticationError);
                assert.equal(error.code, "ERR_AUTHENTICATION");
                assert.equal(fake.count("POST /login"), 2);
                assert.equal(fake.count("GET /services"), 2);
                assert.match(error.message, /GET \/services right after a fresh login/);
                assert.match(error.message, /Insufficient privileges\./);
                assertNoSecrets(error, fake);
            },
        );
    });

    it("reports a refused login as an AuthenticationError without the password", async () => {
        await withFakeAppliance({}, async (fake) => {
            const client = ApplianceClient.for(
                new ConnectionSettings({
                    address: fake.url,
                    username: "admin",
                    password: "wrong-password-123",
                }),
            );
            const error = await rejection(client.get("/services"), AuthenticationError);
            assert.equal(error.status, 401);
            assert.equal(error.applianceMessage, "Invalid username or password.");
            assert.match(
                error.message,
                /refused login as user "admin" with 401: Invalid username or password\./,
            );
            assert.ok(!inspect(error, { depth: 20 }).includes("wrong-password-123"));
            assert.ok(!JSON.stringify(error).includes("wrong-password-123"));
            assert.equal(fake.count("GET /services"), 0);
        });
    });

    it("logs out with the current token and logs in again on the next call", async () => {
        await withFakeAppliance({}, async (fake) => {
            const client = clientFor(fake);
            await client.get("/services");
            await client.logout();
            assert.equal(fake.count("DELETE /logout"), 1);
            assert.equal(fake.requests.at(-1)?.token, fake.issuedTokens[1]);
            await client.logout();
            assert.equal(fake.count("DELETE /logout"), 1, "a second logout without a session sends nothing");
            await client.get("/services");
            assert.equal(fake.count("POST /login"), 2);
        });
    });
});

describe("ApplianceClient answers", () => {
    it("resolves with the JSON body without its token and encodes repeated query keys", async () => {
        await withFakeAppliance(
            { handler: () => ({ status: 200, body: { object: "Service", data: { chat: { port: "80" } } } }) },
            async (fake) => {
                const body = await clientFor(fake).get<Record<string, unknown>>("/services/chat", {
                    groups: ["Service", "Advanced Configuration"],
                    parameters: "name,port",
                });
                assert.deepEqual(body, { object: "Service", data: { chat: { port: "80" } } });
                assert.equal(
                    fake.requests.at(-1)?.query,
                    "groups=Service&groups=Advanced%20Configuration&parameters=name%2Cport",
                );
            },
        );
    });

    it("turns every error body shape into an ApplianceError with the appliance's message", async () => {
        const cases: Array<[number, Record<string, unknown> | string, string]> = [
            [400, { msg: "Port must be between 1 and 65535." }, "Port must be between 1 and 65535."],
            [
                400,
                { errors: { msg: "Service name already exists.", type: "DuplicateName" } },
                "Service name already exists.",
            ],
            [404, { error: { msg: "Service chat not found.", status: "404" } }, "Service chat not found."],
            [400, { errors: { port: "must be a number" } }, "port: must be a number"],
            [502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "(not JSON) 502 Bad Gateway"],
            [400, {}, "(no message in the body)"],
            [409, "", "(no message: the body was empty)"],
        ];
        let index = 0;
        await withFakeAppliance(
            { handler: () => ({ status: cases[index][0], body: cases[index][1] }) },
            async (fake) => {
                const client = clientFor(fake, { maxRetries: 0 });
                for (; index < cases.length; index++) {
                    const [status, , message] = cases[index];
                    const error = await rejection(
                        client.put("/services/chat/advanced-configuration", { "enable-websocket": "Yes" }),
                        ApplianceError,
                    );
                    assert.equal(error.code, "ERR_APPLIANCE");
                    assert.equal(error.status, status);
                    assert.equal(error.applianceMessage, message);
                    assert.equal(
                        error.message,
                        `PUT /services/chat/advanced-configuration failed with ${status}: ${message}`,
                    );
                    assertNoSecrets(error, fake);
                }
            },
        );
    });

    it("counts a 4xx without a message as an error, never as success", async () => {
        await withFakeAppliance(
            { handler: () => ({ status: 403, body: { object: "Service" } }) },
            async (fake) => {
                const error = await rejection(clientFor(fake).delete("/services/chat"), ApplianceError);
                assert.equal(error.status, 403);
                assert.match(error.applianceMessage, /no message/);
            },
        );
    });

    it("reports a redirect as an error that points at the address setting", async () => {
        await withFakeAppliance(
            { handler: () => ({ status: 301, body: "", headers: { location: "https://127.0.0.1:8443/" } }) },
            async (fake) => {
                const error = await rejection(clientFor(fake).get("/services"), ApplianceError);
                assert.equal(error.status, 301);
                assert.match(
                    error.message,
                    /redirected to https:\/\/127\.0\.0\.1:8443\/; set barracudawaf:address/,
                );
            },
        );
    });

    it("reports a success answer that is not JSON as an error", async () => {
        await withFakeAppliance(
            { handler: () => ({ status: 200, body: "<html>login</html>" }) },
            async (fake) => {
                const error = await rejection(clientFor(fake).get("/services"), ApplianceError);
                assert.match(error.message, /failed with 200: the answer is not JSON/);
            },
        );
    });
});

describe("ApplianceClient retries", () => {
    it("retries a GET after a 503 and resolves with the later answer", async () => {
        let calls = 0;
        await withFakeAppliance(
            {
                handler: () =>
                    ++calls === 1
                        ? { status: 503, body: { msg: "Busy." } }
                        : { status: 200, body: { data: { chat: {} } } },
            },
            async (fake) => {
                const started = Date.now();
                const body = await clientFor(fake).get("/services");
                assert.deepEqual(body, { data: { chat: {} } });
                assert.equal(fake.count("GET /services"), 2);
                assert.ok(Date.now() - started >= 140, "waited for the backoff before retrying");
            },
        );
    });

    it("gives up after maxRetries with an error that says how many attempts were made", async () => {
        await withFakeAppliance(
            { handler: () => ({ status: 504, body: { msg: "Gateway timeout." } }) },
            async (fake) => {
                const error = await rejection(
                    clientFor(fake, { maxRetries: 2 }).put("/services/chat", {}),
                    ApplianceError,
                );
                assert.equal(fake.count("PUT /services/chat"), 3);
                assert.equal(error.attempts, 3);
                assert.equal(
                    error.message,
                    "PUT /services/chat failed with 504: Gateway timeout. (after 3 attempts)",
                );
            },
        );
    });

    it("retries a PUT whose connection was dropped", async () => {
        let calls = 0;
        await withFakeAppliance(
            { handler: () => (++calls === 1 ? { drop: true } : { status: 200, body: { msg: "Updated." } }) },
            async (fake) => {
                const body = await clientFor(fake).put("/services/chat", { port: 8080 });
                assert.deepEqual(body, { msg: "Updated." });
                assert.equal(fake.count("PUT /services/chat"), 2);
            },
        );
    });

    it("never resends a POST whose connection was dropped, and says the outcome is unknown", async () => {
        await withFakeAppliance({ handler: () => ({ drop: true }) }, async (fake) => {
            const error = await rejection(
                clientFor(fake).post("/services", { name: "chat" }),
                ApplianceUnreachableError,
            );
            assert.equal(fake.count("POST /services"), 1);
            assert.equal(error.code, "ERR_APPLIANCE_UNREACHABLE");
            assert.equal(error.outcomeUnknown, true);
            assert.match(
                error.message,
                /^POST \/services could not reach the appliance at http:\/\/127\.0\.0\.1:\d+: /,
            );
            assert.match(error.message, /may have been applied, so it was not resent/);
            assertNoSecrets(error, fake);
        });
    });

    it("never resends a POST answered with 500 or 503", async () => {
        let status = 500;
        await withFakeAppliance(
            { handler: () => ({ status, body: { msg: "Internal error." } }) },
            async (fake) => {
                const client = clientFor(fake);
                const first = await rejection(client.post("/services", { name: "chat" }), ApplianceError);
                assert.equal(first.outcomeUnknown, true);
                status = 503;
                const second = await rejection(client.post("/services", { name: "chat" }), ApplianceError);
                assert.equal(second.status, 503);
                assert.equal(fake.count("POST /services"), 2, "one request per call");
            },
        );
    });

    it("reports a 400 on a POST as a definite failure", async () => {
        await withFakeAppliance(
            {
                handler: () => ({
                    status: 400,
                    body: { errors: { msg: "Name exists.", type: "DuplicateName" } },
                }),
            },
            async (fake) => {
                const error = await rejection(
                    clientFor(fake).post("/services", { name: "chat" }),
                    ApplianceError,
                );
                assert.equal(error.outcomeUnknown, false);
                assert.equal(error.message, "POST /services failed with 400: Name exists.");
            },
        );
    });

    it("reports a refused connection after the retries with the reason and the attempts", async () => {
        const port = await closedPort();
        const client = ApplianceClient.for(
            new ConnectionSettings({
                address: `http://127.0.0.1:${port}`,
                username: "admin",
                password: "secret-password",
                maxRetries: 1,
            }),
        );
        const error = await rejection(client.get("/services"), ApplianceUnreachableError);
        assert.equal(error.method, "POST", "the login was the call that could not connect");
        assert.equal(error.path, "/login");
        assert.equal(error.attempts, 2);
        assert.match(error.reason, /connection refused \(ECONNREFUSED\)/);
        assert.equal(error.outcomeUnknown, false);
        assert.ok(!inspect(error, { depth: 20, showHidden: true }).includes("secret-password"));
        assert.ok(!JSON.stringify(error, Object.getOwnPropertyNames(error)).includes("secret-password"));
    });

    it("times out a call that gets no answer and retries a read once per allowed retry", async () => {
        await withFakeAppliance({ handler: () => ({ hang: true }) }, async (fake) => {
            const started = Date.now();
            const error = await rejection(
                clientFor(fake, { timeoutSeconds: 0.3, maxRetries: 1 }).get("/services"),
                ApplianceTimeoutError,
            );
            const elapsed = Date.now() - started;
            assert.equal(error.code, "ERR_APPLIANCE_TIMEOUT");
            assert.equal(error.timeoutMs, 300);
            assert.equal(error.attempts, 2);
            assert.equal(fake.count("GET /services"), 2);
            assert.ok(elapsed >= 600, `two timeouts of 300 ms took only ${elapsed} ms`);
            assert.match(error.message, /within 300 ms \(after 2 attempts\)/);
            assertNoSecrets(error, fake);
        });
    });

    it("does not resend a POST that timed out", async () => {
        await withFakeAppliance({ handler: () => ({ hang: true }) }, async (fake) => {
            const error = await rejection(
                clientFor(fake, { timeoutSeconds: 0.2, maxRetries: 3 }).post("/services", { name: "chat" }),
                ApplianceTimeoutError,
            );
            assert.equal(error.outcomeUnknown, true);
            assert.equal(fake.count("POST /services"), 1);
        });
    });
});

describe("ApplianceClient concurrency", () => {
    it("sends writes to one appliance one at a time, in call order", async () => {
        await withFakeAppliance(
            { handler: () => ({ status: 200, body: { msg: "ok" }, delayMs: 40 }) },
            async (fake) => {
                const client = clientFor(fake);
                const other = ApplianceClient.for(
                    new ConnectionSettings({ address: fake.url, username: "admin", password: fake.password }),
                );
                await Promise.all([
                    client.post("/services", { name: "a" }),
                    client.put("/services/a", {}),
                    client.delete("/services/b"),
                    other.put("/services/c", {}),
                    client.put("/services/d", {}),
                ]);
                assert.equal(fake.maxConcurrentWrites, 1);
                const order = fake.requests
                    .filter((r) => r.path !== "/login")
                    .map((r) => `${r.method} ${r.path}`);
                assert.deepEqual(order, [
                    "POST /services",
                    "PUT /services/a",
                    "DELETE /services/b",
                    "PUT /services/c",
                    "PUT /services/d",
                ]);
            },
        );
    });

    it("runs reads in parallel, also while a write is in progress", async () => {
        await withFakeAppliance(
            { handler: () => ({ status: 200, body: { data: {} }, delayMs: 150 }) },
            async (fake) => {
                const client = clientFor(fake);
                await client.get("/system");
                await Promise.all([
                    client.put("/services/chat", {}),
                    ...Array.from({ length: 6 }, () => client.get("/services")),
                ]);
                // All six reads were at the appliance at once, beside the write: no upper bound on time needed.
                assert.equal(fake.maxConcurrentReads, 6);
            },
        );
    });

    it("keeps the write queue moving after a failed write", async () => {
        let calls = 0;
        await withFakeAppliance(
            {
                handler: () =>
                    ++calls === 1 ? { status: 400, body: { msg: "Bad." } } : { status: 200, body: {} },
            },
            async (fake) => {
                const client = clientFor(fake);
                const [first, second] = await Promise.allSettled([
                    client.put("/services/a", {}),
                    client.put("/services/b", {}),
                ]);
                assert.equal(first.status, "rejected");
                assert.equal(second.status, "fulfilled");
            },
        );
    });
});

describe("ApplianceClient TLS", () => {
    const certificate = generate([{ name: "commonName", value: "127.0.0.1" }], {
        keySize: 2048,
        algorithm: "sha256",
        extensions: [{ name: "subjectAltName", altNames: [{ type: 7, ip: "127.0.0.1" }] }],
    });

    it("trusts the appliance's certificate when given its CA", async () => {
        const pems = await certificate;
        await withFakeAppliance({ tls: { key: pems.private, cert: pems.cert } }, async (fake) => {
            assert.ok(fake.url.startsWith("https://"));
            const body = await clientFor(fake, { caCertificate: pems.cert }).get("/services");
            assert.deepEqual(body, { data: {} });
        });
    });

    it("refuses a certificate it cannot verify and says how to fix it", async () => {
        const pems = await certificate;
        await withFakeAppliance({ tls: { key: pems.private, cert: pems.cert } }, async (fake) => {
            const error = await rejection(clientFor(fake).get("/services"), ApplianceUnreachableError);
            assert.match(error.reason, /TLS verification of the appliance's certificate failed/);
            assert.match(error.reason, /SELF_SIGNED/);
            assert.match(error.message, /barracudawaf:caCertificate/);
            assert.equal(error.attempts, 1, "a TLS failure is not retried");
            assert.equal(fake.requests.length, 0, "nothing reached the server, not even the password");
        });
    });

    it("says an https:// address points at a plain-HTTP port, names the http:// address, and does not retry", async () => {
        await withFakeAppliance({}, async (fake) => {
            const address = fake.url.replace(/^http:/, "https:");
            const client = ApplianceClient.for(
                new ConnectionSettings({
                    address,
                    username: fake.username,
                    password: fake.password,
                    maxRetries: 3,
                }),
            );
            const error = await rejection(client.get("/services"), ApplianceUnreachableError);
            assert.match(error.reason, /^this port speaks plain HTTP, not HTTPS/);
            assert.ok(error.message.includes(`set barracudawaf:address to ${fake.url}`), error.message);
            assert.doesNotMatch(error.message, /ssl3_get_record|wrong version number/, "no raw OpenSSL text");
            assert.equal(error.attempts, 1, "a port that speaks HTTP will not start speaking TLS");
        });
    });

    it("skips verification only when insecure is set", async () => {
        const pems = await certificate;
        await withFakeAppliance({ tls: { key: pems.private, cert: pems.cert } }, async (fake) => {
            const body = await clientFor(fake, { insecure: true }).get("/services");
            assert.deepEqual(body, { data: {} });
        });
    });
});

describe("ApplianceClient errors", () => {
    it("are provider errors with stable codes", async () => {
        await withFakeAppliance(
            { handler: () => ({ status: 404, body: { error: { msg: "No.", status: "404" } } }) },
            async (fake) => {
                const error = await rejection(clientFor(fake).get("/services/none"), BarracudaWafError);
                assert.equal(error.code, "ERR_APPLIANCE");
                assert.equal(error.name, "ApplianceError");
            },
        );
    });
});

describe("ApplianceClient retry policy", () => {
    it("waits as long as a Retry-After header asks, within its limit, before retrying a read", async () => {
        let calls = 0;
        await withFakeAppliance(
            {
                handler: () =>
                    ++calls === 1
                        ? { status: 503, body: { msg: "Busy." }, headers: { "retry-after": "1" } }
                        : { status: 200, body: { data: {} } },
            },
            async (fake) => {
                const client = clientFor(fake);
                await client.get("/system");
                calls = 0;
                const started = Date.now();
                await client.get("/services");
                assert.equal(fake.count("GET /services"), 2);
                assert.ok(Date.now() - started >= 990, "waited the second the appliance asked for");
            },
        );
    });

    it("understands a Retry-After given as an HTTP date", async () => {
        let calls = 0;
        let until = 0;
        await withFakeAppliance(
            {
                handler: () => {
                    if (++calls > 1) {
                        return { status: 200, body: { data: {} } };
                    }
                    until = Date.now() + 3000;
                    return {
                        status: 503,
                        body: { msg: "Busy." },
                        headers: { "retry-after": new Date(until).toUTCString() },
                    };
                },
            },
            async (fake) => {
                const client = clientFor(fake);
                await client.get("/services");
                assert.equal(fake.count("GET /services"), 2);
                // The date has whole seconds, so it names 2–3 s ahead; the backoff alone waits at most 250 ms.
                assert.ok(Date.now() >= until - 1500, "waited until about the date the appliance named");
            },
        );
    });

    it("ignores a Retry-After beyond its limit and still retries the read", async () => {
        let calls = 0;
        await withFakeAppliance(
            {
                handler: () =>
                    ++calls === 1
                        ? { status: 503, body: { msg: "Busy." }, headers: { "retry-after": "3600" } }
                        : { status: 200, body: { data: { chat: {} } } },
            },
            async (fake) => {
                const body = await clientFor(fake).get("/services");
                assert.deepEqual(body, { data: { chat: {} } });
                assert.equal(fake.count("GET /services"), 2);
            },
        );
    });

    it("gives a call its whole retry budget again after the fresh login that followed a 401", async () => {
        let busy = 0;
        await withFakeAppliance(
            {
                handler: () =>
                    busy-- > 0
                        ? { status: 503, body: { msg: "Busy." } }
                        : { status: 200, body: { data: {} } },
            },
            async (fake) => {
                const client = clientFor(fake, { maxRetries: 2 });
                await client.get("/services");
                fake.expireTokens();
                busy = 2;
                await client.put("/services/chat", { comments: "x" });
                assert.equal(fake.count("POST /login"), 2);
                assert.equal(
                    fake.count("PUT /services/chat"),
                    1 + 3,
                    "the refused PUT, then three in the new session",
                );
            },
        );
    });

    it("counts the attempts made in the session after a fresh login when it gives up", async () => {
        await withFakeAppliance(
            { handler: () => ({ status: 504, body: { msg: "Gateway timeout." } }) },
            async (fake) => {
                const client = clientFor(fake, { maxRetries: 2 });
                await rejection(client.get("/services"), ApplianceError);
                fake.expireTokens();
                const error = await rejection(client.delete("/services/chat"), ApplianceError);
                assert.equal(fake.count("DELETE /services/chat"), 1 + 3);
                assert.equal(error.attempts, 3);
                assert.equal(
                    error.message,
                    "DELETE /services/chat failed with 504: Gateway timeout. (after 3 attempts)",
                );
            },
        );
    });

    it("retries a POST whose connection was refused, as it never reached the appliance", async () => {
        await withFakeAppliance({}, async (fake) => {
            const client = clientFor(fake, { maxRetries: 2 });
            await client.get("/services");
            await fake.stop();
            // The read uses up the idle keep-alive connection the fake closed (a reset, which a POST may not
            // survive), so the POST below opens a new connection, which is refused.
            await rejection(client.get("/services"), ApplianceUnreachableError);
            const error = await rejection(
                client.post("/services", { name: "chat" }),
                ApplianceUnreachableError,
            );
            assert.equal(error.method, "POST");
            assert.equal(error.path, "/services");
            assert.equal(error.attempts, 3, "sent once and retried twice");
            assert.equal(error.outcomeUnknown, false, "a refused connection carried nothing");
            assert.match(error.reason, /connection refused \(ECONNREFUSED\)/);
            assert.doesNotMatch(error.message, /may have been applied/);
            assertNoSecrets(error, fake);
        });
    });

    it("resends a login answered with 503, and sends no token with it", async () => {
        let logins = 0;
        await withFakeAppliance(
            {
                loginHandler: () =>
                    ++logins === 1 ? { status: 503, body: { msg: "Starting." } } : undefined,
            },
            async (fake) => {
                await clientFor(fake).get("/services");
                assert.equal(fake.count("POST /login"), 2);
                const sent = fake.requests.filter((request) => request.path === "/login");
                assert.ok(sent.every((request) => request.token === undefined));
            },
        );
    });

    it("reports a login answered with 500 as failed, with a known outcome and no secret", async () => {
        await withFakeAppliance(
            { loginHandler: () => ({ status: 500, body: { msg: "Internal error." } }) },
            async (fake) => {
                const error = await rejection(clientFor(fake).get("/services"), ApplianceError);
                assert.equal(error.message, "POST /login failed with 500: Internal error.");
                assert.equal(error.outcomeUnknown, false, "a login creates nothing");
                assert.equal(fake.count("POST /login"), 1, "500 is not among the statuses retried");
                assert.equal(fake.count("GET /services"), 0);
                assertNoSecrets(error, fake);
            },
        );
    });

    it("logs out without complaint when the session had already ended", async () => {
        await withFakeAppliance({}, async (fake) => {
            const client = clientFor(fake);
            await client.get("/services");
            fake.expireTokens();
            await client.logout();
            assert.equal(fake.count("DELETE /logout"), 1);
            assert.equal(fake.count("POST /login"), 1, "no login just to log out");
            await client.get("/services");
            assert.equal(fake.count("POST /login"), 2);
        });
    });
});

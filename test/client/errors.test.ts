import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { inspect } from "node:util";

import {
    ApplianceError,
    ApplianceTimeoutError,
    ApplianceUnreachableError,
    AuthenticationError,
    ConfigurationError,
} from "../../provider/client/errors";
import { BarracudaWafError, safeCause } from "../../provider/barracuda-waf-error";

const password = "hunter2-very-secret";
const token = "eyJldCI6IjE3MDAwMDAwMDAiLCJ1c2VyIjoiYWRtaW4ifQ==\nc2Vzc2lvbi1zZWNyZXQ=\n";
const authorization = `Basic ${Buffer.from(token + ":").toString("base64")}`;

/** An error shaped like got's RequestError: it keeps the request options, with headers and the login body. */
function libraryErrorWithSecrets(): Error {
    const error = new Error("connect ECONNREFUSED 127.0.0.1:8443") as Error & Record<string, unknown>;
    error.code = "ECONNREFUSED";
    error.options = {
        headers: { authorization },
        json: { username: "admin", password },
        context: { token },
    };
    error.request = { token, authorization };
    error.response = { body: JSON.stringify({ token }) };
    return error;
}

function assertNoSecret(value: unknown): void {
    const views = [
        inspect(value, { depth: 20, showHidden: true }),
        inspect(value, { depth: 20 }),
        JSON.stringify(value),
        JSON.stringify(value, Object.getOwnPropertyNames(value)),
        String(value),
        (value as Error).stack ?? "",
    ];
    for (const view of views) {
        for (const secret of [password, token, token.trim(), authorization, "c2Vzc2lvbi1zZWNyZXQ="]) {
            assert.ok(!view.includes(secret), `a secret leaked into: ${view}`);
        }
    }
}

describe("provider errors", () => {
    it("say method, path, status and the appliance's message", () => {
        const error = new ApplianceError({
            method: "PUT",
            path: "/services/chat/advanced-configuration",
            status: 400,
            applianceMessage: "Invalid value for enable-websocket",
        });
        assert.ok(error instanceof BarracudaWafError);
        assert.ok(error instanceof Error);
        assert.equal(error.name, "ApplianceError");
        assert.equal(error.code, "ERR_APPLIANCE");
        assert.equal(
            error.message,
            "PUT /services/chat/advanced-configuration failed with 400: Invalid value for enable-websocket",
        );
        assert.equal(error.status, 400);
        assert.equal(error.applianceMessage, "Invalid value for enable-websocket");
        assert.equal(error.outcomeUnknown, false);
    });

    it("say how many attempts were made and when a write may have been applied", () => {
        const error = new ApplianceError({
            method: "POST",
            path: "/services",
            status: 500,
            applianceMessage: "Internal error",
            attempts: 1,
            outcomeUnknown: true,
        });
        assert.match(error.message, /may have been applied, so it was not resent/);
        const retried = new ApplianceTimeoutError({
            method: "GET",
            path: "/services",
            address: "https://waf:8443",
            timeoutMs: 500,
            attempts: 4,
        });
        assert.equal(retried.code, "ERR_APPLIANCE_TIMEOUT");
        assert.match(retried.message, /GET \/services got no answer .* within 500 ms \(after 4 attempts\)/);
        assert.match(retried.message, /barracudawaf:timeoutSeconds/);
    });

    it("each have a stable code and their own name", () => {
        const cases: Array<[BarracudaWafError, string, string]> = [
            [
                new ApplianceUnreachableError({
                    method: "GET",
                    path: "/services",
                    address: "https://waf:8443",
                    reason: "connection refused (ECONNREFUSED)",
                }),
                "ERR_APPLIANCE_UNREACHABLE",
                "ApplianceUnreachableError",
            ],
            [
                new AuthenticationError({ address: "https://waf:8443", username: "admin", status: 401 }),
                "ERR_AUTHENTICATION",
                "AuthenticationError",
            ],
            [
                new ConfigurationError({ key: "barracudawaf:address", problem: "is not set", fix: "set it" }),
                "ERR_CONFIGURATION",
                "ConfigurationError",
            ],
        ];
        for (const [error, code, name] of cases) {
            assert.equal(error.code, code);
            assert.equal(error.name, name);
            assert.ok(String(error).startsWith(`${name}: `));
        }
    });

    it("never carry a password, token or Authorization header, even from a library cause", () => {
        const cause = libraryErrorWithSecrets();
        const unreachable = new ApplianceUnreachableError(
            {
                method: "POST",
                path: "/login",
                address: "https://waf:8443",
                reason: "connection refused (ECONNREFUSED)",
            },
            { cause },
        );
        assertNoSecret(unreachable);
        const kept = unreachable.cause as Error & { code?: string };
        assert.equal(kept.message, "connect ECONNREFUSED 127.0.0.1:8443");
        assert.equal(kept.code, "ECONNREFUSED");

        const nested = new Error("outer", { cause });
        const timeout = new ApplianceTimeoutError(
            { method: "GET", path: "/services", address: "https://waf:8443", timeoutMs: 10 },
            { cause: nested },
        );
        assertNoSecret(timeout);
        assert.equal(
            ((timeout.cause as Error).cause as Error).message,
            "connect ECONNREFUSED 127.0.0.1:8443",
        );

        const authentication = new AuthenticationError({
            address: "https://waf:8443",
            username: "admin",
            status: 401,
            applianceMessage: "Invalid username or password",
        });
        assertNoSecret(authentication);
        assert.match(
            authentication.message,
            /refused login as user "admin" with 401: Invalid username or password/,
        );
    });

    it("keep a provider error as the cause unchanged", () => {
        const inner = new ConfigurationError({
            key: "barracudawaf:insecure",
            problem: "is odd",
            fix: "fix it",
        });
        assert.equal(safeCause(inner), inner);
    });
});

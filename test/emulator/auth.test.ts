import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { withEmulator } from "../helpers/with-emulator";
import { ApiSession, basicHeader } from "../helpers/api-session";

/** The JSON document a token carries. */
function decodeToken(token: string): Record<string, unknown> {
    return JSON.parse(Buffer.from(token.replace(/\s+/g, ""), "base64").toString("utf8"));
}

describe("logging in to the emulator", () => {
    it("answers 201 with a MIME-wrapped base64 token of a JSON document holding an id and an expiry", () =>
        withEmulator(async (emulator) => {
            const session = new ApiSession(emulator);
            const answer = await session.login();
            assert.equal(answer.status, 201);
            const token: string = answer.body.token;
            assert.ok(token.endsWith("\n"), "the token ends with a newline");
            const lines = token.slice(0, -1).split("\n");
            assert.ok(lines.length > 1, "the token is wrapped");
            for (const line of lines.slice(0, -1)) assert.equal(line.length, 76);
            const document = decodeToken(token);
            assert.equal(typeof document.id, "string");
            assert.ok(Number(document.expiry) > Date.now(), "the expiry lies in the future");
        }));

    it("refuses bad credentials with 401 and a msg body that still carries a token", () =>
        withEmulator(async (emulator) => {
            const answer = await new ApiSession(emulator).login("admin", "wrong");
            assert.equal(answer.status, 401);
            assert.equal(typeof answer.body.msg, "string");
            assert.equal(typeof answer.body.token, "string");
        }));

    it("gives out no working token with a failed login", () =>
        withEmulator(async (emulator) => {
            const session = new ApiSession(emulator);
            const refused = await session.login("admin", "wrong");
            const answer = await session.call("GET", "/services", undefined, {
                authorization: basicHeader(refused.body.token),
            });
            assert.equal(answer.status, 401);
        }));

    it("refuses a login body without a password with 400", () =>
        withEmulator(async (emulator) => {
            const answer = await new ApiSession(emulator).call("POST", "/login", { username: "admin" });
            assert.equal(answer.status, 400);
            assert.match(answer.body.errors.msg, /password/);
        }));

    it("takes the credentials given at start", () =>
        withEmulator(
            async (emulator) => {
                assert.equal(emulator.username, "operator");
                assert.equal((await new ApiSession(emulator).login("operator", "s3cret")).status, 201);
                assert.equal((await new ApiSession(emulator).login("admin", "admin")).status, 401);
            },
            { username: "operator", password: "s3cret" },
        ));
});

describe("changing the credentials at run time", () => {
    it("makes later logins use the new ones and keeps open sessions valid, as a password change on the appliance", () =>
        withEmulator(async (emulator) => {
            const open = await ApiSession.open(emulator);
            emulator.control.setCredentials("admin", "n3w-secret");
            assert.equal(emulator.password, "n3w-secret", "the emulator shows the current password");
            assert.equal((await new ApiSession(emulator).login("admin", "admin")).status, 401);
            assert.equal((await new ApiSession(emulator).login("admin", "n3w-secret")).status, 201);
            assert.equal((await open.get("/services")).status, 200, "the open session stays valid");
            assert.equal((await open.get("/system")).status, 200, "and so do the tokens it is given");
            emulator.control.setCredentials("operator", "other");
            assert.equal((await new ApiSession(emulator).login("admin", "n3w-secret")).status, 401);
            assert.equal((await new ApiSession(emulator).login("operator", "other")).status, 201);
            assert.throws(() => emulator.control.setCredentials("admin", ""), /non-empty strings/);
            emulator.control.reset();
            assert.equal(emulator.username, "admin", "reset brings back the credentials of the options");
            assert.equal((await new ApiSession(emulator).login("admin", "admin")).status, 201);
        }));

    it("works over HTTP too, refusing a body without a password with 400", () =>
        withEmulator(async (emulator) => {
            const put = (body: unknown) =>
                fetch(`${emulator.url}/__emulator/credentials`, {
                    method: "PUT",
                    body: JSON.stringify(body),
                });
            assert.equal((await put({ username: "admin", password: "rotated" })).status, 200);
            assert.equal((await new ApiSession(emulator).login("admin", "rotated")).status, 201);
            assert.equal((await put({ username: "admin" })).status, 400);
            assert.equal((await new ApiSession(emulator).login("admin", "rotated")).status, 201);
        }));
});

describe("the Authorization header", () => {
    const variants = [
        { name: "Basic with the colon", scheme: "Basic", colon: true },
        { name: "basic in lower case", scheme: "basic", colon: true },
        { name: "BASIC in upper case", scheme: "BASIC", colon: true },
        { name: "Basic without the colon", scheme: "Basic", colon: false },
        { name: "basic without the colon", scheme: "basic", colon: false },
    ];
    for (const variant of variants) {
        it(`is accepted as ${variant.name}`, () =>
            withEmulator(async (emulator) => {
                const session = await ApiSession.open(emulator);
                const answer = await session.call("GET", "/services", undefined, {
                    authorization: basicHeader(session.token ?? "", variant),
                });
                assert.equal(answer.status, 200);
            }));
    }

    it("is required: a call without it is a 401 with a msg and a token", () =>
        withEmulator(async (emulator) => {
            const answer = await new ApiSession(emulator).get("/services");
            assert.equal(answer.status, 401);
            assert.equal(typeof answer.body.msg, "string");
            assert.equal(typeof answer.body.token, "string");
        }));

    it("is refused with 401 when the token is garbage or tampered with", () =>
        withEmulator(async (emulator) => {
            const session = await ApiSession.open(emulator);
            const garbage = await session.call("GET", "/services", undefined, {
                authorization: basicHeader("nonsense"),
            });
            assert.equal(garbage.status, 401);
            const document = decodeToken(session.token ?? "");
            const forged = Buffer.from(
                JSON.stringify({ ...document, expiry: Number(document.expiry) + 1e9 }),
            ).toString("base64");
            const tampered = await session.call("GET", "/services", undefined, {
                authorization: basicHeader(forged),
            });
            assert.equal(tampered.status, 401);
        }));

    it("is refused with 401 when the token is not sent exactly as received", () =>
        withEmulator(async (emulator) => {
            const session = await ApiSession.open(emulator);
            const token = session.token ?? "";
            const altered = {
                "its trailing newline trimmed": token.trimEnd(),
                "re-wrapped on one line": `${token.replace(/\n/g, "")}\n`,
                "with CRLF line breaks": token.replace(/\n/g, "\r\n"),
                "with an extra newline": `${token}\n`,
            };
            for (const [how, variant] of Object.entries(altered)) {
                for (const colon of [true, false]) {
                    const answer = await session.call("GET", "/services", undefined, {
                        authorization: basicHeader(variant, { colon }),
                    });
                    assert.equal(answer.status, 401, `a token ${how} (colon: ${colon})`);
                    assert.match(answer.body.msg, /exactly as received/);
                }
            }
            const exact = await session.call("GET", "/services", undefined, {
                authorization: basicHeader(token),
            });
            assert.equal(exact.status, 200, "the token as received still works");
        }));

    it("is refused with 401 when it uses another scheme", () =>
        withEmulator(async (emulator) => {
            const session = await ApiSession.open(emulator);
            const answer = await session.call("GET", "/services", undefined, {
                authorization: basicHeader(session.token ?? "").replace(/^Basic/, "Bearer"),
            });
            assert.equal(answer.status, 401);
        }));
});

describe("tokens", () => {
    it("come fresh in every answer, errors included, and each fresh token works", () =>
        withEmulator(async (emulator) => {
            const session = await ApiSession.open(emulator);
            const seen = new Set([session.token]);
            for (const path of ["/services", "/system", "/services/missing"]) {
                const answer = await session.get(path);
                assert.equal(typeof answer.body.token, "string", `${path} carries a token`);
                assert.ok(!seen.has(answer.body.token), `${path} carries a token not seen before`);
                seen.add(answer.body.token);
                const next = await session.call("GET", "/system", undefined, {
                    authorization: basicHeader(answer.body.token),
                });
                assert.equal(next.status, 200, `the token of ${path} works`);
            }
        }));

    it("expire after the token lifetime, on the clock given in the options", () => {
        let now = Date.parse("2026-01-01T00:00:00Z");
        return withEmulator(
            async (emulator) => {
                const session = await ApiSession.open(emulator);
                const token = session.token ?? "";
                assert.equal(decodeToken(token).expiry, now + 1000, "the expiry is set on the given clock");
                const withToken = () =>
                    session.call("GET", "/services", undefined, { authorization: basicHeader(token) });
                now += 999;
                assert.equal((await withToken()).status, 200, "good until its last millisecond");
                now += 1;
                const answer = await withToken();
                assert.equal(answer.status, 401);
                assert.match(answer.body.msg, /expired/);
            },
            { tokenLifetimeSeconds: 1, now: () => now },
        );
    });

    it("expire when the control advances the clock past their lifetime", () =>
        withEmulator(
            async (emulator) => {
                const session = await ApiSession.open(emulator);
                emulator.control.advanceClock(30_000);
                assert.equal((await session.get("/services")).status, 200);
                const token = session.token ?? "";
                emulator.control.advanceClock(60_000);
                const answer = await session.call("GET", "/services", undefined, {
                    authorization: basicHeader(token),
                });
                assert.equal(answer.status, 401);
                assert.match(answer.body.msg, /expired/);
                assert.throws(() => emulator.control.advanceClock(-1), /invalid clock advance/);
            },
            { tokenLifetimeSeconds: 60 },
        ));

    it("follow a token lifetime changed at run time", () =>
        withEmulator(async (emulator) => {
            emulator.control.setTokenLifetime(1);
            const session = await ApiSession.open(emulator);
            emulator.control.advanceClock(1000);
            assert.equal((await session.get("/services")).status, 401);
            emulator.control.setTokenLifetime(3600);
            const fresh = await ApiSession.open(emulator);
            emulator.control.advanceClock(1000);
            assert.equal((await fresh.get("/services")).status, 200);
        }));

    it("all stop working when the control expires them, and a new login works", () =>
        withEmulator(async (emulator) => {
            const session = await ApiSession.open(emulator);
            emulator.control.expireTokens();
            assert.equal((await session.get("/services")).status, 401);
            assert.equal((await session.login()).status, 201);
            assert.equal((await session.get("/services")).status, 200);
        }));

    it("of a session all end at logout, which answers 202 with a msg", () =>
        withEmulator(async (emulator) => {
            const session = await ApiSession.open(emulator);
            const first = session.token ?? "";
            await session.get("/services");
            const logout = await session.delete("/logout");
            assert.equal(logout.status, 202);
            assert.equal(typeof logout.body.msg, "string");
            for (const token of [first, session.token ?? ""]) {
                const answer = await session.call("GET", "/services", undefined, {
                    authorization: basicHeader(token),
                });
                assert.equal(answer.status, 401);
            }
        }));

    it("of one session survive the logout of another", () =>
        withEmulator(async (emulator) => {
            const one = await ApiSession.open(emulator);
            const other = await ApiSession.open(emulator);
            await other.delete("/logout");
            assert.equal((await one.get("/services")).status, 200);
        }));
});

import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ApiSession, basicHeader } from "../helpers/api-session";
import { rawRequest } from "../helpers/raw-request";
import { withEmulator } from "../helpers/with-emulator";

describe("hostile requests", () => {
    for (const [field, path] of [
        ["comments", "/services"],
        ["secure-site-domain", "/services"],
        ["port", "/services"],
    ] as const) {
        it(`get a 400 for '${field}' nested 5,000 levels deep, and the emulator keeps serving`, () =>
            withEmulator(async (emulator) => {
                const api = await ApiSession.open(emulator);
                const deep = "[".repeat(5000) + "]".repeat(5000);
                const answer = await api.call("POST", path, undefined, {
                    raw: `{"name": "web", "${field}": ${deep}}`,
                });
                assert.equal(answer.status, 400);
                assert.equal(answer.body.errors.type, "InvalidValue");
                assert.match(answer.body.errors.msg, new RegExp(`'${field}'`));
                assert.equal((await api.post("/services", { name: "web" })).status, 201);
            }));
    }

    it("get a 413 in the errors shape for a body over 1 MiB, and the emulator keeps serving", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const headers = {
                Authorization: basicHeader(api.token ?? ""),
                "Content-Type": "application/json",
            };
            const body = JSON.stringify({ name: "web", comments: "x".repeat(1024 * 1024) });
            const answer = await rawRequest(emulator.url, "POST", "/restapi/v3.2/services", {
                headers,
                body,
            });
            assert.equal(answer.status, 413);
            assert.equal(answer.body.errors.type, "BodyTooLarge");
            assert.equal(typeof answer.body.token, "string");
            assert.equal(emulator.control.snapshot().services.web, undefined);
            const log = emulator.control.requests();
            assert.equal(log[log.length - 1].status, 413);
            assert.equal((await api.post("/services", { name: "web" })).status, 201);
        }));

    it("of exactly 1 MiB are still read", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const padding = 1024 * 1024 - JSON.stringify({ name: "web", comments: "" }).length;
            const answer = await api.call("POST", "/services", undefined, {
                raw: JSON.stringify({ name: "web", comments: "x".repeat(padding) }),
            });
            assert.equal(answer.status, 201);
        }));
});

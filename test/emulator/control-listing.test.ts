import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { repoRoot } from "../../scripts/lib/repo";
import { withEmulator } from "../helpers/with-emulator";

interface Listed {
    method: string;
    path: string;
    does: string;
    example?: Record<string, unknown>;
}

async function call(
    url: string,
    method: string,
    body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(url, {
        method,
        body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("GET /__emulator/", () => {
    it("lists every knob with its method, path and what it does", () =>
        withEmulator(async (emulator) => {
            const answer = await call(`${emulator.url}/__emulator/`, "GET");
            assert.equal(answer.status, 200);
            const knobs = answer.body.knobs as Listed[];
            assert.deepEqual(
                knobs.map((knob) => `${knob.method} ${knob.path}`),
                [
                    "GET /__emulator/",
                    "GET /__emulator/requests",
                    "DELETE /__emulator/requests",
                    "GET /__emulator/counts",
                    "POST /__emulator/fail-next",
                    "PUT /__emulator/token-lifetime",
                    "POST /__emulator/expire-tokens",
                    "POST /__emulator/advance-clock",
                    "PUT /__emulator/latency",
                    "PUT /__emulator/credentials",
                    "POST /__emulator/reset",
                    "GET /__emulator/snapshot",
                ],
            );
            for (const knob of knobs) assert.ok(knob.does.length > 10, `${knob.path} says what it does`);
        }));

    // A 404 (not in the dispatcher) or a 400 (an example it refuses) fails here.
    it("lists only knobs that answer 200, each to its own example body", () =>
        withEmulator(async (emulator) => {
            const { knobs } = (await call(`${emulator.url}/__emulator/`, "GET")).body as { knobs: Listed[] };
            for (const knob of knobs) {
                const answer = await call(`${emulator.url}${knob.path}`, knob.method, knob.example);
                assert.equal(
                    answer.status,
                    200,
                    `${knob.method} ${knob.path}: ${JSON.stringify(answer.body)}`,
                );
            }
        }));

    it("is the README's table of knobs, row for row", () =>
        withEmulator(async (emulator) => {
            const { knobs } = (await call(`${emulator.url}/__emulator/`, "GET")).body as { knobs: Listed[] };
            const readme = fs.readFileSync(path.join(repoRoot, "README.md"), "utf8");
            const section = readme.slice(readme.indexOf("## The emulator"), readme.indexOf("## Benchmarks"));
            const rows = [...section.matchAll(/^\| `(GET|POST|PUT|DELETE) (\/__emulator\/[^`]*)` \|/gm)];
            assert.deepEqual(
                rows.map(([, method, knob]) => `${method} ${knob}`),
                knobs.map((knob) => `${knob.method} ${knob.path}`),
            );
        }));

    it("points an unknown knob to the listing", () =>
        withEmulator(async (emulator) => {
            const answer = await call(`${emulator.url}/__emulator/teleport`, "POST");
            assert.equal(answer.status, 404);
            assert.equal(
                answer.body.msg,
                "No such control endpoint: POST teleport. GET /__emulator/ lists them.",
            );
            assert.equal((await call(`${emulator.url}/__emulator/`, "DELETE")).status, 404);
        }));
});

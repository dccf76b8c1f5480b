import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { withEmulator } from "../helpers/with-emulator";
import { ApiSession, type Answer } from "../helpers/api-session";

describe("failing the next calls of a route", () => {
    it("answers the given status and body that many times, then works again, changing nothing meanwhile", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            emulator.control.failNext("POST /services", 2, { status: 503, body: { msg: "busy" } });
            for (let i = 0; i < 2; i++) {
                const failed = await api.post("/services", { name: "web" });
                assert.equal(failed.status, 503);
                assert.deepEqual(failed.body, { msg: "busy" });
            }
            assert.deepEqual(emulator.control.snapshot().services, {});
            assert.equal((await api.post("/services", { name: "web" })).status, 201);
        }));

    it("answers an appliance-like msg with a token when no body is given", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            emulator.control.failNext("GET /services/{name}", 1, { status: 500 });
            const failed = await api.get("/services/web");
            assert.equal(failed.status, 500);
            assert.equal(typeof failed.body.msg, "string");
            assert.equal(typeof failed.body.token, "string");
        }));

    it("fails only the route named, under every API version", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            emulator.control.failNext("GET /services", 1, { status: 502 });
            assert.equal((await api.get("/system")).status, 200);
            const v3 = new ApiSession(emulator, "v3");
            v3.token = api.token;
            assert.equal((await v3.get("/services")).status, 502);
            assert.equal((await api.get("/services")).status, 200);
        }));

    it("can fail the login itself", () =>
        withEmulator(async (emulator) => {
            emulator.control.failNext("POST /login", 1, { status: 500 });
            const api = new ApiSession(emulator);
            assert.equal((await api.login()).status, 500);
            assert.equal((await api.login()).status, 201);
        }));

    it("drops the connection without an answer when asked to", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            emulator.control.failNext("PUT /system/advanced-settings", 1, { drop: true });
            await assert.rejects(api.put("/system/advanced-settings", { "request-buffer-size": 1 }));
            assert.equal(emulator.control.snapshot().system.advancedSettings["request-buffer-size"], "32");
            const after = await api.put("/system/advanced-settings", { "request-buffer-size": 1 });
            assert.equal(after.status, 200);
            const log = emulator.control
                .requests()
                .filter((e) => e.route === "PUT /system/advanced-settings");
            assert.deepEqual(
                log.map((e) => e.status),
                [0, 200],
                "the dropped call is logged with status 0",
            );
        }));

    it("refuses a route key that names no route", () =>
        withEmulator(async (emulator) => {
            assert.throws(
                () => emulator.control.failNext("GET /services/web", 1, { status: 500 }),
                /unknown route/,
            );
            assert.throws(
                () => emulator.control.failNext("PATCH /services", 1, { status: 500 }),
                /unknown route/,
            );
        }));
});

describe("latency", () => {
    it("delays every API answer by the time set, from the options or at run time", () =>
        withEmulator(
            async (emulator) => {
                const api = await ApiSession.open(emulator);
                let started = Date.now();
                await api.get("/services");
                assert.ok(Date.now() - started >= 140, "the option's latency applies");
                // Only lower bounds: how fast an answer comes on a loaded machine is for benchmarks to say.
                emulator.control.setLatency(300);
                started = Date.now();
                await api.get("/services");
                assert.ok(Date.now() - started >= 290, "latency set at run time applies");
            },
            { latencyMs: 150 },
        ));
});

describe("the request log", () => {
    it("lists every API request in order with its route key and status, and counts them per route", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", { name: "web" });
            await api.get("/services/web");
            await api.get("/services/ghost");
            await api.put("/services/web/advanced-configuration", { "enable-websocket": "Yes" });
            const log = emulator.control.requests();
            assert.deepEqual(
                log.map((entry) => [entry.method, entry.path, entry.route, entry.status]),
                [
                    ["POST", "/restapi/v3.2/login", "POST /login", 201],
                    ["POST", "/restapi/v3.2/services", "POST /services", 201],
                    ["GET", "/restapi/v3.2/services/web", "GET /services/{name}", 200],
                    ["GET", "/restapi/v3.2/services/ghost", "GET /services/{name}", 404],
                    [
                        "PUT",
                        "/restapi/v3.2/services/web/advanced-configuration",
                        "PUT /services/{name}/advanced-configuration",
                        200,
                    ],
                ],
            );
            assert.ok(log.every((entry) => !Number.isNaN(Date.parse(entry.at))));
            assert.deepEqual(emulator.control.counts(), {
                "POST /login": 1,
                "POST /services": 1,
                "GET /services/{name}": 2,
                "PUT /services/{name}/advanced-configuration": 1,
            });
            emulator.control.clearLog();
            assert.deepEqual(emulator.control.requests(), []);
            assert.deepEqual(emulator.control.counts(), {});
        }));

    it("leaves the control endpoints out", () =>
        withEmulator(async (emulator) => {
            await fetch(`${emulator.url}/__emulator/counts`);
            await fetch(`${emulator.url}/__emulator/snapshot`);
            assert.deepEqual(emulator.control.requests(), []);
        }));
});

describe("reset", () => {
    it("brings back the initial state, clears the log and disarms failures", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const initial = emulator.control.snapshot();
            await api.post("/services", { name: "web" });
            await api.put("/system/advanced-settings", {
                "request-buffer-size": 1,
                "enable-advanced-settings": "Yes",
            });
            emulator.control.failNext("GET /services", 1, { status: 500 });
            emulator.control.reset();
            assert.deepEqual(emulator.control.snapshot(), initial);
            assert.deepEqual(emulator.control.requests(), []);
            assert.equal(
                (await api.get("/services")).status,
                200,
                "the armed failure is gone, the session stays",
            );
        }));
});

describe("the control endpoints over HTTP", () => {
    const call = async (url: string, method: string, body?: unknown): Promise<Answer> => {
        const response = await fetch(url, {
            method,
            body: body === undefined ? undefined : JSON.stringify(body),
        });
        return { status: response.status, body: await response.json() };
    };

    it("arm failures, set latency and token lifetime, expire tokens, reset, and read log, counts and snapshot", () =>
        withEmulator(async (emulator) => {
            const knobs = `${emulator.url}/__emulator`;
            const api = await ApiSession.open(emulator);
            await api.post("/services", { name: "web" });

            const armed = await call(`${knobs}/fail-next`, "POST", {
                route: "GET /services",
                count: 1,
                status: 429,
            });
            assert.equal(armed.status, 200);
            assert.equal((await api.get("/services")).status, 429);
            assert.equal(
                (await call(`${knobs}/fail-next`, "POST", { route: "GET /system", count: 1, drop: true }))
                    .status,
                200,
            );
            await assert.rejects(api.get("/system"));

            assert.equal((await call(`${knobs}/counts`, "GET")).body.counts["GET /services"], 1);
            assert.equal((await call(`${knobs}/requests`, "GET")).body.requests.length, 4);
            assert.deepEqual(Object.keys((await call(`${knobs}/snapshot`, "GET")).body.services), ["web"]);

            await call(`${knobs}/latency`, "PUT", { ms: 200 });
            const started = Date.now();
            await api.get("/services");
            assert.ok(Date.now() - started >= 190);
            await call(`${knobs}/latency`, "PUT", { ms: 0 });

            await call(`${knobs}/expire-tokens`, "POST");
            assert.equal((await api.get("/services")).status, 401);
            await call(`${knobs}/token-lifetime`, "PUT", { seconds: 1 });
            await api.login();
            assert.equal((await call(`${knobs}/advance-clock`, "POST", { ms: 1000 })).status, 200);
            assert.equal((await api.get("/services")).status, 401);

            assert.equal((await call(`${knobs}/requests`, "DELETE")).status, 200);
            assert.deepEqual((await call(`${knobs}/counts`, "GET")).body.counts, {});
            await call(`${knobs}/reset`, "POST");
            assert.deepEqual(emulator.control.snapshot().services, {});
            assert.equal((await api.login()).status, 201);
            await call(`${knobs}/advance-clock`, "POST", { ms: 1000 });
            assert.equal((await api.get("/services")).status, 200, "reset brings the token lifetime back");
        }));

    it("answer 400 for a bad knob value and 404 for an unknown knob", () =>
        withEmulator(async (emulator) => {
            const knobs = `${emulator.url}/__emulator`;
            const bad = await call(`${knobs}/fail-next`, "POST", {
                route: "GET /nowhere",
                count: 1,
                status: 500,
            });
            assert.equal(bad.status, 400);
            assert.match(bad.body.msg, /unknown route/);
            assert.equal((await call(`${knobs}/latency`, "PUT", { ms: -5 })).status, 400);
            assert.equal((await call(`${knobs}/advance-clock`, "POST", { ms: -5 })).status, 400);
            assert.equal((await call(`${knobs}/teleport`, "POST")).status, 404);
        }));
});

describe("the request log's bound", () => {
    it("keeps only the latest requestLogLimit entries while the counts per route stay exact", () =>
        withEmulator(
            async (emulator) => {
                const api = await ApiSession.open(emulator);
                for (let i = 0; i < 20; i++) await api.get(`/services/s${i}`);
                const log = emulator.control.requests();
                assert.equal(log.length, 5);
                assert.deepEqual(
                    log.map((entry) => entry.path),
                    [15, 16, 17, 18, 19].map((i) => `/restapi/v3.2/services/s${i}`),
                );
                assert.deepEqual(emulator.control.counts(), { "POST /login": 1, "GET /services/{name}": 20 });
                emulator.control.clearLog();
                await api.get("/services");
                assert.deepEqual(
                    emulator.control.requests().map((entry) => entry.route),
                    ["GET /services"],
                );
                assert.deepEqual(emulator.control.counts(), { "GET /services": 1 });
            },
            { requestLogLimit: 5 },
        ));

    it("defaults to a few thousand entries", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            for (let batch = 0; batch < 102; batch++) {
                await Promise.all(Array.from({ length: 50 }, () => api.get("/services/ghost")));
            }
            assert.equal(emulator.control.requests().length, 5000);
            assert.equal(emulator.control.counts()["GET /services/{name}"], 5100);
        }));
});

import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { routes } from "../../emulator/routes";
import { ApiSession, basicHeader } from "../helpers/api-session";
import { rawRequest } from "../helpers/raw-request";
import { withEmulator } from "../helpers/with-emulator";

/** A path of `template` with every parameter filled in by a name that exists in `prepare`'s state. */
const fill = (template: string): string =>
    template
        .replace("{name}", "web")
        .replace("{server}", "backend")
        .replace(/\{[^}]+\}/g, "default");

describe("the route table", () => {
    it("gives every route a handler that answers, never a 405 or a 500", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", { name: "web" });
            await api.post("/services/web/servers", { name: "backend", "ip-address": "10.0.0.1" });
            await api.post("/services/web/websocket-policies", { name: "default", host: "*", url: "/*" });
            // Deletes and the logout last, so that every other route still finds its object and session.
            const order = (method: string): number => (method === "DELETE" ? 1 : 0);
            for (const route of [...routes].sort((a, b) => order(a.method) - order(b.method))) {
                const body = route.template === "/login" ? { username: "admin", password: "admin" } : {};
                const answer = await api.call(
                    route.method,
                    fill(route.template),
                    route.method === "POST" || route.method === "PUT" ? body : undefined,
                );
                const where = `${route.method} ${route.template}`;
                assert.notEqual(answer.status, 405, where);
                assert.ok(answer.status < 500, `${where} answered ${answer.status}`);
            }
        }));

    it("names each method and template once", () => {
        const keys = routes.map((route) => `${route.method} ${route.template}`);
        assert.equal(new Set(keys).size, keys.length);
    });
});

describe("paths as sent", () => {
    it("never resolve dot segments: DELETE .../servers/%2e%2e deletes no service", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", { name: "victim" });
            const headers = { Authorization: basicHeader(api.token ?? "") };
            for (const path of ["/servers/%2e%2e", "/servers/..", "/servers/%2E%2e/", "/servers/%2e"]) {
                const answer = await rawRequest(
                    emulator.url,
                    "DELETE",
                    `/restapi/v3.2/services/victim${path}`,
                    { headers },
                );
                assert.equal(answer.status, 404, path);
                assert.equal(answer.body.error.status, "404");
            }
            assert.ok(emulator.control.snapshot().services.victim, "the service is still there");
        }));

    it("answer GET // with a 404 in the error shape, and the emulator keeps serving", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const headers = { Authorization: basicHeader(api.token ?? "") };
            for (const path of ["//", "/restapi/v3.2//", "/restapi/v3.2//services"]) {
                const answer = await rawRequest(emulator.url, "GET", path, { headers });
                assert.equal(answer.status, 404, path);
                assert.equal(answer.body.error.status, "404", path);
                assert.equal(typeof answer.body.token, "string");
            }
            assert.equal((await api.get("/services")).status, 200);
        }));
});

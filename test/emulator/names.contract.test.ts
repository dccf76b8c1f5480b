import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ApiSession } from "../helpers/api-session";
import { withEmulator } from "../helpers/with-emulator";

describe("names", () => {
    for (const hostname of ["__proto__", "..", ".", "h".repeat(300), "a/b", "a?b", "a b", "-lead"]) {
        it(`are checked when a server is named after its host name ${JSON.stringify(hostname.slice(0, 20))}`, () =>
            withEmulator(async (emulator) => {
                const api = await ApiSession.open(emulator);
                await api.post("/services", { name: "victim" });
                const before = emulator.control.snapshot();
                const answer = await api.post("/services/victim/servers", {
                    identifier: "Hostname",
                    hostname,
                });
                assert.equal(answer.status, 400);
                assert.equal(answer.body.errors.type, "InvalidValue");
                assert.match(answer.body.errors.msg, /'name'/);
                assert.match(answer.body.errors.msg, /give 'name'/);
                assert.deepEqual(emulator.control.snapshot(), before, "nothing stored");
            }));
    }

    it("are taken from a valid host name, which still answers under that name", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", { name: "web" });
            const answer = await api.post("/services/web/servers", {
                identifier: "Hostname",
                hostname: "app-1.example.com",
            });
            assert.equal(answer.status, 201);
            assert.equal(answer.body.id, "app-1.example.com");
            assert.equal((await api.get("/services/web/servers/app-1.example.com")).status, 200);
        }));

    it("that are also properties of every object (constructor, toString) name objects like any other", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            assert.equal((await api.get("/services/constructor")).status, 404);
            for (const name of ["constructor", "toString", "hasOwnProperty"]) {
                assert.equal((await api.post("/services", { name })).status, 201, name);
                const server = await api.post(`/services/${name}/servers`, {
                    name,
                    "ip-address": "10.0.0.1",
                });
                assert.equal(server.status, 201, name);
            }
            const listed = (await api.get("/services?groups=Service&groups=Server")).body.data;
            assert.deepEqual(Object.keys(listed), ["constructor", "toString", "hasOwnProperty"]);
            assert.deepEqual(Object.keys(listed.toString.Server.data), ["toString"]);
            assert.equal((await api.delete("/services/constructor")).status, 200);
            assert.deepEqual(Object.keys(emulator.control.snapshot().services), [
                "toString",
                "hasOwnProperty",
            ]);
        }));
});

describe("string lengths", () => {
    it("count characters, not UTF-16 units: 50 astral characters fit a limit of 50, 51 do not", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", { name: "web" });
            const path = "/services/web/basic-security";
            const fits = await api.put(path, { "client-ip-addr-header": "😀".repeat(50) });
            assert.equal(fits.status, 200, JSON.stringify(fits.body));
            const over = await api.put(path, { "client-ip-addr-header": "😀".repeat(51) });
            assert.equal(over.status, 400);
            assert.match(over.body.errors.msg, /got 51/);
        }));
});

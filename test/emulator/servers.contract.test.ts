import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { withEmulator } from "../helpers/with-emulator";
import { ApiSession } from "../helpers/api-session";

const backend = { name: "backend", "ip-address": "10.0.1.1", port: 8080 };

describe("/services/{name}/servers", () => {
    it("creates a server with POST (201, id, msg) and lists it keyed by name with numbers as strings", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", { name: "web" });
            const created = await api.post("/services/web/servers", backend);
            assert.equal(created.status, 201);
            assert.deepEqual([created.body.id, created.body.msg], ["backend", "Successfully created."]);
            const list = await api.get("/services/web/servers");
            assert.equal(list.body.object, "Server");
            assert.equal(list.body.data.backend.port, "8080");
            assert.equal(list.body.data.backend.status, "In Service");
            assert.equal(list.body.data.backend.identifier, "IP Address");
            const one = await api.get("/services/web/servers/backend?parameters=name,port");
            assert.deepEqual(one.body.data, { backend: { name: "backend", port: "8080" } });
        }));

    it("names a server after its address when no name is given", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", { name: "web" });
            const created = await api.post("/services/web/servers", { "ip-address": "10.0.1.2" });
            assert.equal(created.body.id, "10.0.1.2");
        }));

    it("refuses a duplicate server name with 400", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", { name: "web" });
            await api.post("/services/web/servers", backend);
            const answer = await api.post("/services/web/servers", backend);
            assert.equal(answer.status, 400);
            assert.equal(answer.body.errors.type, "DuplicateName");
        }));

    const refused = [
        { case: "a port above 65535", body: { ...backend, port: 65536 }, field: /'port'/ },
        { case: "a status outside the enum", body: { ...backend, status: "Up" }, field: /'status'/ },
        {
            case: "an address that is not IPv4",
            body: { ...backend, "ip-address": "backend.local" },
            field: /ip-address/,
        },
        { case: "no address with identifier IP Address", body: { name: "x" }, field: /ip-address/ },
        {
            case: "no hostname with identifier Hostname",
            body: { name: "x", identifier: "Hostname" },
            field: /hostname/,
        },
    ];
    for (const example of refused) {
        it(`refuses ${example.case} with 400`, () =>
            withEmulator(async (emulator) => {
                const api = await ApiSession.open(emulator);
                await api.post("/services", { name: "web" });
                const answer = await api.post("/services/web/servers", example.body);
                assert.equal(answer.status, 400);
                assert.match(answer.body.errors.msg, example.field);
            }));
    }

    it("changes a server with PUT but refuses to change its name or address version", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", { name: "web" });
            await api.post("/services/web/servers", backend);
            const changed = await api.put("/services/web/servers/backend", { port: 9090, comments: "moved" });
            assert.equal(changed.status, 200);
            assert.equal(emulator.control.snapshot().services.web.servers.backend.port, "9090");
            for (const field of ["name", "address-version"]) {
                const answer = await api.put("/services/web/servers/backend", { [field]: "IPv6" });
                assert.equal(answer.status, 400, field);
                assert.equal(answer.body.errors.type, "UnchangeableField");
            }
        }));

    it("accepts a PUT of the whole server, name and address version included with their current values", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", { name: "web" });
            await api.post("/services/web/servers", backend);
            const whole = (await api.get("/services/web/servers/backend")).body.data.backend;
            const answer = await api.put("/services/web/servers/backend", { ...whole, port: 9091 });
            assert.equal(answer.status, 200, JSON.stringify(answer.body));
            assert.equal(emulator.control.snapshot().services.web.servers.backend.port, "9091");
        }));

    it("deletes a server with DELETE", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", { name: "web" });
            await api.post("/services/web/servers", backend);
            assert.equal((await api.delete("/services/web/servers/backend")).status, 200);
            assert.equal((await api.get("/services/web/servers/backend")).status, 404);
        }));

    it("answers 404 for a missing service or server", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            assert.equal((await api.get("/services/ghost/servers")).status, 404);
            assert.equal((await api.post("/services/ghost/servers", backend)).status, 404);
            await api.post("/services", { name: "web" });
            const missing = await api.put("/services/web/servers/ghost", { port: 1 });
            assert.equal(missing.status, 404);
            assert.equal(missing.body.error.status, "404");
            assert.equal((await api.delete("/services/web/servers/ghost")).status, 404);
        }));
});

import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { specObject } from "../../emulator/spec/spec-objects";
import { ApiSession } from "../helpers/api-session";
import { withEmulator } from "../helpers/with-emulator";

const serviceGroupsListed = specObject("services").groups ?? [];
const serverGroupsListed = specObject("services/servers").groups ?? [];
const systemGroupsListed = specObject("system").groups ?? [];

const query = (name: string, values: readonly string[]): string =>
    values.map((value) => `${name}=${encodeURIComponent(value)}`).join("&");

describe("?groups= and ?parameters= the spec lists", () => {
    it("are all taken by GET /services/{name}: a sub-object shows under its name, a group with no object of the spec is left out", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", { name: "web" });
            const caching = await api.get(`/services/web?${query("groups", ["Caching", "Domain Info"])}`);
            assert.equal(caching.status, 200, JSON.stringify(caching.body));
            assert.deepEqual(Object.keys(caching.body.data.web), ["Caching"]);
            assert.equal(caching.body.data.web.Caching.status, "On");
            const mixed = await api.get(
                `/services/web?${query("groups", ["Service", "Website Profile", "Access Rule"])}`,
            );
            assert.equal(mixed.status, 200);
            assert.equal(mixed.body.data.web.name, "web");
            assert.equal(typeof mixed.body.data.web["Website Profile"], "object");
            assert.deepEqual(mixed.body.data.web["Access Rule"], { object: "Access Rule", data: {} });
            for (const group of serviceGroupsListed) {
                const answer = await api.get(`/services?${query("groups", [group])}`);
                assert.equal(answer.status, 200, group);
            }
        }));

    it("are all taken by the servers' GETs, resolved-ips included", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", { name: "web" });
            await api.post("/services/web/servers", { name: "backend", "ip-address": "10.0.0.1" });
            const resolved = await api.get("/services/web/servers/backend?parameters=resolved-ips,port");
            assert.equal(resolved.status, 200, JSON.stringify(resolved.body));
            assert.deepEqual(resolved.body.data.backend, { port: "80" });
            const policy = await api.get(
                `/services/web/servers?${query("groups", ["SSL Policy", "Redirect"])}`,
            );
            assert.equal(policy.status, 200);
            assert.deepEqual(Object.keys(policy.body.data.backend), ["SSL Policy"]);
            assert.equal(policy.body.data.backend["SSL Policy"]["enable-https"], "No");
            for (const group of serverGroupsListed) {
                const answer = await api.get(`/services/web/servers/backend?${query("groups", [group])}`);
                assert.equal(answer.status, 200, group);
            }
            assert.equal((await api.get("/services/web/servers?groups=Nonsense")).status, 400);
        }));

    it("are all taken by GET /system", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const hosts = await api.get(`/system?${query("groups", ["Local Hosts", "System", "Telemetry"])}`);
            assert.equal(hosts.status, 200, JSON.stringify(hosts.body));
            assert.deepEqual(Object.keys(hosts.body.data), ["Local Hosts", "System"]);
            assert.deepEqual(hosts.body.data["Local Hosts"], { object: "Local Hosts", data: {} });
            for (const group of systemGroupsListed) {
                assert.equal((await api.get(`/system?${query("groups", [group])}`)).status, 200, group);
            }
        }));

    it("may name a field of a group other than those asked for", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", { name: "web" });
            const answer = await api.get("/services/web?groups=Service&parameters=port,enable-websocket");
            assert.equal(answer.status, 200);
            assert.deepEqual(answer.body.data.web, { port: "80" });
        }));
});

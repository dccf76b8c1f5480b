import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, describe, it } from "node:test";
import { ApiSession } from "../helpers/api-session";
import { withEmulator } from "../helpers/with-emulator";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- derived rows' snapshot keys are not in its type
type Wire = any;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "emulator-derived-"));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Changes to objects served from the spec alone, at each place one can live. */
async function changeDerivedObjects(api: ApiSession): Promise<void> {
    const answers = [
        await api.post("/services", { name: "web" }),
        await api.put("/services/web/caching", { "expiry-age": 60 }),
        await api.post("/services/web/url-acls", { name: "block-admin", url: "/admin*" }),
        await api.post("/services/web/servers", { name: "backend", "ip-address": "10.0.0.1" }),
        await api.put("/services/web/servers/backend/ssl-policy", { "enable-https": "Yes" }),
        await api.put("/system/dns", { "primary-dns-server": "10.0.0.53" }),
        await api.post("/trusted-host-groups", { name: "office" }),
        await api.post("/trusted-host-groups/office/trusted-hosts", {
            name: "lan",
            "ip-address": "10.1.0.0",
        }),
    ];
    for (const answer of answers)
        assert.ok(answer.status === 200 || answer.status === 201, JSON.stringify(answer.body));
}

/** What those changes look like through the API. */
async function readDerivedObjects(api: ApiSession): Promise<unknown[]> {
    const paths = [
        "/services/web/caching?parameters=expiry-age",
        "/services/web/url-acls/block-admin?parameters=url",
        "/services/web/servers/backend/ssl-policy?parameters=enable-https",
        "/system/dns?parameters=primary-dns-server",
        "/trusted-host-groups/office/trusted-hosts/lan?parameters=ip-address",
    ];
    return Promise.all(paths.map(async (p) => (await api.get(p)).body.data));
}

describe("objects served from the spec alone", () => {
    it("show in the snapshot once written, each where it lives, and nowhere before", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const before = emulator.control.snapshot() as unknown as Record<string, unknown>;
            assert.equal(
                before.trustedHostGroups,
                undefined,
                "an empty derived collection is not in the snapshot",
            );
            await changeDerivedObjects(api);
            const snapshot = emulator.control.snapshot() as Wire;
            const web = snapshot.services.web;
            assert.equal(web.caching["expiry-age"], "60");
            assert.equal(
                web.basicSecurity !== undefined,
                true,
                "hand-written sub-objects stay at their defaults",
            );
            assert.equal(web.compression, undefined, "a derived sub-object never written is not stored");
            assert.equal(web.urlAcls["block-admin"].url, "/admin*");
            assert.equal(web.servers.backend.port, "80", "a server stays a plain record");
            assert.equal(web.serversWithin.backend.sslPolicy["enable-https"], "Yes");
            assert.equal(snapshot.system.dns["primary-dns-server"], "10.0.0.53");
            assert.equal(snapshot.trustedHostGroups.office.trustedHostGroup.name, "office");
            assert.equal(snapshot.trustedHostGroups.office.trustedHosts.lan["ip-address"], "10.1.0.0");
        }));

    it("survive a restart on the same state file", async () => {
        const stateFile = path.join(dir, "state.json");
        const written = await withEmulator(
            async (emulator) => {
                const api = await ApiSession.open(emulator);
                await changeDerivedObjects(api);
                return readDerivedObjects(api);
            },
            { stateFile },
        );
        assert.deepEqual(written[0], { web: { Caching: { "expiry-age": "60" } } });
        const read = await withEmulator(
            async (emulator) => readDerivedObjects(await ApiSession.open(emulator)),
            {
                stateFile,
            },
        );
        assert.deepEqual(read, written);
    });

    it("are deleted with their parent: a service created again has no URL ACLs, its caching at defaults", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await changeDerivedObjects(api);
            assert.equal((await api.delete("/services/web")).status, 200);
            assert.equal((await api.get("/services/web/url-acls")).status, 404);
            await api.post("/services", { name: "web" });
            assert.deepEqual((await api.get("/services/web/url-acls")).body.data, {});
            const caching = await api.get("/services/web/caching?parameters=expiry-age");
            assert.deepEqual(caching.body.data, { web: { Caching: { "expiry-age": "0" } } });
            assert.equal((emulator.control.snapshot() as Wire).services.web.caching, undefined);
        }));
});

describe('references the spec declares as enum [""]', () => {
    it("take any string outside a service's own fields (a trusted host group, a server's client certificate)", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", { name: "web" });
            await api.post("/services/web/servers", { name: "backend", "ip-address": "10.0.0.1" });
            const group = await api.put("/services/web/basic-security", { "trusted-hosts-group": "office" });
            assert.equal(group.status, 200, JSON.stringify(group.body));
            const client = await api.put("/services/web/servers/backend/ssl-policy", {
                "client-certificate": "nowhere",
            });
            assert.equal(client.status, 200, JSON.stringify(client.body));
        }));

    it("name a certificate on a service, which must exist, and keep it from deletion", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", { name: "web" });
            const missing = await api.put("/services/web/ssl-security", { "sni-certificate": ["nowhere"] });
            assert.equal(missing.status, 400);
            assert.match(missing.body.errors.msg, /'nowhere' does not exist/);
            const cert = { name: "c1", "common-name": "c1.example", "country-code": "DE" };
            assert.equal((await api.post("/certificates/self-signed-certificate", cert)).status, 201);
            const named = await api.put("/services/web/ssl-security", { "sni-certificate": ["c1"] });
            assert.equal(named.status, 200, JSON.stringify(named.body));
            const deletion = await api.delete("/certificates/self-signed-certificate/c1");
            assert.equal(deletion.status, 400);
            assert.equal(deletion.body.errors.type, "InUse");
        }));
});

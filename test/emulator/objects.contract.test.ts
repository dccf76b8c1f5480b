import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ApiSession } from "../helpers/api-session";
import { withEmulator } from "../helpers/with-emulator";

const certificates = "/certificates/self-signed-certificate";
const certificate = { name: "shop-cert", "common-name": "shop.example", "country-code": "DE" };

describe("a factory-fresh emulator, as it starts by default", () => {
    it("has the vsite default with its service group default, and no certificate", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const vsites = await api.get("/vsites");
            assert.equal(vsites.status, 200);
            assert.equal(vsites.body.object, "Vsite");
            assert.deepEqual(Object.keys(vsites.body.data), ["default"]);
            const groups = await api.get("/vsites/default/service-groups");
            assert.deepEqual(groups.body.data, { default: { "service-group": "default" } });
            assert.deepEqual((await api.get(certificates)).body.data, {});
        }));

    it("has the sample vsite edge and certificate secure-cert as well only when asked for them", () =>
        withEmulator(
            async (emulator) => {
                const api = await ApiSession.open(emulator);
                assert.deepEqual(Object.keys((await api.get("/vsites")).body.data), ["default", "edge"]);
                assert.equal((await api.get("/vsites/edge/service-groups/default")).status, 200);
                assert.equal((await api.get(`${certificates}/secure-cert`)).status, 200);
            },
            { samples: true },
        ));
});

describe("/vsites", () => {
    it("creates, reads, changes and deletes a vsite, interface required and fixed", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const missing = await api.post("/vsites", { name: "shop" });
            assert.equal(missing.status, 400);
            assert.match(missing.body.errors.msg, /'interface'/);
            const bad = await api.post("/vsites", { name: "shop", interface: "DMZ" });
            assert.equal(bad.status, 400);
            const created = await api.post("/vsites", {
                name: "shop",
                interface: "LAN",
                "active-on": "box-1",
            });
            assert.equal(created.status, 201);
            assert.equal(created.body.id, "shop");
            assert.equal(
                (await api.post("/vsites", { name: "shop", interface: "LAN" })).body.errors.type,
                "DuplicateName",
            );
            const changed = await api.put("/vsites/shop", { comments: "the shop", interface: "LAN" });
            assert.equal(changed.status, 200, JSON.stringify(changed.body));
            const moved = await api.put("/vsites/shop", { interface: "WAN" });
            assert.equal(moved.body.errors.type, "UnchangeableField");
            const read = await api.get("/vsites/shop?parameters=comments,interface");
            assert.deepEqual(read.body.data, { shop: { comments: "the shop", interface: "LAN" } });
            assert.equal((await api.delete("/vsites/shop")).status, 200);
            assert.equal((await api.get("/vsites/shop")).status, 404);
        }));

    it("refuses a vsite name longer than 64 characters or one that is not a name", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            for (const name of ["v".repeat(65), "..", "__proto__", "a b", "a/b"]) {
                const answer = await api.post("/vsites", { name, interface: "WAN" });
                assert.equal(answer.status, 400, name);
            }
        }));

    it("takes a vsite's service groups with it, but refuses to delete a vsite that a service is in", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/vsites", { name: "shop", interface: "WAN" });
            await api.post("/vsites/shop/service-groups", { "service-group": "front" });
            await api.post("/services", { name: "web", vsite: "shop", group: "front" });
            const refused = await api.delete("/vsites/shop");
            assert.equal(refused.status, 400);
            assert.equal(refused.body.errors.type, "InUse");
            assert.match(refused.body.errors.msg, /service 'web'/);
            await api.delete("/services/web");
            assert.equal((await api.delete("/vsites/shop")).status, 200);
            await api.post("/vsites", { name: "shop", interface: "WAN" });
            assert.deepEqual(
                (await api.get("/vsites/shop/service-groups")).body.data,
                {},
                "groups went with it",
            );
        }));
});

describe("/vsites/{vsite}/service-groups", () => {
    it("creates, reads and deletes a group, which a PUT cannot rename", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            assert.equal((await api.post("/vsites/default/service-groups", {})).status, 400, "name required");
            const created = await api.post("/vsites/default/service-groups", { "service-group": "shop" });
            assert.equal(created.status, 201);
            assert.equal(created.body.id, "shop");
            const read = await api.get("/vsites/default/service-groups/shop");
            assert.equal(read.body.object, "Service Group");
            assert.deepEqual(read.body.data, { shop: { "service-group": "shop" } });
            assert.equal(
                (await api.put("/vsites/default/service-groups/shop", { "service-group": "shop" })).status,
                200,
            );
            const renamed = await api.put("/vsites/default/service-groups/shop", {
                "service-group": "store",
            });
            assert.equal(renamed.body.errors.type, "UnchangeableField");
            assert.equal((await api.delete("/vsites/default/service-groups/shop")).status, 200);
            assert.equal((await api.get("/vsites/default/service-groups/shop")).status, 404);
        }));

    it("answers 404 under a vsite that does not exist", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            assert.equal((await api.get("/vsites/ghost/service-groups")).status, 404);
            assert.equal(
                (await api.post("/vsites/ghost/service-groups", { "service-group": "a" })).status,
                404,
            );
        }));

    it("refuses to delete a group that a service is in", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", { name: "web" });
            const refused = await api.delete("/vsites/default/service-groups/default");
            assert.equal(refused.status, 400);
            assert.equal(refused.body.errors.type, "InUse");
        }));
});

describe("/certificates/self-signed-certificate", () => {
    it("creates a certificate with the appliance's serial and expiry, and lists it keyed by name", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const created = await api.post(certificates, { ...certificate, "key-type": "ECDSA" });
            assert.equal(created.status, 201, JSON.stringify(created.body));
            const read = (await api.get(`${certificates}/shop-cert`)).body.data["shop-cert"];
            assert.equal(read["common-name"], "shop.example");
            assert.equal(read["key-type"], "ECDSA");
            assert.match(read.serial, /^[0-9A-F]+$/);
            assert.ok(!Number.isNaN(Date.parse(read.expiry)));
            const listed = await api.get(`${certificates}?parameters=common-name`);
            assert.deepEqual(listed.body.data["shop-cert"], { "common-name": "shop.example" });
        }));

    it("refuses a certificate without common-name or country-code, or with values off the spec", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const cases = [
                { body: { name: "c", "country-code": "DE" }, field: /'common-name'/ },
                { body: { name: "c", "common-name": "c.example" }, field: /'country-code'/ },
                { body: { ...certificate, "country-code": "DEU" }, field: /'country-code'/ },
                { body: { ...certificate, "key-size": "512" }, field: /'key-size'/ },
                { body: { ...certificate, "common-name": "c".repeat(65) }, field: /'common-name'/ },
                { body: { ...certificate, serial: "01" }, field: /'serial'/ },
            ];
            for (const { body, field } of cases) {
                const answer = await api.post(certificates, body);
                assert.equal(answer.status, 400, JSON.stringify(body));
                assert.match(answer.body.errors.msg, field);
            }
        }));

    it("answers the download PUT, and refuses to delete a certificate that a service names", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post(certificates, certificate);
            const download = await api.put(`${certificates}/shop-cert?operation=download`, {
                "download-type": "pem",
            });
            assert.equal(download.status, 200, JSON.stringify(download.body));
            assert.equal((await api.put(`${certificates}/shop-cert?operation=download`, {})).status, 400);
            await api.post("/services", { name: "shop", type: "HTTPS", certificate: "shop-cert" });
            const refused = await api.delete(`${certificates}/shop-cert`);
            assert.equal(refused.status, 400);
            assert.equal(refused.body.errors.type, "InUse");
            assert.match(refused.body.errors.msg, /service 'shop'/);
            await api.delete("/services/shop");
            assert.equal((await api.delete(`${certificates}/shop-cert`)).status, 200);
        }));
});

describe("references of a service", () => {
    for (const [title, body, pattern] of [
        ["a vsite", { vsite: "ghost" }, /Vsite 'ghost' does not exist/],
        ["a service group", { group: "ghost" }, /Service group 'ghost' does not exist in vsite 'default'/],
        [
            "a service group of another vsite",
            { vsite: "edge", group: "shop" },
            /'shop' does not exist in vsite 'edge'/,
        ],
        ["a certificate", { type: "HTTPS", certificate: "ghost" }, /'certificate': certificate 'ghost'/],
        [
            "an ECDSA certificate",
            { "ecdsa-certificate": "ghost" },
            /'ecdsa-certificate': certificate 'ghost'/,
        ],
    ] as const) {
        it(`are checked: ${title} that does not exist gets a 400 and creates nothing`, () =>
            withEmulator(async (emulator) => {
                const api = await ApiSession.open(emulator);
                await api.post("/vsites/default/service-groups", { "service-group": "shop" });
                await api.post("/vsites", { name: "edge", interface: "WAN" }); // a vsite without the group shop
                const answer = await api.post("/services", { name: "web", ...body });
                assert.equal(answer.status, 400);
                assert.equal(answer.body.errors.type, "InvalidReference");
                assert.match(answer.body.errors.msg, pattern);
                assert.equal(emulator.control.snapshot().services.web, undefined);
            }));
    }

    it("that all exist let the service be created, and deleting it removes its servers", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/vsites", { name: "shop", interface: "WAN" });
            await api.post("/vsites/shop/service-groups", { "service-group": "front" });
            await api.post(certificates, certificate);
            const body = {
                name: "web",
                vsite: "shop",
                group: "front",
                type: "HTTPS",
                certificate: "shop-cert",
            };
            assert.equal((await api.post("/services", body)).status, 201);
            await api.post("/services/web/servers", { name: "backend", "ip-address": "10.0.0.1" });
            assert.equal((await api.delete("/services/web")).status, 200);
            await api.post("/services", { name: "web" });
            assert.deepEqual((await api.get("/services/web/servers")).body.data, {});
        }));
});

import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { withEmulator } from "../helpers/with-emulator";
import { ApiSession } from "../helpers/api-session";

const certificates = "/certificates/self-signed-certificate";
const shop = {
    name: "shop",
    type: "HTTPS",
    "ip-address": "10.0.0.20",
    port: 443,
    certificate: "first",
};

async function withShop(fn: (api: ApiSession) => Promise<void>): Promise<void> {
    await withEmulator(async (emulator) => {
        const api = await ApiSession.open(emulator);
        for (const name of ["first", "second"]) {
            const made = await api.post(certificates, {
                name,
                "common-name": `${name}.example`,
                "country-code": "DE",
            });
            assert.equal(made.status, 201);
        }
        assert.equal((await api.post("/services", shop)).status, 201);
        await fn(api);
    });
}

describe("/services/{name}/ssl-security, where a service's certificate changes", () => {
    it("changes the certificate that GET /services/{name} then shows, and frees the old one", () =>
        withShop(async (api) => {
            const put = await api.put("/services/shop/ssl-security", { certificate: "second" });
            assert.equal(put.status, 200);
            assert.equal(put.body.msg, "Successfully updated.");
            const service = await api.get("/services/shop");
            assert.equal(service.body.data.shop.certificate, "second");
            const section = await api.get("/services/shop/ssl-security");
            assert.equal(section.body.data.shop["SSL Security"].certificate, "second");
            assert.equal((await api.delete(`${certificates}/first`)).status, 200, "no longer in use");
        }));

    it("refuses a certificate that does not exist with a 400 and changes nothing", () =>
        withShop(async (api) => {
            const put = await api.put("/services/shop/ssl-security", { certificate: "missing" });
            assert.equal(put.status, 400);
            assert.match(JSON.stringify(put.body), /certificate 'missing' does not exist/);
            assert.equal((await api.get("/services/shop")).body.data.shop.certificate, "first");
        }));

    it("answers 404 for a service that does not exist", () =>
        withShop(async (api) => {
            assert.equal(
                (await api.put("/services/none/ssl-security", { certificate: "second" })).status,
                404,
            );
        }));
});

import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { repoRoot } from "../../scripts/lib/repo";
import { ApiSession } from "../helpers/api-session";
import { withEmulator } from "../helpers/with-emulator";

/** The overlay's decision, read here as a third party: which body field each address-named item path ends in. */
const itemFields = (
    parse(readFileSync(join(repoRoot, "spec", "overlay", "item-names.yaml"), "utf8")) as {
        fields: Record<string, string>;
    }
).fields;

describe("collections the spec names by an address (spec/overlay/item-names.yaml)", () => {
    it("keys a Kerberos server by its Server IP, the field the item path names, not by its kdc-name", () =>
        withEmulator(async (emulator) => {
            assert.equal(itemFields["kerberos-services/kerberos-servers"], "ip-address");
            const api = await ApiSession.open(emulator);
            assert.equal((await api.post("/kerberos-services", { name: "corp" })).status, 201);
            const made = await api.post("/kerberos-services/corp/kerberos-servers", {
                "ip-address": "10.0.0.5",
                "kdc-name": "CORP.EXAMPLE",
            });
            assert.equal(made.status, 201);
            assert.equal(made.body.id, "10.0.0.5");
            const read = await api.get("/kerberos-services/corp/kerberos-servers/10.0.0.5");
            assert.equal(read.status, 200);
            assert.equal(read.body.data["10.0.0.5"]["kdc-name"], "CORP.EXAMPLE");
            const byRealm = await api.get("/kerberos-services/corp/kerberos-servers/CORP.EXAMPLE");
            assert.equal(byRealm.status, 404);
        }));

    it("takes a static route's address alone as its name: a second route to that address with another mask is a duplicate", () =>
        withEmulator(async (emulator) => {
            assert.equal(itemFields["static-routes"], "ip-address");
            const api = await ApiSession.open(emulator);
            const route = { vsite: "default", gateway: "10.0.0.1", "ip-address": "192.168.10.0" };
            const first = await api.post("/static-routes", { ...route, netmask: "255.255.255.0" });
            assert.equal(first.status, 201);
            assert.equal(first.body.id, "192.168.10.0");
            const second = await api.post("/static-routes", { ...route, netmask: "255.255.0.0" });
            assert.equal(second.status, 400);
            assert.match(JSON.stringify(second.body), /already exists/);
            const read = await api.get("/static-routes/192.168.10.0");
            assert.equal(read.body.data["192.168.10.0"].netmask, "255.255.255.0");
        }));
});

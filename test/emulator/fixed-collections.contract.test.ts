import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { parse } from "yaml";
import { repoRoot } from "../../scripts/lib/repo";
import { ApiSession } from "../helpers/api-session";
import { withEmulator } from "../helpers/with-emulator";

/** The overlay's items of each fixed collection, read here as a third party. */
const factory = parse(
    readFileSync(join(repoRoot, "spec", "overlay", "factory-items.yaml"), "utf8"),
) as Record<string, { items: string[]; values?: Record<string, string> }>;

describe("fixed collections: items the appliance is made with (spec/overlay/factory-items.yaml)", () => {
    it("lists the network interfaces from the start, with their known values, and makes or deletes none", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const list = await api.get("/network-interfaces");
            assert.equal(list.status, 200);
            assert.deepEqual(
                Object.keys(list.body.data).sort(),
                [...factory["network-interfaces"].items].sort(),
            );
            assert.equal(list.body.data.WAN.speed, factory["network-interfaces"].values?.speed);
            assert.equal((await api.post("/network-interfaces", { name: "eth9" })).status, 405);
            assert.equal((await api.delete("/network-interfaces/WAN")).status, 405);
            assert.equal((await api.get("/network-interfaces/eth9")).status, 404);
        }));

    it("gives a new security policy its action policies, which go with it", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            assert.equal((await api.post("/security-policies", { name: "shop" })).status, 201);
            const list = await api.get("/security-policies/shop/action-policies");
            assert.deepEqual(
                Object.keys(list.body.data).sort(),
                [...factory["security-policies/action-policies"].items].sort(),
            );
            assert.equal((await api.delete("/security-policies/shop")).status, 200);
            assert.equal((await api.get("/security-policies/shop/action-policies")).status, 404);
        }));

    it("keeps an edited item in the snapshot until it is back at its factory values", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const fresh = emulator.control.snapshot();
            const edited = await api.put("/auto-system-acls/ALLOW-DNS", {
                "enable-logging": "On",
                "source-port": "*",
            });
            assert.equal(edited.status, 200);
            assert.notDeepEqual(emulator.control.snapshot(), fresh);
            assert.equal(
                (await api.get("/auto-system-acls/ALLOW-DNS")).body.data["ALLOW-DNS"]["enable-logging"],
                "On",
            );
            await api.put("/auto-system-acls/ALLOW-DNS", { "enable-logging": "Off", "source-port": "*" });
            assert.deepEqual(emulator.control.snapshot(), fresh);
        }));
});

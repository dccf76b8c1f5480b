import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import { callAppliance } from "../helpers/appliance-api";
import { providerBlob, withProvider } from "./harness";

type Wire = Record<string, unknown>;

function systemGroup(emulator: { control: { snapshot(): { system: { system: Wire } } } }): Wire {
    return emulator.control.snapshot().system.system;
}

describe("System (/system) against the emulator: it writes only what the program sets", () => {
    it("takes over with one PUT of the set field and the domain the PUT requires, at its current value", () =>
        withProvider(async ({ emulator, handlers, counts, resetCounts }) => {
            const before = systemGroup(emulator);
            resetCounts();
            const created = await handlers.system.create({
                timeZone: "Europe/Berlin",
                __provider: providerBlob,
            });
            assert.deepEqual(counts(), { "GET /system": 1, "PUT /system": 1 });
            assert.deepEqual(
                systemGroup(emulator),
                { ...before, "time-zone": "Europe/Berlin" },
                "nothing else",
            );
            assert.equal(created.outs.firmwareVersion, before["firmware-version"], "the facts are outputs");
            assert.equal(
                created.outs.originalSettings["firmware-version"],
                undefined,
                "a fact is no setting",
            );
        }));

    it("does not put back a host name changed by hand that the program never set, nor on delete", () =>
        withProvider(async ({ emulator, handlers, counts, resetCounts }) => {
            const inputs = { timeZone: "Europe/Berlin", __provider: providerBlob };
            const created = await handlers.system.create(inputs);
            // Someone changes the host name and the mode on the appliance (its PUT requires the domain).
            await callAppliance(emulator, "PUT", "/system", {
                domain: "example.com",
                hostname: "waf-by-hand",
                "operation-mode": "Bridge All Traffic",
            });
            const read = await handlers.system.read(created.id, created.outs);
            assert.deepEqual(
                read.inputs,
                { timeZone: "Europe/Berlin" },
                "no drift on what the program leaves out",
            );
            const diff = await handlers.system.diff(created.id, read.props ?? {}, inputs);
            assert.equal(diff.changes, false);
            resetCounts();
            await handlers.system.update(created.id, read.props ?? {}, inputs);
            assert.deepEqual(counts(), {}, "an up writes nothing");
            await handlers.system.delete(created.id, read.props ?? {});
            const after = systemGroup(emulator);
            assert.equal(after["time-zone"], "UTC", "delete gives back what the program set");
            assert.equal(after.hostname, "waf-by-hand", "and leaves the rest as it is");
            assert.equal(after["operation-mode"], "Bridge All Traffic");
        }));
});

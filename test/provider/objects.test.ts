import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import type { EmulatorSnapshot, RunningEmulator, WireObject } from "../../emulator/index";
import type { ResourceHandlers } from "../../provider/engine/handlers";
import type { ResourceKind } from "../../provider/index";
import { callAppliance } from "../helpers/appliance-api";
import { assertPlainJson, providerBlob, withProvider, type ProviderHarness } from "./harness";

/**
 * Every resource the engine drives from schema.json alone, walked as the Pulumi engine would: create, an
 * in-place update, a replacing change, drift made on the appliance by hand and found by read, adopt, delete.
 * Each case says where its object lives in the emulator's snapshot and how a person would change it.
 */
interface ObjectCase {
    readonly kind: ResourceKind;
    readonly id: string;
    /** What the program declares; `before` creates what the object needs first. */
    readonly inputs: Record<string, unknown>;
    readonly before?: (handlers: ProviderHarness["handlers"]) => Promise<void>;
    readonly onAppliance: (snapshot: EmulatorSnapshot) => WireObject | undefined;
    /** An in-place change: the new inputs' extra values and the wire field that must change with it. */
    readonly update?: {
        readonly set: Record<string, unknown>;
        readonly field: string;
        readonly wire: string;
    };
    /** A change that replaces the object, the properties the plan names for it, and whether the old goes first. */
    readonly replace: {
        readonly set: Record<string, unknown>;
        readonly replaces: readonly string[];
        readonly deleteFirst: boolean;
    };
    /** A change made by hand to a property the program sets: the REST path, the body, the value read. */
    readonly drift?: HandChange;
    /** A change made by hand to a field the program leaves out (`property`, its `field` now `wire`), not the program's. */
    readonly unmanaged?: {
        readonly path: string;
        readonly body: object;
        readonly property: string;
        readonly field: string;
        readonly wire: string;
    };
}

/** A change made on the appliance by hand: the REST path, the body, and the property read must then report. */
interface HandChange {
    readonly path: string;
    readonly body: object;
    readonly property: string;
    readonly value: unknown;
}

const cases: readonly ObjectCase[] = [
    {
        kind: "vsite",
        id: "edge2",
        inputs: { name: "edge2", interface: "WAN", comments: "by Pulumi" },
        onAppliance: (s) => s.vsites.edge2,
        update: { set: { comments: "changed" }, field: "comments", wire: "changed" },
        replace: { set: { interface: "LAN" }, replaces: ["interface"], deleteFirst: true },
        drift: {
            path: "/vsites/edge2",
            body: { comments: "by hand" },
            property: "comments",
            value: "by hand",
        },
    },
    {
        kind: "serviceGroup",
        id: "default/shop",
        inputs: { vsite: "default", name: "shop" },
        onAppliance: (s) => s.serviceGroups.default?.shop,
        replace: { set: { vsite: "edge" }, replaces: ["vsite"], deleteFirst: true },
    },
    {
        kind: "selfSignedCertificate",
        id: "shop-cert",
        inputs: { name: "shop-cert", commonName: "shop.example", countryCode: "DE", keySize: "4096" },
        onAppliance: (s) => s.certificates["shop-cert"],
        replace: { set: { commonName: "www.shop.example" }, replaces: ["commonName"], deleteFirst: false },
    },
    {
        kind: "server",
        id: "chat/app-1",
        inputs: { service: "chat", name: "app-1", ipAddress: "10.0.1.1", port: 8080 },
        before: async (handlers) => {
            await handlers.service.create({
                name: "chat",
                ipAddress: "192.0.2.10",
                __provider: providerBlob,
            });
        },
        onAppliance: (s) => s.services.chat?.servers["app-1"],
        update: { set: { port: 8081 }, field: "port", wire: "8081" },
        replace: {
            set: { addressVersion: "IPv6", ipAddress: "2001:db8::1" },
            replaces: ["addressVersion"],
            deleteFirst: true,
        },
        drift: {
            path: "/services/chat/servers/app-1",
            body: { port: "9090" },
            property: "port",
            value: 9090,
        },
        unmanaged: {
            path: "/services/chat/servers/app-1",
            body: { status: "Out of Service All" },
            property: "status",
            field: "status",
            wire: "Out of Service All",
        },
    },
];

function handlersOf(harness: ProviderHarness, kind: ResourceKind): ResourceHandlers {
    return harness.handlers[kind];
}

async function created(harness: ProviderHarness, c: ObjectCase) {
    await c.before?.(harness.handlers);
    return handlersOf(harness, c.kind).create({ ...c.inputs, __provider: providerBlob });
}

function snapshotOf(emulator: RunningEmulator): EmulatorSnapshot {
    return emulator.control.snapshot();
}

for (const c of cases) {
    describe(`${c.kind} through the engine`, () => {
        it("creates the object in one POST and one read, with an ID that names its parents", () =>
            withProvider(async (harness) => {
                await c.before?.(harness.handlers);
                harness.resetCounts();
                const result = await handlersOf(harness, c.kind).create({
                    ...c.inputs,
                    __provider: providerBlob,
                });
                assert.equal(result.id, c.id);
                assertPlainJson(result.outs);
                for (const [name, value] of Object.entries(c.inputs)) {
                    assert.deepEqual(result.outs[name], value, name);
                }
                assert.ok(c.onAppliance(snapshotOf(harness.emulator)), "it is on the appliance");
                const counts = harness.counts();
                assert.equal(
                    Object.values(counts).reduce((a, b) => a + b, 0),
                    2,
                    JSON.stringify(counts),
                );
            }));

        if (c.update) {
            const update = c.update;
            it("updates in place with one PUT of the changed object and one read", () =>
                withProvider(async (harness) => {
                    const made = await created(harness, c);
                    harness.resetCounts();
                    const news = { ...c.inputs, ...update.set, __provider: providerBlob };
                    const diff = await handlersOf(harness, c.kind).diff(c.id, made.outs, news);
                    assert.equal(diff.changes, true);
                    assert.deepEqual(diff.replaces, []);
                    const updated = await handlersOf(harness, c.kind).update(c.id, made.outs, news);
                    assert.deepEqual(
                        updated.outs?.[Object.keys(update.set)[0]],
                        Object.values(update.set)[0],
                    );
                    assert.equal(c.onAppliance(snapshotOf(harness.emulator))?.[update.field], update.wire);
                    assert.equal(
                        Object.values(harness.counts()).reduce((a, b) => a + b, 0),
                        2,
                    );
                }));
        }

        it("plans a replacement for a change the appliance cannot make in place, in the resource's order", () =>
            withProvider(async (harness) => {
                const made = await created(harness, c);
                const diff = await handlersOf(harness, c.kind).diff(c.id, made.outs, {
                    ...c.inputs,
                    ...c.replace.set,
                    __provider: providerBlob,
                });
                assert.deepEqual(diff.replaces, c.replace.replaces);
                assert.equal(diff.deleteBeforeReplace, c.replace.deleteFirst);
            }));

        if (c.drift) {
            const drift = c.drift;
            it("finds a change made on the appliance by hand, and shows it as the inputs' drift", () =>
                withProvider(async (harness) => {
                    const made = await created(harness, c);
                    await callAppliance(harness.emulator, "PUT", drift.path, drift.body);
                    const read = await handlersOf(harness, c.kind).read(c.id, made.outs);
                    assert.equal(read.props?.[drift.property], drift.value);
                    assert.equal(read.inputs?.[drift.property], drift.value);
                    const diff = await handlersOf(harness, c.kind).diff(c.id, read.props ?? {}, {
                        ...c.inputs,
                        __provider: providerBlob,
                    });
                    assert.equal(diff.changes, true, "the next up puts it back");
                }));
        }

        if (c.unmanaged) {
            const change = c.unmanaged;
            it("leaves a property the program does not set to the appliance: changed by hand, it is no drift", () =>
                withProvider(async (harness) => {
                    const made = await created(harness, c);
                    await callAppliance(harness.emulator, "PUT", change.path, change.body);
                    const read = await handlersOf(harness, c.kind).read(c.id, made.outs);
                    assert.equal(c.onAppliance(snapshotOf(harness.emulator))?.[change.field], change.wire);
                    assert.equal(read.props?.[change.property], undefined, "the state leaves it out");
                    assert.equal(read.inputs?.[change.property], undefined, "so do the inputs");
                    const diff = await handlersOf(harness, c.kind).diff(c.id, read.props ?? {}, {
                        ...c.inputs,
                        __provider: providerBlob,
                    });
                    assert.equal(diff.changes, false, "the next up leaves it as it is");
                }));
        }

        it("takes over an object that exists with adopt: true, without creating it", () =>
            withProvider(async (harness) => {
                await created(harness, c);
                harness.resetCounts();
                const adopted = await handlersOf(harness, c.kind).create({
                    ...c.inputs,
                    adopt: true,
                    __provider: providerBlob,
                });
                assert.equal(adopted.id, c.id);
                assert.ok(
                    !Object.keys(harness.counts()).some((route) => route.startsWith("POST")),
                    "nothing was created",
                );
            }));

        it("deletes the object in one DELETE; a read then reports it gone, and a second delete is no error", () =>
            withProvider(async (harness) => {
                const made = await created(harness, c);
                harness.resetCounts();
                await handlersOf(harness, c.kind).delete(c.id, made.outs);
                assert.deepEqual(Object.keys(harness.counts()).length, 1);
                assert.equal(c.onAppliance(snapshotOf(harness.emulator)), undefined);
                assert.deepEqual(await handlersOf(harness, c.kind).read(c.id, made.outs), {});
                await handlersOf(harness, c.kind).delete(c.id, made.outs);
            }));
    });
}

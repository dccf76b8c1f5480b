import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { describeDrift, findDrift } from "../../scripts/pipeline/drift";
import type { EngineEvent, StepMetadata } from "../../scripts/pipeline/engine-events";

const urn = "urn:pulumi:prod::shop::pulumi-nodejs:dynamic/barracudawaf:Service::shop";
const type = "pulumi-nodejs:dynamic/barracudawaf:Service";
const outputs = {
    __provider: "exports.handler = ...",
    name: "shop",
    port: 80,
    basicSecurity: { mode: "Active" },
};

/** The refresh's outcome for the service, as `resOutputsEvent` carries it (see the CLI's streamed JSON). */
function refreshed(op: string, now: Record<string, unknown> | null): EngineEvent[] {
    const metadata: StepMetadata = {
        op,
        urn,
        type,
        old: { id: "shop", outputs },
        new: now && { id: "shop", outputs: now },
    };
    return [
        { resourcePreEvent: { metadata: { ...metadata, op: "refresh" } } },
        { resOutputsEvent: { metadata } },
    ];
}

describe("drift found in a streamed pulumi refresh --preview-only", () => {
    it("names each changed property by its path, nested ones too, and no unchanged one", () => {
        const drift = findDrift(
            refreshed("update", { ...outputs, port: 8080, basicSecurity: { mode: "Passive" } }),
        );
        assert.deepEqual(drift.map(describeDrift), [
            [
                'Service "shop": changed on the appliance',
                "    port: 80 in the state, 8080 now",
                '    basicSecurity.mode: "Active" in the state, "Passive" now',
            ],
        ]);
    });

    it("says a property that is no longer there reads (none), and a gone object is gone", () => {
        const { port: _port, ...withoutPort } = outputs;
        assert.deepEqual(findDrift(refreshed("update", withoutPort)).map(describeDrift), [
            ['Service "shop": changed on the appliance', "    port: 80 in the state, (none) now"],
        ]);
        assert.deepEqual(findDrift(refreshed("delete", null)).map(describeDrift), [
            ['Service "shop": gone from the appliance'],
        ]);
    });

    it("finds none in a resource that stayed the same, or whose only change is the provider's bookkeeping", () => {
        assert.deepEqual(findDrift(refreshed("same", outputs)), []);
        assert.deepEqual(findDrift(refreshed("update", { ...outputs, __provider: "newer" })), []);
    });

    it("still reports an update whose changed values the CLI shows as [secret]", () => {
        assert.deepEqual(findDrift(refreshed("update", outputs)).map(describeDrift), [
            ['Service "shop": changed on the appliance, in values the CLI does not show (secrets)'],
        ]);
    });
});

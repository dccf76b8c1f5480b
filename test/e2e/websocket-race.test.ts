import * as assert from "node:assert/strict";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { CommandError } from "@pulumi/pulumi/automation";
import { RunningEmulator, startEmulator } from "../../emulator";
import { createPulumiProject, type PulumiProject } from "../../scripts/lib/pulumi-project";
import { repoRoot } from "../../scripts/lib/repo";
import { rejection } from "../helpers/rejection";

/**
 * The two legal programs that once left a WebSocket service on an appliance with advanced settings hidden
 * (the engine ran the check of one resource, then the other's write, then the first's write). Each round runs
 * on a fresh stack against a reset emulator at each latency; `BARRACUDAWAF_RACE_ROUNDS` raises the number of
 * rounds per latency (the closing note's counts come from 20).
 */
const rounds = Number(process.env.BARRACUDAWAF_RACE_ROUNDS ?? "1");
const latencies = [0, 5, 20];
const program = path.join(repoRoot, "test", "fixtures", "race-program");

/** True when a service has WebSocket on while the appliance hides advanced settings. */
function ruleBroken(emulator: RunningEmulator): boolean {
    const snapshot = emulator.control.snapshot();
    return (
        snapshot.system.advancedSettings["enable-advanced-settings"] !== "Yes" &&
        Object.values(snapshot.services).some(
            (service) => service.advancedConfiguration["enable-websocket"] === "Yes",
        )
    );
}

/** Runs `fn` on a fresh stack of the race program, connected to `emulator`, then disposes of the stack. */
async function withStack(
    emulator: RunningEmulator,
    config: Record<string, string>,
    fn: (project: PulumiProject) => Promise<void>,
): Promise<void> {
    const project = await createPulumiProject(program);
    try {
        await project.connectTo(emulator);
        await project.setConfig(config);
        await fn(project);
    } finally {
        await project.dispose();
    }
}

describe("the WebSocket rule holds when the engine runs steps in parallel, through the Pulumi CLI", () => {
    let emulator: RunningEmulator;
    before(async () => {
        emulator = await startEmulator();
    });
    after(() => emulator.stop());

    for (const latencyMs of latencies) {
        it(`refuses a second SystemConfiguration before anything reaches the appliance (${latencyMs} ms latency)`, async () => {
            for (let round = 0; round < rounds; round++) {
                emulator.control.reset();
                emulator.control.setLatency(latencyMs);
                await withStack(emulator, { program: "two-settings" }, async (project) => {
                    // `pulumi up` previews first, and the preview is where the program must be refused.
                    const output = (await rejection(project.preview(), CommandError)).message;
                    assert.match(
                        output,
                        /SystemConfiguration "off": this program already declares SystemConfiguration "on"/,
                    );
                    assert.match(
                        output,
                        /Declare one SystemConfiguration and pass it to every resource that needs it/,
                    );
                    const writes = emulator.control
                        .requests()
                        .filter((entry) => entry.method !== "GET" && !/\/log(in|out)$/.test(entry.path));
                    assert.deepEqual(writes, [], "nothing was written");
                });
            }
        });

        it(`keeps the appliance consistent when settings are hidden beside a new WebSocket service (${latencyMs} ms latency)`, async () => {
            for (let round = 0; round < rounds; round++) {
                emulator.control.reset();
                emulator.control.setLatency(latencyMs);
                await withStack(emulator, { program: "plain-reference", step: "1" }, async (project) => {
                    await project.up();
                    await project.setConfig({ step: "2" });
                    // One of the two went first; the other saw its write and says why it stopped.
                    const output = (await rejection(project.up(), CommandError)).message;
                    assert.equal(ruleBroken(emulator), false, `the rule was broken:\n${output}`);
                    assert.match(
                        output,
                        /Cannot create service "chat" with enableWebSocket: true: Show Advanced Settings is off|it would turn Show Advanced Settings off while service "chat" still has WebSocket enabled/,
                    );
                });
            }
        });
    }
});

/**
 * `npm run bench:up [-- --count 100 --rounds 3]`: times `pulumi up` of N services against the emulator beside
 * the same program with a dynamic provider that does nothing, and prints both times, their ratio and the
 * emulator's API-call counts. A benchmark, not a test: it reports what it measured and asserts nothing.
 */
import * as path from "node:path";
import { parseArgs } from "node:util";
import { RunningEmulator, startEmulator } from "../emulator";
import { createPulumiProject } from "./lib/pulumi-project";
import { repoRoot } from "./lib/repo";

const fixtures = path.join(repoRoot, "test", "fixtures");

/** What one `pulumi up` of a fresh stack cost. */
interface UpMeasurement {
    readonly seconds: number;
    /** The emulator's API calls during the up (not the destroy that follows), by route. */
    readonly calls: Record<string, number>;
}

/** Times one `pulumi up` of `program` from a fresh stack; the stack is destroyed afterwards, untimed. */
async function measureUp(program: string, count: number, emulator?: RunningEmulator): Promise<UpMeasurement> {
    const project = await createPulumiProject(path.join(fixtures, program), "bench");
    try {
        await project.setConfig({ count: String(count) });
        if (emulator) {
            await project.connectTo(emulator);
            emulator.control.clearLog();
        }
        const started = process.hrtime.bigint();
        await project.up();
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const calls = emulator?.control.counts() ?? {};
        await project.destroy();
        return { seconds, calls };
    } finally {
        await project.dispose();
    }
}

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}

async function main(): Promise<void> {
    const { values } = parseArgs({
        options: { count: { type: "string", default: "100" }, rounds: { type: "string", default: "3" } },
    });
    const count = Number(values.count);
    const rounds = Number(values.rounds);
    const emulator = await startEmulator();
    try {
        const services: number[] = [];
        const noop: number[] = [];
        let calls: Record<string, number> = {};
        for (let round = 1; round <= rounds; round++) {
            noop.push((await measureUp("bench-noop", count)).seconds);
            const measured = await measureUp("bench-services", count, emulator);
            services.push(measured.seconds);
            calls = measured.calls;
            console.log(
                `round ${round}: no-op ${noop.at(-1)?.toFixed(2)} s, services ${measured.seconds.toFixed(2)} s`,
            );
        }
        const ratio = median(services) / median(noop);
        console.log(`\npulumi up of ${count} resources, median of ${rounds} rounds`);
        console.log(`  no-op dynamic provider: ${median(noop).toFixed(2)} s`);
        console.log(`  Service on the emulator: ${median(services).toFixed(2)} s`);
        console.log(`  ratio: ${ratio.toFixed(2)} (budget 1.30)`);
        console.log(`\nAPI calls of the last services up, by route:`);
        for (const [route, routeCalls] of Object.entries(calls).sort()) {
            console.log(`  ${route.padEnd(48)} ${routeCalls}`);
        }
        const total = Object.values(calls).reduce((sum, routeCalls) => sum + routeCalls, 0);
        console.log(`  ${"total".padEnd(48)} ${total} (${(total / count).toFixed(2)} per service)`);
    } finally {
        await emulator.stop();
    }
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
});

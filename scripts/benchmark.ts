/**
 * `npm run bench [-- --sizes 10,100,1000 --shapes plain,full,site --rounds 3 --skip-checkpoints]`: `pulumi up`, a
 * preview with no changes, `pulumi refresh` and `pulumi destroy` of N resources of each shape against the
 * emulator, each beside the same program whose dynamic provider does nothing (the engine's own floor), on fresh
 * stacks, in the same run; then the medians, their ratios, the state bytes per resource and the API calls of
 * each operation. A benchmark, not a test: it reports what it measured and asserts nothing. By default N is 10
 * and 100; 1000 takes some minutes per round.
 */
import * as path from "node:path";
import { parseArgs } from "node:util";
import { RunningEmulator, startEmulator } from "../emulator";
import type { EngineEvent } from "@pulumi/pulumi/automation";
import { createPulumiProject, type PulumiProject } from "./lib/pulumi-project";
import { repoRoot } from "./lib/repo";

const fixtures = path.join(repoRoot, "test", "fixtures");

/**
 * What each timed operation is given: a handler of the engine's events, which marks the operation's end, and
 * the environment of the run (`PULUMI_SKIP_CHECKPOINTS` with `--skip-checkpoints`).
 */
type Timed = { onEvent(event: EngineEvent): void; env: Readonly<Record<string, string>> };

/**
 * What each program declares, by shape, the same for both programs: `plain`, N services with their name, address
 * and port; `full`, services with every sub-object a service has set to something other than its default; `site`,
 * the real site's shape, a service with its own security policy (URL protection and cookie security tuned), a
 * server and a URL ACL, four resources each, so that N counts resources whatever the shape.
 */
const shapes = {
    plain: { service: {} },
    full: {
        service: {
            comments: "benchmark",
            enableHttp2: true,
            keepaliveRequests: 32,
            basicSecurity: { mode: "Active", webFirewallLogLevel: "4-Warning" },
            loadBalancing: { algorithm: "Least Requests" },
        },
    },
    site: {
        service: { comments: "benchmark", enableHttp2: true },
        site: {
            policy: {
                urlProtection: { enable: "Enable", maxContentLength: 1048576 },
                cookieSecurity: { httpOnly: true, secureCookie: true },
            },
            server: { comments: "benchmark" },
            acl: { url: "/admin*", host: "*", action: "Deny and Log" },
        },
    },
} as const;
type Shape = keyof typeof shapes;

/** The operations timed on each stack, in the order they run. */
const operations = {
    up: (project: PulumiProject, timed: Timed) => project.up(timed),
    "preview, no changes": (project: PulumiProject, timed: Timed) =>
        project.preview({ ...timed, expectNoChanges: true }),
    refresh: (project: PulumiProject, timed: Timed) => project.refresh(timed),
    destroy: (project: PulumiProject, timed: Timed) => project.destroy(timed),
} as const;
type Operation = keyof typeof operations;

/** What one program cost on one fresh stack. */
interface StackRun {
    readonly seconds: Record<Operation, number>;
    /** The emulator's API calls of each operation, all routes together (0 for the no-op program). */
    readonly calls: Record<Operation, number>;
    /** The JSON bytes of one resource's state, averaged over the program's resources, after `up`. */
    readonly stateBytesPerResource: number;
}

/**
 * Runs every operation once on a fresh stack of `program` with `count` resources. Each is timed from the call
 * to the engine's summary event: the Automation API then runs more CLI commands (the stack's outputs and
 * history) that are not part of the operation.
 */
async function runStack(
    program: string,
    count: number,
    shape: Shape,
    emulator: RunningEmulator,
    env: Readonly<Record<string, string>>,
): Promise<StackRun> {
    const project = await createPulumiProject(path.join(fixtures, program), "bench");
    try {
        await project.setConfig({ count: String(count), shape: JSON.stringify(shapes[shape]) });
        await project.connectTo(emulator);
        const seconds = {} as Record<Operation, number>;
        const calls = {} as Record<Operation, number>;
        let stateBytesPerResource = 0;
        for (const [operation, run] of Object.entries(operations) as Array<
            [Operation, typeof operations.up]
        >) {
            emulator.control.clearLog();
            const started = process.hrtime.bigint();
            let ended: bigint | undefined;
            await run(project, {
                env,
                onEvent: (event) => {
                    if (event.summaryEvent) ended = process.hrtime.bigint();
                },
            });
            seconds[operation] = Number((ended ?? process.hrtime.bigint()) - started) / 1e9;
            calls[operation] = Object.values(emulator.control.counts()).reduce((sum, n) => sum + n, 0);
            if (operation === "up") {
                stateBytesPerResource = await stateBytesOf(project);
            }
        }
        return { seconds, calls, stateBytesPerResource };
    } finally {
        await project.dispose();
    }
}

/** The bytes of the program's resources in the stack's state, as compact as the file backend writes it, per resource. */
async function stateBytesOf(project: PulumiProject): Promise<number> {
    const resources = (await project.exportEncryptedState()).deployment.resources ?? [];
    const programResources = resources.filter((resource) =>
        resource.type.startsWith("pulumi-nodejs:dynamic/"),
    );
    return JSON.stringify(programResources).length / programResources.length;
}

function median(values: readonly number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}

/** The report's rows for one N: each operation's medians beside the floor's, then the state per resource. */
function rowsFor(
    count: number,
    shape: Shape,
    floor: readonly StackRun[],
    services: readonly StackRun[],
): string[] {
    const rows = (Object.keys(operations) as Operation[]).map((operation) => {
        const floorSeconds = median(floor.map((run) => run.seconds[operation]));
        const serviceSeconds = median(services.map((run) => run.seconds[operation]));
        const calls = median(services.map((run) => run.calls[operation]));
        return `| ${count} | ${shape} | ${operation} | ${floorSeconds.toFixed(2)} s | ${serviceSeconds.toFixed(2)} s | ${(serviceSeconds / floorSeconds).toFixed(2)} | ${calls} |`;
    });
    const floorBytes = median(floor.map((run) => run.stateBytesPerResource));
    const serviceBytes = median(services.map((run) => run.stateBytesPerResource));
    rows.push(
        `| ${count} | ${shape} | state per resource | ${Math.round(floorBytes)} B | ${Math.round(serviceBytes)} B | ${(serviceBytes / floorBytes).toFixed(2)} | |`,
    );
    return rows;
}

async function main(): Promise<void> {
    const { values } = parseArgs({
        options: {
            sizes: { type: "string", default: "10,100" },
            shapes: { type: "string", default: "plain,full,site" },
            rounds: { type: "string", default: "3" },
            "skip-checkpoints": { type: "boolean", default: false },
        },
    });
    // The engine then writes the state once, at the end of each operation, instead of at every step.
    const env: Record<string, string> = values["skip-checkpoints"] ? { PULUMI_SKIP_CHECKPOINTS: "true" } : {};
    const sizes = values.sizes.split(",").map(Number);
    const chosenShapes = values.shapes.split(",").map((shape) => {
        if (!(shape in shapes))
            throw new Error(`--shapes: ${shape} is not one of ${Object.keys(shapes).join(", ")}`);
        return shape as Shape;
    });
    const rounds = Number(values.rounds);
    const emulator = await startEmulator();
    const table = [
        "| N | shape | operation | no-op floor | this provider | ratio | API calls |",
        "|---|---|---|---|---|---|---|",
    ];
    try {
        for (const count of sizes) {
            for (const shape of chosenShapes) {
                const floor: StackRun[] = [];
                const services: StackRun[] = [];
                // Interleaved, so that a slow spell of the machine falls on both programs alike.
                for (let round = 1; round <= rounds; round++) {
                    floor.push(await runStack("bench-noop", count, shape, emulator, env));
                    services.push(await runStack("bench-services", count, shape, emulator, env));
                    const [f, s] = [floor.at(-1)?.seconds, services.at(-1)?.seconds];
                    console.error(
                        `N=${count} ${shape} round ${round}: ` +
                            (Object.keys(operations) as Operation[])
                                .map((op) => `${op} ${f?.[op].toFixed(2)}/${s?.[op].toFixed(2)} s`)
                                .join(", "),
                    );
                }
                table.push(...rowsFor(count, shape, floor, services));
            }
        }
    } finally {
        await emulator.stop();
    }
    console.log(`\nMedians of ${rounds} fresh stacks per program and N (no-op floor / this provider):\n`);
    console.log(table.join("\n"));
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
});

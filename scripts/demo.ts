/**
 * `npm run demo`: starts the emulator, previews and runs `pulumi up` of examples/websocket-app against it with a
 * local backend (through the Automation API), shows what the appliance now holds, then destroys the stack; then
 * brings up examples/real-site (a web shop as a team runs it) quietly, shows what it made in a few lines, and
 * destroys it too, leaving the appliance as it started.
 */
import * as path from "node:path";
import { RunningEmulator, startEmulator } from "../emulator";
import { applianceTable } from "./lib/appliance-table";
import { createPulumiProject, PulumiProject } from "./lib/pulumi-project";
import { repoRoot } from "./lib/repo";
import { stackSummary } from "./lib/stack-summary";

function heading(text: string): void {
    console.log(`\n=== ${text}\n`);
}

/** What the appliance holds, as a table. */
function showAppliance(emulator: RunningEmulator): void {
    console.log(applianceTable(emulator.control.snapshot()));
}

/** Shows the CLI's output as it comes, as `pulumi up` in a terminal does. */
const shown = {
    onOutput: (text: string) => process.stdout.write(text),
    onError: (text: string) => process.stderr.write(text),
};

async function main(): Promise<void> {
    // A factory-fresh appliance (the default): what the table shows is what the program made.
    const emulator = await startEmulator();
    let project: PulumiProject | undefined;
    try {
        project = await createPulumiProject(path.join(repoRoot, "examples", "websocket-app"), "demo");
        heading(`Appliance emulator listening on ${emulator.url}`);
        await project.connectTo(emulator);

        heading("pulumi preview");
        await project.preview(shown);
        heading("pulumi up");
        await project.up(shown);

        heading("What the appliance holds now");
        showAppliance(emulator);

        heading("pulumi destroy");
        await project.destroy(shown);
        heading("After destroy");
        showAppliance(emulator);
        await project.dispose();
        project = undefined;

        await realSite(emulator);
    } finally {
        await project?.dispose();
        await emulator.stop();
    }
}

const done: Readonly<Record<string, string>> = {
    create: "created",
    update: "updated",
    replace: "replaced",
    delete: "deleted",
    same: "unchanged",
};

/** How many resources an operation changed, by kind, the stack itself included: `14 created`. */
function changes(summary: { resourceChanges?: Record<string, number> }): string {
    return Object.entries(summary.resourceChanges ?? {})
        .map(([kind, count]) => `${count} ${done[kind] ?? kind}`)
        .join(", ");
}

/** examples/real-site on the same appliance: up and destroy without their output, and what it made. */
async function realSite(emulator: RunningEmulator): Promise<void> {
    const before = JSON.stringify(emulator.control.snapshot());
    const project = await createPulumiProject(path.join(repoRoot, "examples", "real-site"), "demo");
    try {
        await project.connectTo(emulator);
        heading("examples/real-site: a web shop as a team runs it (pulumi up)");
        const up = await project.up();
        console.log(`pulumi up: ${changes(up.summary)}
`);
        console.log(stackSummary(await project.exportEncryptedState()));
        heading("examples/real-site: pulumi destroy");
        const destroyed = await project.destroy();
        const fresh = JSON.stringify(emulator.control.snapshot()) === before;
        console.log(
            `pulumi destroy: ${changes(destroyed.summary)}; the appliance is ` +
                (fresh ? "as it was before the shop." : "NOT as it was before the shop."),
        );
    } finally {
        await project.dispose();
    }
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
});

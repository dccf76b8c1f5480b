/**
 * `npm run demo`: starts the emulator, runs `pulumi up` of examples/websocket-app against it with a local
 * backend, shows what the appliance now holds, then destroys the stack and cleans up.
 */
import * as path from "node:path";
import { RunningEmulator, startEmulator } from "../emulator";
import { applianceTable } from "./lib/appliance-table";
import { createPulumiProject, PulumiProject } from "./lib/pulumi-project";
import { repoRoot } from "./lib/repo";

function heading(text: string): void {
    console.log(`\n=== ${text}\n`);
}

/** What the appliance holds, as a table. */
function showAppliance(emulator: RunningEmulator): void {
    console.log(applianceTable(emulator.control.snapshot()));
}

async function main(): Promise<void> {
    // A factory-fresh appliance (the default): what the table shows is what the program made.
    const emulator = await startEmulator();
    let project: PulumiProject | undefined;
    try {
        project = await createPulumiProject(path.join(repoRoot, "examples", "websocket-app"), "demo");
        heading(`Appliance emulator listening on ${emulator.url}`);
        await project.connectTo(emulator);

        heading("pulumi up");
        await project.pulumi(["up", "--yes"], { stream: true });

        heading("What the appliance holds now");
        showAppliance(emulator);

        heading("pulumi destroy");
        await project.pulumi(["destroy", "--yes"], { stream: true });
        heading("After destroy");
        showAppliance(emulator);
    } finally {
        await project?.dispose();
        await emulator.stop();
    }
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
});

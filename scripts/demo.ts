/**
 * `npm run demo`: starts the emulator, previews and runs `pulumi up` of examples/websocket-app against it with a
 * local backend (through the Automation API), shows what the appliance now holds, then destroys the stack and
 * cleans up.
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
    } finally {
        await project?.dispose();
        await emulator.stop();
    }
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
});

/**
 * `npm run demo`: starts the emulator, runs `pulumi up` of examples/websocket-service against it with a local
 * backend, shows what the appliance now holds, then destroys the stack and cleans up.
 */
import * as path from "node:path";
import { RunningEmulator, startEmulator } from "../emulator";
import { createPulumiProject, PulumiProject } from "./lib/pulumi-project";
import { repoRoot } from "./lib/repo";

function heading(text: string): void {
    console.log(`\n=== ${text}\n`);
}

/** The fields the example sets, as the appliance reports them. */
function showAppliance(emulator: RunningEmulator): void {
    const { services, system } = emulator.control.snapshot();
    console.log(
        `ADVANCED > System Configuration: enable-advanced-settings = ${system.advancedSettings["enable-advanced-settings"]}`,
    );
    for (const [name, { service, advancedConfiguration }] of Object.entries(services)) {
        const fields = ["type", "ip-address", "port", "status", "vsite"].map(
            (field) => `${field}=${service[field]}`,
        );
        console.log(
            `service ${name}: ${fields.join(" ")} enable-websocket=${advancedConfiguration["enable-websocket"]}`,
        );
    }
}

async function main(): Promise<void> {
    const emulator = await startEmulator();
    let project: PulumiProject | undefined;
    try {
        project = await createPulumiProject(path.join(repoRoot, "examples", "websocket-service"), "demo");
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

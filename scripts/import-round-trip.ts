/**
 * `npm run bench:import [-- SERVICES]`: the importer's round trip at scale. Seeds an emulator with SERVICES
 * services (default 200), each with a server, through the appliance API; runs `barracudawaf-import` on it;
 * then a new stack runs the program written: `pulumi up` (which must write nothing) and `pulumi preview`
 * (which must show no changes). Reports how long each step took and the write calls the up made. A
 * benchmark, not a test: it reports what it measured, and fails only when the round trip does.
 */
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";

import { startEmulator } from "../emulator";
import { ApplianceClient } from "../provider/client/appliance-client";
import { ConnectionSettings } from "../provider/client/connection-settings";
import { createPulumiProject } from "./lib/pulumi-project";
import { repoRoot } from "./lib/repo";

async function main(): Promise<void> {
    const count = Number(process.argv[2] ?? 200);
    const emulator = await startEmulator();
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "barracudawaf-import-bench-"));
    try {
        const client = ApplianceClient.for(
            new ConnectionSettings({
                address: emulator.url,
                username: emulator.username,
                password: emulator.password,
            }),
        );
        for (let index = 0; index < count; index++) {
            const name = `app-${index + 1}`;
            const address = `10.${Math.floor(index / 250) + 1}.${index % 250}.10`;
            await client.post("/services", { name, type: "HTTP", "ip-address": address, port: "80" });
            await client.post(`/services/${name}/servers`, {
                name: "web",
                "ip-address": "10.200.0.1",
                port: "8080",
            });
        }
        console.log(`Seeded ${count} services, each with a server.`);

        const out = path.join(root, "imported");
        let started = Date.now();
        // Asynchronously: the emulator answers from this process's event loop.
        await promisify(execFile)(
            process.execPath,
            [path.join(repoRoot, "dist", "scripts", "import", "cli.js"), "--out", out],
            {
                env: {
                    ...process.env,
                    BARRACUDA_WAF_ADDRESS: emulator.url,
                    BARRACUDA_WAF_USERNAME: emulator.username,
                    BARRACUDA_WAF_PASSWORD: emulator.password,
                },
            },
        );
        const importSeconds = (Date.now() - started) / 1000;
        const resources = (fs.readFileSync(path.join(out, "index.ts"), "utf8").match(/new waf\./g) ?? [])
            .length;
        console.log(`barracudawaf-import: ${importSeconds.toFixed(1)} s, ${resources} resources written`);

        const project = await createPulumiProject(out, "imported");
        try {
            await project.connectTo(emulator);
            emulator.control.clearLog();
            started = Date.now();
            await project.up();
            const upSeconds = (Date.now() - started) / 1000;
            const writes = Object.entries(emulator.control.counts()).filter(
                ([route]) => !/^GET |\/log(in|out)$/.test(route),
            );
            console.log(
                `pulumi up: ${upSeconds.toFixed(1)} s, write calls: ${JSON.stringify(Object.fromEntries(writes))}`,
            );
            started = Date.now();
            await project.preview({ expectNoChanges: true });
            console.log(
                `pulumi preview --expect-no-changes: ${((Date.now() - started) / 1000).toFixed(1)} s, passed`,
            );
            if (writes.length > 0) throw new Error("the up of the imported program wrote to the appliance");
        } finally {
            await project.dispose();
        }
    } finally {
        await emulator.stop();
        fs.rmSync(root, { recursive: true, force: true });
    }
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
});

/**
 * `npm run bench:emulator`: a bounded loopback load run against the emulator, started as its own process
 * (the CLI) so that the load tool does not share its event loop. Reports requests per second for reads
 * (GET /services/{name}) and writes (PUT /services/{name}), in memory and with a state file (an fsync per
 * write). A benchmark, not a test: it reports what it measured and asserts nothing. Each run lasts at most
 * 10 s and 200,000 requests, on 127.0.0.1 only.
 */
import autocannon from "autocannon";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
// The tests' helpers: one way to start the CLI and to log in, for tests and this benchmark alike.
import { ApiSession, basicHeader } from "../test/helpers/api-session";
import { startCli, stopCli } from "../test/helpers/cli-emulator";

const seconds = 10;
const maxRequests = 200_000;
const connections = 10;

async function run(title: string, options: autocannon.Options): Promise<void> {
    const result = await autocannon({
        connections,
        duration: seconds,
        maxOverallRequests: maxRequests,
        ...options,
    });
    const failures = result.non2xx + result.errors + result.timeouts;
    console.log(
        `${title.padEnd(44)} ${result.requests.average.toFixed(0).padStart(7)} req/s` +
            `   latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms` +
            `   ${result.requests.total} requests, ${failures} failed`,
    );
}

async function measure(label: string, args: string[]): Promise<void> {
    const emulator = await startCli(args);
    try {
        const api = await ApiSession.open({ url: emulator.url, username: "admin", password: "admin" });
        const created = await api.post("/services", { name: "web", "ip-address": "10.0.0.10", port: 80 });
        if (created.status !== 201) throw new Error(`POST /services answered ${created.status}`);
        const headers = { Authorization: basicHeader(api.token ?? ""), "Content-Type": "application/json" };
        const target = `${emulator.url}/restapi/v3.2/services/web`;
        await run(`reads  GET /services/{name} (${label})`, { url: target, headers });
        let counter = 0;
        await run(`writes PUT /services/{name} (${label})`, {
            url: target,
            method: "PUT",
            headers,
            // Each connection writes its own values, so that writes really change the state.
            setupClient: (client) => {
                counter += 1;
                client.setBody(JSON.stringify({ comments: `load ${counter}`, port: 1000 + counter }));
            },
        });
    } finally {
        await stopCli(emulator, "SIGTERM");
    }
}

async function main(): Promise<void> {
    console.log(
        `Emulator load on 127.0.0.1: ${connections} connections, ${seconds} s or ${maxRequests} requests per run, Node ${process.version}, ${os.cpus().length} CPUs\n`,
    );
    await measure("in memory", []);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "emulator-load-"));
    try {
        await measure("state file", ["--state", path.join(dir, "state.json")]);
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
});

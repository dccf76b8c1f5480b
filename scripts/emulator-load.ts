/**
 * `npm run bench:emulator`: a bounded loopback load run against the emulator, started as its own process
 * (the CLI) so that the load tool does not share its event loop. Reports requests per second and latency
 * for reads (GET /services/{name}), for writes (PUT /services/{name}) and for a mixed load (readers and
 * writers at the same time, each measured on its own), in memory and with a state file (every answered write
 * on disk). A benchmark, not a test: it reports what it measured and asserts nothing. Each run lasts at most
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
/** Of the mixed load's connections, this many write; the others read. */
const writers = 2;

function report(title: string, result: autocannon.Result): void {
    const failures = result.non2xx + result.errors + result.timeouts;
    console.log(
        `${title.padEnd(52)} ${result.requests.average.toFixed(0).padStart(7)} req/s` +
            `   latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms` +
            `   ${result.requests.total} requests, ${failures} failed`,
    );
}

function load(options: autocannon.Options): Promise<autocannon.Result> {
    return autocannon({ connections, duration: seconds, maxOverallRequests: maxRequests, ...options });
}

/** PUT options where each connection writes its own values, so that writes really change the state. */
function writes(url: string, headers: Record<string, string>): autocannon.Options {
    let counter = 0;
    return {
        url,
        method: "PUT",
        headers,
        setupClient: (client) => {
            counter += 1;
            client.setBody(JSON.stringify({ comments: `load ${counter}`, port: 1000 + counter }));
        },
    };
}

async function measure(label: string, args: string[]): Promise<void> {
    const emulator = await startCli(args);
    try {
        const api = await ApiSession.open({ url: emulator.url, username: "admin", password: "admin" });
        const created = await api.post("/services", { name: "web", "ip-address": "10.0.0.10", port: 80 });
        if (created.status !== 201) throw new Error(`POST /services answered ${created.status}`);
        const headers = { Authorization: basicHeader(api.token ?? ""), "Content-Type": "application/json" };
        const target = `${emulator.url}/restapi/v3.2/services/web`;
        report(`reads  GET /services/{name} (${label})`, await load({ url: target, headers }));
        report(`writes PUT /services/{name} (${label})`, await load(writes(target, headers)));
        const [reads, written] = await Promise.all([
            load({ url: target, headers, connections: connections - writers }),
            load({ ...writes(target, headers), connections: writers }),
        ]);
        const total = reads.requests.average + written.requests.average;
        const p99 = Math.max(reads.latency.p99, written.latency.p99);
        console.log(
            `${`mixed  ${connections - writers} readers + ${writers} writers (${label})`.padEnd(52)} ${total.toFixed(0).padStart(7)} req/s   p99 ${p99} ms`,
        );
        report(`  of which reads (${label})`, reads);
        report(`  of which writes (${label})`, written);
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

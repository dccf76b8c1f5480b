/**
 * `npm run bench:emulator`: a bounded loopback load run against the emulator, started as its own process
 * (the CLI) so that the load tool does not share its event loop. Reports requests per second for reads
 * (GET /services/{name}) and writes (PUT /services/{name}), in memory and with a state file (an fsync per
 * write). A benchmark, not a test: it reports what it measured and asserts nothing. Each run lasts at most
 * 10 s and 200,000 requests, on 127.0.0.1 only.
 */
import autocannon from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const cli = path.join(__dirname, "..", "emulator", "cli.js");
const seconds = 10;
const maxRequests = 200_000;
const connections = 10;

async function startEmulator(args: string[]): Promise<{ child: ChildProcess; url: string }> {
    const child = spawn(process.execPath, [cli, "--port", "0", ...args], {
        stdio: ["ignore", "pipe", "inherit"],
    });
    const url = await new Promise<string>((resolve, reject) => {
        let output = "";
        const timer = setTimeout(() => reject(new Error("the emulator did not start within 10 s")), 10_000);
        child.stdout?.on("data", (chunk: Buffer) => {
            output += chunk.toString();
            const match = /listening on (\S+)/.exec(output);
            if (match) {
                clearTimeout(timer);
                resolve(match[1]);
            }
        });
    });
    return { child, url };
}

async function authorization(url: string): Promise<string> {
    const response = await fetch(`${url}/restapi/v3.2/login`, {
        method: "POST",
        body: JSON.stringify({ username: "admin", password: "admin" }),
    });
    const { token } = (await response.json()) as { token: string };
    return `Basic ${Buffer.from(`${token}:`).toString("base64")}`;
}

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
    const { child, url } = await startEmulator(args);
    try {
        const auth = await authorization(url);
        const headers = { Authorization: auth, "Content-Type": "application/json" };
        await fetch(`${url}/restapi/v3.2/services`, {
            method: "POST",
            headers,
            body: JSON.stringify({ name: "web", "ip-address": "10.0.0.10", port: 80 }),
        });
        const target = `${url}/restapi/v3.2/services/web`;
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
        await new Promise((resolve) => {
            child.once("exit", resolve);
            child.kill("SIGTERM");
        });
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

import * as assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import type { RunningEmulator } from "../../emulator/index";
import { ApiSession } from "./api-session";

const cli = path.join(__dirname, "..", "..", "emulator", "cli.js");

interface CliEmulator {
    readonly child: ChildProcess;
    readonly url: string;
    readonly output: string;
}

/** Starts the CLI on a free port and waits (10 s at most) for the line with its URL. */
function startCli(args: string[], env: Record<string, string> = {}): Promise<CliEmulator> {
    const child = spawn(process.execPath, [cli, "--port", "0", ...args], {
        env: { ...process.env, ...env },
        stdio: ["ignore", "pipe", "pipe"],
    });
    return new Promise((resolve, reject) => {
        let output = "";
        const timer = setTimeout(() => {
            child.kill("SIGKILL");
            reject(new Error(`the CLI did not start within 10 s:\n${output}`));
        }, 10_000);
        const onData = (chunk: Buffer) => {
            output += chunk.toString();
            const match = /listening on (\S+)/.exec(output);
            if (match && output.includes("password:")) {
                clearTimeout(timer);
                setTimeout(() => resolve({ child, url: match[1], output }), 50);
            }
        };
        child.stdout.on("data", onData);
        child.stderr.on("data", onData);
        // "close", not "exit": only then has all of the child's output been read.
        child.once("close", (code) => {
            clearTimeout(timer);
            reject(new Error(`the CLI exited with ${code}:\n${output}`));
        });
    });
}

function killHard(emulator: CliEmulator): Promise<void> {
    return new Promise((resolve) => {
        if (emulator.child.exitCode !== null || emulator.child.signalCode !== null) return resolve();
        emulator.child.once("exit", () => resolve());
        emulator.child.kill("SIGKILL");
    });
}

/** Enough of a RunningEmulator for ApiSession. */
function asRunning(emulator: CliEmulator, username = "admin", password = "admin"): RunningEmulator {
    return { url: emulator.url, username, password } as RunningEmulator;
}

describe("the emulator's command line", () => {
    let dir: string;
    const started: CliEmulator[] = [];
    before(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "emulator-state-"));
    });
    after(async () => {
        await Promise.all(started.map(killHard));
        fs.rmSync(dir, { recursive: true, force: true });
    });

    it("prints its URL on 127.0.0.1 and the default credentials", async () => {
        const emulator = await startCli([]);
        started.push(emulator);
        assert.match(emulator.url, /^http:\/\/127\.0\.0\.1:\d+$/);
        assert.match(emulator.output, /username: +admin/);
        assert.match(emulator.output, /password: +admin/);
        assert.equal((await new ApiSession(asRunning(emulator)).login()).status, 201);
        await killHard(emulator);
    });

    it("takes credentials from the environment", async () => {
        const emulator = await startCli([], {
            BARRACUDA_WAF_EMULATOR_USERNAME: "ops",
            BARRACUDA_WAF_EMULATOR_PASSWORD: "pa55",
        });
        started.push(emulator);
        assert.match(emulator.output, /username: +ops/);
        assert.equal((await new ApiSession(asRunning(emulator, "ops", "pa55")).login()).status, 201);
        assert.equal((await new ApiSession(asRunning(emulator)).login()).status, 401);
        await killHard(emulator);
    });

    it("keeps every acknowledged change in its state file across a SIGKILL and a restart", async () => {
        const stateFile = path.join(dir, "state.json");
        const first = await startCli(["--state", stateFile]);
        started.push(first);
        const api = new ApiSession(asRunning(first));
        await api.login();
        assert.equal((await api.post("/services", { name: "web", port: 8080 })).status, 201);
        assert.equal(
            (await api.put("/services/web/advanced-configuration", { "enable-websocket": "Yes" })).status,
            200,
        );
        assert.equal((await api.post("/services/web/servers", { "ip-address": "10.0.0.5" })).status, 201);
        await killHard(first);
        assert.equal(first.child.signalCode, "SIGKILL");

        const second = await startCli(["--state", stateFile]);
        started.push(second);
        const again = new ApiSession(asRunning(second));
        await again.login();
        const answer = await again.get(
            `/services/web?groups=Service&groups=${encodeURIComponent("Advanced Configuration")}&groups=Server`,
        );
        assert.equal(answer.status, 200);
        assert.equal(answer.body.data.web.port, "8080");
        assert.equal(answer.body.data.web["Advanced Configuration"]["enable-websocket"], "Yes");
        assert.deepEqual(Object.keys(answer.body.data.web.Server.data), ["10.0.0.5"]);
        assert.deepEqual(
            fs.readdirSync(dir).filter((name) => name.endsWith(".tmp")),
            [],
            "no temporary file is left behind",
        );
        await killHard(second);
    });

    it("refuses to start on a state file that is not one", async () => {
        const stateFile = path.join(dir, "garbage.json");
        fs.writeFileSync(stateFile, "{not json");
        await assert.rejects(
            startCli(["--state", stateFile]),
            /exited with 2[\s\S]*cannot read the emulator state file/,
        );
    });
});

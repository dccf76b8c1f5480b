import { spawn, type ChildProcess } from "node:child_process";
import * as path from "node:path";

/** The compiled command line, `dist/emulator/cli.js`, seen from `dist/test/helpers/`. */
const cli = path.join(__dirname, "..", "..", "emulator", "cli.js");

/** An emulator started from its command line, in its own process. */
export interface CliEmulator {
    readonly child: ChildProcess;
    /** E.g. `http://127.0.0.1:41234`, as printed by the CLI. */
    readonly url: string;
    /** What the CLI printed (stdout and stderr) until it was ready. */
    readonly output: string;
}

/** The CLI ended, or was killed for being too slow, before it was ready; `child` is the (ended) process. */
export class CliStartError extends Error {
    constructor(
        message: string,
        readonly child: ChildProcess,
    ) {
        super(message);
        this.name = "CliStartError";
    }
}

/**
 * Starts `barracudawaf-emulator --port 0 ...args` with `env` added to this process's environment and waits
 * for the banner with its URL and credentials. Rejects, with everything the child printed, when the child ends
 * first (on `close`, so that its output has been read to the end) or when it is not ready within `timeoutMs`;
 * in that case the child is killed (SIGKILL), so that nothing is left running. Either way with a
 * `CliStartError`.
 */
export function startCli(
    args: readonly string[] = [],
    env: Readonly<Record<string, string>> = {},
    timeoutMs = 10_000,
): Promise<CliEmulator> {
    const child = spawn(process.execPath, [cli, "--port", "0", ...args], {
        env: { ...process.env, ...env },
        stdio: ["ignore", "pipe", "pipe"],
    });
    return new Promise((resolve, reject) => {
        let output = "";
        let settled = false;
        const settle = (finish: () => void): void => {
            if (settled) return;
            settled = true;
            clearTimeout(timer);
            finish();
        };
        const timer = setTimeout(
            () =>
                settle(() => {
                    child.kill("SIGKILL");
                    reject(
                        new CliStartError(
                            `the emulator CLI did not start within ${timeoutMs} ms:\n${output}`,
                            child,
                        ),
                    );
                }),
            timeoutMs,
        );
        const onData = (chunk: Buffer): void => {
            output += chunk.toString();
            const match = /listening on (\S+)/.exec(output);
            // The credentials are printed after the URL: wait for the whole banner.
            if (match && /password: .*\n/.test(output))
                settle(() => resolve({ child, url: match[1], output }));
        };
        child.stdout.on("data", onData);
        child.stderr.on("data", onData);
        child.once("error", (error) => settle(() => reject(error)));
        child.once("close", (code, signal) =>
            settle(() =>
                reject(
                    new CliStartError(`the emulator CLI exited with ${code ?? signal}:\n${output}`, child),
                ),
            ),
        );
    });
}

/** Stops the child with `signal` (default SIGKILL) and waits until it has exited; at once if it already has. */
export function stopCli(emulator: CliEmulator, signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
    const { child } = emulator;
    return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill(signal);
    });
}

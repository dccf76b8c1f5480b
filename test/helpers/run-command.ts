import { spawn } from "node:child_process";

/** How a command ended and what it printed. */
export interface CommandResult {
    readonly code: number;
    readonly stdout: string;
    readonly stderr: string;
    /** stdout and stderr, in that order. */
    readonly output: string;
}

export interface CommandOptions {
    readonly cwd: string;
    readonly env?: NodeJS.ProcessEnv;
    /** Kill the command after this long; default 5 minutes, only so that a hung command cannot stall the suite. */
    readonly timeoutMs?: number;
}

/** Runs a command and resolves with its exit code and output, whatever the code; rejects only if it cannot start. */
export function runCommand(
    command: string,
    args: readonly string[],
    options: CommandOptions,
): Promise<CommandResult> {
    return new Promise((resolve, reject) => {
        const child = spawn(command, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ["ignore", "pipe", "pipe"],
            timeout: options.timeoutMs ?? 5 * 60 * 1000,
        });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
        child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
        child.on("error", reject);
        child.on("close", (code, signal) => {
            if (signal) stderr += `\n(${command} was killed by ${signal})`;
            resolve({ code: code ?? 1, stdout, stderr, output: stdout + stderr });
        });
    });
}

/** This process's environment without the `npm_*` variables an `npm test` run sets, for a child `npm`. */
export function environmentWithoutNpm(): NodeJS.ProcessEnv {
    return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
}

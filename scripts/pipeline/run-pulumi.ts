import { spawn } from "node:child_process";

/** How one run of the `pulumi` CLI ended, with its output when it was captured. */
export interface PulumiRun {
    readonly code: number;
    readonly stdout: string;
    readonly stderr: string;
}

/**
 * Runs `pulumi <args> --non-interactive` from PATH. Streamed, its output goes straight to this process's (the
 * CI log); captured, it is returned instead and nothing is printed. Never rejects on a non-zero exit.
 */
export function runPulumi(
    args: readonly string[],
    { capture = false, env = {} }: { capture?: boolean; env?: Readonly<Record<string, string>> } = {},
): Promise<PulumiRun> {
    return new Promise((resolve, reject) => {
        const child = spawn("pulumi", [...args, "--non-interactive"], {
            env: { ...process.env, ...env },
            stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit",
        });
        let stdout = "";
        let stderr = "";
        child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk));
        child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk));
        child.on("error", (error: NodeJS.ErrnoException) =>
            reject(
                error.code === "ENOENT"
                    ? new Error(
                          "the pulumi CLI is not on PATH: install it first (https://www.pulumi.com/docs/install/)",
                      )
                    : error,
            ),
        );
        child.on("close", (code, signal) =>
            resolve({
                code: code ?? 1,
                stdout,
                stderr: signal ? `${stderr}\n(pulumi was killed by ${signal})` : stderr,
            }),
        );
    });
}

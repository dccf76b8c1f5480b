import { execFile } from "node:child_process";
import { promisify } from "node:util";

/**
 * A stack's config as `pulumi config --json --show-secrets` prints it, as the provider's settings reader takes
 * it (`get("barracudawaf:address")`). The `pulumi` CLI on PATH runs it, in `cwd`, so the stack's own backend
 * and passphrase settings apply. The password is held in memory only.
 *
 * @throws Error with the CLI's message when the stack cannot be read.
 */
export async function readStackConfig(
    stack: string | undefined,
    cwd: string,
): Promise<{ get(key: string): string | undefined }> {
    const args = [
        "config",
        "--json",
        "--show-secrets",
        "--non-interactive",
        ...(stack ? ["--stack", stack] : []),
    ];
    let stdout: string;
    try {
        ({ stdout } = await promisify(execFile)("pulumi", args, { cwd, maxBuffer: 64 * 1024 * 1024 }));
    } catch (error) {
        const detail = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
        throw new Error(
            `cannot read the config of stack ${stack ?? "(the selected one)"} in ${cwd}: ${detail}; ` +
                "fix the --stack or --cwd given, or leave both out and set the BARRACUDA_WAF_* variables",
        );
    }
    const values = JSON.parse(stdout) as Record<string, { value?: unknown }>;
    return {
        get: (key) => {
            const value = values[key]?.value;
            return value === undefined ? undefined : String(value);
        },
    };
}

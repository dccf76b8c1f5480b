import { execFileSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { repoRoot } from "./repo";

/** What one run of the `pulumi` CLI did. */
export interface PulumiResult {
    readonly code: number;
    readonly stdout: string;
    readonly stderr: string;
}

export interface RunOptions {
    /** Resolve with the result instead of rejecting when the CLI exits non-zero. */
    readonly allowFailure?: boolean;
    /** Extra environment for this run only. */
    readonly env?: NodeJS.ProcessEnv;
    /** Also copy the CLI's output to this process's stdout and stderr as it comes (the demo does). */
    readonly stream?: boolean;
    /** Kill the CLI and reject after this long; default 5 minutes, so a hung run cannot stall a test suite. */
    readonly timeoutMs?: number;
}

/**
 * A Pulumi project copied into a scratch directory with its own `file://` backend, `PULUMI_HOME` and stack.
 * The scratch directory sits under the checkout (`.pulumi-test/`) so that the program resolves
 * `@pulumi/pulumi` from the checkout's `node_modules`; this package is linked into the program's own.
 */
export interface PulumiProject {
    readonly dir: string;
    readonly stack: string;
    readonly env: NodeJS.ProcessEnv;
    /** Runs `pulumi <args>` in the project with `--non-interactive`; rejects on a non-zero exit unless asked not to. */
    pulumi(args: string[], options?: RunOptions): Promise<PulumiResult>;
    /** Sets plain stack config values, in order. */
    setConfig(values: Readonly<Record<string, string>>): Promise<void>;
    /** Points the stack at an appliance: `barracudawaf:address`, `:username`, and `:password` as a secret. */
    connectTo(appliance: ApplianceLogin): Promise<void>;
    /** The stack's outputs, secrets shown. */
    outputs(): Promise<Record<string, unknown>>;
    /** The stack's state as `pulumi stack export` writes it. */
    exportState(): Promise<StackExport>;
    /** Removes the stack's state and the scratch directory. */
    dispose(): Promise<void>;
}

/** Where an appliance (or the emulator) listens and how to log in to it. */
export interface ApplianceLogin {
    readonly url: string;
    readonly username: string;
    readonly password: string;
}

export interface StackExport {
    readonly deployment: {
        readonly resources?: Array<Record<string, unknown> & { type: string; urn: string }>;
    };
}

const scratchRoot = path.join(repoRoot, ".pulumi-test");
const passphrase = "correct horse battery staple";

let cliDirectory: string | undefined;

/** The directory holding `pulumi` and `pulumi-language-nodejs`, made available by scripts/ensure-pulumi.sh. */
export function pulumiCliDirectory(): string {
    cliDirectory ??= execFileSync("bash", [path.join(repoRoot, "scripts", "ensure-pulumi.sh")], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
    }).trim();
    return cliDirectory;
}

/** The environment every CLI run gets: the CLI first on PATH, no Pulumi Cloud, no prompts. */
export function pulumiEnvironment(home: string, backendDir: string): NodeJS.ProcessEnv {
    return {
        ...process.env,
        PATH: [pulumiCliDirectory(), process.env.PATH].join(path.delimiter),
        PULUMI_HOME: home,
        PULUMI_BACKEND_URL: `file://${backendDir}`,
        PULUMI_CONFIG_PASSPHRASE: passphrase,
        PULUMI_SKIP_UPDATE_CHECK: "true",
        PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
        PULUMI_AUTOMATION_API_SKIP_VERSION_CHECK: "true",
        NO_COLOR: "1",
    };
}

/** Copies `programDir` into a scratch project, logs in to a fresh file backend and selects a new stack. */
export async function createPulumiProject(programDir: string, stack = "test"): Promise<PulumiProject> {
    pulumiCliDirectory(); // fails before anything is written when there is no CLI
    fs.mkdirSync(scratchRoot, { recursive: true });
    const root = fs.mkdtempSync(path.join(scratchRoot, `${path.basename(programDir)}-`));
    const dir = path.join(root, "program");
    const backendDir = path.join(root, "backend");
    const home = path.join(root, "home");
    fs.cpSync(programDir, dir, {
        recursive: true,
        filter: (source) => !/[\\/](node_modules|Pulumi\.[^/\\]+\.yaml)$/.test(source),
    });
    fs.mkdirSync(backendDir);
    fs.mkdirSync(home);
    // The package installed beside the program, as `npm install` would leave it: the dynamic-provider host
    // loads the provider from there (by package name, not by a path of this machine).
    fs.mkdirSync(path.join(dir, "node_modules"), { recursive: true });
    fs.symlinkSync(repoRoot, path.join(dir, "node_modules", "pulumi-barracudawaf"), "dir");
    const env = pulumiEnvironment(home, backendDir);

    const pulumi = (args: string[], options: RunOptions = {}): Promise<PulumiResult> =>
        new Promise((resolve, reject) => {
            const child = spawn("pulumi", [...args, "--non-interactive"], {
                cwd: dir,
                env: { ...env, ...options.env },
                stdio: ["ignore", "pipe", "pipe"],
                timeout: options.timeoutMs ?? 5 * 60 * 1000,
            });
            let stdout = "";
            let stderr = "";
            child.stdout.on("data", (chunk: Buffer) => {
                stdout += chunk;
                if (options.stream) process.stdout.write(chunk);
            });
            child.stderr.on("data", (chunk: Buffer) => {
                stderr += chunk;
                if (options.stream) process.stderr.write(chunk);
            });
            child.on("error", reject);
            child.on("close", (code, signal) => {
                if (signal) {
                    stderr += `\n(pulumi was killed by ${signal})`;
                }
                const result = { code: code ?? 1, stdout, stderr };
                if (result.code !== 0 && !options.allowFailure) {
                    reject(new Error(`pulumi ${args.join(" ")} exited ${result.code}\n${stdout}\n${stderr}`));
                } else {
                    resolve(result);
                }
            });
        });

    try {
        await pulumi(["stack", "init", stack]);
    } catch (error) {
        fs.rmSync(root, { recursive: true, force: true });
        throw error;
    }
    return {
        dir,
        stack,
        env,
        pulumi,
        async setConfig(values) {
            for (const [key, value] of Object.entries(values)) {
                await pulumi(["config", "set", key, value]);
            }
        },
        async connectTo(appliance) {
            await pulumi(["config", "set", "barracudawaf:address", appliance.url]);
            await pulumi(["config", "set", "barracudawaf:username", appliance.username]);
            await pulumi(["config", "set", "--secret", "barracudawaf:password", appliance.password]);
        },
        async outputs() {
            return JSON.parse((await pulumi(["stack", "output", "--json", "--show-secrets"])).stdout);
        },
        async exportState() {
            return JSON.parse((await pulumi(["stack", "export"])).stdout);
        },
        async dispose() {
            fs.rmSync(root, { recursive: true, force: true });
        },
    };
}

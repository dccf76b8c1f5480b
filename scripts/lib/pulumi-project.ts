import { execFile, execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { promisify } from "node:util";
import {
    type DestroyOptions,
    type DestroyResult,
    LocalWorkspace,
    type PreviewOptions,
    type PreviewResult,
    PulumiCommand,
    type RefreshOptions,
    type RefreshResult,
    type Stack,
    type UpOptions,
    type UpResult,
} from "@pulumi/pulumi/automation";
import { killCommand } from "./kill-command";
import { repoRoot } from "./repo";
import { type TimeLimits, withinTimeLimits } from "./time-limits";

/** What each operation of a project takes besides the Automation API's own options. */
export interface OperationOptions extends TimeLimits {
    /** Extra environment for this operation only. */
    readonly env?: Readonly<Record<string, string>>;
}

/**
 * A Pulumi project copied into a scratch directory with its own `file://` backend, `PULUMI_HOME`, stack and
 * name for the CLI, driven through the Automation API. The scratch directory sits under the checkout
 * (`.pulumi-test/`) so that the program resolves `@pulumi/pulumi` from the checkout's `node_modules`; this
 * package is linked into the program's own.
 */
export interface PulumiProject {
    /** The program's copy: the workspace's working directory. */
    readonly dir: string;
    /** The stack, in a `LocalWorkspace` on the project's CLI, backend and home: for config, outputs, state. */
    readonly stack: Stack;
    /** The environment that runs the `pulumi` CLI by hand on this project, as a user's script would. */
    readonly env: NodeJS.ProcessEnv;
    /** `pulumi up` (with no preview): the stack's `up`, bounded in time. */
    up(options?: UpOptions & OperationOptions): Promise<UpResult>;
    /** `pulumi preview`: the stack's `preview`, bounded in time. */
    preview(options?: PreviewOptions & OperationOptions): Promise<PreviewResult>;
    /** `pulumi refresh` (with no preview): the stack's `refresh`, bounded in time. */
    refresh(options?: RefreshOptions & OperationOptions): Promise<RefreshResult>;
    /** `pulumi destroy` (with no preview): the stack's `destroy`, bounded in time. */
    destroy(options?: DestroyOptions & OperationOptions): Promise<DestroyResult>;
    /**
     * Kills this project's running CLI and all it started at once (SIGKILL), as a lost CI runner would end
     * them: nothing gets to record anything. Returns how many processes were killed.
     */
    killCli(): number;
    /** Sets plain stack config values. */
    setConfig(values: Readonly<Record<string, string>>): Promise<void>;
    /** Points the stack at an appliance: `barracudawaf:address`, `:username`, and `:password` as a secret. */
    connectTo(appliance: ApplianceLogin): Promise<void>;
    /** The stack's outputs, secrets shown. */
    outputs(): Promise<Record<string, unknown>>;
    /** The stack's state, secrets shown (`pulumi stack export --show-secrets`): the stack's `exportStack`. */
    exportState(): Promise<StackExport>;
    /**
     * The stack's state as it is stored, secrets encrypted (`pulumi stack export`), to prove what is not in it
     * in clear. The Automation API has no such export (its `exportStack` shows secrets), so this one command
     * runs the project's CLI by hand.
     */
    exportEncryptedState(): Promise<StackExport>;
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
/** How long the one command run by hand (`stack export`) may take. */
const exportTimeoutMs = 5 * 60 * 1000;

let cliDirectory: string | undefined;

/** The directory holding `pulumi` and `pulumi-language-nodejs`, made available by scripts/ensure-pulumi.sh. */
export function pulumiCliDirectory(): string {
    cliDirectory ??= execFileSync("bash", [path.join(repoRoot, "scripts", "ensure-pulumi.sh")], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
    }).trim();
    return cliDirectory;
}

/** What every CLI run of a project gets, besides its home: its own backend, no Pulumi Cloud, no prompts. */
function pulumiSettings(backendDir: string): Record<string, string> {
    return {
        PULUMI_BACKEND_URL: `file://${backendDir}`,
        PULUMI_CONFIG_PASSPHRASE: passphrase,
        PULUMI_SKIP_UPDATE_CHECK: "true",
        PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
        NO_COLOR: "1",
    };
}

/** The whole environment of a CLI run by hand: the CLI first on PATH, the project's home and settings. */
function pulumiEnvironment(home: string, backendDir: string): NodeJS.ProcessEnv {
    return {
        ...process.env,
        PATH: [pulumiCliDirectory(), process.env.PATH].join(path.delimiter),
        PULUMI_HOME: home,
        ...pulumiSettings(backendDir),
    };
}

/** Copies `programDir` into a scratch project with a fresh file backend and home, and creates a new stack. */
export async function createPulumiProject(programDir: string, stackName = "test"): Promise<PulumiProject> {
    const cli = pulumiCliDirectory(); // fails before anything is written when there is no CLI
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
    // PulumiCommand runs `<root>/bin/pulumi`. A link of the project's own makes that path, and so the command
    // line of this project's CLI processes, unique to the project: killCli finds them by it.
    fs.mkdirSync(path.join(root, "cli"));
    fs.symlinkSync(cli, path.join(root, "cli", "bin"), "dir");

    let stack: Stack;
    let command: string;
    try {
        const pulumiCommand = await PulumiCommand.get({
            root: path.join(root, "cli"),
            skipVersionCheck: true,
        });
        command = pulumiCommand.command;
        stack = await LocalWorkspace.createStack(
            { stackName, workDir: dir },
            { pulumiCommand, pulumiHome: home, envVars: pulumiSettings(backendDir) },
        );
    } catch (error) {
        fs.rmSync(root, { recursive: true, force: true });
        throw error;
    }

    const env = pulumiEnvironment(home, backendDir);
    const killCli = () => killCommand(command);

    /** Runs one operation of the stack with `options.env` added, within the time limits of `options`. */
    async function operation<T>(
        name: string,
        options: OperationOptions,
        run: (signal: AbortSignal) => Promise<T>,
    ): Promise<T> {
        const envVars = stack.workspace.envVars;
        const saved = { ...envVars };
        Object.assign(envVars, options.env);
        try {
            return await withinTimeLimits(name, options, killCli, run);
        } finally {
            for (const key of Object.keys(options.env ?? {})) {
                if (key in saved) envVars[key] = saved[key];
                else delete envVars[key];
            }
        }
    }

    return {
        dir,
        stack,
        env,
        up: (options = {}) => operation("up", options, (signal) => stack.up({ ...options, signal })),
        preview: (options = {}) =>
            operation("preview", options, (signal) => stack.preview({ ...options, signal })),
        refresh: (options = {}) =>
            operation("refresh", options, (signal) => stack.refresh({ ...options, signal })),
        destroy: (options = {}) =>
            operation("destroy", options, (signal) => stack.destroy({ ...options, signal })),
        killCli,
        async setConfig(values) {
            const config = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, { value }]));
            await stack.setAllConfig(config);
        },
        async connectTo(appliance) {
            await stack.setAllConfig({
                "barracudawaf:address": { value: appliance.url },
                "barracudawaf:username": { value: appliance.username },
                "barracudawaf:password": { value: appliance.password, secret: true },
            });
        },
        async outputs() {
            const outputs = await stack.outputs();
            return Object.fromEntries(Object.entries(outputs).map(([key, output]) => [key, output.value]));
        },
        async exportState() {
            return (await stack.exportStack()) as StackExport;
        },
        async exportEncryptedState() {
            const { stdout } = await promisify(execFile)(
                command,
                ["stack", "export", "--stack", stack.name, "--non-interactive"],
                { cwd: dir, env, timeout: exportTimeoutMs, maxBuffer: 256 * 1024 * 1024 },
            );
            return JSON.parse(stdout) as StackExport;
        },
        async dispose() {
            fs.rmSync(root, { recursive: true, force: true });
        },
    };
}

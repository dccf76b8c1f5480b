import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { RunningEmulator, startEmulator } from "../../emulator";
import { pulumiCliDirectory } from "../../scripts/lib/pulumi-project";
import { repoRoot } from "../../scripts/lib/repo";
import { environmentWithoutNpm, runCommand, type CommandResult } from "../helpers/run-command";

/** What `npm pack --json` says about the tarball it wrote. */
interface PackResult {
    readonly filename: string;
    readonly files: ReadonlyArray<{ readonly path: string }>;
}

/** The README's install command: `npm install PATH.tgz PACKAGES...`. */
function readmeInstallPackages(): string[] {
    const readme = fs.readFileSync(path.join(repoRoot, "README.md"), "utf8");
    const line = /^npm install \S+\.tgz (.+)$/m.exec(readme);
    assert.ok(line, "the README's install section has an `npm install ....tgz ...` line");
    return line[1].split("#")[0].trim().split(/\s+/);
}

/**
 * The package as a user gets it: `npm pack` of a copy of the checkout (so that its prepack build makes the
 * copy's `dist/`, not the one this test suite runs from), installed with the README's command into a program
 * in a temporary directory outside the checkout, then used with the Pulumi CLI against the emulator.
 */
describe("the packed package, installed into a program outside the checkout", () => {
    let source: string;
    let scratch: string;
    let program: string;
    let packed: PackResult;
    let emulator: RunningEmulator;
    let env: NodeJS.ProcessEnv;

    const npm = (args: string[], cwd: string): Promise<CommandResult> =>
        runCommand("npm", [...args, "--prefer-offline", "--no-audit", "--no-fund"], {
            cwd,
            env: environmentWithoutNpm(),
        });
    const pulumi = (args: string[]): Promise<CommandResult> =>
        runCommand("pulumi", [...args, "--non-interactive"], { cwd: program, env });

    before(async () => {
        // A copy of the checkout as a clone has it: no dist/, no node_modules/ (the checkout's are linked in,
        // as `npm ci` would install them).
        fs.mkdirSync(path.join(repoRoot, ".pulumi-test"), { recursive: true });
        source = fs.mkdtempSync(path.join(repoRoot, ".pulumi-test", "package-source-"));
        const notCopied = new Set(["node_modules", "dist", ".pulumi-test", ".git"]);
        for (const entry of fs.readdirSync(repoRoot)) {
            if (notCopied.has(entry) || entry.endsWith(".tgz")) continue;
            fs.cpSync(path.join(repoRoot, entry), path.join(source, entry), {
                recursive: true,
                filter: (file) => path.basename(file) !== "node_modules",
            });
        }
        fs.symlinkSync(path.join(repoRoot, "node_modules"), path.join(source, "node_modules"), "dir");

        scratch = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "barracudawaf-install-")));
        const pack = await npm(["pack", "--json", "--pack-destination", scratch], source);
        assert.equal(pack.code, 0, pack.output);
        packed = (JSON.parse(pack.stdout) as PackResult[])[0];

        program = path.join(scratch, "program");
        fs.cpSync(path.join(repoRoot, "test", "fixtures", "shop-program"), program, { recursive: true });
        fs.writeFileSync(path.join(program, "package.json"), JSON.stringify({ name: "shop", private: true }));
        const install = await npm(
            ["install", path.join(scratch, packed.filename), ...readmeInstallPackages()],
            program,
        );
        assert.equal(install.code, 0, install.output);

        emulator = await startEmulator();
        fs.mkdirSync(path.join(scratch, "backend"));
        fs.mkdirSync(path.join(scratch, "home"));
        // A user's shell: the CLI on PATH, a local backend with a passphrase, and nothing of the checkout.
        env = {
            ...process.env,
            PATH: [pulumiCliDirectory(), process.env.PATH].join(path.delimiter),
            PULUMI_HOME: path.join(scratch, "home"),
            PULUMI_BACKEND_URL: `file://${path.join(scratch, "backend")}`,
            PULUMI_CONFIG_PASSPHRASE: "installed package test",
            PULUMI_SKIP_UPDATE_CHECK: "true",
        };
        for (const args of [
            ["stack", "init", "test"],
            ["config", "set", "barracudawaf:address", emulator.url],
            ["config", "set", "barracudawaf:username", emulator.username],
            ["config", "set", "--secret", "barracudawaf:password", emulator.password],
        ]) {
            const result = await pulumi(args);
            assert.equal(result.code, 0, result.output);
        }
    });
    after(async () => {
        await emulator?.stop();
        if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
        if (source) fs.rmSync(source, { recursive: true, force: true });
    });

    it("npm pack builds it through prepack: compiled code, types, schema.json, no tests, sources or maps", () => {
        const files = packed.files.map((file) => file.path);
        for (const needed of [
            "package.json",
            "README.md",
            "LICENSE",
            "CHANGELOG.md",
            "schema.json",
            "dist/sdk/index.js",
            "dist/sdk/index.d.ts",
            "dist/provider/index.js",
            // What the build derives from schema.json, which the provider reads at run time.
            "dist/provider/schema/schema-parts/index.json",
            "dist/provider/schema/schema-parts/Service.json",
            "dist/provider/schema/input-validators/Service.js",
            "dist/emulator/cli.js",
            "dist/scripts/pipeline/cli.js",
            "dist/scripts/import/cli.js",
        ]) {
            assert.ok(files.includes(needed), `${needed} is in the tarball`);
        }
        const shipped =
            /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|schema\.json|policy-pack\/(package\.json|PulumiPolicy\.yaml)|dist\/(sdk|provider|emulator|policy-pack|scripts\/(pipeline|import))\/.+)$/;
        assert.deepEqual(
            files.filter((file) => !shipped.test(file)),
            [],
            "nothing else",
        );
        assert.deepEqual(
            files.filter((file) => /(^|\/)(test|tests|fixtures)\//.test(file)),
            [],
            "no tests or fixtures",
        );
        // Besides code, dist/ holds what the emulator and the provider read at run time: the emulator's extract
        // of the vendor's spec, and schema.json in parts.
        assert.deepEqual(
            files.filter(
                (file) =>
                    file.startsWith("dist/") &&
                    !/(\.js|\.d\.ts)$/.test(file) &&
                    file !== "dist/emulator/spec/spec-objects.json" &&
                    !/^dist\/provider\/schema\/schema-parts\/\w+\.json$/.test(file),
            ),
            [],
            "only compiled code, its types, the emulator's spec and the schema's parts under dist/",
        );
        assert.ok(files.includes("dist/emulator/spec/spec-objects.json"), "the emulator's spec is shipped");
    });

    it("the installed package uses the program's @pulumi/pulumi, the only copy", () => {
        const installed = path.join(program, "node_modules", "pulumi-barracudawaf");
        assert.equal(
            fs.realpathSync(require.resolve("@pulumi/pulumi", { paths: [installed] })),
            path.join(program, "node_modules", "@pulumi", "pulumi", "index.js"),
        );
        assert.equal(fs.existsSync(path.join(installed, "node_modules", "@pulumi", "pulumi")), false);
    });

    it("pulumi up creates the service through the installed package, with no trace of the checkout", async () => {
        const result = await pulumi(["up", "--yes"]);
        assert.equal(result.code, 0, result.output);
        const shop = emulator.control.snapshot().services.shop;
        assert.equal(shop.service.port, "8080");
        assert.equal(shop.service.comments, "Managed by Pulumi");
        assert.equal(shop.basicSecurity.mode, "Active");
        const state = await pulumi(["stack", "export"]);
        assert.equal(state.code, 0, state.output);
        assert.ok(!state.stdout.includes(repoRoot), "the state names no path of the checkout");
    });

    it("pulumi preview --expect-no-changes finds nothing to do", async () => {
        const result = await pulumi(["preview", "--expect-no-changes"]);
        assert.equal(result.code, 0, result.output);
    });

    it("the pipeline kit's command is installed and runs the policy pack inside the installed package", async () => {
        const result = await runCommand(
            "npx",
            ["--no-install", "barracudawaf-pipeline", "preview", "--stack", "test"],
            {
                cwd: program,
                env,
            },
        );
        assert.equal(result.code, 0, result.output);
        const pack = path.join(program, "node_modules", "pulumi-barracudawaf", "policy-pack");
        if (packed.files.some((file) => file.path === "policy-pack/PulumiPolicy.yaml")) {
            assert.ok(result.stdout.includes(`Policy pack: ${pack}`), result.stdout);
            assert.match(
                result.stdout,
                /^Policy summary: 0 mandatory, 0 advisory violation\(s\); 0 exemption\(s\) applied\.$/m,
                "pulumi ran it, and the summary's code loads from the installed package",
            );
        } else {
            assert.ok(result.stdout.includes(`No policy pack at ${pack}`), result.stdout);
        }
        assert.match(result.stdout, /No resource is replaced\./);
    });

    it("the importer's command is installed and writes the appliance as a program from the stack's settings", async () => {
        const out = path.join(program, "imported");
        const result = await runCommand(
            "npx",
            ["--no-install", "barracudawaf-import", "--out", out, "--stack", "test"],
            { cwd: program, env },
        );
        assert.equal(result.code, 0, result.output);
        assert.match(result.stdout, /^ {2}Service: 1$/m);
        assert.match(
            fs.readFileSync(path.join(out, "index.ts"), "utf8"),
            /^(const shop = )?new waf\.Service\("shop", \{$/m,
        );
    });

    it("pulumi destroy deletes the service", async () => {
        const result = await pulumi(["destroy", "--yes"]);
        assert.equal(result.code, 0, result.output);
        assert.equal(emulator.control.snapshot().services.shop, undefined);
    });
});

import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";

import { startEmulator, type RunningEmulator } from "../../emulator";
import { createPulumiProject, type PulumiProject } from "../../scripts/lib/pulumi-project";
import { repoRoot } from "../../scripts/lib/repo";
import { writeRoutes } from "../helpers/appliance-writes";
import { runCommand, type CommandResult } from "../helpers/run-command";

const importer = path.join(repoRoot, "dist", "scripts", "import", "cli.js");
const tsc = path.join(repoRoot, "node_modules", "typescript", "bin", "tsc");

/** examples/real-site and examples/websocket-app as one program, in a new folder under `root`. */
function bothExamples(root: string): string {
    const dir = path.join(root, "both-examples");
    fs.cpSync(path.join(repoRoot, "examples", "real-site"), dir, { recursive: true });
    fs.copyFileSync(
        path.join(repoRoot, "examples", "websocket-app", "index.ts"),
        path.join(dir, "websocket-app.ts"),
    );
    fs.appendFileSync(path.join(dir, "index.ts"), '\nimport "./websocket-app";\n');
    return dir;
}

/** The `Kind name` of every resource a written program declares. */
function declared(program: string): string[] {
    return [...program.matchAll(/^(?:const \w+ = )?new waf\.(\w+)\("([^"]+)"/gm)]
        .map((m) => `${m[1]} ${m[2]}`)
        .sort();
}

describe("barracudawaf-import through the CLI: real-site and websocket-app read back into a program that changes nothing", () => {
    let emulator: RunningEmulator;
    let root: string;
    let original: PulumiProject;
    let imported: PulumiProject | undefined;
    let run: CommandResult;

    before(async () => {
        emulator = await startEmulator();
        root = fs.mkdtempSync(path.join(os.tmpdir(), "barracudawaf-import-"));
        original = await createPulumiProject(bothExamples(root), "original");
        await original.connectTo(emulator);
        await original.up();
    });
    after(async () => {
        await emulator.stop();
        await original.dispose();
        await imported?.dispose();
        fs.rmSync(root, { recursive: true, force: true });
    });

    it("writes a new project from the stack's settings, with a progress line per kind, and no secret to set (the appliance never shows the only one)", async () => {
        run = await runCommand(
            process.execPath,
            [
                importer,
                "--out",
                path.join(root, "imported"),
                "--stack",
                original.stack.name,
                "--cwd",
                original.dir,
            ],
            { cwd: root, env: original.env },
        );
        assert.equal(run.code, 0, run.output);
        assert.match(run.stdout, /^ {2}Service: 2$/m);
        assert.match(run.stdout, /^ {2}ContentRuleServer: 2$/m);
        assert.match(run.stdout, /Wrote .*index\.ts: 19 resources; left out 12 unchanged factory objects/);
        // The certificate's key is the only secret of the two examples, and the appliance never shows it.
        assert.doesNotMatch(run.stdout, /pulumi config set/);
        for (const file of ["Pulumi.yaml", "package.json", "tsconfig.json", "index.ts"]) {
            assert.ok(fs.existsSync(path.join(root, "imported", file)), file);
        }
        const program = fs.readFileSync(path.join(root, "imported", "index.ts"), "utf8");
        const key = fs.readFileSync(path.join(repoRoot, "examples", "real-site", "tls", "shop.key"), "utf8");
        assert.ok(!program.includes(key.split("\n")[1] ?? "no line"));
        assert.match(program, /\/\/ Left out: certificateType, signedCertificate, certificateKey,/);
    });

    it("compiles with tsc, and its first up on a second stack makes no POST, PUT or DELETE; preview shows no changes", async () => {
        imported = await createPulumiProject(path.join(root, "imported"), "imported");
        const compiled = await runCommand(process.execPath, [tsc, "-p", imported.dir], { cwd: imported.dir });
        assert.equal(compiled.code, 0, compiled.output);
        await imported.connectTo(emulator);
        emulator.control.clearLog();
        await imported.up();
        assert.deepEqual(writeRoutes(emulator), []);
        await imported.preview({ expectNoChanges: true });
        assert.deepEqual(writeRoutes(emulator), []);
    });

    it("changes nothing once adopt: true is removed", async () => {
        assert.ok(imported);
        const file = path.join(imported.dir, "index.ts");
        fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/^ {4}adopt: true,\n/gm, ""));
        assert.doesNotMatch(fs.readFileSync(file, "utf8"), /^ {4}adopt/m);
        await imported.preview({ expectNoChanges: true });
        await imported.up();
        assert.deepEqual(writeRoutes(emulator), []);
    });

    it("with --only shop, writes a program holding that service, what lives in it and what it names, and nothing else", async () => {
        const out = path.join(root, "shop-only");
        const only = await runCommand(process.execPath, [importer, "--out", out, "--only", "shop"], {
            cwd: root,
            env: {
                ...process.env,
                BARRACUDA_WAF_ADDRESS: emulator.url,
                BARRACUDA_WAF_USERNAME: emulator.username,
                BARRACUDA_WAF_PASSWORD: emulator.password,
            },
        });
        assert.equal(only.code, 0, only.output);
        assert.deepEqual(declared(fs.readFileSync(path.join(out, "index.ts"), "utf8")), [
            "ContentRule api",
            "ContentRuleServer api-1",
            "ContentRuleServer api-2",
            "RateControlPool logins",
            "ResponsePage shop-blocked",
            "SecurityPolicy shop-policy",
            "Server web-1",
            "Service shop",
            "SignedCertificate shop-cert",
            "TrustedHost head-office",
            "TrustedHostGroup offices",
            "UrlAcl admin-outside",
            "UrlPolicy login",
        ]);
    });

    it("names the setting when the appliance refuses the login, and writes nothing", async () => {
        const out = path.join(root, "refused");
        const refused = await runCommand(process.execPath, [importer, "--out", out], {
            cwd: root,
            env: {
                ...process.env,
                BARRACUDA_WAF_ADDRESS: emulator.url,
                BARRACUDA_WAF_USERNAME: emulator.username,
                BARRACUDA_WAF_PASSWORD: "wrong-password",
            },
        });
        assert.equal(refused.code, 1, refused.output);
        assert.match(refused.stderr, /barracudawaf:password|BARRACUDA_WAF_PASSWORD/);
        assert.doesNotMatch(refused.stderr, /wrong-password|\n {4}at /);
        assert.ok(!fs.existsSync(out));
    });
});

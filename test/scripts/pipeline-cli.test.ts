import * as assert from "node:assert/strict";
import * as path from "node:path";
import { describe, it } from "node:test";
import { runCommand } from "../helpers/run-command";

/** The compiled command, `dist/scripts/pipeline/cli.js`, seen from `dist/test/scripts/`. */
const cli = path.join(__dirname, "..", "..", "scripts", "pipeline", "cli.js");

describe("barracudawaf-pipeline's command line", () => {
    it("prints its usage on --help", async () => {
        const result = await runCommand(process.execPath, [cli, "--help"], { cwd: __dirname });
        assert.equal(result.code, 0, result.output);
        assert.match(result.stdout, /^Usage: barracudawaf-pipeline <preview\|up\|drift>/);
    });

    it("refuses a missing or unknown stage, also one that names an object's member, running nothing", async () => {
        for (const [args, message] of [
            [[], "no stage given"],
            [["deploy"], 'unknown stage "deploy"'],
            [["constructor"], 'unknown stage "constructor"'],
        ] as const) {
            const result = await runCommand(process.execPath, [cli, ...args], {
                cwd: __dirname,
                env: { ...process.env, PATH: "" },
            });
            assert.equal(result.code, 2, result.output);
            assert.ok(result.stderr.startsWith(`${message}\nUsage: barracudawaf-pipeline`), result.stderr);
        }
    });
});

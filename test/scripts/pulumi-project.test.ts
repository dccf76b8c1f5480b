import * as assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { createPulumiProject } from "../../scripts/lib/pulumi-project";
import { repoRoot } from "../../scripts/lib/repo";
import { rejection } from "../helpers/rejection";

/** Whether process `pid` still runs (a zombie has ended: only its exit status is left). */
function running(pid: number): boolean {
    try {
        const state = execFileSync("ps", ["-o", "stat=", "-p", String(pid)], { encoding: "utf8" });
        return !state.trim().startsWith("Z");
    } catch {
        return false; // ps exits non-zero when there is no such process
    }
}

describe("a Pulumi operation of a scratch project that hangs", () => {
    it("is cancelled, then killed with the plugins it started, and rejects saying so", async () => {
        const project = await createPulumiProject(path.join(repoRoot, "test", "fixtures", "hung-provider"));
        try {
            const marker = path.join(project.dir, "create-started");
            await project.setConfig({ marker });
            const caller = new AbortController();
            const up = project.up({ signal: caller.signal, killAfterMs: 1000 });
            for (let waited = 0; !fs.existsSync(marker) || !fs.readFileSync(marker, "utf8"); waited++) {
                assert.ok(waited < 18000, "the provider's create never began"); // 3 min or more: only a hung CLI ends it
                await sleep(10);
            }
            const provider = Number(fs.readFileSync(marker, "utf8"));
            assert.ok(running(provider), "the provider hangs in its create");

            // The Ctrl-C that the abort sends cannot end the update: the create never returns.
            caller.abort();
            const error = await rejection(up, Error);
            assert.match(error.message, /^pulumi up was cancelled and was stopped\n/);
            for (let waited = 0; running(provider); waited++) {
                assert.ok(waited < 600, "the hung provider outlived its CLI");
                await sleep(100);
            }
        } finally {
            await project.dispose();
        }
    });
});

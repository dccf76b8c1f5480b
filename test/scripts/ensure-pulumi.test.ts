import * as assert from "node:assert/strict";
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { repoRoot } from "../../scripts/lib/repo";

const script = path.join(repoRoot, "scripts", "ensure-pulumi.sh");

/**
 * `go` stands in for the Go toolchain here: a real build of the CLI takes minutes, and what is under test is
 * how runs of the script share one cache. It writes the binary it is asked for after a pause, and notes each
 * build in `builds.log`.
 */
const fakeGo = `#!/usr/bin/env bash
out=""
while [ $# -gt 0 ]; do
    if [ "$1" = "-o" ]; then out="$2"; shift; fi
    shift
done
sleep 2
printf '#!/bin/sh\\necho fake\\n' > "$out"
chmod +x "$out"
echo "$out" >> "$FAKE_GO_LOG"
`;

/** One run of the script with an empty cache under `home`, resolving with its exit code and output. */
function run(home: string): Promise<{ code: number; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
        execFile(
            "bash",
            [script],
            {
                env: {
                    ...process.env,
                    PATH: `${path.join(home, "bin")}${path.delimiter}${process.env.PATH}`,
                    XDG_CACHE_HOME: path.join(home, "cache"),
                    PULUMI_BARRACUDAWAF_IGNORE_PATH: "1",
                    FAKE_GO_LOG: path.join(home, "builds.log"),
                },
                timeout: 60_000,
            },
            (error, stdout, stderr) =>
                resolve({
                    code: error ? Number((error as { code?: unknown }).code ?? 1) : 0,
                    stdout,
                    stderr,
                }),
        );
    });
}

describe("scripts/ensure-pulumi.sh shared by runs on one machine", () => {
    let home: string;
    before(() => {
        home = fs.mkdtempSync(path.join(os.tmpdir(), "ensure-pulumi-"));
        fs.mkdirSync(path.join(home, "bin"));
        fs.writeFileSync(path.join(home, "bin", "go"), fakeGo, { mode: 0o755 });
    });
    after(() => fs.rmSync(home, { recursive: true, force: true }));

    it("builds once for two runs started together on an empty cache, and a third run during the build waits for it", async () => {
        const first = run(home);
        const second = run(home);
        await sleep(1000); // the build is under way (each binary takes the stand-in 2 s)
        const third = run(home);
        const results = await Promise.all([first, second, third]);
        for (const result of results) {
            assert.equal(result.code, 0, result.stderr);
        }
        const directories = new Set(results.map((result) => result.stdout.trim()));
        assert.equal(directories.size, 1, "all three use one directory");
        const [directory] = directories;
        assert.ok(fs.existsSync(path.join(directory, "pulumi")));
        assert.ok(
            fs.existsSync(path.join(directory, "pulumi-language-nodejs")),
            "the front that runs policy packs",
        );
        assert.ok(
            fs.existsSync(path.join(directory, "host", "pulumi-language-nodejs")),
            "the real language host",
        );
        const builds = fs.readFileSync(path.join(home, "builds.log"), "utf8").trim().split("\n");
        assert.equal(builds.length, 3, `one build of each binary, not more: ${builds.join(", ")}`);
        assert.ok(
            results.some((result) => /waiting for it/.test(result.stderr)),
            "a run said it waited",
        );
        const leftovers = fs
            .readdirSync(path.dirname(directory))
            .filter((name) => /^(build|stale)\./.test(name));
        assert.deepEqual(leftovers, [], "no scratch directories are left behind");
    });

    it("uses the cached build afterwards without building", async () => {
        const result = await run(home);
        assert.equal(result.code, 0);
        assert.match(result.stderr, /using cached build/);
        assert.equal(fs.readFileSync(path.join(home, "builds.log"), "utf8").trim().split("\n").length, 3);
    });
});

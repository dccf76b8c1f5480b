import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { releaseProblems, type Release } from "../../scripts/check-release";
import { repoRoot } from "../../scripts/lib/repo";

const good: Release = {
    tag: "v0.2.0",
    version: "0.2.0",
    changelog: "# Changelog\n\n## 0.2.0 (2026-03-01)\n\n- Things.\n\n## 0.1.0 (2026-01-01)\n",
    repositoryUrl: "git+https://github.com/example/pulumi-barracudawaf.git",
    githubRepository: "example/pulumi-barracudawaf",
};

describe("what a release must have (npm run release:check)", () => {
    it("passes a tag that is the version, with a dated changelog entry and the repository", () => {
        assert.deepEqual(releaseProblems(good), []);
    });

    it("refuses a tag that is not v + package.json's version", () => {
        assert.deepEqual(releaseProblems({ ...good, tag: "v0.2.1" }), [
            "the tag v0.2.1 is not v0.2.0, package.json's version: tag v0.2.0, or set the version",
        ]);
    });

    it("refuses a version without a changelog entry, and does not take 0.2.0-rc.1 or 0.2.01 for 0.2.0", () => {
        for (const changelog of [
            "# Changelog\n\n## 0.1.0\n",
            "## 0.2.0-rc.1\n",
            "## 0.2.01\n",
            "### 0.2.0\n",
        ]) {
            assert.deepEqual(releaseProblems({ ...good, changelog }), [
                'CHANGELOG.md has no "## 0.2.0" entry: add one that says what changed',
            ]);
        }
    });

    it("refuses an entry that still says unreleased", () => {
        assert.deepEqual(releaseProblems({ ...good, changelog: "## 0.2.0 (unreleased)\n" }), [
            `CHANGELOG.md's "## 0.2.0 (unreleased)" says unreleased: put the release date there`,
        ]);
    });

    it("refuses a repository.url that is not the repository npm's provenance will name", () => {
        for (const repositoryUrl of [
            undefined,
            "git+https://github.com/someone-else/pulumi-barracudawaf.git",
        ]) {
            const [problem, ...more] = releaseProblems({ ...good, repositoryUrl });
            assert.deepEqual(more, []);
            assert.match(
                problem,
                /names example\/pulumi-barracudawaf: set it to "git\+https:\/\/github\.com\/example\/pulumi-barracudawaf\.git"$/,
            );
        }
        assert.deepEqual(
            releaseProblems({ ...good, repositoryUrl: "https://github.com/Example/Pulumi-BarracudaWAF" }),
            [],
        );
    });

    it("finds an entry for the checkout's own version in its CHANGELOG.md", () => {
        const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as {
            version: string;
        };
        const changelog = fs.readFileSync(path.join(repoRoot, "CHANGELOG.md"), "utf8");
        const problems = releaseProblems({ tag: `v${version}`, version, changelog });
        assert.ok(!problems.some((problem) => problem.includes("has no")), problems.join("\n"));
    });
});

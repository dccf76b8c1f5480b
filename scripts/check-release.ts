/**
 * `npm run release:check -- vX.Y.Z`: what the release workflow checks before it tests and publishes a tag.
 * The tag defaults to GITHUB_REF_NAME; GITHUB_REPOSITORY, when set, is the repository the provenance names.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { repoRoot } from "./lib/repo";

/** What a release is made of. */
export interface Release {
    /** The git tag being released, e.g. `v0.1.0`. */
    readonly tag: string;
    /** package.json's version. */
    readonly version: string;
    /** CHANGELOG.md's text. */
    readonly changelog: string;
    /** package.json's `repository.url`, if any. */
    readonly repositoryUrl?: string;
    /** `owner/name` of the repository the workflow runs in, if known. */
    readonly githubRepository?: string;
}

/** Every reason not to publish the release, each with its fix; empty when it may go out. */
export function releaseProblems(release: Release): string[] {
    const { tag, version, changelog, repositoryUrl, githubRepository } = release;
    const problems: string[] = [];
    if (tag !== `v${version}`) {
        problems.push(
            `the tag ${tag} is not v${version}, package.json's version: tag v${version}, or set the version`,
        );
    }
    const heading = new RegExp(`^## ${version.replace(/[.+]/g, "\\$&")}(?![\\w.+-]).*$`, "m").exec(changelog);
    if (heading === null) {
        problems.push(`CHANGELOG.md has no "## ${version}" entry: add one that says what changed`);
    } else if (/unreleased/i.test(heading[0])) {
        problems.push(`CHANGELOG.md's "${heading[0]}" says unreleased: put the release date there`);
    }
    if (githubRepository !== undefined) {
        const expected = `github.com/${githubRepository}`.toLowerCase();
        const actual = (repositoryUrl ?? "").toLowerCase().replace(/\.git$/, "");
        if (!actual.endsWith(expected)) {
            problems.push(
                `package.json's repository.url is ${JSON.stringify(repositoryUrl ?? "")}, but npm's provenance ` +
                    `names ${githubRepository}: set it to "git+https://github.com/${githubRepository}.git"`,
            );
        }
    }
    return problems;
}

function main(): void {
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as {
        version: string;
        repository?: { url?: string } | string;
    };
    const problems = releaseProblems({
        tag: process.argv[2] ?? process.env.GITHUB_REF_NAME ?? "",
        version: manifest.version,
        changelog: fs.readFileSync(path.join(repoRoot, "CHANGELOG.md"), "utf8"),
        repositoryUrl:
            typeof manifest.repository === "string" ? manifest.repository : manifest.repository?.url,
        githubRepository: process.env.GITHUB_REPOSITORY || undefined,
    });
    for (const problem of problems) console.error(`release: ${problem}`);
    if (problems.length > 0) process.exitCode = 1;
    else console.log(`release: v${manifest.version} may be published`);
}

if (require.main === module) main();

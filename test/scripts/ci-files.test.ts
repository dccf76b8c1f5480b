import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { parseDocument } from "yaml";
import { settingSpecs } from "../../provider/client/setting-specs";
import { repoRoot } from "../../scripts/lib/repo";
import { policyPackConfigVariable, policyPackVariable } from "../../scripts/pipeline/policy-pack";
import { chooseRefresh, refreshVariable } from "../../scripts/pipeline/refresh-choice";
import { stages } from "../../scripts/pipeline/stages";

/** Every YAML file of a folder of the checkout, by its path from the checkout's root. */
function yamlFiles(folder: string): string[] {
    return fs
        .readdirSync(path.join(repoRoot, folder))
        .filter((name) => /\.ya?ml$/.test(name))
        .map((name) => path.join(folder, name));
}

const kitFiles = yamlFiles(path.join("examples", "ci"));
const workflowFiles = yamlFiles(path.join(".github", "workflows"));
const text = (file: string): string => fs.readFileSync(path.join(repoRoot, file), "utf8");
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- CI files are read by their keys
const parsed = (file: string): any => parseDocument(text(file), { uniqueKeys: true }).toJS();

describe("the CI files (examples/ci, .github/workflows)", () => {
    it("are there: a GitHub Actions and a GitLab CI file in the kit, the release workflow", () => {
        assert.deepEqual(kitFiles.map((file) => path.basename(file)).sort(), [
            "github-actions.yml",
            "gitlab-ci.yml",
        ]);
        assert.ok(workflowFiles.includes(path.join(".github", "workflows", "release.yml")));
    });

    for (const file of [...kitFiles, ...workflowFiles]) {
        it(`${file} is YAML without errors, warnings or duplicate keys`, () => {
            const document = parseDocument(text(file), { uniqueKeys: true });
            assert.deepEqual(
                [...document.errors, ...document.warnings].map((problem) => problem.message),
                [],
            );
        });
    }

    for (const file of kitFiles) {
        it(`${file} runs each stage of barracudawaf-pipeline, and no other`, () => {
            const calls = [...text(file).matchAll(/npx --no-install barracudawaf-pipeline ("\$STAGE"|\w+)/g)];
            assert.ok(calls.length > 0, "it calls the pipeline command");
            for (const [, stage] of calls) {
                assert.ok(stage === '"$STAGE"' || Object.hasOwn(stages, stage), `${stage} is a stage`);
            }
            for (const stage of Object.keys(stages)) {
                assert.match(text(file), new RegExp(`\\b${stage}\\b`), `it runs ${stage}`);
            }
        });

        it(`${file} names only environment variables the provider or the pipeline reads, and shows no secret`, () => {
            const known = new Set([
                ...Object.values(settingSpecs()).map((spec) => spec.env),
                policyPackVariable,
                policyPackConfigVariable,
                refreshVariable,
            ]);
            for (const [name] of text(file).matchAll(/\bBARRACUDA_WAF_\w+/g)) {
                assert.ok(known.has(name), `${name} is read by the provider or the pipeline`);
            }
            assert.ok(text(file).includes("BARRACUDA_WAF_PASSWORD"), "the password comes from a CI secret");
            assert.doesNotMatch(text(file), /--show-secrets/);
        });
    }

    it("the kit's files choose on purpose whether up repairs drift: the same value of BARRACUDA_WAF_PIPELINE_REFRESH, the stages accept, said why, and the README says it", () => {
        const choices = kitFiles.map((file) => {
            const { env, variables } = parsed(file) as Record<string, Record<string, unknown> | undefined>;
            const value = (file.endsWith("github-actions.yml") ? env : variables)?.[refreshVariable];
            assert.equal(
                typeof value,
                "string",
                `${file} sets ${refreshVariable} for every job, as a string`,
            );
            assert.doesNotThrow(() => chooseRefresh({ [refreshVariable]: value as string }), file);
            const lines = text(file).split("\n");
            const at = lines.findIndex((line) => line.trim().startsWith(`${refreshVariable}:`));
            assert.match(lines[at - 1] ?? "", /^\s*#/, `${file} says why, in a comment above the setting`);
            return value;
        });
        assert.equal(new Set(choices).size, 1, `the CI files make one choice: ${choices.join(", ")}`);
        const readme = text("README.md");
        const inCi = readme.slice(readme.indexOf("## In CI"), readme.indexOf("## Policy pack"));
        assert.ok(
            inCi.includes(`The CI files set \`${refreshVariable}: "${choices[0]}"\``),
            "the README's In CI table says which the CI files choose",
        );
    });

    it("the GitHub Actions files have jobs that run on a runner, each step using an action or running a command", () => {
        for (const file of [
            ...kitFiles.filter((name) => name.endsWith("github-actions.yml")),
            ...workflowFiles,
        ]) {
            const jobs = Object.entries(parsed(file).jobs ?? {});
            assert.ok(jobs.length > 0, `${file} has jobs`);
            for (const [name, job] of jobs as Array<[string, { "runs-on"?: unknown; steps?: unknown[] }]>) {
                assert.ok(job["runs-on"], `${file}: job ${name} has runs-on`);
                for (const step of (job.steps ?? []) as Array<Record<string, unknown>>) {
                    assert.ok(
                        typeof step.run === "string" || /^[\w.-]+\/[\w.-]+@v\d+$/.test(String(step.uses)),
                        `${file}: ${JSON.stringify(step)}`,
                    );
                }
            }
        }
    });

    it("the GitLab CI file's jobs each have a script and rules", () => {
        const reserved = new Set(["default", "variables", "stages", "workflow", "include", "image"]);
        const jobs = Object.entries(parsed(path.join("examples", "ci", "gitlab-ci.yml"))).filter(
            ([name]) => !reserved.has(name) && !name.startsWith("."),
        ) as Array<[string, { script?: unknown[]; rules?: unknown[] }]>;
        assert.deepEqual(jobs.map(([name]) => name).sort(), ["drift", "preview", "up"]);
        for (const [name, job] of jobs) {
            assert.ok(Array.isArray(job.script) && job.script.length > 0, `${name} has a script`);
            assert.ok(Array.isArray(job.rules) && job.rules.length > 0, `${name} has rules`);
        }
    });

    it("the release workflow runs on v* tags with an OIDC token, checks, tests and publishes with provenance", () => {
        const workflow = parsed(path.join(".github", "workflows", "release.yml"));
        assert.deepEqual(workflow.on.push.tags, ["v*"]);
        assert.equal(workflow.permissions["id-token"], "write");
        const steps = workflow.jobs.publish.steps as Array<{ run?: string; with?: Record<string, string> }>;
        const runs = steps.flatMap((step) => (step.run === undefined ? [] : [step.run]));
        assert.deepEqual(runs, [
            "npm ci",
            'npm run release:check -- "$GITHUB_REF_NAME"',
            "npm test",
            "npm publish --provenance --access public",
        ]);
        const scripts = JSON.parse(text("package.json")).scripts as Record<string, string>;
        assert.ok(scripts["release:check"], "package.json has the release:check script");
        for (const step of steps) {
            const goModule = step.with?.["go-version-file"];
            if (goModule !== undefined) assert.ok(fs.existsSync(path.join(repoRoot, goModule)), goModule);
        }
    });
});

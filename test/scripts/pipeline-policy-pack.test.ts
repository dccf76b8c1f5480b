import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { repoRoot } from "../../scripts/lib/repo";
import { choosePolicyPack, PolicyPackError } from "../../scripts/pipeline/policy-pack";

describe("the policy pack the pipeline runs", () => {
    let scratch: string;
    let pack: string;
    let config: string;
    before(() => {
        scratch = fs.mkdtempSync(path.join(os.tmpdir(), "pipeline-policy-pack-"));
        pack = path.join(scratch, "pack");
        fs.mkdirSync(pack);
        fs.writeFileSync(path.join(pack, "PulumiPolicy.yaml"), "runtime: nodejs\n");
        config = path.join(scratch, "policy-config.json");
        fs.writeFileSync(config, "{}");
    });
    after(() => fs.rmSync(scratch, { recursive: true, force: true }));

    it("is the package's own policy-pack/ when it holds a pack, else none", () => {
        const own = path.join(repoRoot, "policy-pack");
        const choice = choosePolicyPack({});
        if (fs.existsSync(path.join(own, "PulumiPolicy.yaml"))) {
            assert.deepEqual(choice.args, ["--policy-pack", own]);
        } else {
            assert.deepEqual(choice.args, []);
            assert.equal(choice.notice, `No policy pack at ${own}; running without one.`);
        }
    });

    it("is the directory in BARRACUDA_WAF_PIPELINE_POLICY_PACK, with the config in BARRACUDA_WAF_PIPELINE_POLICY_PACK_CONFIG", () => {
        assert.deepEqual(choosePolicyPack({ BARRACUDA_WAF_PIPELINE_POLICY_PACK: pack }).args, [
            "--policy-pack",
            pack,
        ]);
        assert.deepEqual(
            choosePolicyPack({
                BARRACUDA_WAF_PIPELINE_POLICY_PACK: pack,
                BARRACUDA_WAF_PIPELINE_POLICY_PACK_CONFIG: config,
            }).args,
            ["--policy-pack", pack, "--policy-pack-config", config],
        );
    });

    it("refuses a BARRACUDA_WAF_PIPELINE_POLICY_PACK that is no pack, naming the variable, the value and the fix", () => {
        assert.throws(
            () => choosePolicyPack({ BARRACUDA_WAF_PIPELINE_POLICY_PACK: scratch }),
            (error: unknown) =>
                error instanceof PolicyPackError &&
                error.message ===
                    `BARRACUDA_WAF_PIPELINE_POLICY_PACK is ${JSON.stringify(scratch)}, which holds no PulumiPolicy.yaml: ` +
                        `set it to a policy pack directory, or unset it to use the package's own.`,
        );
    });

    it("refuses a config file that is not there", () => {
        const missing = path.join(scratch, "missing.json");
        assert.throws(
            () =>
                choosePolicyPack({
                    BARRACUDA_WAF_PIPELINE_POLICY_PACK: pack,
                    BARRACUDA_WAF_PIPELINE_POLICY_PACK_CONFIG: missing,
                }),
            /BARRACUDA_WAF_PIPELINE_POLICY_PACK_CONFIG is ".*missing\.json", which does not exist: set it to a JSON file of policy config, or unset it\./,
        );
    });
});

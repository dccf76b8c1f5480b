import * as fs from "node:fs";
import * as path from "node:path";
import { packageRoot } from "../../provider/schema/load";

/** The environment variable that points the pipeline at another policy pack directory. */
export const policyPackVariable = "BARRACUDA_WAF_PIPELINE_POLICY_PACK";
/** The environment variable that names a JSON file of policy config (`--policy-pack-config`). */
export const policyPackConfigVariable = "BARRACUDA_WAF_PIPELINE_POLICY_PACK_CONFIG";

/** A bad policy pack setting, with the variable, the value and the fix. */
export class PolicyPackError extends Error {
    override readonly name = "PolicyPackError";
}

/** The policy pack flags for `pulumi preview` and `pulumi up`, and a line saying which pack is used. */
export interface PolicyPackChoice {
    readonly args: readonly string[];
    readonly notice: string;
    /** The policy config file passed with the pack, as an absolute path. */
    readonly configFile?: string;
}

/**
 * The policy pack to run: the directory in `BARRACUDA_WAF_PIPELINE_POLICY_PACK` (which must be one), else the
 * pack shipped in this package (`policy-pack/` beside its package.json), when it is there. A pack is a
 * directory with a `PulumiPolicy.yaml`.
 *
 * @throws PolicyPackError when a variable names a directory or file that is not there.
 */
export function choosePolicyPack(env: NodeJS.ProcessEnv = process.env): PolicyPackChoice {
    const configured = env[policyPackVariable] || undefined;
    const directory = path.resolve(configured ?? path.join(packageRoot(__dirname), "policy-pack"));
    const configFile = env[policyPackConfigVariable] || undefined;
    if (!fs.existsSync(path.join(directory, "PulumiPolicy.yaml"))) {
        if (configured !== undefined) {
            throw new PolicyPackError(
                `${policyPackVariable} is ${JSON.stringify(configured)}, which holds no PulumiPolicy.yaml: ` +
                    `set it to a policy pack directory, or unset it to use the package's own.`,
            );
        }
        if (configFile !== undefined) {
            throw new PolicyPackError(
                `${policyPackConfigVariable} is set, but there is no policy pack to configure: ` +
                    `set ${policyPackVariable} to a policy pack directory, or unset ${policyPackConfigVariable}.`,
            );
        }
        return { args: [], notice: `No policy pack at ${directory}; running without one.` };
    }
    const args = ["--policy-pack", directory];
    if (configFile !== undefined) {
        if (!fs.existsSync(configFile)) {
            throw new PolicyPackError(
                `${policyPackConfigVariable} is ${JSON.stringify(configFile)}, which does not exist: ` +
                    `set it to a JSON file of policy config, or unset it.`,
            );
        }
        args.push("--policy-pack-config", path.resolve(configFile));
    }
    return {
        args,
        notice: `Policy pack: ${directory}${configFile ? ` with config ${configFile}` : ""}`,
        configFile: configFile === undefined ? undefined : path.resolve(configFile),
    };
}

import { annotate } from "./annotations";
import { describeDrift, findDrift } from "./drift";
import { errorMessages, parseEngineEvents, streamingJsonEnvironment } from "./engine-events";
import { choosePolicyPack } from "./policy-pack";
import { describeReplacement, findReplacements } from "./replacements";
import { runPulumi, type PulumiRun } from "./run-pulumi";

/**
 * The three stages of the pipeline kit. Each takes the pulumi options the user passes on (`--stack`,
 * `--cwd`...) and resolves with the exit code for CI. None shows secrets: the CLI prints secret config and
 * outputs as `[secret]`, and the JSON the stages read is parsed, never printed.
 */
export type Stage = (pulumiOptions: readonly string[]) => Promise<number>;

/**
 * Pull requests: `pulumi preview --diff` with the policy pack, for the reviewer; then the same preview as
 * streamed JSON, to name every replacement (a policy cannot see one). Fails when the preview fails, which a
 * mandatory policy does.
 */
export const preview: Stage = async (pulumiOptions) => {
    const policyPack = choosePolicyPack();
    console.log(policyPack.notice);
    const shown = await runPulumi(["preview", "--diff", ...policyPack.args, ...pulumiOptions]);
    if (shown.code !== 0) return shown.code;

    const planned = await runPulumi(["preview", "--json", ...pulumiOptions], {
        capture: true,
        env: streamingJsonEnvironment,
    });
    if (planned.code !== 0) return failed("the preview for replacements", planned);
    const replacements = findReplacements(parseEngineEvents(planned.stdout));
    if (replacements.length === 0) {
        console.log("\nNo resource is replaced.");
        return 0;
    }
    console.log(`\nReplacements (${replacements.length}):`);
    for (const replacement of replacements) {
        const line = describeReplacement(replacement);
        console.log(line);
        if (replacement.deleteFirst) annotate("warning", `${replacement.resource} is replaced`, line);
    }
    return 0;
};

/** The main branch: `pulumi up` with the policy pack. */
export const up: Stage = async (pulumiOptions) => {
    const policyPack = choosePolicyPack();
    console.log(policyPack.notice);
    return (await runPulumi(["up", "--yes", ...policyPack.args, ...pulumiOptions])).code;
};

/**
 * A schedule: reads every resource from the appliance without writing the state
 * (`pulumi refresh --preview-only`, streamed JSON) and fails, naming each resource and property that differs
 * from the state, when anything does.
 */
export const drift: Stage = async (pulumiOptions) => {
    const refreshed = await runPulumi(["refresh", "--preview-only", "--json", ...pulumiOptions], {
        capture: true,
        env: streamingJsonEnvironment,
    });
    if (refreshed.code !== 0) return failed("the refresh", refreshed);
    const drifted = findDrift(parseEngineEvents(refreshed.stdout));
    if (drifted.length === 0) {
        console.log("No drift: the appliance matches the state.");
        return 0;
    }
    console.log(`Drift: ${drifted.length} resource(s) on the appliance no longer match the state.`);
    for (const resource of drifted) {
        const lines = describeDrift(resource);
        console.log(lines.join("\n"));
        annotate("error", `${resource.resource} drifted`, lines.join("\n"));
    }
    console.log(
        "\n`pulumi up --refresh` puts the program's values back; `pulumi refresh` takes the appliance's into the state.",
    );
    return 1;
};

/** The stages by the name the command line takes. */
export const stages: Readonly<Record<string, Stage>> = { preview, up, drift };

/** Prints why a captured run failed (its error diagnostics and stderr) and passes its exit code on. */
function failed(what: string, run: PulumiRun): number {
    const messages = errorMessages(parseEngineEvents(run.stdout));
    console.error([`${what} failed (pulumi exited ${run.code}):`, ...messages, run.stderr.trim()].join("\n"));
    return run.code;
}

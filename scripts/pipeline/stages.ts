import { annotate } from "./annotations";
import { describeDrift, findDrift } from "./drift";
import {
    errorMessages,
    parseEngineEvents,
    streamingJsonEnvironment,
    type EngineEvent,
} from "./engine-events";
import { choosePolicyPack } from "./policy-pack";
import { describeReplacement, findReplacements } from "./replacements";
import { runPulumi } from "./run-pulumi";

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

    const planned = await engineEventsOf(["preview", ...pulumiOptions], "the preview for replacements");
    if (typeof planned === "number") return planned;
    const replacements = findReplacements(planned);
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
    const refreshed = await engineEventsOf(["refresh", "--preview-only", ...pulumiOptions], "the refresh");
    if (typeof refreshed === "number") return refreshed;
    const drifted = findDrift(refreshed);
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

/**
 * Runs `pulumi <args> --json` with streamed engine events and resolves with the events. When pulumi fails, it
 * prints why (the error diagnostics and stderr, never the JSON) and resolves with pulumi's exit code instead.
 */
async function engineEventsOf(args: readonly string[], what: string): Promise<EngineEvent[] | number> {
    const run = await runPulumi([...args, "--json"], { capture: true, env: streamingJsonEnvironment });
    const events = parseEngineEvents(run.stdout);
    if (run.code === 0) return events;
    console.error(
        [`${what} failed (pulumi exited ${run.code}):`, ...errorMessages(events), run.stderr.trim()].join(
            "\n",
        ),
    );
    return run.code;
}

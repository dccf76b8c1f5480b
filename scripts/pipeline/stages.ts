import { annotate } from "./annotations";
import { describeDrift, findDrift } from "./drift";
import {
    errorMessages,
    parseEngineEvents,
    streamingJsonEnvironment,
    type EngineEvent,
} from "./engine-events";
import { choosePolicyPack } from "./policy-pack";
import { exemptServicesByRule } from "./policy-config";
import { describePolicySummary, summarizePolicies } from "./policy-summary";
import { chooseRefresh } from "./refresh-choice";
import { describeReplacement, findReplacements } from "./replacements";
import { runPulumi } from "./run-pulumi";

/**
 * The three stages of the pipeline kit. Each takes the pulumi options the user passes on (`--stack`,
 * `--cwd`...) and resolves with the exit code for CI. None shows secrets: the CLI prints secret config and
 * outputs as `[secret]`, and the JSON the stages read is parsed, never printed.
 */
export type Stage = (pulumiOptions: readonly string[]) => Promise<number>;

/**
 * Pull requests: `pulumi preview --diff`, for the reviewer; then the same preview with the policy pack as streamed
 * JSON, to sum up the policy violations and the exemptions that applied, and to name every replacement (a policy
 * cannot see one). Fails when either preview fails, which a mandatory policy does. Pulumi's own rendering of a
 * violation in a diff runs the rule's description into the resource's name, so the diff runs without the pack
 * and the violations are printed from the engine's events. Refreshes first when the up stage does, so that the
 * reviewer sees the drift that the up will repair.
 */
export const preview: Stage = async (pulumiOptions) => {
    const policyPack = choosePolicyPack();
    const exemptServices = exemptServicesByRule(policyPack.configFile);
    const refresh = chooseRefresh();
    console.log(policyPack.notice);
    console.log(refresh.notice);
    const shown = await runPulumi(["preview", "--diff", ...refresh.args, ...pulumiOptions]);
    if (shown.code !== 0) return shown.code;

    const run = await runPulumi(
        ["preview", "--json", ...refresh.args, ...policyPack.args, ...pulumiOptions],
        {
            capture: true,
            env: streamingJsonEnvironment,
        },
    );
    const planned = parseEngineEvents(run.stdout);
    let mandatory = 0;
    if (policyPack.args.length > 0) {
        const summary = summarizePolicies(planned, exemptServices);
        console.log(`\n${describePolicySummary(summary).join("\n")}`);
        for (const { level, rule, resource, message } of summary.violations) {
            annotate(level === "mandatory" ? "error" : "warning", `${rule}: ${resource}`, message);
        }
        mandatory = summary.violations.filter((violation) => violation.level === "mandatory").length;
    }
    if (run.code !== 0) {
        const why =
            mandatory > 0
                ? [`The preview fails: ${mandatory} mandatory policy violation(s), listed above.`]
                : [
                      `the preview for the policy summary and the replacements failed (pulumi exited ${run.code}):`,
                      ...errorMessages(planned),
                      run.stderr.trim(),
                  ];
        console.error(why.join("\n"));
        return run.code;
    }
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

/**
 * The main branch: `pulumi up` with the policy pack; with `--refresh` (which repairs drift) when
 * `BARRACUDA_WAF_PIPELINE_REFRESH` is true. It says which before it starts.
 */
export const up: Stage = async (pulumiOptions) => {
    const policyPack = choosePolicyPack();
    const refresh = chooseRefresh();
    console.log(policyPack.notice);
    console.log(refresh.notice);
    return (await runPulumi(["up", "--yes", ...refresh.args, ...policyPack.args, ...pulumiOptions])).code;
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

import { inputValue, serviceFacts } from "../../policy-pack/schema-facts";
import { resourceLabelOfUrn, type EngineEvent } from "./engine-events";

/** The enforcement levels the summary counts, in the order it lists them. */
const levels = ["mandatory", "advisory"];

/** One violation a policy reported. */
export interface Violation {
    /** `mandatory` (fails the preview), `advisory` or `remediate`. */
    readonly level: string;
    readonly rule: string;
    /** E.g. `Service "shop"`, or `the stack` for a rule about the whole program. */
    readonly resource: string;
    /** The rule's description, what it checks and why. */
    readonly description: string;
    /** What the rule found wrong with this resource and how to fix it. */
    readonly message: string;
}

/** A rule that left a resource alone because the policy config said so. */
export interface Exemption {
    readonly rule: string;
    readonly resource: string;
    /** Which part of the config exempts it, e.g. `exemptServices lists "shop"`. */
    readonly by: string;
}

export interface PolicySummary {
    readonly violations: readonly Violation[];
    readonly exemptions: readonly Exemption[];
}

/**
 * The policy violations of a streamed preview, and the exemptions that applied: a Service of the program whose
 * name the policy config lists in a rule's `exemptServices`, for a rule that ran (a disabled one exempts nothing);
 * and a violation that one of Pulumi's own policy exceptions covers.
 */
export function summarizePolicies(
    events: readonly EngineEvent[],
    exemptServices: ReadonlyMap<string, readonly string[]>,
): PolicySummary {
    const violations: Violation[] = [];
    const exemptions: Exemption[] = [];
    const rulesRun = new Set<string>();
    const services = new Map<string, string>(); // URN -> the service's name on the appliance
    for (const event of events) {
        const step = event.resourcePreEvent?.metadata;
        const inputs = step?.new?.inputs;
        if (step !== undefined && step.type === serviceFacts.type && inputs !== undefined) {
            services.set(step.urn, String(inputValue({ ...inputs }, serviceFacts.name)));
        }
        for (const ran of [event.policyAnalyzeSummaryEvent, event.policyAnalyzeStackSummaryEvent]) {
            for (const rule of [...(ran?.passed ?? []), ...(ran?.failed ?? [])]) rulesRun.add(rule);
        }
        const reported = event.policyEvent;
        if (reported === undefined) continue;
        const resource =
            reported.resourceUrn === undefined ? "the stack" : resourceLabelOfUrn(reported.resourceUrn);
        if (reported.exceptions !== undefined && reported.exceptions.length > 0) {
            for (const { id, reason } of reported.exceptions) {
                exemptions.push({ rule: reported.policyName, resource, by: `exception ${id}: ${reason}` });
            }
            continue;
        }
        // The policy SDK sends the rule's description, a line break, then the rule's own message.
        const text = reported.message.trim();
        const split = text.indexOf("\n");
        violations.push({
            level: reported.enforcementLevel,
            rule: reported.policyName,
            resource,
            description: split === -1 ? "" : text.slice(0, split).trim(),
            message: split === -1 ? text : text.slice(split + 1).trim(),
        });
    }
    for (const [rule, listed] of exemptServices) {
        if (!rulesRun.has(rule)) continue;
        for (const [urn, name] of services) {
            if (listed.includes(name)) {
                exemptions.push({
                    rule,
                    resource: resourceLabelOfUrn(urn),
                    by: `exemptServices lists ${JSON.stringify(name)}`,
                });
            }
        }
    }
    return { violations: [...violations].sort(byLevel), exemptions };
}

/** Mandatory violations first, as they are the ones that fail the preview; levels the pipeline does not know last. */
function byLevel(a: Violation, b: Violation): number {
    const rank = (level: string): number => (levels.includes(level) ? levels.indexOf(level) : levels.length);
    return rank(a.level) - rank(b.level);
}

/**
 * The summary as printed after the diff: a count, then each violation with its level, rule and resource on one
 * line and the rule's description and message each on their own line below, then each exemption.
 */
export function describePolicySummary({ violations, exemptions }: PolicySummary): string[] {
    const counts = levels.map((level) => {
        const count = violations.filter((violation) => violation.level === level).length;
        return `${count} ${level}`;
    });
    const other = violations.filter((violation) => !levels.includes(violation.level)).length;
    if (other > 0) counts.push(`${other} other`);
    const lines = [
        `Policy summary: ${counts.join(", ")} violation(s); ${exemptions.length} exemption(s) applied.`,
    ];
    for (const { level, rule, resource, description, message } of violations) {
        lines.push(`[${level}] ${rule}: ${resource}`);
        for (const text of [description, message]) {
            if (text !== "") lines.push(...text.split("\n").map((line) => `    ${line}`));
        }
    }
    for (const { rule, resource, by } of exemptions) {
        lines.push(`[exempt] ${rule}: ${resource} (${by})`);
    }
    return lines;
}

/**
 * The engine events the Pulumi CLI streams with `--json` when `PULUMI_ENABLE_STREAMING_JSON_PREVIEW` is set
 * (one JSON object a line; the CLI's help names the variable). Streaming is what keeps the order of the steps
 * and the refreshed outputs: the CLI's single JSON document merges a replacement into one step and shows a
 * refresh's old state twice.
 */

/** The state of a resource as a step event carries it; secret values read `[secret]`. */
export interface EventState {
    readonly id?: string;
    readonly inputs?: Readonly<Record<string, unknown>>;
    readonly outputs?: Readonly<Record<string, unknown>>;
}

/** What a step event says about one step of one resource. */
export interface StepMetadata {
    /** `same`, `create`, `update`, `delete`, `replace`, `create-replacement`, `delete-replaced`, `refresh`... */
    readonly op: string;
    readonly urn: string;
    readonly type: string;
    /** The properties whose change causes a replacement, on replacement steps. */
    readonly keys?: readonly string[];
    readonly old?: EventState | null;
    readonly new?: EventState | null;
}

/**
 * A policy violation. Its message is the rule's description, a line break and what the rule reported. A
 * violation that Pulumi's own policy exceptions (in the policy config file) cover lists them.
 */
export interface PolicyViolationEvent {
    /** The resource the violation is about; none for a violation of the whole stack. */
    readonly resourceUrn?: string;
    readonly message: string;
    readonly policyName: string;
    readonly policyPackName: string;
    readonly policyPackVersion: string;
    /** `mandatory`, `advisory` or `remediate`. */
    readonly enforcementLevel: string;
    readonly exceptions?: ReadonlyArray<{ readonly id: string; readonly reason: string }>;
}

/** The rules of a pack that ran on one resource (or on the whole stack) and passed or failed. */
export interface PolicyAnalyzeSummary {
    readonly resourceUrn?: string;
    readonly policyPackName: string;
    readonly passed?: readonly string[];
    readonly failed?: readonly string[];
}

/** One line of the stream; only the members this package reads are typed. */
export interface EngineEvent {
    readonly resourcePreEvent?: { readonly metadata: StepMetadata };
    readonly resOutputsEvent?: { readonly metadata: StepMetadata };
    readonly diagnosticEvent?: { readonly message: string; readonly severity: string };
    readonly policyEvent?: PolicyViolationEvent;
    readonly policyAnalyzeSummaryEvent?: PolicyAnalyzeSummary;
    readonly policyAnalyzeStackSummaryEvent?: PolicyAnalyzeSummary;
}

/** The environment that makes `pulumi preview --json` and `pulumi refresh --preview-only --json` stream. */
export const streamingJsonEnvironment = { PULUMI_ENABLE_STREAMING_JSON_PREVIEW: "true" } as const;

/** Parses the CLI's stdout into events, skipping any line that is not a JSON object. */
export function parseEngineEvents(stdout: string): EngineEvent[] {
    const events: EngineEvent[] = [];
    for (const line of stdout.split("\n")) {
        if (!line.startsWith("{")) continue;
        try {
            events.push(JSON.parse(line) as EngineEvent);
        } catch {
            // A line the CLI cut short; the events around it still count.
        }
    }
    return events;
}

/** The error messages among the events, as the CLI would print them. */
export function errorMessages(events: readonly EngineEvent[]): string[] {
    return events
        .map((event) => event.diagnosticEvent)
        .filter((diagnostic) => diagnostic?.severity === "error")
        .map((diagnostic) => diagnostic!.message.trimEnd());
}

/** `Service "chat"`: the resource's type name (after the type token's last `:`) and its Pulumi name. */
export function resourceLabel(step: Pick<StepMetadata, "urn" | "type">): string {
    const typeName = step.type.slice(step.type.lastIndexOf(":") + 1);
    const name = step.urn.slice(step.urn.lastIndexOf("::") + 2);
    return `${typeName} "${name}"`;
}

/**
 * The same label from a URN alone (`urn:pulumi:STACK::PROJECT::PARENT$TYPE::NAME`): the type is the last one of
 * the qualified type, after its parents'.
 */
export function resourceLabelOfUrn(urn: string): string {
    const qualifiedType = urn.split("::")[2] ?? "";
    return resourceLabel({ urn, type: qualifiedType.slice(qualifiedType.lastIndexOf("$") + 1) });
}

import type { EngineEvent } from "@pulumi/pulumi/automation";

/** Collects the engine events of one operation: pass `onEvent` in its options, read `events` after it. */
export function recordEvents(): {
    readonly events: EngineEvent[];
    readonly onEvent: (event: EngineEvent) => void;
} {
    const events: EngineEvent[] = [];
    return { events, onEvent: (event) => events.push(event) };
}

/**
 * The steps that changed a resource of the program (in a preview: that would change it), as `op Type name`
 * (`update Service chat`), in the order the engine finished them: the stack, providers and `same` steps left
 * out. A refresh that found a resource changed reports it as `update`.
 */
export function changedResources(events: readonly EngineEvent[]): string[] {
    return events.flatMap((event) => {
        const step = event.resOutputsEvent?.metadata;
        if (!step || step.op === "same" || /^pulumi:(pulumi:Stack|providers:)/.test(step.type)) return [];
        const type = step.type.slice(step.type.lastIndexOf(":") + 1);
        return [`${step.op} ${type} ${step.urn.slice(step.urn.lastIndexOf("::") + 2)}`];
    });
}

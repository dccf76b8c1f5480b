import { resourceLabel, type EngineEvent } from "./engine-events";

/** A resource that a preview replaces. */
export interface Replacement {
    /** E.g. `Service "chat"`. */
    readonly resource: string;
    /** The properties whose change forces the replacement. */
    readonly reasons: readonly string[];
    /** The old one is deleted before the new one exists: the object is gone in between (downtime). */
    readonly deleteFirst: boolean;
}

/**
 * The replacements a streamed preview announces, in the order it plans them. A replacement is a
 * `create-replacement` and a `delete-replaced` step of one resource; when the delete comes first, the
 * resource is deleted before it is created again (what `deleteBeforeReplace` and a service's name change do).
 */
export function findReplacements(events: readonly EngineEvent[]): Replacement[] {
    const byUrn = new Map<string, { resource: string; reasons: Set<string>; steps: string[] }>();
    for (const event of events) {
        const step = event.resourcePreEvent?.metadata;
        if (step === undefined || !["replace", "create-replacement", "delete-replaced"].includes(step.op)) {
            continue;
        }
        let entry = byUrn.get(step.urn);
        if (entry === undefined) {
            entry = { resource: resourceLabel(step), reasons: new Set(), steps: [] };
            byUrn.set(step.urn, entry);
        }
        entry.steps.push(step.op);
        for (const key of step.keys ?? []) entry.reasons.add(key);
    }
    return [...byUrn.values()].map(({ resource, reasons, steps }) => {
        const deleted = steps.indexOf("delete-replaced");
        const created = steps.indexOf("create-replacement");
        return { resource, reasons: [...reasons], deleteFirst: deleted !== -1 && deleted < created };
    });
}

/** One line per replacement, the ones with downtime as warnings. */
export function describeReplacement({ resource, reasons, deleteFirst }: Replacement): string {
    const because = reasons.length === 0 ? "" : ` because ${reasons.join(", ")} changed`;
    return deleteFirst
        ? `warning: ${resource} will be replaced${because}: it is deleted first and then created again, ` +
              `so it is gone in between (downtime).`
        : `note: ${resource} will be replaced${because}: the new one is created before the old one is deleted.`;
}

import { resourceLabel, type EngineEvent } from "./engine-events";

/** One property whose value on the appliance is not the one in the state. */
export interface PropertyDrift {
    /** The property's path in the resource's outputs, e.g. `port` or `basicSecurity.mode`. */
    readonly path: string;
    readonly state: unknown;
    readonly appliance: unknown;
}

/** A resource that no longer matches the state. */
export interface ResourceDrift {
    /** E.g. `Service "chat"`. */
    readonly resource: string;
    /** The object is no longer on the appliance. */
    readonly gone: boolean;
    readonly properties: readonly PropertyDrift[];
}

/**
 * The resources a streamed `pulumi refresh --preview-only` finds changed: each step that ends in `update`
 * (its outputs as read now differ from the state's) or `delete` (the object is gone), with the properties that
 * differ. Members whose names start with `__` are the dynamic provider's bookkeeping, not the appliance's: a
 * step that changes only those (a newer package's `__provider`) is no drift.
 */
export function findDrift(events: readonly EngineEvent[]): ResourceDrift[] {
    const drifted: ResourceDrift[] = [];
    for (const event of events) {
        const step = event.resOutputsEvent?.metadata;
        if (step === undefined || (step.op !== "update" && step.op !== "delete")) continue;
        const gone = step.op === "delete";
        const [state, appliance] = [step.old?.outputs ?? {}, step.new?.outputs ?? {}];
        const properties = gone ? [] : differences(withoutBookkeeping(state), withoutBookkeeping(appliance));
        if (!gone && properties.length === 0 && differences(state, appliance).length > 0) continue;
        drifted.push({ resource: resourceLabel(step), gone, properties });
    }
    return drifted;
}

function withoutBookkeeping(outputs: Readonly<Record<string, unknown>>): Record<string, unknown> {
    return Object.fromEntries(Object.entries(outputs).filter(([key]) => !key.startsWith("__")));
}

function differences(state: unknown, appliance: unknown, path = ""): PropertyDrift[] {
    if (isRecord(state) && isRecord(appliance)) {
        const keys = new Set([...Object.keys(state), ...Object.keys(appliance)]);
        return [...keys].flatMap((key) =>
            differences(state[key], appliance[key], path === "" ? key : `${path}.${key}`),
        );
    }
    return JSON.stringify(state) === JSON.stringify(appliance) ? [] : [{ path, state, appliance }];
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The lines that say what drifted: one per resource, one per property under it. */
export function describeDrift({ resource, gone, properties }: ResourceDrift): string[] {
    if (gone) return [`${resource}: gone from the appliance`];
    if (properties.length === 0) {
        return [`${resource}: changed on the appliance, in values the CLI does not show (secrets)`];
    }
    return [
        `${resource}: changed on the appliance`,
        ...properties.map(
            ({ path, state, appliance }) =>
                `    ${path}: ${shown(state)} in the state, ${shown(appliance)} now`,
        ),
    ];
}

/** A value as JSON, cut at 80 characters; a property that is not there reads `(none)`. */
function shown(value: unknown): string {
    if (value === undefined) return "(none)";
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

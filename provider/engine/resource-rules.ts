import type { InputFailure } from "./input-failure";
import type { ApplianceApi } from "./context";
import type { Props } from "./state";

/** A write the engine is about to make, as a resource's rules see it. */
export interface PlannedWrite {
    readonly operation: "create" | "update" | "delete";
    /** The object's ID, e.g. `chat`. */
    readonly id: string;
    /**
     * The properties the write sets, with their new values (for a create: every input given; for a singleton:
     * the fields the write changes on the appliance, a delete's restored values included).
     */
    readonly targets: Readonly<Props>;
    /** All of the resource's inputs as the host passed them, references with the fields they pass. */
    readonly inputs: Readonly<Props>;
}

/**
 * What one resource adds to the engine's generic behaviour: the rules of the chain it is a link of. Everything
 * else (validation, diff, CRUD, adopt) comes from schema.json.
 */
export interface ResourceRules {
    /** Failures of `check` beyond the schema's (the preview part of a rule); `failing` names properties already refused. */
    previewFailures?(inputs: Readonly<Props>, failing: ReadonlySet<string>): InputFailure[];
    /**
     * The check that `write` needs against the appliance (the apply part of a rule), or undefined when none. The
     * engine runs it and the write in one critical section of the appliance's writes, so that no other write
     * lands between the check and the write it guards. It throws to refuse, before anything is written.
     */
    guardFor?(write: PlannedWrite): ((calls: ApplianceApi) => Promise<void>) | undefined;
}

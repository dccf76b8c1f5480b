import type { Handler } from "./handlers/handler";
import type { Method } from "./routes";
import type { ObjectModel } from "./model/field";
import type { WireObject } from "./snapshot";
import type { SpecObject } from "./spec/spec-object";

/** A field that names another object, which must exist; the named object cannot go while it is named. */
export interface Reference {
    readonly field: string;
    /** The row of the named object. */
    readonly target: string;
    /** Other top-level rows the name may be in instead (a certificate: self-signed or signed). */
    readonly alsoIn?: readonly string[];
    /** Fields of the same record that name the target's parents, outermost first (a group is in a vsite). */
    readonly within?: readonly string[];
    /** How messages call the named object; default its display name. */
    readonly noun?: string;
}

/**
 * One appliance object, as the emulator serves it. Paths, routes, answers, state and snapshot are all
 * derived from the rows (see `objects.ts`); a row's own behaviour is at most a few optional fields.
 */
export interface ObjectRow {
    /** The spec's id (`services/servers`): the row's fields and query values come from it. */
    readonly id: string;
    /**
     * `collection`: named items (list and item GET, POST, PUT, DELETE). `subObject`: one record per parent
     * item, made with it (GET, PUT). `singleton`: a top-level object that always exists (GET, PUT).
     */
    readonly kind: "collection" | "subObject" | "singleton";
    /** The row this object lives in; deleting a parent item deletes what lives in it. */
    readonly parent?: string;
    /** Its path under the parent's item path, or under `/restapi/v3.2`. */
    readonly segment: string;
    /** Collections: the path parameter that names an item, as route keys show it (`server`). */
    readonly param?: string;
    /** Collections: the field that holds an item's name. */
    readonly nameField?: string;
    /** Its fields; the display name is the `object` of answers, its group under `?groups=` and its word. */
    readonly model: ObjectModel;
    readonly spec: SpecObject;
    readonly references?: readonly Reference[];
    /** Sub-objects: fields that the parent's record holds and this sub-object shows and changes. */
    readonly sharedWithParent?: readonly string[];
    /** Collections: fills in what the appliance sets on create; may refuse the request. */
    readonly complete?: (record: WireObject, given: WireObject) => WireObject;
    /** Collections: a PUT that is not an update (a certificate's download). */
    readonly update?: Handler;
    /** Methods the spec gives on the row's path, and on an item's path (collections). */
    readonly methods: readonly Method[];
    readonly itemMethods?: readonly Method[];
    /**
     * Made from the spec alone, with no hand-written row: its records are kept (and shown in the snapshot)
     * only once written, a sub-object being at its defaults until then.
     */
    readonly derived: boolean;
    /** Its key in the snapshot (the state file's format): in its parent's entry, or at the top. */
    readonly snapshotKey: string;
    /** The key of an item's own record when the item also holds sub-objects or children in the snapshot. */
    readonly recordKey?: string;
    /** Kept at the top of the snapshot keyed by the parent's name, not inside the parent (service groups). */
    readonly hoisted?: true;
}

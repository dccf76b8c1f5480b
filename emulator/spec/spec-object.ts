/**
 * The emulator's own reading of the vendor's v3.2 spec (`spec-objects.json`, written from `spec/vendor/v3.2`
 * by `npm run generate:emulator` with `reader/`, which shares no code with the generator's normalizer): per
 * object, where it lives, the fields its bodies take and the query values its GETs take. The emulator ships
 * without `spec/`, so it reads this file; a test fails when it is stale.
 */

/** One body field as the spec declares it, normalized: only what the emulator checks. */
export interface SpecField {
    readonly type: "string" | "integer" | "enum" | "stringList";
    readonly required?: true;
    /** Absent when the spec gives none (its `""` on an integer or an enum is none). */
    readonly default?: string | number | readonly string[];
    /** Integers. */
    readonly minimum?: number;
    readonly maximum?: number;
    /** Strings. */
    readonly minLength?: number;
    readonly maxLength?: number;
    /** Enums, and the items of a list when the spec lists them. */
    readonly values?: readonly string[];
    /** Declared `enum: [""]`: the name of another object. */
    readonly reference?: true;
    /** The vendor's name of a maximum that depends on the appliance model. */
    readonly modelSpecificMaximum?: string;
}

/** The fields of one request body, by wire name, in the spec's order. */
export type SpecBody = Readonly<Record<string, SpecField>>;

/**
 * - `collection`: POST on the path, DELETE on an item: named items, made and deleted.
 * - `subObject`: GET and PUT on one path, no items: a group of settings of its parent (or of the appliance).
 * - `fixedCollection`: items read and changed (GET/PUT) but never made or deleted through the API.
 * - `irregular`: none of those shapes; `methods` and `itemMethods` say what the spec has.
 */
export type SpecKind = "collection" | "subObject" | "fixedCollection" | "irregular";

/** One configurable object of the spec, by its id (`services/servers`, `system/advanced-settings`). */
export interface SpecObject {
    readonly kind: SpecKind;
    /** Its path with the emulator's parameter names: `/services/{service}/servers`. */
    readonly path: string;
    /** The parameter that names one item (`server`), where the spec has an item path (`path` + `/{item}`). */
    readonly item?: string;
    /**
     * The body field the item's name is, where the spec names items by an address (`ip-address` of a static
     * route); the overlay's `item-names.yaml` says which.
     */
    readonly itemField?: string;
    /**
     * A fixed collection's items the appliance is made with, and the values they have where the spec gives
     * none (the overlay's `factory-items.yaml`).
     */
    readonly factoryItems?: {
        readonly items: readonly string[];
        readonly values?: Readonly<Record<string, string>>;
    };
    /** The id of the object whose item (or self) this one lives in. */
    readonly parent?: string;
    /** The title of the file that describes it (`Rule Group` for content rules), without ` API`. */
    readonly title?: string;
    /** Methods the spec gives on the path, and on the item path. */
    readonly methods: readonly string[];
    readonly itemMethods?: readonly string[];
    /** The list GET takes `limit` and `offset`. */
    readonly paged?: true;
    /** Values of `?groups=` the GETs list. */
    readonly groups?: readonly string[];
    /** Values of `?parameters=` the GETs list. */
    readonly parameters?: readonly string[];
    /** The POST body on the object's path. */
    readonly create?: SpecBody;
    /** The PUT body on the item path (a collection) or on the path (a sub-object). */
    readonly update?: SpecBody;
}

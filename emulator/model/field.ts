import type { WireObject, WireValue } from "../snapshot";

/** Which request a body belongs to: POST creates, PUT updates. */
export type Operation = "create" | "update";

/**
 * One field of an appliance object, normalised from the vendor's Swagger files: `maximum` on strings is a
 * length, `maxmium` is `maximum`, `"default": ""` on integers is replaced by the appliance's real default.
 */
export interface FieldDefinition {
    readonly kind: "string" | "integer" | "enum" | "list";
    /** Allowed values of an `enum` field, or of each item of a `list` (case-sensitive, as the appliance compares them). */
    readonly values?: readonly string[];
    /** Inclusive range of an `integer` field. */
    readonly minimum?: number;
    readonly maximum?: number;
    /** Length limits of a `string` field (the spec writes them as minimum/maximum). */
    readonly minLength?: number;
    readonly maxLength?: number;
    /** What the appliance fills in when the field is not given on create. */
    readonly default: WireValue;
    /** A pattern a `string` field must match, and how to say it in an error message. */
    readonly pattern?: { readonly regex: RegExp; readonly hint: string };
    /** Operations whose body must contain the field. */
    readonly requiredOn?: readonly Operation[];
    /**
     * Set on create only. A PUT may carry the field with its current value (clients send the whole object,
     * as the vendor's own do); a PUT that would change it is refused with 400 (see `updateRecord`).
     */
    readonly fixedAfterCreate?: boolean;
    /** Said in the refusal of a change of a fixed field: where, or how, it is changed instead. */
    readonly changeHint?: string;
    /**
     * Taken and kept, never shown: GET leaves it out (an uploaded certificate's content and key; the spec's
     * `parameters` for the GET do not list them). The snapshot, the emulator's whole state, still holds it.
     */
    readonly hidden?: boolean;
}

/** An appliance object (or one group of it) as the emulator models it. */
export interface ObjectModel {
    /** The group's display name, used as key in `?groups=` answers (`Advanced Configuration`). */
    readonly displayName: string;
    readonly fields: Readonly<Record<string, FieldDefinition>>;
    /** Values of `?parameters=` that the spec lists, modelled or not: taken, and those not modelled left out. */
    readonly listedParameters?: readonly string[];
    /**
     * Rules that involve several fields, checked on the merged record after create or update; each returns
     * a message for every problem found.
     */
    readonly checkRecord?: (record: WireObject) => string[];
    /**
     * Defaults that depend on other fields (a mask for the address version), applied on create; they must
     * pass their fields' rules like given values.
     */
    readonly derivedDefaults?: (given: WireObject) => WireObject;
    /** Said after a derived value's problem, so that the caller knows where it came from. */
    readonly derivedHint?: string;
}

export const yesNo = (value: "Yes" | "No"): FieldDefinition => ({
    kind: "enum",
    values: ["Yes", "No"],
    default: value,
});

export const oneOf = (values: readonly string[], value: string): FieldDefinition => ({
    kind: "enum",
    values,
    default: value,
});

export const integer = (minimum: number, maximum: number, value: number): FieldDefinition => ({
    kind: "integer",
    minimum,
    maximum,
    default: String(value),
});

export const text = (
    value = "",
    limits: { minLength?: number; maxLength?: number } = {},
): FieldDefinition => ({
    kind: "string",
    default: value,
    ...limits,
});

export const list = (): FieldDefinition => ({ kind: "list", default: [] });

/** Every field at its default: the record a freshly created object starts from. */
export function defaultsOf(model: ObjectModel): WireObject {
    const record: WireObject = {};
    for (const [name, field] of Object.entries(model.fields)) {
        record[name] = Array.isArray(field.default) ? [...field.default] : field.default;
    }
    return record;
}

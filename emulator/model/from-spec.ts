import type { WireValue } from "../snapshot";
import type { SpecBody, SpecField, SpecObject } from "../spec/spec-object";
import type { FieldDefinition, ObjectModel, Operation } from "./field";

/**
 * What the emulator knows about one object beyond the vendor's spec: the appliance facts the spec does not
 * show and the emulator's own choices where the spec is silent. Never a type, a value list, a range or a
 * length the spec gives (a test holds every overlay to that).
 */
export interface ModelOverlay {
    readonly displayName: string;
    /** What a new object holds where the spec gives no default (or its placeholder `""`). */
    readonly defaults?: Readonly<Record<string, WireValue | number>>;
    /** Per spec field: a pattern, a bound the spec leaves out, fixed after create, required, a hint. */
    readonly fields?: Readonly<Record<string, Partial<FieldDefinition>>>;
    /** Fields the appliance has that no body of the spec lists (a certificate's serial). */
    readonly extraFields?: Readonly<Record<string, FieldDefinition>>;
    readonly checkRecord?: ObjectModel["checkRecord"];
    readonly derivedDefaults?: ObjectModel["derivedDefaults"];
    readonly derivedHint?: string;
}

/** The bodies a model is made of: the spec's POST and PUT, or only one of them. */
export type ModelBodies = Pick<SpecObject, "create" | "update" | "parameters">;

const kinds = { string: "string", integer: "integer", enum: "enum", stringList: "list" } as const;

/**
 * Enums whose values are the factory's objects of a collection the API adds to (`web-firewall-policy` lists
 * the eight built-in security policies, `rate-control-pool` `NONE` and `default-pool`, `response-page` the
 * default pages): a policy, pool or page created through the API is named too, so these are names, and any
 * is taken.
 */
export const namesNotValues: readonly string[] = [
    "web-firewall-policy",
    "rate-control-pool",
    "response-page",
];

/**
 * A value when the spec and the overlay give none: empty, `No` for a switch (a feature is off until turned
 * on), else the first of the values, the lowest number.
 */
function fallbackDefault(field: SpecField): WireValue {
    if (field.type === "stringList") return [];
    if (field.type === "enum") return field.values?.includes("No") ? "No" : (field.values?.[0] ?? "");
    if (field.type === "integer") return String(field.minimum ?? 0);
    // A text every PUT must carry at a minimum length (a 128-character cookie encryption key) is never empty.
    if (field.required && field.minLength) return "0".repeat(field.minLength);
    return "";
}

function specDefault(field: SpecField): WireValue | undefined {
    const value = field.default;
    if (value === undefined || value === "") return undefined;
    return Array.isArray(value) ? [...(value as string[])] : String(value);
}

function wire(value: WireValue | number): WireValue {
    return typeof value === "number" ? String(value) : value;
}

/**
 * An object's model from the spec's bodies plus its overlay. A field of the POST body that the PUT body
 * leaves out is fixed once the object exists (a PUT may still carry it unchanged); a field only the PUT
 * lists is taken on create too. Required is per body, as the spec says.
 */
export function modelFromSpec(bodies: ModelBodies, overlay: ModelOverlay): ObjectModel {
    const create: SpecBody = bodies.create ?? {};
    const update: SpecBody = bodies.update ?? {};
    const names = [...new Set([...Object.keys(create), ...Object.keys(update)])];
    const fields: Record<string, FieldDefinition> = {};
    for (const name of names) {
        const spec = create[name] ?? update[name];
        const requiredOn: Operation[] = [];
        if (create[name]?.required) requiredOn.push("create");
        if (update[name]?.required) requiredOn.push("update");
        const given = overlay.defaults?.[name];
        const isName = namesNotValues.includes(name) && spec.type === "enum";
        fields[name] = {
            kind: isName ? "string" : kinds[spec.type],
            ...(spec.values !== undefined && !isName ? { values: spec.values } : {}),
            ...(spec.minimum !== undefined ? { minimum: spec.minimum } : {}),
            ...(spec.maximum !== undefined ? { maximum: spec.maximum } : {}),
            ...(spec.minLength !== undefined ? { minLength: spec.minLength } : {}),
            ...(spec.maxLength !== undefined ? { maxLength: spec.maxLength } : {}),
            default: given !== undefined ? wire(given) : (specDefault(spec) ?? fallbackDefault(spec)),
            ...(requiredOn.length > 0 ? { requiredOn } : {}),
            ...(bodies.create && bodies.update && !update[name] ? { fixedAfterCreate: true } : {}),
            ...overlay.fields?.[name],
        };
    }
    return {
        displayName: overlay.displayName,
        fields: { ...fields, ...overlay.extraFields },
        ...(bodies.parameters ? { listedParameters: bodies.parameters } : {}),
        ...(overlay.checkRecord ? { checkRecord: overlay.checkRecord } : {}),
        ...(overlay.derivedDefaults ? { derivedDefaults: overlay.derivedDefaults } : {}),
        ...(overlay.derivedHint ? { derivedHint: overlay.derivedHint } : {}),
    };
}

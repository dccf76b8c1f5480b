import type { FixTally } from "./fix-tally";
import type { Field, FieldType } from "./model";
import type { RawDefinition, RawProperty } from "./raw";
import { referenceCandidates } from "./references";

/** A bound as the vendor writes it (number or numeric string); undefined when not a safe integer. */
function integerBound(value: unknown): number | undefined {
    const bound = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
    return typeof bound === "number" && Number.isSafeInteger(bound) ? bound : undefined;
}

function isModelSpecific(value: unknown): value is { model_specific: string } {
    return (
        typeof value === "object" &&
        value !== null &&
        typeof (value as { model_specific?: unknown }).model_specific === "string"
    );
}

function fieldType(raw: RawProperty, values: readonly string[] | undefined): FieldType {
    if (raw.schema?.type === "array") return "stringList";
    if (values !== undefined) return "enum";
    return raw.type === "integer" ? "integer" : "string";
}

/**
 * One body property, normalized. Every quirk fixed is tallied, so the tests can compare the tally with
 * their own count of the raw files.
 */
export function normalizeField(
    wireName: string,
    raw: RawProperty,
    definition: RawDefinition,
    file: string,
    tally: FixTally,
): Field {
    const isReference = raw.enum !== undefined && raw.enum.length === 1 && raw.enum[0] === "";
    // The definition-level enum (Energize check-for-update) belongs to the definition's only property.
    const onlyProperty = Object.keys(definition.properties ?? {}).length === 1;
    const listed = isReference ? undefined : (raw.enum ?? (onlyProperty ? definition.enum : undefined));
    // A few enums list `null` among their values (a value lost on the vendor's export): no value can be it.
    // One lists a value twice (an interface route's `vsite`: `System` again): a value is a value once.
    const values = listed === undefined ? undefined : [...new Set(listed.filter((value) => value !== null))];
    if (listed?.some((value) => value === null)) {
        tally.notes.push({ file, message: `${wireName}: the enum lists null; left out of its values` });
    }
    const type = fieldType(raw, values);
    const field: { -readonly [K in keyof Field]: Field[K] } = {
        wireName,
        description: raw.description ?? "",
        type,
        required: (definition.required ?? []).includes(wireName),
    };

    if (raw.schema?.type === "array" && raw.type === "string") tally.fixes.arraysDeclaredAsStrings++;
    if (isReference) {
        tally.fixes.emptyEnumReferences++;
        field.reference = { candidates: referenceCandidates(wireName) };
    }
    if (values !== undefined) field.values = [...values];
    if (raw.format !== undefined) field.format = raw.format;

    // `""` is no value for an integer, an enum or a list; for free text an empty string is a real default.
    if (raw.type === "integer" && raw.default === "") tally.fixes.integerEmptyDefaults++;
    const emptyMeansNone =
        type === "integer" || type === "stringList" || (type === "enum" && !(values ?? []).includes(""));
    if (typeof raw.default === "string" && !(raw.default === "" && emptyMeansNone)) {
        field.default = raw.default;
    } else if (Array.isArray(raw.default)) {
        field.default = raw.default.map(String);
    } else if (typeof raw.default === "number") {
        field.default = raw.default;
    }

    if (raw.maximum !== undefined && raw.type === "string") tally.fixes.stringMaximumsAsMaxLength++;
    const rawMaximum = raw.maxmium ?? raw.maximum;
    if (raw.maxmium !== undefined) tally.fixes.maxmiumTypos++;
    if (isModelSpecific(rawMaximum)) {
        tally.fixes.modelSpecificMaximums++;
        field.modelSpecificMaximum = rawMaximum.model_specific;
    } else if (type === "integer") {
        const minimum = integerBound(raw.minimum);
        const maximum = integerBound(rawMaximum);
        if (minimum !== undefined) field.minimum = minimum;
        if (maximum !== undefined) field.maximum = maximum;
        else if (rawMaximum !== undefined) {
            tally.notes.push({
                file,
                message: `${wireName}: maximum ${String(rawMaximum)} is beyond a safe integer; left unbounded`,
            });
        }
    } else if (type === "string") {
        // An enum's values bound it; the few maxima on enums contradict them (`module`: 7, values longer).
        const minLength = integerBound(raw.minimum);
        const maxLength = integerBound(rawMaximum);
        if (minLength !== undefined) field.minLength = minLength;
        if (maxLength !== undefined) field.maxLength = maxLength;
    }
    return field;
}

import type { SpecField } from "../spec-object";
import type { VendorProperty } from "./vendor-files";

/** A bound written as a number or a numeric string; undefined when absent or not a safe integer (64-bit). */
function bound(value: unknown): number | undefined {
    const number = typeof value === "string" && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
    return typeof number === "number" && Number.isSafeInteger(number) ? number : undefined;
}

/** `{"model_specific": "max_cache_size"}`: a maximum that depends on the appliance model. */
function modelSpecific(value: unknown): string | undefined {
    if (typeof value !== "object" || value === null) return undefined;
    const name = (value as Record<string, unknown>).model_specific;
    return typeof name === "string" ? name : undefined;
}

/**
 * An enum's values. Four log-format fields and the parameter classes list `null` among them
 * (`[null, "Customized Formats"]`, default `null`): a label lost on the vendor's export (`access-logs-standard-format`
 * lists "Standard Formats" there), so no request can send it: left out.
 */
function enumValues(raw: readonly unknown[]): string[] {
    return [...new Set(raw.filter((value) => value !== null).map(String))];
}

/**
 * One body field as the emulator reads it from the vendor's property:
 * - a list when its schema is an array (the vendor declares lists `"type": "string"`), its items from `enum`;
 * - a reference when its enum is `[""]` (a certificate's name...): a string, or a list of names (SNI);
 * - an enum when it lists values, whatever its `type` says; an integer; else a string;
 * - `maximum`, or its typo `maxmium`, bounds an integer and is a length on a string; `minimum` likewise;
 * - a default of `""` (or `null`) is none, unless `""` is one of an enum's values or the field is free text.
 */
export function readField(property: VendorProperty, required: boolean): SpecField {
    const rawEnum = Array.isArray(property.enum) ? (property.enum as unknown[]) : undefined;
    const isList = property.schema?.type === "array" || property.type === "array";
    const isReference = rawEnum?.length === 1 && rawEnum[0] === "";
    const values = rawEnum && !isReference ? enumValues(rawEnum) : undefined;
    const type: SpecField["type"] = isList
        ? "stringList"
        : values
          ? "enum"
          : property.type === "integer"
            ? "integer"
            : "string";

    const field: { -readonly [K in keyof SpecField]: SpecField[K] } = { type };
    if (required) field.required = true;

    const given = property.default;
    if (Array.isArray(given)) field.default = given.map(String);
    else if (typeof given === "number") field.default = given;
    else if (typeof given === "string") {
        const empty = given === "";
        const meaningless =
            empty &&
            (type === "integer" || type === "stringList" || (type === "enum" && !values?.includes("")));
        if (!meaningless) field.default = given;
    }

    const maximum = property.maximum ?? property.maxmium;
    const specific = modelSpecific(maximum);
    if (specific !== undefined) field.modelSpecificMaximum = specific;
    else if (type === "integer") {
        const [min, max] = [bound(property.minimum), bound(maximum)];
        if (min !== undefined) field.minimum = min;
        if (max !== undefined) field.maximum = max;
    } else if (type === "string") {
        const [min, max] = [bound(property.minimum), bound(maximum)];
        if (min !== undefined) field.minLength = min;
        if (max !== undefined) field.maxLength = max;
    }
    if (values) field.values = values;
    if (isList && rawEnum && !isReference) field.values = enumValues(rawEnum);
    if (isReference) field.reference = true;
    return field;
}

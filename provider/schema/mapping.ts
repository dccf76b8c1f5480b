import type { PropertyModel, ResourceModel } from "./model";

/** A field value as the appliance sends and takes it: numbers and booleans travel as strings. */
export type WireValue = string | string[];

/** An appliance object's fields by their kebab-case names, as in request and response bodies. */
export type WireRecord = Record<string, WireValue>;

/** A value in a program's form: a scalar, or a list of strings. */
export type ProgramValue = string | number | boolean | string[];

const yes = "Yes";
const no = "No";

/**
 * The appliance's form of `value` for `property`: `true`/`false` become `Yes`/`No`, numbers become decimal
 * strings, PEM text becomes base64, other strings and enum values travel as they are.
 */
export function toWireValue(property: PropertyModel, value: string | number | boolean): string;
export function toWireValue(
    property: PropertyModel,
    value: string | number | boolean | readonly string[],
): WireValue;
export function toWireValue(
    property: PropertyModel,
    value: string | number | boolean | readonly string[],
): WireValue {
    if (Array.isArray(value)) {
        return value.map((item: string) => onTheWire(property, item));
    }
    if (property.kind === "boolean") {
        return value === true ? yes : no;
    }
    return onTheWire(property, String(value));
}

/** Text as the appliance takes it: PEM text (`pem` in the schema) base64-encoded, other text as it is. */
function onTheWire(property: PropertyModel, text: string): string {
    return property.extension.pem === undefined ? text : Buffer.from(text, "utf8").toString("base64");
}

/**
 * The program's form of an appliance value for `property`, or undefined when the appliance's value cannot be
 * read as that type (the property is then left out of the outputs rather than given a wrong value).
 */
export function fromWireValue(property: PropertyModel, value: unknown): string | number | boolean | undefined;
export function fromWireValue(property: PropertyModel, value: unknown): ProgramValue | undefined;
export function fromWireValue(property: PropertyModel, value: unknown): ProgramValue | undefined {
    if (property.kind === "list") {
        return Array.isArray(value) ? value.map(String) : undefined;
    }
    if (Array.isArray(value) || value === null || value === undefined) {
        return undefined;
    }
    const text = String(value);
    switch (property.kind) {
        case "boolean":
            return text === yes ? true : text === no ? false : undefined;
        case "integer":
        case "number": {
            if (text.trim() === "") {
                return undefined;
            }
            const number = Number(text);
            return Number.isFinite(number) ? number : undefined;
        }
        case "string":
        case "enum":
            return text;
        default:
            return undefined;
    }
}

/**
 * The request body for the appliance object `object` holding `values` (camelCase keys). Only properties that
 * map to a field of that object are taken; provider-only properties, unset (`undefined`) values and keys the
 * schema does not know are left out.
 */
export function toWireBody(
    model: ResourceModel,
    object: string,
    values: Readonly<Record<string, unknown>>,
): WireRecord {
    const body: WireRecord = {};
    for (const property of model.fieldsOf(object)) {
        const value = values[property.name];
        if (
            typeof value === "string" ||
            typeof value === "number" ||
            typeof value === "boolean" ||
            (Array.isArray(value) && value.every((item) => typeof item === "string"))
        ) {
            body[property.extension.field as string] = toWireValue(property, value);
        }
    }
    return body;
}

/**
 * The outputs (camelCase keys, typed values) that `record`, a response's fields of the appliance object
 * `object`, holds. Fields the schema does not model and values that cannot be read are omitted, never set to
 * `undefined`.
 */
export function fromWireRecord(
    model: ResourceModel,
    object: string,
    record: Readonly<Record<string, unknown>>,
): Record<string, ProgramValue> {
    const values: Record<string, ProgramValue> = {};
    for (const property of model.fieldsOf(object)) {
        const value = fromWireValue(property, record[property.extension.field as string]);
        if (value !== undefined) {
            values[property.name] = value;
        }
    }
    return values;
}

/**
 * What "not set" means for `property` on the appliance: its default, or the empty string for a text field
 * without one. Undefined for properties the appliance computes (`computed`) or that have no such value: those
 * are left alone when a program stops setting them.
 */
export function unsetValue(property: PropertyModel): ProgramValue | undefined {
    if (property.extension.computed || property.extension.providerOnly) {
        return undefined;
    }
    if (property.default !== undefined) {
        return property.default;
    }
    return property.kind === "string" ? "" : property.kind === "list" ? [] : undefined;
}

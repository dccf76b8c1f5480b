import { invalidData } from "./errors";
import { defaultsOf, type FieldDefinition, type ObjectModel, type Operation } from "./model/field";
import type { WireObject, WireValue } from "./snapshot";

/**
 * Checks a request body against an object's model the way the appliance does and returns the given fields
 * in wire form (integers as decimal strings). Throws the appliance's error otherwise:
 * 406 for a body that is not an object or names fields the object does not have, 400 for a required field
 * that is missing, or a value outside its enum, range or length. Whether a fixed field changes is for
 * `updateRecord` to say, as it knows the current values.
 * Every problem found is listed in the message, each naming its field.
 */
export function validateBody(model: ObjectModel, body: unknown, operation: Operation): WireObject {
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
        throw invalidData("The request body must be a JSON object.", "NotAnObject", 406);
    }
    const given = body as Record<string, unknown>;
    const unknown = Object.keys(given).filter((name) => !Object.hasOwn(model.fields, name));
    if (unknown.length > 0) {
        throw invalidData(
            `Unknown parameter(s) for ${model.displayName}: ${unknown.map((n) => `'${n}'`).join(", ")}.`,
            "UnknownField",
            406,
        );
    }
    const missing = Object.entries(model.fields)
        .filter(([name, field]) => field.requiredOn?.includes(operation) && given[name] === undefined)
        .map(([name]) => `'${name}'`);
    if (missing.length > 0) {
        throw invalidData(`Missing required parameter(s): ${missing.join(", ")}.`, "MissingValue");
    }
    const values: WireObject = {};
    const problems: string[] = [];
    for (const [name, value] of Object.entries(given)) {
        const checked = toWireValue(name, model.fields[name], value);
        if (typeof checked === "object" && "problem" in checked) problems.push(checked.problem);
        else values[name] = checked;
    }
    if (problems.length > 0) throw invalidData(problems.join(" "), "InvalidValue");
    return values;
}

/**
 * A new record: defaults, then defaults that depend on the given fields, then the given fields. A derived
 * value (a server's name taken from its host name) passes the same rules as a given one: a name is a name
 * however it is made.
 */
export function createRecord(model: ObjectModel, given: WireObject): WireObject {
    const derived = model.derivedDefaults?.(given) ?? {};
    const problems = Object.entries(derived).flatMap(([name, value]) => {
        const checked = toWireValue(name, model.fields[name], value);
        return typeof checked === "object" && "problem" in checked
            ? [`${checked.problem} (${model.derivedHint ?? "derived from the other fields"})`]
            : [];
    });
    if (problems.length > 0) throw invalidData(problems.join(" "), "InvalidValue");
    const record = { ...defaultsOf(model), ...derived, ...given };
    checkRecord(model, record);
    return record;
}

/**
 * The record after an update: only the given fields change. A field fixed after create may be given with
 * its current value, as clients that send the whole object do; a change of it is refused with 400
 * `UnchangeableField`, naming every such field.
 */
export function updateRecord(model: ObjectModel, current: WireObject, given: WireObject): WireObject {
    const changed = Object.keys(given).filter(
        (name) => model.fields[name].fixedAfterCreate && !sameValue(given[name], current[name]),
    );
    if (changed.length > 0) {
        const what = model.displayName.toLowerCase();
        const hints = changed.flatMap((name) => model.fields[name].changeHint ?? []);
        throw invalidData(
            `${changed.map((n) => `'${n}'`).join(", ")} cannot be changed once the ${what} is created: ` +
                `send the current value or leave it out${hints.length > 0 ? `; ${hints.join("; ")}` : ""}.`,
            "UnchangeableField",
        );
    }
    const record = { ...current, ...given };
    checkRecord(model, record);
    return record;
}

function sameValue(a: WireValue | undefined, b: WireValue | undefined): boolean {
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((item, i) => item === b[i]);
    return a === b;
}

function checkRecord(model: ObjectModel, record: WireObject): void {
    const problems = model.checkRecord?.(record) ?? [];
    if (problems.length > 0) throw invalidData(problems.join(" "), "InvalidValue");
}

/**
 * A value as a message shows it: JSON for a string, number or boolean (cut after 80 characters), a word for
 * anything else. Never recursive, so that a value nested thousands of levels deep gets its 400, not a 500.
 */
function describe(value: unknown): string {
    if (Array.isArray(value)) return "a list";
    if (value === null) return "null";
    if (typeof value === "object") return "an object";
    const json = JSON.stringify(value) ?? String(value);
    return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

function toWireValue(name: string, field: FieldDefinition, value: unknown): WireValue | { problem: string } {
    const shown = describe(value);
    switch (field.kind) {
        case "enum":
            if (typeof value === "string" && field.values?.includes(value)) return value;
            return { problem: `'${name}' value ${shown} is not one of: ${field.values?.join(", ")}.` };
        case "integer": {
            // A JSON number or a string of decimal digits: the appliance itself sends integers as strings
            // ("port": "80"), and clients send them back either way, so both are taken; anything else
            // (fractions such as 80.5, "eighty", "0x50", " 80") is refused. Stored as the decimal string
            // that the appliance answers.
            const number =
                typeof value === "number"
                    ? value
                    : typeof value === "string" && /^-?\d+$/.test(value)
                      ? Number(value)
                      : NaN;
            if (!Number.isSafeInteger(number))
                return { problem: `'${name}' value ${shown} is not an integer.` };
            const { minimum = -Infinity, maximum = Infinity } = field;
            if (number < minimum || number > maximum) {
                return {
                    problem: `'${name}' value ${shown} is out of range: it must be between ${minimum} and ${maximum}.`,
                };
            }
            return String(number);
        }
        case "list": {
            if (!Array.isArray(value) || !value.every((item) => typeof item === "string"))
                return { problem: `'${name}' value ${shown} must be a list of strings.` };
            const outside = field.values ? value.filter((item) => !field.values?.includes(item)) : [];
            if (outside.length > 0) {
                return {
                    problem: `'${name}' item ${describe(outside[0])} is not one of: ${field.values?.join(", ")}.`,
                };
            }
            return [...value];
        }
        case "string": {
            if (typeof value !== "string") return { problem: `'${name}' value ${shown} must be a string.` };
            const { minLength = 0, maxLength = Infinity } = field;
            // An optional text that starts empty may be emptied again: GET answers "", so PUT takes it back.
            if (value === "" && field.default === "" && !(field.requiredOn?.length ?? 0)) return value;
            // Limits count characters, as the appliance does, not UTF-16 units: "😀" is one.
            const length = [...value].length;
            if (length < minLength || length > maxLength) {
                const limit =
                    maxLength === Infinity
                        ? `at least ${minLength}`
                        : `between ${minLength} and ${maxLength}`;
                return { problem: `'${name}' must be ${limit} characters long, got ${length}.` };
            }
            if (field.pattern && !field.pattern.regex.test(value)) {
                return { problem: `'${name}' value ${shown} may only contain ${field.pattern.hint}.` };
            }
            return value;
        }
    }
}

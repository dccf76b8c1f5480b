import type { ErrorObject, Options, ValidateFunction } from "ajv";

import type { InputFailure } from "../engine/input-failure";
import { resourceModel, type PropertyModel, type ResourceModel } from "./model";
import { isUnknown } from "./values";

/** The key under which the dynamic-provider host keeps the serialized provider; always allowed. */
export const providerKey = "__provider";

/**
 * How the validators are compiled. They are compiled once, at build time (`scripts/build-validators.ts` writes
 * them beside this file, in `input-validators/`), so that a Pulumi run neither loads ajv's compiler nor compiles.
 */
export const validatorOptions: Options = {
    allErrors: true,
    verbose: true,
    strict: true,
    code: { source: true },
};

/**
 * The folder of compiled validators: one module per resource, named by the resource (`Service.js`), so that a
 * run loads the validators of the kinds it uses, not those of the whole appliance.
 */
export const compiledValidatorsFolder = "input-validators";

const compiled = new Map<string, ValidateFunction>();
let runs = 0;

/**
 * How many times {@link validateInputs} ran in this process: tests use it to prove that one create through the
 * engine's handlers validates its inputs once.
 */
export function validationRuns(): number {
    return runs;
}

/**
 * Validates `inputs` of the resource `model` against schema.json: types, enums, ranges, lengths, patterns,
 * required properties and unknown properties. Unknown values (preview) are skipped, not rejected;
 * a required property whose value is unknown counts as set. Returns one failure per faulty property, in
 * property order; an empty list means the inputs are valid as far as the schema can tell.
 */
export function validateInputs(
    model: ResourceModel,
    inputs: Readonly<Record<string, unknown>>,
): InputFailure[] {
    runs++;
    const { value, unknowns } = withoutUnknownValues(inputs);
    const validate = validatorFor(model);
    if (validate(value)) {
        return [];
    }
    const failures = new Map<string, InputFailure>();
    for (const error of validate.errors ?? []) {
        const failure = describeError(model, error);
        if (failure && !unknowns.has(failure.property) && !failures.has(failure.property)) {
            failures.set(failure.property, failure);
        }
    }
    const order = model.properties.map((property) => property.name);
    const rank = (property: string): number => {
        const index = order.indexOf(property.split(".")[0]);
        return index === -1 ? order.length : index;
    };
    return [...failures.values()].sort((a, b) => rank(a.property) - rank(b.property));
}

/** A short, safe rendering of a value for messages: strings quoted and cut at 60 characters. */
export function describeValue(value: unknown): string {
    if (typeof value === "string") {
        return value.length > 60
            ? `${JSON.stringify(value.slice(0, 57))}… (${value.length} characters)`
            : JSON.stringify(value);
    }
    if (value === undefined) {
        return "nothing";
    }
    if (Array.isArray(value)) {
        return "a list";
    }
    if (typeof value === "object" && value !== null) {
        return "an object";
    }
    return String(value);
}

function withoutUnknownValues(inputs: Readonly<Record<string, unknown>>): {
    value: Record<string, unknown>;
    unknowns: Set<string>;
} {
    const value: Record<string, unknown> = {};
    const unknowns = new Set<string>();
    for (const [key, item] of Object.entries(inputs)) {
        if (isUnknown(item)) {
            unknowns.add(key);
        } else if (typeof item === "object" && item !== null && !Array.isArray(item)) {
            const nested: Record<string, unknown> = {};
            for (const [innerKey, innerItem] of Object.entries(item)) {
                if (isUnknown(innerItem)) {
                    unknowns.add(`${key}.${innerKey}`);
                } else {
                    nested[innerKey] = innerItem;
                }
            }
            value[key] = nested;
        } else {
            value[key] = item;
        }
    }
    return { value, unknowns };
}

function validatorFor(model: ResourceModel): ValidateFunction {
    let validate = compiled.get(model.name);
    if (validate === undefined) {
        let file: string;
        try {
            file = require.resolve(`./${compiledValidatorsFolder}/${model.name}.js`);
        } catch {
            throw new Error(`no compiled validator for ${model.token}: run \`npm run build\``);
        }
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        validate = (require(file) as { default: ValidateFunction }).default;
        compiled.set(model.name, validate);
    }
    return validate;
}

/** The JSON Schema of a resource's inputs, derived from schema.json; no property is listed by hand. */
export function jsonSchemaOf(model: ResourceModel): object {
    const properties: Record<string, object> = { [providerKey]: {} };
    for (const property of model.inputs) {
        properties[property.name] = propertySchema(property);
    }
    return {
        type: "object",
        properties,
        required: model.inputs.filter((property) => property.requiredInput).map((property) => property.name),
        additionalProperties: false,
    };
}

function propertySchema(property: PropertyModel): object {
    const x = property.extension;
    switch (property.kind) {
        case "string":
            return {
                type: "string",
                ...(x.minLength === undefined ? {} : { minLength: x.minLength }),
                ...(x.maxLength === undefined ? {} : { maxLength: x.maxLength }),
                ...(x.pattern === undefined ? {} : { pattern: x.pattern }),
            };
        case "integer":
        case "number":
            return {
                type: property.kind,
                ...(x.minimum === undefined ? {} : { minimum: x.minimum }),
                ...(x.maximum === undefined ? {} : { maximum: x.maximum }),
            };
        case "boolean":
            return { type: "boolean" };
        case "enum":
            return { type: "string", enum: property.enumValues };
        case "list":
            return {
                type: "array",
                items: { type: "string", ...(property.enumValues ? { enum: property.enumValues } : {}) },
            };
        case "map":
            return { type: "object", additionalProperties: { type: "string" } };
        case "object":
            return {
                type: "object",
                properties: Object.fromEntries(
                    (property.members ?? []).map((member) => [
                        member.name.slice(property.name.length + 1),
                        propertySchema(member),
                    ]),
                ),
                additionalProperties: false,
            };
        case "reference":
            return referenceSchema(property);
    }
}

/**
 * A reference to another resource reaches the provider as a plain object: its `id` and, by the SDK's
 * contract, some of its output properties (`{ id, showAdvancedSettings }` for a SystemConfiguration).
 */
function referenceSchema(property: PropertyModel): object {
    const target = resourceModel(property.reference as string);
    const properties: Record<string, object> = { id: { type: "string", minLength: 1 } };
    for (const output of target.properties) {
        if (output.isOutput && output.kind !== "reference" && output.kind !== "map") {
            properties[output.name] = propertySchema(output);
        }
    }
    return {
        type: "object",
        properties,
        required: ["id"],
        description: property.description,
    };
}

function describeError(model: ResourceModel, error: ErrorObject): InputFailure | undefined {
    const segments = error.instancePath.split("/").slice(1);
    const params = error.params as Record<string, unknown>;
    if (error.keyword === "required") {
        const name = [...segments, String(params.missingProperty)].join(".");
        const property = model.property(String(params.missingProperty));
        const top = model.property(segments[0] ?? "");
        const hint =
            property && segments.length === 0
                ? `; ${firstSentence(property.description)}`
                : top?.reference
                  ? `; pass the ${resourceModel(top.reference).name} resource itself`
                  : "";
        return { property: name, reason: `${name}: is required but was not set${hint}` };
    }
    if (error.keyword === "additionalProperties") {
        const name = [...segments, String(params.additionalProperty)].join(".");
        const holder = model.property(segments[0] ?? "");
        const candidates =
            holder?.kind === "object"
                ? (holder.members ?? []).map((member) => member.name.slice(holder.name.length + 1))
                : model.inputs.map((property) => property.name);
        return {
            property: name,
            reason:
                `${name}: is not a property of ${holder?.kind === "object" ? holder.name : model.name}` +
                suggestion(String(params.additionalProperty), candidates),
        };
    }
    const name = segments.join(".");
    const top = model.property(segments[0]);
    const property =
        segments.length > 1 && top?.reference
            ? resourceModel(top.reference).property(segments[1])
            : segments.length > 1 && top?.kind === "object"
              ? model.property(segments.slice(0, 2).join("."))
              : top;
    const got = `got ${describeValue(error.data)}`;
    const x = property?.extension ?? {};
    let rule: string;
    let hint = "";
    switch (error.keyword) {
        case "type":
            rule =
                property?.kind === "enum"
                    ? `must be one of ${listOf(property.enumValues ?? [])}`
                    : property?.kind === "reference" && segments.length === 1
                      ? `must be a ${resourceModel(property.reference as string).name} resource`
                      : `must be ${typeWord(String(params.type))}`;
            if (property?.kind === "boolean" && (error.data === "Yes" || error.data === "No")) {
                hint = `; write ${error.data === "Yes" ? "true" : "false"}, the provider sends ${JSON.stringify(error.data)}`;
            }
            break;
        case "enum":
            rule = `must be one of ${listOf(property?.enumValues ?? [])}`;
            hint = closestEnum(property, error.data);
            break;
        case "minimum":
        case "maximum":
            rule =
                x.minimum !== undefined && x.maximum !== undefined
                    ? `must be between ${x.minimum} and ${x.maximum}`
                    : error.keyword === "minimum"
                      ? `must be at least ${String(params.limit)}`
                      : `must be at most ${String(params.limit)}`;
            break;
        case "minLength":
            rule =
                params.limit === 1
                    ? "must not be empty"
                    : `must be at least ${String(params.limit)} characters long`;
            break;
        case "maxLength":
            rule = `must be at most ${String(params.limit)} characters long`;
            break;
        case "pattern":
            rule = `must consist of ${x.patternDescription ?? `text matching ${String(params.pattern)}`}`;
            break;
        default:
            rule = error.message ?? "is invalid";
    }
    return { property: name, reason: `${name}: ${rule}, ${got}${hint}` };
}

function typeWord(type: string): string {
    switch (type) {
        case "integer":
            return "a whole number";
        case "number":
            return "a number";
        case "boolean":
            return "true or false";
        case "string":
            return "a string";
        case "object":
            return "an object";
        case "array":
            return "a list of strings";
        default:
            return `of type ${type}`;
    }
}

function listOf(values: readonly string[]): string {
    return values.map((value) => JSON.stringify(value)).join(", ");
}

function closestEnum(property: PropertyModel | undefined, value: unknown): string {
    if (typeof value !== "string" || !property?.enumValues) {
        return "";
    }
    const fold = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, "");
    const folded = fold(value);
    const match =
        folded === ""
            ? undefined
            : (property.enumValues.find((item) => fold(item) === folded) ??
              property.enumValues.find((item) => fold(item).endsWith(folded)));
    return match ? `; did you mean ${JSON.stringify(match)}?` : "";
}

function suggestion(name: string, candidates: readonly string[]): string {
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    if (best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 4))) {
        return `; did you mean ${best}?`;
    }
    return `; its properties are ${candidates.join(", ")}`;
}

function editDistance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(
                previous[j] + 1,
                current[j - 1] + 1,
                previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
            );
        }
        previous = current;
    }
    return previous[b.length];
}

function firstSentence(text: string): string {
    const end = text.search(/\.(\s|$)/);
    const sentence = end === -1 ? text : text.slice(0, end);
    return `it is ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
}

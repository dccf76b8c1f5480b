/**
 * One schema property from one spec field and its overlay entry: the type, bounds and default come from the
 * spec; names, descriptions and what the spec leaves out or gets wrong from the overlay.
 */
import type { Field } from "../../spec/model";
import type { OverlayBounds, OverlayField, OverlayPackage } from "./overlay";

export type Json = Record<string, unknown>;

/** What the resource around a field knows and the field cannot. */
export interface FieldContext {
    /** Where errors point, e.g. `service.yaml enableWebSocket`. */
    readonly where: string;
    readonly booleans: OverlayPackage["booleans"];
    /** The object template (`services/{name}/advanced-configuration`); absent for a nested type's member. */
    readonly object?: string;
    /** Replaces the object: its name, or a field the object's PUT cannot carry. */
    readonly replaces: boolean;
    /** The object's PUT requires the field. */
    readonly sentOnEveryWrite: boolean;
    /** Overlay defaults for the name property (`package.yaml`'s names). */
    readonly nameRules?: OverlayPackage["names"];
    /** The resource token the spec's reference candidates resolve to among the resources in scope. */
    readonly specReference?: string;
    /** The token of a resource given by its Pulumi name. */
    token(name: string): string;
    /** The template of a sub-object of the resource, by its last segment. */
    subObject(segment: string): string;
    /** Records that an enum field uses a named type, so the type gets the spec's values. */
    useEnum(type: string, field: Field): void;
    /** Renders the resource's suffix for a field's description, given the property's default. */
    suffix(defaultValue: unknown): string;
}

function isBoolean(field: Field, booleans: OverlayPackage["booleans"]): boolean {
    const values = field.values ?? [];
    return (
        field.type === "enum" &&
        values.length === 2 &&
        values.includes(booleans.true) &&
        values.includes(booleans.false)
    );
}

function typeOf(field: Field, overlay: OverlayField, context: FieldContext): Json {
    if (isBoolean(field, context.booleans)) return { type: "boolean" };
    // An enum the overlay says names an object: the spec lists only the factory ones (`default` policy).
    if (field.values !== undefined && overlay.references !== undefined && overlay.type === undefined) {
        return field.type === "stringList"
            ? { type: "array", items: { type: "string" } }
            : { type: "string" };
    }
    if (field.values !== undefined) {
        if (overlay.type === undefined) throw new Error(`${context.where}: an enum field needs a named type`);
        context.useEnum(overlay.type, field);
        const named = { $ref: `#/types/barracudawaf:index:${overlay.type}` };
        // A list whose items are values of an enum (the operations an administrator role may do).
        return field.type === "stringList" ? { type: "array", items: named } : named;
    }
    if (overlay.type !== undefined)
        throw new Error(`${context.where}: only an enum field takes a named type`);
    if (field.type === "stringList") return { type: "array", items: { type: "string" } };
    return { type: field.type };
}

/** The spec's default as the schema's value: a boolean, a number or the string. */
function specDefault(field: Field, context: FieldContext): unknown {
    const value = field.default;
    // Pulumi's schema gives no list a constant default; the reference says what the appliance starts with.
    if (value === undefined || Array.isArray(value) || field.type === "stringList") return undefined;
    if (isBoolean(field, context.booleans)) return value === context.booleans.true;
    if (field.type === "integer") return Number(value);
    return value;
}

/**
 * The overlay's value where the spec has none; where the spec has one, the overlay may only replace it with a
 * different value and a `why`, never restate it.
 */
function corrected<T>(
    name: string,
    spec: T | undefined,
    overlay: T | undefined,
    why: string | undefined,
    where: string,
): T | undefined {
    if (overlay === undefined) return spec;
    if (spec === undefined) return overlay;
    if (overlay === spec)
        throw new Error(`${where}: ${name} ${JSON.stringify(spec)} restates the spec; leave it out`);
    if (why === undefined)
        throw new Error(
            `${where}: ${name} ${JSON.stringify(overlay)} differs from the spec's ${JSON.stringify(spec)}; say why`,
        );
    return overlay;
}

function bounds(field: Field, overlay: OverlayField, context: FieldContext): OverlayBounds {
    const names = context.nameRules;
    const pick = (key: keyof OverlayBounds, fallback?: number) =>
        corrected(
            key,
            field[key],
            overlay[key] ?? (field[key] === undefined ? fallback : undefined),
            overlay.why,
            context.where,
        );
    return {
        minimum: pick("minimum"),
        maximum: pick("maximum"),
        minLength: pick("minLength", names?.minLength),
        maxLength: pick("maxLength"),
    };
}

/** The schema property for one spec field. */
export function fieldProperty(field: Field, overlay: OverlayField, context: FieldContext): Json {
    const type = typeOf(field, overlay, context);
    const defaultValue = corrected(
        "default",
        context.nameRules ? undefined : specDefault(field, context),
        overlay.default,
        overlay.why,
        context.where,
    );
    const { minimum, maximum, minLength, maxLength } = bounds(field, overlay, context);
    const names = context.nameRules;
    if (overlay.replaceOnChanges && context.replaces) {
        throw new Error(
            `${context.where}: replaceOnChanges restates the spec (its PUT cannot carry the field); leave it out`,
        );
    }
    if (overlay.references !== undefined && context.specReference !== undefined) {
        throw new Error(`${context.where}: references restates the spec's reference; leave it out`);
    }
    const references =
        overlay.references !== undefined ? context.token(overlay.references) : context.specReference;
    const secret = overlay.secret ?? (field.format === "password" ? true : undefined);
    if (overlay.writeOnly && overlay.why === undefined) {
        throw new Error(`${context.where}: writeOnly needs a why (what shows the GET leaves the field out)`);
    }
    return {
        ...type,
        ...(secret ? { secret: true } : {}),
        description: overlay.description + context.suffix(defaultValue),
        ...(defaultValue !== undefined ? { default: defaultValue } : {}),
        ...(context.replaces || overlay.replaceOnChanges ? { replaceOnChanges: true } : {}),
        "x-barracudawaf": dropUndefined({
            field: field.wireName,
            object: context.object,
            minimum,
            maximum,
            minLength,
            maxLength,
            pattern: overlay.pattern ?? names?.pattern,
            patternDescription: overlay.patternDescription ?? names?.patternDescription,
            computed: overlay.computed,
            format: overlay.format,
            requiredWhen: overlay.requiredWhen,
            references,
            putVia: overlay.putVia === undefined ? undefined : context.subObject(overlay.putVia),
            sentOnEveryWrite: context.sentOnEveryWrite || undefined,
            pem: overlay.pem,
            writeOnly: overlay.writeOnly,
        }),
    };
}

/** The object without its undefined members, keys in the order given. */
export function dropUndefined(entries: Json): Json {
    return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}

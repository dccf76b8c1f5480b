/** What building one resource needs from the others: tokens, the named types' uses, the resources built. */
import type { ApiObject, Field } from "../../spec/model";
import type { Json } from "./field-property";
import type { Overlay } from "./overlay";
import type { SpecObjects } from "./spec-objects";

export const TOKEN_PREFIX = "barracudawaf:index:";

export interface BuildContext {
    readonly spec: SpecObjects;
    readonly overlay: Overlay;
    /** Resources built so far, by Pulumi name, with the spec object behind each. */
    readonly built: Map<string, { readonly object: ApiObject; readonly schema: Json }>;
    /** Each enum type's uses, in the order met: the first gives the values' order, all must agree. */
    readonly enumUses: Map<string, { readonly where: string; readonly field: Field }[]>;
    /** Object types built so far (a sub-object's type may be met twice). */
    readonly objectTypes: Map<string, Json>;
}

/** The token of each resource in scope, by its spec object id. */
export function resourcesByObject(context: BuildContext): ReadonlyMap<string, string> {
    return new Map(context.overlay.resources.map((other) => [other.object, `${TOKEN_PREFIX}${other.name}`]));
}

/**
 * The resource a field declared `enum: [""]` names: its one candidate in scope, or of several (a certificate,
 * signed or self-signed) the one `package.yaml` prefers; the others are given by name.
 */
export function specReferenceOf(context: BuildContext, field: Field): string | undefined {
    const inScope = resourcesByObject(context);
    const candidates = (field.reference?.candidates ?? []).flatMap((id) => inScope.get(id) ?? []);
    if (candidates.length <= 1) return candidates[0];
    const preferred = (context.overlay.package.referencePreferences ?? []).map(
        (name) => `${TOKEN_PREFIX}${name}`,
    );
    return candidates.find((candidate) => preferred.includes(candidate));
}

/** `barracudawaf:index:<name>`, for a resource or type of the overlay; refuses one that does not exist. */
export function tokenOf(context: BuildContext, name: string, where: string): string {
    const known =
        context.overlay.resources.some((resource) => resource.name === name) || name in context.overlay.types;
    if (!known) throw new Error(`${where}: no resource or type "${name}" in the overlay`);
    return `${TOKEN_PREFIX}${name}`;
}

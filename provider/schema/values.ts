/**
 * Pulumi's markers inside property values. The dynamic-provider host hands them to `check` and `diff` as they
 * are; the provider skips such values instead of validating them.
 */

/** The value of an input that is not known yet (during preview). */
export const unknownValue = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** The key that marks a wrapped secret, `{ [secretSignatureKey]: secretSignature, value }`. */
export const secretSignatureKey = "4dabf18193072939515e22adb298388d";
export const secretSignature = "1b47061264138c4ac30d75fd1eb44270";

/** True for the unknown marker. */
export function isUnknown(value: unknown): boolean {
    return value === unknownValue;
}

/** True for a wrapped secret. */
export function isSecret(value: unknown): boolean {
    return (
        typeof value === "object" &&
        value !== null &&
        (value as Record<string, unknown>)[secretSignatureKey] === secretSignature
    );
}

/** True when `value` cannot be validated now: unknown, or a secret the provider must not look into. */
export function isOpaque(value: unknown): boolean {
    return isUnknown(value) || isSecret(value);
}

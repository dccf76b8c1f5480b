/**
 * Pulumi's marker for a value that is not known yet. The dynamic-provider host hands it to `check` and `diff`
 * as it is during preview; the provider skips such values instead of validating them. (Secrets need no marker:
 * the host declines secrets, so they reach the provider as plain values.)
 */

/** The value of an input that is not known yet (during preview). */
export const unknownValue = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** True for the unknown marker. */
export function isUnknown(value: unknown): boolean {
    return value === unknownValue;
}

import type { FieldDefinition } from "./field";
import { text } from "./field";

/**
 * The name of an object that lives in a URL path (`/vsites/{name}`): letters, digits, '.', '_' and '-',
 * starting with a letter or digit, so that no name is a dot segment, holds a '/' or '?', or starts with '_'.
 * Required on create; fixed afterwards.
 */
export function objectName(maxLength: number): FieldDefinition {
    return {
        ...text("", { minLength: 1, maxLength }),
        pattern: { regex: /^[A-Za-z0-9][A-Za-z0-9._-]*$/, hint: "letters, digits, '.', '_' and '-'" },
        requiredOn: ["create"],
        fixedAfterCreate: true,
    };
}

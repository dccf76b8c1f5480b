import type { FieldDefinition } from "./field";

/**
 * The name of an object that lives in a URL path (`/vsites/{name}`): letters, digits, '.', '_' and '-',
 * starting with a letter or digit, so that no name is a dot segment, holds a '/' or '?', or starts with '_'.
 * Not empty; fixed once the object exists (it is its address).
 */
export const pathName: Partial<FieldDefinition> = {
    minLength: 1,
    pattern: { regex: /^[A-Za-z0-9][A-Za-z0-9._-]*$/, hint: "letters, digits, '.', '_' and '-'" },
    fixedAfterCreate: true,
};

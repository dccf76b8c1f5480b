import type { PropertyModel } from "../provider/schema/model";

/**
 * How a program sets `property` to `value`, for a message that says what to write: `enableAccessLogs: true`,
 * or for a member of a nested input `basicSecurity: { mode: "Active" }`.
 */
export function inputText(property: PropertyModel, value: unknown): string {
    const [first, ...rest] = property.name.split(".");
    const inner =
        rest.length === 0 ? JSON.stringify(value) : `{ ${rest.join(".")}: ${JSON.stringify(value)} }`;
    return `${first}: ${inner}`;
}

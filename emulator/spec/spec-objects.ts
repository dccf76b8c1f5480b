import type { SpecObject } from "./spec-object";
import generated from "./spec-objects.json";

/** Every configurable object of the spec, by id, as the emulator's reader wrote them. */
export const specObjects = generated as unknown as Readonly<Record<string, SpecObject>>;

/** The spec's object `id` (`services/servers`); throws for an id the spec does not have, a typo in a row. */
export function specObject(id: string): SpecObject {
    if (!Object.hasOwn(specObjects, id)) throw new Error(`the vendor's spec has no object '${id}'`);
    return specObjects[id];
}

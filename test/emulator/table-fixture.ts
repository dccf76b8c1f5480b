import * as assert from "node:assert/strict";
import type { FieldDefinition } from "../../emulator/model/field";
import { itemPath, rowChain, rowPath } from "../../emulator/objects";
import type { ObjectRow } from "../../emulator/object-row";
import type { ApiSession } from "../helpers/api-session";

/**
 * Fixtures generated from the object table: for any row, the items of every collection on its path,
 * each created with only its required fields, from the models.
 */

/** Fields a hand-written row needs beyond those the spec requires (its own rules, from its model's checks). */
const extraCreateFields: Readonly<Record<string, Record<string, unknown>>> = {
    "services/servers": { "ip-address": "10.0.0.1" },
};

/** A value the field takes: its first listed value, its lowest number, a short text within its lengths. */
export function validValue(name: string, field: FieldDefinition): unknown {
    switch (field.kind) {
        case "enum":
            return field.values?.[0] ?? "";
        case "integer":
            return field.minimum ?? Math.min(1, field.maximum ?? 1);
        case "list":
            return [field.values?.[0] ?? "a"];
        case "string":
            if (/netmask|mask$/.test(name)) return "255.255.255.0";
            if (/(^|-)ip(-address)?$|address$/.test(name)) return "10.0.0.1";
            return "a".repeat(Math.max(field.minLength ?? 1, 1));
    }
}

/** The name the fixture gives the item of a collection row: an address where items are keyed by one. */
export function fixtureName(row: ObjectRow): string {
    const field = row.model.fields[row.nameField as string];
    if (field !== undefined && field.kind !== "string")
        return String(validValue(row.nameField as string, field));
    return /ip|address/.test(row.nameField as string) ? "10.0.0.1" : `n-${row.param}`;
}

/** The body that creates an item of `row` with only its required fields, named `name`. */
export function requiredBody(row: ObjectRow, name: string): Record<string, unknown> {
    const body: Record<string, unknown> = { ...extraCreateFields[row.id] };
    for (const [field, definition] of Object.entries(row.model.fields)) {
        if (definition.requiredOn?.includes("create")) body[field] = validValue(field, definition);
    }
    body[row.nameField as string] = name;
    return body;
}

/** `template` with every parameter filled with the fixture's names. */
export function fill(row: ObjectRow, template: string): string {
    const names = Object.fromEntries(
        rowChain(row)
            .filter((link) => link.kind === "collection")
            .map((link) => [link.param as string, encodeURIComponent(fixtureName(link))]),
    );
    return template.replace(/\{([^}]+)\}/g, (_, param: string) => names[param]);
}

/**
 * Creates the items that `row`'s path goes through, and the row's own item when `own`; asserts each
 * answer 201. A collection row without POST (a fixed collection) cannot be created through the API.
 */
export async function createChain(api: ApiSession, row: ObjectRow, own: boolean): Promise<void> {
    const links = rowChain(row).filter(
        (link) => link.kind === "collection" && (link !== row || own) && link.methods.includes("POST"),
    );
    for (const link of links) {
        const answer = await api.post(fill(link, rowPath(link)), requiredBody(link, fixtureName(link)));
        assert.equal(answer.status, 201, `${link.id}: ${JSON.stringify(answer.body)}`);
    }
}

/** The path of the row's item (a collection's fixture item, or the sub-object itself). */
export const fixturePath = (row: ObjectRow): string => fill(row, itemPath(row));

import * as assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { startEmulator, type RunningEmulator } from "../../emulator/index";
import type { FieldDefinition } from "../../emulator/model/field";
import { namesNotValues } from "../../emulator/model/from-spec";
import { itemPath, objectRows, rowChain, rowOf, rowPath } from "../../emulator/objects";
import type { ObjectRow } from "../../emulator/object-row";
import { ApiSession, type Answer } from "../helpers/api-session";
import { createChain, fill, fixtureName, fixturePath, requiredBody, validValue } from "./table-fixture";

/**
 * Behaviour that is the same for every object, generated from the object table (every configurable object
 * of the spec): an item is created with only its required fields and shows its defaults; each field takes
 * every value the spec lists and its range and length edges, and refuses one past with the appliance's 400;
 * a fixed field is refused on change, an unknown field with 406; `?parameters=` narrows a GET; deleting a
 * parent deletes what lives in it. One emulator for the file, reset before each case.
 */

let emulator: RunningEmulator;
let api: ApiSession;
before(async () => {
    emulator = await startEmulator();
    api = await ApiSession.open(emulator);
});
after(() => emulator.stop());

/** A factory-fresh emulator with the items the row's path goes through. */
async function fresh(row: ObjectRow, own = true): Promise<void> {
    emulator.control.reset();
    await createChain(api, row, own);
}

/** Fields whose every value a lone PUT cannot set: a server named by address needs `hostname` to switch. */
const coupled: Record<string, readonly string[]> = { "services/servers": ["identifier"] };

/** The record a GET of the row's item shows, whatever the answer's nesting. */
function recordOf(row: ObjectRow, data: Record<string, Record<string, unknown>>): Record<string, unknown> {
    if (row.kind === "collection") return Object.values(data)[0];
    if (row.kind === "singleton") return data[row.model.displayName] as Record<string, unknown>;
    const parent = rowOf(row.parent as string);
    const group = parent.kind === "collection" ? Object.values(data)[0] : data;
    return group[row.model.displayName] as Record<string, unknown>;
}

/** How a row's fields are written: by PUT on its item, or by POST of a new item when it has no PUT. */
function writeMode(row: ObjectRow): "put" | "post" | undefined {
    if (row.kind !== "collection") return row.methods.includes("PUT") ? "put" : undefined;
    if (row.update === undefined && row.itemMethods?.includes("PUT") && row.methods.includes("POST"))
        return "put";
    return row.methods.includes("POST") ? "post" : undefined;
}

/** A PUT body the row takes as is: its fields required on update, fixed ones at their current values. */
async function baseBody(row: ObjectRow): Promise<Record<string, unknown>> {
    const answer = await api.get(fixturePath(row));
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    const current = recordOf(row, answer.body.data);
    const required = Object.entries(row.model.fields).filter(([, f]) => f.requiredOn?.includes("update"));
    return Object.fromEntries(
        required.map(([name, field]) => [
            name,
            field.fixedAfterCreate ? current[name] : validValue(name, field),
        ]),
    );
}

/** The base of a write: a PUT's `baseBody`; a POST builds its own. */
const baseOf = async (row: ObjectRow): Promise<Record<string, unknown>> =>
    writeMode(row) === "put" ? baseBody(row) : {};

/** Writes `field: value` the row's way; a POST makes a new item (named apart) and deletes it again. */
async function write(
    row: ObjectRow,
    base: Record<string, unknown>,
    name: string,
    value: unknown,
    count: number,
): Promise<Answer> {
    if (writeMode(row) === "put") return api.put(fixturePath(row), { ...base, [name]: value });
    const own = name === row.nameField ? value : `${fixtureName(row)}-${count}`;
    const made = await api.post(fill(row, rowPath(row)), {
        ...requiredBody(row, String(own)),
        [name]: value,
    });
    if (made.status === 201 && row.itemMethods?.includes("DELETE")) {
        const created = encodeURIComponent(String(made.body.id));
        await api.delete(`${fill(row, rowPath(row))}/${created}`);
    }
    return made;
}

/** Values the field takes and values it refuses, from its definition; none when it has no rule to test. */
function cases(field: FieldDefinition): { good: unknown[]; bad: unknown[] } {
    switch (field.kind) {
        case "enum":
            return { good: [...(field.values ?? [])], bad: ["not-a-listed-value"] };
        case "list":
            return field.values
                ? { good: [[...field.values]], bad: [["not-a-listed-value"]] }
                : { good: [], bad: [] };
        case "integer": {
            const good = [field.minimum, field.maximum].filter((n) => n !== undefined);
            const bad = [
                field.minimum === undefined ? undefined : field.minimum - 1,
                field.maximum === undefined ? undefined : field.maximum + 1,
            ].filter((n) => n !== undefined);
            return { good, bad: [...bad, "eighty"] };
        }
        case "string": {
            if (field.pattern) return { good: [], bad: [] };
            const { minLength = 0, maxLength } = field;
            return {
                good: [
                    ...(minLength > 0 ? ["a".repeat(minLength)] : []),
                    ...(maxLength !== undefined ? ["a".repeat(maxLength)] : []),
                ],
                bad: [
                    ...(minLength > 1 ? ["a".repeat(minLength - 1)] : []),
                    ...(maxLength !== undefined ? ["a".repeat(maxLength + 1)] : []),
                ],
            };
        }
    }
}

/** A valid value other than `current`, or undefined when the field has no other. */
function otherValue(name: string, field: FieldDefinition, current: unknown): unknown {
    const candidates =
        field.kind === "enum"
            ? (field.values ?? [])
            : field.kind === "integer"
              ? [field.minimum ?? 1, field.maximum ?? 2].map(String)
              : field.kind === "list"
                ? [[field.values?.[0] ?? "b"]]
                : [
                      field.pattern ? "renamed" : "b".repeat(Math.max(field.minLength ?? 1, 1)),
                      String(validValue(name, field)),
                  ];
    return candidates.find((value) => JSON.stringify(value) !== JSON.stringify(current));
}

/** Whether a row's item (and each parent's) is made by the API: fixed collections' items are not. */
const reachable = (row: ObjectRow): boolean =>
    rowChain(row).every((link) => link.kind !== "collection" || link.methods.includes("POST"));

const checkable = objectRows.filter(reachable);

for (const row of checkable) {
    const mode = writeMode(row);
    // What a write may set: a PUT anything not fixed; a POST what the spec's POST body lists.
    const writable = Object.entries(row.model.fields).filter(
        ([name, field]) =>
            name !== row.nameField &&
            !(coupled[row.id] ?? []).includes(name) &&
            (mode === "put" ? !field.fixedAfterCreate : row.spec.create?.[name] !== undefined),
    );
    describe(`${itemPath(row)} (${row.model.displayName})`, () => {
        if (row.kind === "collection" && row.methods.includes("POST")) {
            it("creates an item from only its required fields and shows the defaults of the others", async () => {
                await fresh(row, false);
                const body = requiredBody(row, fixtureName(row));
                const answer = await api.post(fill(row, rowPath(row)), body);
                assert.equal(answer.status, 201, JSON.stringify(answer.body));
                assert.equal(answer.body.id, fixtureName(row));
                const read = await api.get(fixturePath(row));
                assert.equal(read.status, 200, JSON.stringify(read.body));
                const record = recordOf(row, read.body.data);
                if (row.model.derivedDefaults !== undefined || row.complete !== undefined) return;
                for (const [name, field] of Object.entries(row.model.fields)) {
                    const expected = name in body ? body[name] : field.default;
                    assert.deepEqual(
                        record[name],
                        typeof expected === "number" ? String(expected) : expected,
                        name,
                    );
                }
            });
        } else {
            it("starts at the defaults of its model", async () => {
                await fresh(row);
                const read = await api.get(fixturePath(row));
                assert.equal(read.status, 200, JSON.stringify(read.body));
                const record = recordOf(row, read.body.data);
                for (const [name, field] of Object.entries(row.model.fields)) {
                    if (row.id === "system" && name !== "domain") continue;
                    assert.deepEqual(record[name], field.default, name);
                }
            });
        }

        if (mode !== undefined) {
            it("takes every listed value and range or length edge of each field, and refuses one past with 400 InvalidValue", async () => {
                await fresh(row);
                const base = await baseOf(row);
                let count = 0;
                for (const [name, field] of writable) {
                    const { good, bad } = cases(field);
                    for (const value of good) {
                        const answer = await write(row, base, name, value, count++);
                        assert.ok(
                            answer.status === 200 || answer.status === 201,
                            `${name} = ${JSON.stringify(value)}: ${answer.status} ${JSON.stringify(answer.body)}`,
                        );
                    }
                    for (const value of bad) {
                        const answer = await write(row, base, name, value, count++);
                        assert.equal(answer.status, 400, `${name} = ${JSON.stringify(value)}`);
                        assert.equal(answer.body.errors.type, "InvalidValue");
                        assert.match(answer.body.errors.msg, new RegExp(`'${name}'`));
                    }
                }
            });

            it("refuses a field it does not have with 406 UnknownField, naming it", async () => {
                await fresh(row);
                const answer = await write(row, await baseOf(row), "no-such-field", "x", 0);
                assert.equal(answer.status, 406);
                assert.equal(answer.body.errors.type, "UnknownField");
                assert.match(answer.body.errors.msg, /'no-such-field'/);
            });
        }

        // A field GET never shows (an uploaded certificate's key) cannot be read to send it unchanged.
        const fixed = Object.entries(row.model.fields).filter(
            ([, field]) => field.fixedAfterCreate && !field.hidden,
        );
        if (mode === "put" && fixed.length > 0) {
            it("refuses a change of each field fixed once the object exists with 400 UnchangeableField, and takes it unchanged", async () => {
                await fresh(row);
                const current = recordOf(row, (await api.get(fixturePath(row))).body.data);
                const base = await baseBody(row);
                for (const [name, field] of fixed) {
                    const same = await api.put(fixturePath(row), { ...base, [name]: current[name] });
                    assert.equal(same.status, 200, `${name} unchanged: ${JSON.stringify(same.body)}`);
                    const other = otherValue(name, field, current[name]);
                    if (other === undefined) continue;
                    const answer = await api.put(fixturePath(row), { ...base, [name]: other });
                    assert.equal(answer.status, 400, `${name} = ${JSON.stringify(other)}`);
                    assert.equal(answer.body.errors.type, "UnchangeableField", JSON.stringify(answer.body));
                    assert.match(answer.body.errors.msg, new RegExp(`'${name}'`));
                }
            });
        }

        if (row.kind !== "collection" || row.itemMethods?.includes("GET")) {
            it("narrows a GET to the one field ?parameters= names, and refuses one it does not know", async () => {
                await fresh(row);
                const [field] = Object.keys(row.model.fields);
                if (field !== undefined) {
                    const answer = await api.get(
                        `${fixturePath(row)}?parameters=${encodeURIComponent(field)}`,
                    );
                    assert.equal(answer.status, 200, JSON.stringify(answer.body));
                    assert.deepEqual(Object.keys(recordOf(row, answer.body.data)), [field]);
                }
                const unknown = await api.get(`${fixturePath(row)}?parameters=no-such-field`);
                assert.equal(unknown.status, 400);
                assert.equal(unknown.body.errors.type, "InvalidQuery");
            });
        }

        const top = rowChain(row).find((link) => link.kind === "collection" && link !== row);
        if (top?.itemMethods?.includes("DELETE") && row.methods.includes("GET")) {
            it(`is deleted with its ${top.model.displayName.toLowerCase()}: created again, the parent holds nothing of it`, async () => {
                await fresh(row);
                if (row.kind !== "collection" && mode === "put") {
                    const [name, field] =
                        writable.find(([, f]) => f.kind === "enum" && (f.values ?? []).length > 1) ?? [];
                    if (name !== undefined && field !== undefined) {
                        const changed = otherValue(name, field, field.default);
                        const put = await api.put(fixturePath(row), {
                            ...(await baseBody(row)),
                            [name]: changed,
                        });
                        assert.equal(put.status, 200, JSON.stringify(put.body));
                    }
                }
                const deleted = await api.delete(fill(top, itemPath(top)));
                assert.equal(deleted.status, 200, JSON.stringify(deleted.body));
                assert.equal((await api.get(fill(row, rowPath(row)))).status, 404);
                await createChain(api, row, false);
                const again = await api.get(fill(row, rowPath(row)));
                assert.equal(again.status, 200, JSON.stringify(again.body));
                if (row.kind === "collection") assert.deepEqual(again.body.data, {});
                else {
                    const record = recordOf(row, again.body.data);
                    for (const [name, field] of Object.entries(row.model.fields)) {
                        assert.deepEqual(record[name], field.default, name);
                    }
                }
            });
        }
    });
}

describe("the table", () => {
    it("serves every configurable object of the spec that has a GET", () => {
        const served = new Set(objectRows.map((row) => row.id));
        assert.equal(served.size, 194);
        assert.ok(!served.has("system/trusted-management-certificate"), "a PUT-only upload is an action");
    });

    it("gives siblings distinct display names: each is one group of its parent's ?groups=", () => {
        const seen = new Map<string, string>();
        for (const row of objectRows) {
            const key = `${row.parent ?? ""} ${row.model.displayName}`;
            assert.equal(
                seen.get(key),
                undefined,
                `${row.id} and ${seen.get(key)} are both '${row.model.displayName}'`,
            );
            seen.set(key, row.id);
        }
    });

    it("keeps every type, value list, range and length the spec gives in its models (overlays only add)", () => {
        const kinds = { string: "string", integer: "integer", enum: "enum", stringList: "list" };
        for (const row of objectRows) {
            const bodies = row.update === undefined ? [row.spec.create, row.spec.update] : [row.spec.create];
            for (const body of bodies) {
                for (const [name, spec] of Object.entries(body ?? {})) {
                    const field = row.model.fields[name];
                    const where = `${row.id} ${name}`;
                    assert.ok(field, `${where} is modelled`);
                    if (namesNotValues.includes(name) && spec.type === "enum") {
                        assert.equal(field.kind, "string", where);
                        continue;
                    }
                    assert.equal(field.kind, kinds[spec.type], where);
                    assert.deepEqual(field.values, spec.values, where);
                    for (const bound of ["minimum", "maximum", "minLength", "maxLength"] as const) {
                        if (spec[bound] !== undefined)
                            assert.equal(field[bound], spec[bound], `${where} ${bound}`);
                    }
                }
            }
        }
    });

    it("gives every collection a list GET that pages where the spec lists limit and offset", async () => {
        for (const row of checkable.filter((candidate) => candidate.kind === "collection")) {
            await fresh(row);
            const path = fill(row, rowPath(row));
            const all = await api.get(path);
            assert.equal(all.status, 200, path);
            assert.ok(Object.keys(all.body.data).length > 0 || !row.methods.includes("POST"), path);
            const none = await api.get(`${path}?limit=0`);
            const expected = row.spec.paged ? 0 : Object.keys(all.body.data).length;
            assert.equal(Object.keys(none.body.data).length, expected, path);
        }
    });
});

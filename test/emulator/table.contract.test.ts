import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { FieldDefinition } from "../../emulator/model/field";
import { itemPath, objectRows, rowOf } from "../../emulator/objects";
import type { ObjectRow } from "../../emulator/object-row";
import { ApiSession } from "../helpers/api-session";
import { withEmulator } from "../helpers/with-emulator";

/**
 * Behaviour that is the same for every object, generated from the object table: each field that a PUT
 * changes takes every value the spec lists and refuses one outside with the appliance's 400, takes its range
 * and length edges and refuses one past them; unknown fields are refused; `?parameters=` narrows a GET.
 */

/** The names the fixture gives each path parameter. */
const names: Record<string, string> = {
    name: "web",
    server: "backend",
    policy: "ws",
    vsite: "default",
    group: "default",
    certificate: "cert",
};

/** Fields whose every value a lone PUT cannot set: a server named by address needs `hostname` to switch. */
const coupled: Record<string, readonly string[]> = { "services/servers": ["identifier"] };

async function fixture(api: ApiSession): Promise<void> {
    const made = [
        await api.post("/services", { name: "web" }),
        await api.post("/services/web/servers", { name: "backend", "ip-address": "10.0.0.1" }),
        await api.post("/services/web/websocket-policies", { name: "ws", host: "*", url: "/*" }),
        await api.post("/certificates/self-signed-certificate", {
            name: "cert",
            "common-name": "cert.example",
            "country-code": "DE",
        }),
    ];
    for (const answer of made) assert.equal(answer.status, 201, JSON.stringify(answer.body));
}

const fill = (template: string): string =>
    template.replace(/\{([^}]+)\}/g, (_, param: string) => names[param]);

/** The record a GET of the row's item shows, whatever the answer's nesting. */
function recordOf(row: ObjectRow, data: Record<string, Record<string, unknown>>): Record<string, unknown> {
    if (row.kind === "collection") return Object.values(data)[0];
    if (row.kind === "singleton") return data[row.model.displayName] as Record<string, unknown>;
    const parent = rowOf(row.parent as string);
    const group = parent.kind === "collection" ? Object.values(data)[0] : data;
    return group[row.model.displayName] as Record<string, unknown>;
}

/** A PUT body that the row takes as is: its fields required on update, at their current values. */
async function baseBody(api: ApiSession, row: ObjectRow): Promise<Record<string, unknown>> {
    const answer = await api.get(fill(itemPath(row)));
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    const current = recordOf(row, answer.body.data);
    const required = Object.entries(row.model.fields).filter(([, f]) => f.requiredOn?.includes("update"));
    return Object.fromEntries(required.map(([name]) => [name, current[name]]));
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
            if (field.maxLength === undefined || field.pattern) return { good: [], bad: [] };
            return { good: ["a".repeat(field.maxLength)], bad: ["a".repeat(field.maxLength + 1)] };
        }
    }
}

const writable = objectRows.filter((row) => row.update === undefined);

for (const row of writable) {
    const changeable = Object.entries(row.model.fields).filter(
        ([name, field]) => !field.fixedAfterCreate && !(coupled[row.id] ?? []).includes(name),
    );
    describe(`${itemPath(row)} (${row.model.displayName})`, () => {
        it("takes every listed value and range or length edge of each field, and refuses one past with 400 InvalidValue", () =>
            withEmulator(async (emulator) => {
                const api = await ApiSession.open(emulator);
                await fixture(api);
                const base = await baseBody(api, row);
                const path = fill(itemPath(row));
                for (const [name, field] of changeable) {
                    const { good, bad } = cases(field);
                    for (const value of good) {
                        const answer = await api.put(path, { ...base, [name]: value });
                        assert.equal(
                            answer.status,
                            200,
                            `${name} = ${JSON.stringify(value)}: ${JSON.stringify(answer.body)}`,
                        );
                    }
                    for (const value of bad) {
                        const answer = await api.put(path, { ...base, [name]: value });
                        assert.equal(answer.status, 400, `${name} = ${JSON.stringify(value)}`);
                        assert.equal(answer.body.errors.type, "InvalidValue");
                        assert.match(answer.body.errors.msg, new RegExp(`'${name}'`));
                    }
                }
            }));

        it("refuses a field it does not have with 406 UnknownField, naming it", () =>
            withEmulator(async (emulator) => {
                const api = await ApiSession.open(emulator);
                await fixture(api);
                const answer = await api.put(fill(itemPath(row)), {
                    ...(await baseBody(api, row)),
                    "no-such-field": "x",
                });
                assert.equal(answer.status, 406);
                assert.equal(answer.body.errors.type, "UnknownField");
                assert.match(answer.body.errors.msg, /'no-such-field'/);
            }));

        it("narrows a GET to the one field ?parameters= names, and refuses one it does not know", () =>
            withEmulator(async (emulator) => {
                const api = await ApiSession.open(emulator);
                await fixture(api);
                const [field] = Object.keys(row.model.fields);
                const answer = await api.get(`${fill(itemPath(row))}?parameters=${field}`);
                assert.equal(answer.status, 200, JSON.stringify(answer.body));
                assert.deepEqual(Object.keys(recordOf(row, answer.body.data)), [field]);
                const unknown = await api.get(`${fill(itemPath(row))}?parameters=no-such-field`);
                assert.equal(unknown.status, 400);
                assert.equal(unknown.body.errors.type, "InvalidQuery");
            }));
    });
}

describe("the table's models", () => {
    it("keep every type, value list, range and length the spec gives (overlays only add)", () => {
        const kinds = { string: "string", integer: "integer", enum: "enum", stringList: "list" };
        for (const row of objectRows) {
            const bodies = row.update === undefined ? [row.spec.create, row.spec.update] : [row.spec.create];
            for (const body of bodies) {
                for (const [name, spec] of Object.entries(body ?? {})) {
                    const field = row.model.fields[name];
                    const where = `${row.id} ${name}`;
                    assert.ok(field, `${where} is modelled`);
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

    it("give every collection a list GET that pages where the spec lists limit and offset", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await fixture(api);
            for (const row of objectRows.filter((candidate) => candidate.kind === "collection")) {
                const path = fill(itemPath(row)).replace(/\/[^/]+$/, "");
                const all = await api.get(path);
                assert.equal(all.status, 200, path);
                const none = await api.get(`${path}?limit=0`);
                const expected = row.spec.paged ? 0 : Object.keys(all.body.data).length;
                assert.equal(Object.keys(none.body.data).length, expected, path);
            }
        }));
});

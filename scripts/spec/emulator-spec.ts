/**
 * Writes `emulator/spec/spec-objects.json`: the emulator's own extract of the vendor's spec (it ships
 * without `spec/` and imports nothing from `provider/`). Every configurable object is in it, so that a new
 * object in the emulator is a row of its table, not a new extract. One line per field keeps diffs readable.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { SpecBody, SpecField, SpecObject } from "../../emulator/spec/spec-object";
import type { ApiObject, Field, HttpMethod, NormalizedSpec, Operation } from "./model";
import { loadSpec } from "./normalize";
import { findVendorDir } from "./vendor-dir";

/** The generated file, in the source tree. */
export const emulatorSpecFile = path.join(
    path.dirname(path.dirname(findVendorDir())),
    "..",
    "emulator",
    "spec",
    "spec-objects.json",
);

function specField(field: Field): SpecField {
    return {
        type: field.type,
        ...(field.required ? { required: true as const } : {}),
        ...(field.default !== undefined ? { default: field.default } : {}),
        ...(field.minimum !== undefined ? { minimum: field.minimum } : {}),
        ...(field.maximum !== undefined ? { maximum: field.maximum } : {}),
        ...(field.minLength !== undefined ? { minLength: field.minLength } : {}),
        ...(field.maxLength !== undefined ? { maxLength: field.maxLength } : {}),
        ...(field.values !== undefined ? { values: field.values } : {}),
        ...(field.reference !== undefined ? { reference: true as const } : {}),
        ...(field.modelSpecificMaximum !== undefined
            ? { modelSpecificMaximum: field.modelSpecificMaximum }
            : {}),
    };
}

/**
 * The operation of `method` on `onPath`. Several files may give one (cloud_multi_ip.json adds bodies to
 * `/services` and `/system`): the one from the file that describes the object's GET wins.
 */
function operationOf(object: ApiObject, method: HttpMethod, onPath: string): Operation | undefined {
    const candidates = object.operations.filter((op) => op.method === method && op.path === onPath);
    const describing = object.operations.find((op) => op.method === "get")?.file;
    return candidates.find((op) => op.file === describing) ?? candidates[0];
}

function bodyOf(operation: Operation | undefined): SpecBody | undefined {
    if (operation?.body === undefined) return undefined;
    return Object.fromEntries(operation.body.fields.map((field) => [field.wireName, specField(field)]));
}

function queryValues(gets: readonly Operation[], name: string): string[] | undefined {
    const values = gets.flatMap((op) => op.query.find((q) => q.name === name)?.values ?? []);
    return values.length === 0 ? undefined : [...new Set(values)].sort();
}

function emulatorObject(object: ApiObject): SpecObject {
    const gets = object.operations.filter((op) => op.method === "get");
    const list = gets.find((op) => op.path === object.path);
    const names = new Set(list?.query.map((q) => q.name));
    const groups = queryValues(gets, "groups");
    const parameters = queryValues(gets, "parameters");
    const create = bodyOf(operationOf(object, "post", object.path));
    const update = bodyOf(operationOf(object, "put", object.itemPath ?? object.path));
    return {
        ...(names.has("limit") && names.has("offset") ? { paged: true as const } : {}),
        ...(groups ? { groups } : {}),
        ...(parameters ? { parameters } : {}),
        ...(create ? { create } : {}),
        ...(update ? { update } : {}),
    };
}

/** The file's text: objects by id, a line per field, every line as `JSON.stringify` writes it. */
export function renderEmulatorSpec(spec: NormalizedSpec): string {
    const objects = spec.objects
        .filter((object) => object.kind !== "action")
        .sort((a, b) => a.id.localeCompare(b.id));
    const lines = ["{"];
    objects.forEach((object, index) => {
        const { create, update, ...rest } = emulatorObject(object);
        const entries = Object.entries(rest).map(
            ([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`,
        );
        for (const [key, body] of Object.entries({ create, update })) {
            if (body === undefined) continue;
            const fields = Object.entries(body).map(
                ([name, field]) => `      ${JSON.stringify(name)}: ${JSON.stringify(field)}`,
            );
            entries.push(`    ${JSON.stringify(key)}: {\n${fields.join(",\n")}\n    }`);
        }
        const comma = index < objects.length - 1 ? "," : "";
        lines.push(`  ${JSON.stringify(object.id)}: {\n${entries.join(",\n")}\n  }${comma}`);
    });
    lines.push("}");
    return `${lines.join("\n")}\n`;
}

if (require.main === module) {
    fs.writeFileSync(emulatorSpecFile, renderEmulatorSpec(loadSpec()));
    console.log(`wrote ${path.relative(process.cwd(), emulatorSpecFile)}`);
}

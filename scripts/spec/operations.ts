import { normalizeField } from "./fields";
import type { FixTally } from "./fix-tally";
import type { Body, HttpMethod, Operation, QueryParameter } from "./model";
import { namePath } from "./path-names";
import type { RawFile, RawParameter } from "./raw";

const METHODS: readonly HttpMethod[] = ["get", "put", "post", "delete"];

function queryParameter(raw: RawParameter, tally: FixTally): QueryParameter {
    const isList = raw.type === "array" || raw.schema?.type === "array";
    // Locked-out clients' DELETE declares its list of services as a string with an array schema.
    if (raw.type === "string" && raw.schema?.type === "array") tally.fixes.arraysDeclaredAsStrings++;
    const items = raw.items ?? (Array.isArray(raw.schema?.items) ? undefined : raw.schema?.items);
    const values = items && "enum" in items ? items.enum : undefined;
    const type = isList
        ? "stringList"
        : raw.type === "integer" || raw.schema?.type === "integer"
          ? "integer"
          : "string";
    return { name: raw.name ?? "", type, ...(values ? { values: [...values] } : {}) };
}

/** Every operation of one file, in the file's order, with its definitions normalized once each. */
export function fileOperations(raw: RawFile, tally: FixTally): Omit<Operation, "alternative">[] {
    const bodies = new Map<string, Body>();
    for (const [definition, rawDefinition] of Object.entries(raw.spec.definitions ?? {})) {
        const properties = rawDefinition.properties ?? {};
        const fields = Object.entries(properties).map(([wireName, property]) =>
            normalizeField(wireName, property, rawDefinition, raw.file, tally),
        );
        for (const name of rawDefinition.required ?? []) {
            if (!(name in properties)) {
                tally.notes.push({
                    file: raw.file,
                    message: `${definition}: requires "${name}", which it does not define`,
                });
            }
        }
        bodies.set(definition, { definition, fields });
    }

    const used = new Set<string>();
    const operations: Omit<Operation, "alternative">[] = [];
    for (const [vendorPath, rawOperations] of Object.entries(raw.spec.paths)) {
        if (vendorPath !== vendorPath.trim()) tally.fixes.pathKeysTrimmed++;
        const named = namePath(vendorPath);
        for (const method of METHODS) {
            const rawOperation = rawOperations[method];
            if (rawOperation === undefined) continue;
            const parameters = rawOperation.parameters ?? [];
            const ref = parameters.find((parameter) => parameter.in === "body")?.schema?.$ref;
            const definition = ref?.replace("#/definitions/", "");
            const body = definition === undefined ? undefined : bodies.get(definition);
            if (definition !== undefined) used.add(definition);
            operations.push({
                method,
                path: named.path,
                pathParameters: named.parameters,
                query: parameters
                    .filter((parameter) => parameter.in === "query")
                    .map((p) => queryParameter(p, tally)),
                ...(body ? { body } : {}),
                summary: rawOperation.summary ?? "",
                file: raw.file,
            });
        }
    }
    for (const definition of bodies.keys()) {
        if (!used.has(definition)) {
            tally.notes.push({
                file: raw.file,
                message: `definition "${definition}" is used by no operation`,
            });
        }
    }
    return operations;
}

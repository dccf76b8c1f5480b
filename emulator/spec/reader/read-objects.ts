import type { SpecBody, SpecKind, SpecObject } from "../spec-object";
import { readField } from "./read-field";
import type { VendorFile, VendorParameter } from "./vendor-files";

type Method = "get" | "put" | "post" | "delete";
const methods: readonly Method[] = ["get", "put", "post", "delete"];

/** One operation of one vendor file, its path reduced to its shape (`/services/{}/servers`). */
interface VendorOperation {
    readonly file: VendorFile;
    readonly method: Method;
    readonly shape: string;
    readonly parameters: readonly VendorParameter[];
}

/** An object of the spec as the emulator reads it, actions included (the shipped file leaves them out). */
export interface ReadObject extends Omit<SpecObject, "kind"> {
    readonly kind: SpecKind | "action";
}

/**
 * Roots whose operations do something rather than hold configuration: sessions, logs, statistics,
 * backups, firmware and definition updates, configuration import/export and tasks (`ops`), the release of
 * locked-out clients and configuration checkpoints (snapshots to roll back to, taken and dropped).
 */
function isAction(id: string): boolean {
    const root = id.split("/")[0];
    return (
        root.endsWith("logs") ||
        ["login", "logout", "stats", "backup", "energize-updates", "ops"].includes(root) ||
        ["locked-out-clients", "configuration-checkpoints"].includes(root)
    );
}

/** `policies` → `policy`, `classes` → `class`, `services` → `service`, `nats` → `nat`. */
function singular(word: string): string {
    if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
    if (/(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
    if (word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
    return word;
}

/** The emulator's name of the parameter after `segment`: `content-rules` → `contentRule`. */
function parameterName(segment: string): string {
    const words = singular(segment).split("-");
    return words.map((word, index) => (index === 0 ? word : word[0].toUpperCase() + word.slice(1))).join("");
}

/** A vendor path key (stray spaces, display names such as `{IP/Network Address}`) reduced to its shape. */
function shapeOf(key: string): string {
    return key.trim().replace(/\{[^}]*\}/g, "{}");
}

/** A shape with each `{}` named after the segment before it (numbered if a name repeats). */
function namedPath(shape: string): string {
    const used = new Set<string>();
    const segments = shape.split("/");
    return segments
        .map((segment, index) => {
            if (segment !== "{}") return segment;
            const base = parameterName(segments[index - 1]);
            let name = base;
            for (let n = 2; used.has(name); n++) name = `${base}${n}`;
            used.add(name);
            return `{${name}}`;
        })
        .join("/");
}

function bodyOf(operation: VendorOperation | undefined): SpecBody | undefined {
    const ref = operation?.parameters.find((parameter) => parameter.in === "body")?.schema?.$ref;
    if (typeof ref !== "string" || operation === undefined) return undefined;
    const definition = operation.file.definitions[ref.replace(/^#\/definitions\//, "")];
    if (definition === undefined) return undefined;
    const required = Array.isArray(definition.required) ? (definition.required as unknown[]) : [];
    return Object.fromEntries(
        Object.entries(definition.properties ?? {}).map(([name, property]) => [
            name,
            readField(property, required.includes(name)),
        ]),
    );
}

function queryValues(operations: readonly VendorOperation[], name: string): string[] | undefined {
    const values = operations.flatMap((operation) =>
        operation.parameters
            .filter((parameter) => parameter.in === "query" && parameter.name === name)
            .flatMap((parameter) => {
                const items = parameter.items ?? parameter.schema?.items;
                const listed = (items as { enum?: unknown } | undefined)?.enum;
                return Array.isArray(listed) ? listed.map(String) : [];
            }),
    );
    return values.length === 0 ? undefined : [...new Set(values)].sort();
}

/**
 * The vendor's files as objects, by id (the path's literal segments: `services/servers`). An object is a
 * path and, where the spec has one, its item path (`.../{}` below it); its kind comes from its methods. An
 * object under an item of a collection that no file defines cannot be addressed, and is left out (the v3.0
 * `supply-chain-rules` file that `Sub_Resource_Integrity.json` replaced).
 *
 * Where several bodies are given for one method and path (cloud deployments' ways to create a service),
 * the one from the file that also gives the object's GET is read, the first in that file.
 */
export function readObjects(
    files: readonly VendorFile[],
    itemFields: Readonly<Record<string, string>> = {},
    factoryItems: Readonly<Record<string, NonNullable<SpecObject["factoryItems"]>>> = {},
): Record<string, ReadObject> {
    const operations: VendorOperation[] = files.flatMap((file) =>
        Object.entries(file.paths).flatMap(([key, byMethod]) =>
            methods
                .filter((method) => byMethod[method] !== undefined)
                .map((method) => ({
                    file,
                    method,
                    shape: shapeOf(key),
                    parameters: byMethod[method].parameters ?? [],
                })),
        ),
    );
    const shapes = new Set(operations.map((operation) => operation.shape));
    const objectShapes = [...shapes]
        .filter((shape) => !(shape.endsWith("/{}") && shapes.has(shape.slice(0, -3))))
        .filter((shape) => {
            // Every `X/{}` on the way must be an item of an object that exists.
            const segments = shape.split("/");
            return segments.every(
                (segment, index) => segment !== "{}" || shapes.has(segments.slice(0, index).join("/")),
            );
        })
        .sort();

    const container = (shape: string): string => (shapes.has(`${shape}/{}`) ? `${shape}/{}` : shape);
    const objects: Record<string, ReadObject> = {};
    for (const shape of objectShapes) {
        const id = shape
            .split("/")
            .filter((segment) => segment !== "" && segment !== "{}")
            .join("/");
        const itemShape = shapes.has(`${shape}/{}`) ? `${shape}/{}` : undefined;
        const on = (onShape: string | undefined, method: Method): VendorOperation[] =>
            operations.filter((operation) => operation.shape === onShape && operation.method === method);
        const describing = on(shape, "get")[0]?.file ?? on(itemShape, "get")[0]?.file;
        const pick = (candidates: VendorOperation[]): VendorOperation | undefined =>
            candidates.find((operation) => operation.file === describing) ?? candidates[0];
        const has = (onShape: string | undefined, method: Method): boolean => on(onShape, method).length > 0;

        const parentShape = objectShapes
            .filter((other) => other !== shape && shape.startsWith(`${container(other)}/`))
            .sort((a, b) => container(b).length - container(a).length)[0];
        const parent = parentShape
            ?.split("/")
            .filter((s) => s !== "" && s !== "{}")
            .join("/");

        let kind: ReadObject["kind"];
        const onPath = methods.filter((method) => has(shape, method));
        const onItem =
            itemShape === undefined ? undefined : methods.filter((method) => has(itemShape, method));
        if (isAction(id)) kind = "action";
        else if (has(shape, "post") && onItem?.includes("delete")) kind = "collection";
        else if (onItem === undefined && onPath.length === 2 && has(shape, "get") && has(shape, "put"))
            kind = "subObject";
        else if (
            onItem?.includes("get") &&
            onItem.includes("put") &&
            !has(shape, "post") &&
            !onItem.includes("delete")
        )
            kind = "fixedCollection";
        else kind = "irregular";

        const gets = [...on(shape, "get"), ...on(itemShape, "get")];
        const list = on(shape, "get")[0];
        const listQuery = new Set(list?.parameters.filter((p) => p.in === "query").map((p) => p.name));
        const groups = queryValues(gets, "groups");
        const parameters = queryValues(gets, "parameters");
        const create = bodyOf(pick(on(shape, "post")));
        const update = bodyOf(pick(on(itemShape ?? shape, "put")));
        const named = namedPath(itemShape ?? shape);
        objects[id] = {
            kind,
            ...(describing?.title ? { title: describing.title } : {}),
            path: itemShape === undefined ? named : named.slice(0, named.lastIndexOf("/")),
            ...(itemShape !== undefined ? { item: named.slice(named.lastIndexOf("{") + 1, -1) } : {}),
            ...(itemFields[id] !== undefined ? { itemField: itemFields[id] } : {}),
            ...(factoryItems[id] !== undefined ? { factoryItems: factoryItems[id] } : {}),
            ...(parent !== undefined ? { parent } : {}),
            methods: onPath.map((method) => method.toUpperCase()),
            ...(onItem !== undefined ? { itemMethods: onItem.map((method) => method.toUpperCase()) } : {}),
            ...(listQuery.has("limit") && listQuery.has("offset") ? { paged: true as const } : {}),
            ...(groups ? { groups } : {}),
            ...(parameters ? { parameters } : {}),
            ...(create ? { create } : {}),
            ...(update ? { update } : {}),
        };
    }
    return objects;
}

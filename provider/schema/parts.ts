import * as fs from "node:fs";
import * as path from "node:path";
import {
    loadSchema,
    type PackageSchema,
    type SchemaProperty,
    type SchemaResource,
    type SchemaType,
} from "./load";
import { resourceNameOf } from "./tokens";

/**
 * schema.json in the parts a Pulumi run reads: its index (the package's name, its config, the resource tokens)
 * and, for each resource, the resource with the types it uses. The build writes them beside the compiled
 * provider (`scripts/build-schema-parts.ts`), so that a run parses the parts of the few kinds it uses rather
 * than the whole appliance's 3 MB; run from the sources (ts-node), they are cut from schema.json itself.
 */

/** The folder of the parts, beside this module once compiled: `index.json` and one `<Resource>.json` each. */
export const partsFolder = "schema-parts";

/** What every run needs of schema.json: the package's name, its config and its resources' tokens. */
export interface SchemaIndex {
    readonly name: string;
    readonly config?: PackageSchema["config"];
    readonly resources: readonly string[];
}

/** One resource of schema.json with every type its properties use, members' types included. */
export interface ResourcePart {
    readonly resource: SchemaResource;
    readonly types: Readonly<Record<string, SchemaType>>;
}

/** The index of `schema`. */
export function indexOf(schema: PackageSchema): SchemaIndex {
    return { name: schema.name, config: schema.config, resources: Object.keys(schema.resources) };
}

/** The part of `schema` for the resource `token`; undefined when the schema has no such resource. */
export function resourcePartOf(schema: PackageSchema, token: string): ResourcePart | undefined {
    const resource = schema.resources[token];
    if (resource === undefined) {
        return undefined;
    }
    const types: Record<string, SchemaType> = {};
    const visit = (property: SchemaProperty | undefined): void => {
        if (property === undefined) return;
        const ref = property.$ref?.startsWith("#/types/")
            ? property.$ref.slice("#/types/".length)
            : undefined;
        const type = ref === undefined ? undefined : schema.types?.[ref];
        if (ref !== undefined && type !== undefined && !(ref in types)) {
            types[ref] = type;
            if (type.type === "object") Object.values(type.properties).forEach(visit);
        }
        visit(property.items);
        visit(property.additionalProperties);
    };
    for (const property of [
        ...Object.values(resource.inputProperties ?? {}),
        ...Object.values(resource.properties ?? {}),
    ]) {
        visit(property);
    }
    return { resource, types };
}

/** The file name of a resource's part: its short name, as the token ends (`Service.json`). */
export function partFileOf(token: string): string {
    return `${resourceNameOf(token)}.json`;
}

const folder = path.join(__dirname, partsFolder);
let built: boolean | undefined;
let index: SchemaIndex | undefined;
const parts = new Map<string, ResourcePart | undefined>();

/** True when the build wrote the parts beside this module; false when it runs from the sources. */
function partsBuilt(): boolean {
    built ??= fs.existsSync(path.join(folder, "index.json"));
    return built;
}

function readPart<T>(file: string): T {
    const where = path.join(folder, file);
    try {
        return JSON.parse(fs.readFileSync(where, "utf8")) as T;
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") {
            throw new Error(`${where} is missing: run \`npm run build\``);
        }
        throw error;
    }
}

/** This package's schema index, read once per process. */
export function schemaIndex(): SchemaIndex {
    index ??= partsBuilt() ? readPart<SchemaIndex>("index.json") : indexOf(loadSchema());
    return index;
}

/** The part of this package's schema for the resource `token`, read once per process; undefined if none. */
export function resourcePart(token: string): ResourcePart | undefined {
    if (!parts.has(token)) {
        const part = !schemaIndex().resources.includes(token)
            ? undefined
            : partsBuilt()
              ? readPart<ResourcePart>(partFileOf(token))
              : resourcePartOf(loadSchema(), token);
        parts.set(token, part);
    }
    return parts.get(token);
}

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { repoRoot } from "../../lib/repo";
import type {
    Overlay,
    OverlayCoverage,
    OverlayFactoryItems,
    OverlayItemNames,
    OverlayPackage,
    OverlayResource,
    OverlayType,
} from "./overlay";

/** Where the overlay lives in the repository. */
export const OVERLAY_DIR = join(repoRoot, "spec", "overlay");

const FIELD_KEYS = [
    "field",
    "in",
    "description",
    "type",
    "default",
    "why",
    "required",
    "replaceOnChanges",
    "minimum",
    "maximum",
    "minLength",
    "maxLength",
    "pattern",
    "patternDescription",
    "computed",
    "format",
    "requiredWhen",
    "references",
    "putVia",
    "secret",
    "pem",
    "writeOnly",
];
const PARENT_KEYS = ["parent", "description", "passes"];
const SUB_OBJECT_KEYS = ["subObject", "type", "description"];
const PROVIDER_ONLY_KEYS = ["providerOnly", "description", "type", "resource", "passes"];
const OUTPUT_KEYS = ["description", "field", "providerOnly", "type"];
const RESOURCE_KEYS = [
    "name",
    "object",
    "description",
    "subObjects",
    "group",
    "replacement",
    "leavesUnsetAlone",
    "undeletable",
    "noun",
    "adoptDescription",
    "fieldDescriptionSuffix",
    "properties",
    "outputs",
];

type Entry = Readonly<Record<string, unknown>>;

/** A typo in the overlay must fail the build, not silently drop a fact. */
function onlyKeys(entry: Entry, allowed: readonly string[], where: string): void {
    for (const key of Object.keys(entry)) {
        if (!allowed.includes(key)) throw new Error(`${where}: unknown key "${key}"`);
    }
    if (allowed.includes("description") && typeof entry.description !== "string") {
        throw new Error(`${where}: a description is required`);
    }
}

function propertyKeys(entry: Entry): readonly string[] {
    if ("parent" in entry) return PARENT_KEYS;
    if ("subObject" in entry) return SUB_OBJECT_KEYS;
    if ("providerOnly" in entry) return PROVIDER_ONLY_KEYS;
    return FIELD_KEYS;
}

/** Checks a resource file's shape; the facts in it are checked against the spec by the generator. */
export function checkResource(resource: OverlayResource, where: string): OverlayResource {
    onlyKeys(resource as unknown as Entry, RESOURCE_KEYS, where);
    for (const [name, property] of Object.entries(resource.properties)) {
        const entry = property as unknown as Entry;
        onlyKeys(entry, propertyKeys(entry), `${where} ${name}`);
    }
    for (const [name, output] of Object.entries(resource.outputs ?? {})) {
        onlyKeys(output as unknown as Entry, OUTPUT_KEYS, `${where} output ${name}`);
    }
    return resource;
}

function checkTypes(types: Readonly<Record<string, OverlayType>>, where: string): void {
    for (const [name, type] of Object.entries(types)) {
        const entry = type as unknown as Entry;
        if ("values" in entry) onlyKeys(entry, ["description", "values"], `${where} ${name}`);
        else {
            onlyKeys(entry, ["description", "properties"], `${where} ${name}`);
            for (const [member, field] of Object.entries((type as { properties: Entry }).properties)) {
                onlyKeys(field as Entry, FIELD_KEYS, `${where} ${name}.${member}`);
            }
        }
    }
}

function readYaml<T>(dir: string, file: string): T {
    return parse(readFileSync(join(dir, file), "utf8")) as T;
}

/** Reads `spec/overlay/` (or another folder of the same shape). */
export function loadOverlay(dir: string = OVERLAY_DIR): Overlay {
    const pkg = readYaml<OverlayPackage>(dir, "package.yaml");
    onlyKeys(
        pkg as unknown as Entry,
        [
            "header",
            "booleans",
            "names",
            "adoptDescription",
            "resources",
            "referencePreferences",
            "referencesByWireName",
            "secretFields",
            "labels",
            "nouns",
        ],
        "package.yaml",
    );
    const types = readYaml<Record<string, OverlayType>>(dir, "types.yaml");
    checkTypes(types, "types.yaml");
    const itemNames = readYaml<OverlayItemNames>(dir, "item-names.yaml");
    onlyKeys(itemNames as unknown as Entry, ["pattern", "patternDescription", "fields"], "item-names.yaml");
    const factoryItems = readYaml<Record<string, OverlayFactoryItems>>(dir, "factory-items.yaml");
    for (const [id, entry] of Object.entries(factoryItems)) {
        onlyKeys(entry as unknown as Entry, ["items", "values"], `factory-items.yaml ${id}`);
    }
    return {
        package: pkg,
        itemNames,
        factoryItems,
        config: readYaml<Record<string, unknown>>(dir, "config.yaml"),
        coverage: {
            leftOut: {},
            actions: {},
            ...readYaml<Partial<OverlayCoverage> | null>(dir, "coverage.yaml"),
        },
        types,
        resources: pkg.resources.map((file) =>
            checkResource(readYaml<OverlayResource>(join(dir, "resources"), `${file}.yaml`), `${file}.yaml`),
        ),
    };
}

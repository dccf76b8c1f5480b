/**
 * Renders docs/coverage.md: every object of the vendor's spec, and what this package makes of it: a resource,
 * a nested input of one (or some of its fields), or nothing, with why. schema.json says what is covered; the
 * spec lists every object; the overlay's coverage.yaml says why a collection is left out.
 */
import type { ApiObject } from "../spec/model";
import { loadSpec } from "../spec/normalize";
import { groupListed } from "./from-spec/derived-overlay";
import { loadOverlay } from "./from-spec/load-overlay";
import { type PackageSchema, type SchemaResource, shortName } from "./package-schema";

/** `services/{service}/url-acls/{name}` → `services/url-acls`. */
function objectIdOf(template: string): string {
    return template
        .split("/")
        .filter((segment) => !segment.startsWith("{"))
        .join("/");
}

/** How each object the schema covers is covered, by object id. */
function coverageBySchema(schema: PackageSchema): Map<string, string> {
    const covered = new Map<string, string>();
    const add = (id: string, text: string) => {
        if (!covered.has(id)) covered.set(id, text);
    };
    for (const [token, resource] of Object.entries(schema.resources)) {
        const name = shortName(token);
        const main = resource["x-barracudawaf"]?.object;
        if (main !== undefined) covered.set(objectIdOf(main), `resource \`${name}\``);
        for (const [property, spec] of Object.entries(resource.inputProperties ?? {})) {
            nestedCoverage(name, property, spec, resource, add);
        }
    }
    return covered;
}

function nestedCoverage(
    name: string,
    property: string,
    spec: NonNullable<SchemaResource["inputProperties"]>[string],
    resource: SchemaResource,
    add: (id: string, text: string) => void,
): void {
    const object = spec["x-barracudawaf"]?.object;
    if (object === undefined || object === resource["x-barracudawaf"]?.object) return;
    if (spec.$ref?.startsWith("#/types/")) add(objectIdOf(object), `nested input \`${name}.${property}\``);
    else add(objectIdOf(object), `fields of \`${name}\` (\`${property}\`, ...)`);
}

/** Why an object the schema does not cover is not managed. */
function whyNot(
    object: ApiObject,
    parent: ApiObject | undefined,
    leftOut: Readonly<Record<string, string>>,
    actions: Readonly<Record<string, string>>,
): string {
    if (object.id in leftOut) return `not yet: ${leftOut[object.id]}`;
    if (object.id in actions) return `not managed: an action, not a state (${actions[object.id]})`;
    switch (object.kind) {
        case "action":
            return `not managed: an action, not a state (${object.reason})`;
        case "subObject":
            return parent !== undefined && !groupListed(parent, object)
                ? "not yet: the GET of its parent does not list it among its groups, so it cannot be read with its parent; a read of its own is planned"
                : "not yet: a sub-object whose resource does not take it as a nested input yet";
        case "fixedCollection":
            return "not yet: its items exist with the appliance and are only edited (a resource that adopts them is planned)";
        case "irregular":
            return `not yet: an irregular shape (${object.reason})`;
        case "collection":
            return "not yet";
    }
}

export function renderCoverageDoc(schema: PackageSchema): string {
    const spec = loadSpec();
    const { leftOut, actions } = loadOverlay().coverage;
    const covered = coverageBySchema(schema);
    const objects = [...spec.objects].sort((a, b) => a.id.localeCompare(b.id));
    const byId = new Map(objects.map((object) => [object.id, object]));
    const parentOf = (object: ApiObject) =>
        object.parent === undefined ? undefined : byId.get(object.parent);
    const count = objects.filter((object) => covered.has(object.id)).length;
    const lines = [
        "<!-- Generated from schema.json and the spec by scripts/generate.ts. Do not edit: run `npm run generate`. -->",
        "",
        "# Coverage of the appliance's REST API v3.2",
        "",
        `Every object of the vendor's spec (\`spec/vendor/v3.2/\`) and what this package makes of it: ${count} of ` +
            `${objects.length} objects are covered; the rest say why not.`,
        "",
        "| object | kind | in this package |",
        "| --- | --- | --- |",
        ...objects.map(
            (object) =>
                `| \`${object.id}\` | ${object.kind} | ${covered.get(object.id) ?? whyNot(object, parentOf(object), leftOut, actions)} |`,
        ),
    ];
    return lines.join("\n") + "\n";
}

/**
 * schema.json from the vendor's spec and the overlay: the first step of `npm run generate`. The resources
 * are built in the overlay's order (a parent before its children), then the named types they use.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../../lib/repo";
import type { NormalizedSpec } from "../../spec/model";
import { loadSpec } from "../../spec/normalize";
import { type BuildContext, TOKEN_PREFIX } from "./build-context";
import { deriveOverlay } from "./derived-overlay";
import type { Json } from "./field-property";
import { loadOverlay } from "./load-overlay";
import { namedTypes } from "./named-types";
import type { Overlay } from "./overlay";
import { buildResource } from "./resource";
import { SpecObjects } from "./spec-objects";

/** The package schema as a plain object, keys in schema.json's order. */
export function packageSchemaFromSpec(spec: NormalizedSpec, handKept: Overlay, version: string): Json {
    const objects = new SpecObjects(spec);
    const derived = deriveOverlay(objects, handKept);
    const overlay: Overlay = {
        ...handKept,
        resources: [...derived.completed, ...derived.resources],
        types: { ...handKept.types, ...derived.types },
    };
    const context: BuildContext = {
        spec: objects,
        overlay,
        built: new Map(),
        enumUses: new Map(),
        objectTypes: new Map(),
    };
    const resources: Json = {};
    for (const resource of overlay.resources) {
        const schema = buildResource(context, resource);
        context.built.set(resource.name, { object: context.spec.object(resource.object), schema });
        resources[`${TOKEN_PREFIX}${resource.name}`] = schema;
    }
    const { name, displayName, ...rest } = overlay.package.header;
    return {
        name,
        displayName,
        version,
        ...rest,
        config: overlay.config,
        types: namedTypes(context),
        resources,
    };
}

/** schema.json's content for the repository's spec and overlay, at package.json's version. */
export function renderPackageSchema(): string {
    const manifest = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string };
    return JSON.stringify(packageSchemaFromSpec(loadSpec(), loadOverlay(), manifest.version), null, 2);
}

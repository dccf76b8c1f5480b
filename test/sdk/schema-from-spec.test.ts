import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { deriveOverlay } from "../../scripts/codegen/from-spec/derived-overlay";
import { checkResource, loadOverlay } from "../../scripts/codegen/from-spec/load-overlay";
import type { Overlay, OverlayResource } from "../../scripts/codegen/from-spec/overlay";
import { packageSchemaFromSpec } from "../../scripts/codegen/from-spec/package-schema-from-spec";
import { SpecObjects } from "../../scripts/codegen/from-spec/spec-objects";
import type { PackageSchema } from "../../scripts/codegen/package-schema";
import { repoRoot } from "../../scripts/lib/repo";
import { loadSpec } from "../../scripts/spec/normalize";

const spec = loadSpec();
const overlay = loadOverlay();
const committed = JSON.parse(fs.readFileSync(path.join(repoRoot, "schema.json"), "utf8")) as PackageSchema;

type Mutable = Record<string, Record<string, Record<string, unknown>>>;

/** The overlay with one resource's property changed, as a test of what the generator refuses. */
function withProperty(resource: string, property: string, change: Record<string, unknown>): Overlay {
    const copy = structuredClone(overlay);
    const target = copy.resources.find((candidate) => candidate.name === resource);
    assert.ok(target, `no resource ${resource}`);
    const properties = (target as unknown as Mutable).properties;
    properties[property] = { ...properties[property], ...change };
    return copy;
}

const build = (changed: Overlay) =>
    packageSchemaFromSpec(spec, changed, (committed as unknown as { version: string }).version);

describe("schema.json from the vendor's spec and the overlay", () => {
    it("is the committed schema.json (run `npm run generate` when this fails)", () => {
        assert.deepEqual(build(overlay), committed);
    });

    it("gives every resource its inputs as outputs, a resource taken as input passing no fields as output", () => {
        for (const [token, resource] of Object.entries(committed.resources)) {
            for (const [name, input] of Object.entries(resource.inputProperties ?? {})) {
                const output = resource.properties?.[name];
                const { passes: _passes, ...extension } = input["x-barracudawaf"] ?? {};
                const expected = input.$ref?.startsWith("#/resources/")
                    ? { ...input, "x-barracudawaf": extension }
                    : input;
                assert.deepEqual(output, expected, `${token}.${name}`);
            }
        }
    });

    it("takes an enum's values from the spec: an overlay that names other values is refused", () => {
        const copy = structuredClone(overlay);
        const values = (copy.types as unknown as Mutable).ServiceType.values;
        delete values.FTP;
        assert.throws(
            () => build(copy),
            /ServiceType: its values \(.*\) are not the spec's for Service type/,
        );
    });

    it("refuses an overlay bound or default that restates the spec", () => {
        assert.throws(
            () => build(withProperty("Service", "port", { maximum: 65535 })),
            /maximum 65535 restates the spec/,
        );
        assert.throws(
            () => build(withProperty("Vsite", "comments", { default: "" })),
            /Vsite comments: default "" restates the spec/,
        );
    });

    it("refuses a correction of the spec that does not say why, and takes one that does", () => {
        assert.throws(
            () => build(withProperty("Service", "port", { maximum: 8080 })),
            /Service port: maximum 8080 differs from the spec's 65535; say why/,
        );
        const corrected = build(withProperty("Service", "port", { maximum: 8080, why: "a test" }));
        const port = (corrected.resources as Mutable)["barracudawaf:index:Service"].inputProperties.port;
        assert.equal((port as { "x-barracudawaf": { maximum: number } })["x-barracudawaf"].maximum, 8080);
    });

    it("refuses a replacement or a reference the spec already implies", () => {
        assert.throws(
            () => build(withProperty("Service", "vsite", { replaceOnChanges: true })),
            /Service vsite: replaceOnChanges restates the spec/,
        );
        // A JWT validator's `verify-public-keys` can only name JWT public keys: kept by hand, saying so restates.
        const derived = deriveOverlay(new SpecObjects(spec), overlay);
        const validator = derived.resources.find((resource) => resource.name === "JwtValidatorEndpoint");
        assert.ok(validator);
        const copy = structuredClone(overlay) as unknown as { resources: unknown[]; types: object };
        const properties = { ...validator.properties };
        properties.verifyPublicKeys = { ...properties.verifyPublicKeys, references: "JwtPublicKey" };
        copy.resources.push({ ...validator, properties });
        const itsTypes = Object.entries(derived.types).filter(([name]) => name.startsWith(validator.name));
        copy.types = { ...copy.types, ...Object.fromEntries(itsTypes) };
        assert.throws(
            () => build(copy as unknown as Overlay),
            /JwtValidatorEndpoint verifyPublicKeys: references restates the spec's reference/,
        );
    });

    it("refuses a property whose field the spec object does not have", () => {
        assert.throws(
            () => build(withProperty("Vsite", "comments", { field: "remarks" })),
            /Vsite comments: vsites has no field "remarks"/,
        );
    });

    it("refuses an overlay key it does not know, so a typo never drops a fact", () => {
        const resource = structuredClone(overlay.resources[0]) as unknown as Mutable;
        resource.properties.port = { ...resource.properties.port, computd: true };
        assert.throws(
            () => checkResource(resource as unknown as OverlayResource, "service.yaml"),
            /service.yaml port: unknown key "computd"/,
        );
    });
});

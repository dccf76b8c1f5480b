import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import { describe, it } from "node:test";
import { generatedTypesFile, renderGeneratedTypes } from "../../scripts/generate-sdk-types";
import { PackageSchema, renderSdkTypes } from "../../scripts/sdk-types/render";

describe("the SDK's generated types", () => {
    it("match schema.json (run `npm run generate` when this fails)", async () => {
        const committed = fs.readFileSync(generatedTypesFile, "utf8");
        assert.equal(committed, await renderGeneratedTypes());
    });

    it("turn required inputs into required fields and optional inputs into optional ones", () => {
        const schema: PackageSchema = {
            name: "t",
            resources: {
                "t:index:Thing": {
                    inputProperties: { size: { type: "integer" }, label: { type: "string" } },
                    requiredInputs: ["size"],
                    properties: { size: { type: "integer" }, label: { type: "string" } },
                },
            },
        };
        const rendered = renderSdkTypes(schema);
        assert.match(rendered, /size: pulumi\.Input<number>;/);
        assert.match(rendered, /label\?: pulumi\.Input<string>;/);
        assert.match(rendered, /readonly label: pulumi\.Output<string>;/);
        assert.match(rendered, /export const thingOutputNames = \["size","label"\] as const;/);
    });

    it("refuses a property type it cannot map rather than guessing", () => {
        const schema: PackageSchema = {
            name: "t",
            resources: { "t:index:Thing": { inputProperties: { odd: { type: "tuple" } } } },
        };
        assert.throws(() => renderSdkTypes(schema), /property type "tuple" has no TypeScript mapping/);
    });
});

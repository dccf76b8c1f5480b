import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import { describe, it } from "node:test";
import * as path from "node:path";
import { PackageSchema } from "../../scripts/codegen/package-schema";
import { renderSdkTypes } from "../../scripts/codegen/sdk-types";
import { generatedFiles, renderGeneratedFile } from "../../scripts/generate";
import { repoRoot } from "../../scripts/lib/repo";

describe("the files generated from schema.json", () => {
    for (const generated of generatedFiles) {
        it(`include an up-to-date ${path.relative(repoRoot, generated.file)} (run \`npm run generate\` when this fails)`, async () => {
            const committed = fs.readFileSync(generated.file, "utf8");
            assert.equal(committed, await renderGeneratedFile(generated));
        });
    }
});

describe("the SDK's generated types", () => {
    it("turn required inputs into required fields and optional inputs into optional ones, outputs alike", () => {
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
        // An output the program may leave out is not stored: it may be undefined.
        assert.match(rendered, /readonly size: pulumi\.Output<number>;/);
        assert.match(rendered, /readonly label: pulumi\.Output<string \| undefined>;/);
        assert.match(rendered, /export const thingOutputNames = \["size","label"\] as const;/);
    });

    it("refuses a property type it cannot map rather than guessing", () => {
        // schema.json is plain JSON: its types are a claim the generator checks, not a guarantee.
        const schema = JSON.parse(
            '{"name": "t", "resources": {"t:index:Thing": {"inputProperties": {"odd": {"type": "tuple"}}}}}',
        ) as PackageSchema;
        assert.throws(() => renderSdkTypes(schema), /property type "tuple" has no TypeScript mapping/);
    });
});

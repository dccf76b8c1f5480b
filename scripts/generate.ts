/**
 * `npm run generate`: writes schema.json from the vendor's spec and the overlay (spec/), then the files derived
 * from schema.json: the SDK's types, resource classes and lookups
 * (sdk/generated/), the reference (docs/reference.md), the coverage of the spec (docs/coverage.md) and
 * README.md's configuration table. A test renders them
 * again and fails when a committed file is stale, so none can drift from the schema.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as prettier from "prettier";
import { renderPackageSchema } from "./codegen/from-spec/package-schema-from-spec";
import { renderCoverageDoc } from "./codegen/coverage-doc";
import { PackageSchema } from "./codegen/package-schema";
import { renderReadme } from "./codegen/readme-configuration";
import { renderReferenceDoc } from "./codegen/reference-doc";
import { renderSdkLookups } from "./codegen/sdk-lookups";
import { renderSdkResources } from "./codegen/sdk-resources";
import { renderSdkTypes } from "./codegen/sdk-types";
import { repoRoot } from "./lib/repo";

/** One generated file; `render` gets schema.json as committed (schema.json's own render needs none). */
export interface GeneratedFile {
    readonly file: string;
    render(schema: PackageSchema): string;
}

/** In the order written: schema.json first, as every other file is rendered from it. */
export const generatedFiles: readonly GeneratedFile[] = [
    { file: path.join(repoRoot, "schema.json"), render: renderPackageSchema },
    { file: path.join(repoRoot, "sdk", "generated", "types.ts"), render: renderSdkTypes },
    { file: path.join(repoRoot, "sdk", "generated", "resources.ts"), render: renderSdkResources },
    { file: path.join(repoRoot, "sdk", "generated", "lookups.ts"), render: renderSdkLookups },
    { file: path.join(repoRoot, "docs", "reference.md"), render: renderReferenceDoc },
    { file: path.join(repoRoot, "docs", "coverage.md"), render: renderCoverageDoc },
    { file: path.join(repoRoot, "README.md"), render: renderReadme },
];

/**
 * The content `generated.file` must have for the current spec, overlay and schema.json; code and JSON are
 * formatted like the rest.
 */
export async function renderGeneratedFile(generated: GeneratedFile): Promise<string> {
    const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, "schema.json"), "utf8")) as PackageSchema;
    const content = generated.render(schema);
    if (!/\.(ts|json)$/.test(generated.file)) {
        return content;
    }
    const options = await prettier.resolveConfig(generated.file);
    return prettier.format(content, { ...options, filepath: generated.file });
}

async function main(): Promise<void> {
    for (const generated of generatedFiles) {
        fs.mkdirSync(path.dirname(generated.file), { recursive: true });
        fs.writeFileSync(generated.file, await renderGeneratedFile(generated));
        console.log(`wrote ${path.relative(repoRoot, generated.file)}`);
    }
}

if (require.main === module) {
    main().catch((error: unknown) => {
        console.error(error);
        process.exitCode = 1;
    });
}

/**
 * Writes sdk/generated/types.ts from schema.json (`npm run generate`). A test renders it again and fails when
 * the committed file is stale, so the SDK's types cannot drift from the schema.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as prettier from "prettier";
import { repoRoot as root } from "./lib/repo";
import { PackageSchema, renderSdkTypes } from "./sdk-types/render";

export const generatedTypesFile = path.join(root, "sdk", "generated", "types.ts");

/** The content sdk/generated/types.ts must have for the current schema.json, formatted like the rest. */
export async function renderGeneratedTypes(): Promise<string> {
    const schema = JSON.parse(fs.readFileSync(path.join(root, "schema.json"), "utf8")) as PackageSchema;
    const options = await prettier.resolveConfig(generatedTypesFile);
    return prettier.format(renderSdkTypes(schema), { ...options, filepath: generatedTypesFile });
}

async function main(): Promise<void> {
    const content = await renderGeneratedTypes();
    fs.mkdirSync(path.dirname(generatedTypesFile), { recursive: true });
    fs.writeFileSync(generatedTypesFile, content);
    console.log(`wrote ${path.relative(root, generatedTypesFile)}`);
}

if (require.main === module) {
    main().catch((error: unknown) => {
        console.error(error);
        process.exitCode = 1;
    });
}

/**
 * A step of `npm run build`, after tsc and before the validators: cuts schema.json into the parts a Pulumi run
 * reads (`provider/schema/parts.ts`), its index and one part per resource, and writes them beside the compiled
 * provider, so that a run parses what its kinds need rather than the whole schema. Derived from schema.json at
 * every build.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadSchema } from "../provider/schema/load";
import { indexOf, partFileOf, partsFolder, resourcePartOf } from "../provider/schema/parts";

const schema = loadSchema();
const folder = path.join(__dirname, "..", "provider", "schema", partsFolder);
fs.rmSync(folder, { recursive: true, force: true });
fs.mkdirSync(folder);
const written = new Set<string>();
for (const token of Object.keys(schema.resources)) {
    const file = partFileOf(token);
    if (written.has(file)) {
        throw new Error(
            `schema.json: two resources end in the same name (${file}); their parts would collide`,
        );
    }
    written.add(file);
    fs.writeFileSync(path.join(folder, file), JSON.stringify(resourcePartOf(schema, token)));
}
// The index last: its presence tells the provider that the parts are all there.
fs.writeFileSync(path.join(folder, "index.json"), JSON.stringify(indexOf(schema)));

import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, it } from "node:test";
import { loadSchema } from "../../provider/schema/load";
import {
    indexOf,
    partFileOf,
    partsFolder,
    resourcePart,
    resourcePartOf,
    schemaIndex,
} from "../../provider/schema/parts";

/** Where the build wrote the parts: beside the compiled parts module, which these tests run against. */
const folder = path.join(path.dirname(require.resolve("../../provider/schema/parts")), partsFolder);

function readJson(file: string): unknown {
    return JSON.parse(fs.readFileSync(path.join(folder, file), "utf8"));
}

describe("schema.json in parts: what a Pulumi run reads of it", () => {
    const schema = loadSchema();

    it("the build wrote the index and a part per resource, each as schema.json has it now", () => {
        assert.deepEqual(readJson("index.json"), indexOf(schema));
        const files = fs.readdirSync(folder).sort();
        assert.deepEqual(files, ["index.json", ...Object.keys(schema.resources).map(partFileOf)].sort());
        for (const token of Object.keys(schema.resources)) {
            assert.deepEqual(readJson(partFileOf(token)), resourcePartOf(schema, token), token);
        }
    });

    it("a resource's part holds every type its properties use, members' types included", () => {
        for (const token of Object.keys(schema.resources)) {
            const part = resourcePartOf(schema, token);
            assert.ok(part !== undefined, token);
            const used = [...JSON.stringify(part).matchAll(/"#\/types\/([^"]+)"/g)].map((match) => match[1]);
            for (const type of used) {
                assert.ok(type in part.types, `${token} uses the type ${type}, which its part lacks`);
            }
            assert.ok(
                Object.keys(part.types).every((type) => used.includes(type)),
                `${token}: its part holds only the types it uses`,
            );
        }
    });

    it("the provider reads the parts the build wrote, and has none for a resource schema.json lacks", () => {
        assert.deepEqual(schemaIndex(), readJson("index.json"));
        const service = Object.keys(schema.resources).find((token) => token.endsWith(":Service"));
        assert.ok(service !== undefined);
        assert.deepEqual(resourcePart(service), readJson(partFileOf(service)));
        assert.equal(resourcePart(`${schema.name}:index:NoSuchResource`), undefined);
    });

    it("a part the build did not write fails the read, naming the file and the fix", (t) => {
        // A copy of the compiled modules in a folder of its own, whose parts hold the index and nothing else:
        // a separate instance, so that the other tests' cache and files stay as they are.
        const copy = fs.mkdtempSync(path.join(os.tmpdir(), "schema-parts-"));
        t.after(() => fs.rmSync(copy, { recursive: true, force: true }));
        const compiled = path.dirname(require.resolve("../../provider/schema/parts"));
        for (const module of ["parts.js", "load.js", "tokens.js"]) {
            fs.copyFileSync(path.join(compiled, module), path.join(copy, module));
        }
        fs.mkdirSync(path.join(copy, partsFolder));
        fs.writeFileSync(path.join(copy, partsFolder, "index.json"), JSON.stringify(indexOf(schema)));
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const partial = require(path.join(copy, "parts.js")) as typeof import("../../provider/schema/parts");
        const service = `${schema.name}:index:Service`;
        assert.throws(
            () => partial.resourcePart(service),
            (error: Error) =>
                error.message ===
                `${path.join(copy, partsFolder, "Service.json")} is missing: run \`npm run build\``,
        );
        assert.equal(partial.resourcePart(`${schema.name}:index:NoSuchResource`), undefined);
    });
});

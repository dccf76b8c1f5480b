import assert from "node:assert/strict";
import * as fs from "node:fs";
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
});

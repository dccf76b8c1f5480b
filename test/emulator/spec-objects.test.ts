import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import { describe, it } from "node:test";
import { renderVendorSpec, specObjectsFile } from "../../emulator/spec/reader";

describe("the emulator's reading of the vendor's spec", () => {
    it("is what npm run generate:emulator writes from spec/vendor/v3.2 (run it when this fails)", () => {
        assert.equal(fs.readFileSync(specObjectsFile(), "utf8"), renderVendorSpec());
    });
});

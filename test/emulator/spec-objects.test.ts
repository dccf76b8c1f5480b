import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import { describe, it } from "node:test";
import { emulatorSpecFile, renderEmulatorSpec } from "../../scripts/spec/emulator-spec";
import { loadSpec } from "../../scripts/spec/normalize";

describe("the emulator's extract of the vendor's spec", () => {
    it("is what npm run generate writes from spec/vendor/v3.2 (run it when this fails)", () => {
        assert.equal(fs.readFileSync(emulatorSpecFile, "utf8"), renderEmulatorSpec(loadSpec()));
    });
});

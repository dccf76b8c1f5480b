import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { repoRoot } from "../../scripts/lib/repo";

interface Manifest {
    readonly version: string;
    readonly main?: string;
    readonly files?: readonly string[];
    readonly dependencies: Readonly<Record<string, string>>;
}

const read = (file: string): Manifest => JSON.parse(fs.readFileSync(path.join(repoRoot, file), "utf8"));

describe("policy-pack/package.json, beside the package's own", () => {
    const pack = read("policy-pack/package.json");
    const root = read("package.json");

    it("has the package's version, which Pulumi shows as the pack's", () => {
        assert.equal(pack.version, root.version);
    });

    it("asks for the @pulumi/policy the package installs, so an installed pack finds it", () => {
        assert.equal(pack.dependencies["@pulumi/policy"], root.dependencies["@pulumi/policy"]);
    });

    it("points at the compiled pack, which the package ships with both manifests", () => {
        assert.ok(pack.main);
        const main = path.join(repoRoot, "policy-pack", pack.main);
        assert.ok(fs.existsSync(main), `${main} exists after the build`);
        for (const file of ["policy-pack/package.json", "policy-pack/PulumiPolicy.yaml"]) {
            assert.ok(root.files?.includes(file), `files lists ${file}`);
        }
        const shipped = path.relative(repoRoot, path.dirname(main));
        assert.ok(root.files?.includes(shipped), `files lists ${shipped}`);
    });
});

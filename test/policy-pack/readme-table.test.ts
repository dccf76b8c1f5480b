import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, it } from "node:test";
import { policies } from "../../policy-pack/policies";
import { repoRoot } from "../../scripts/lib/repo";

describe("the README's table of the policy pack's rules", () => {
    it("lists every rule, in the pack's order, with its default enforcement level", () => {
        const readme = fs.readFileSync(path.join(repoRoot, "README.md"), "utf8");
        const section = readme.slice(readme.indexOf("## Policy pack"), readme.indexOf("## The emulator"));
        const rows = [...section.matchAll(/^\| `([a-z-]+)` \| (\w+) \|/gm)].map(
            ([, name, level]) => `${name} ${level}`,
        );
        assert.deepEqual(
            rows,
            policies.map((policy) => `${policy.name} ${policy.enforcementLevel}`),
        );
    });
});

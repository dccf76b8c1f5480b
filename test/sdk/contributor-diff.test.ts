import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, it } from "node:test";

import { OVERLAY_DIR, loadOverlay } from "../../scripts/codegen/from-spec/load-overlay";
import { packageSchemaFromSpec } from "../../scripts/codegen/from-spec/package-schema-from-spec";
import { repoRoot } from "../../scripts/lib/repo";
import { loadSpec } from "../../scripts/spec/normalize";

/** The README's contributor diff: the files it adds, by path, and the lines it adds to files that exist. */
function readmeDiff(): { added: Map<string, string>; appended: Map<string, string[]> } {
    const readme = fs.readFileSync(path.join(repoRoot, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## Contributing: one more appliance object"));
    const diff = /```diff\n([\s\S]*?)```/.exec(section)?.[1];
    assert.ok(diff, "the contributor section has a diff");
    const added = new Map<string, string>();
    const appended = new Map<string, string[]>();
    let file = "";
    let isNew = false;
    for (const line of diff.split("\n")) {
        if (line.startsWith("--- ")) isNew = line === "--- /dev/null";
        else if (line.startsWith("+++ b/")) file = line.slice("+++ b/".length);
        else if (line.startsWith("+") && isNew) added.set(file, `${added.get(file) ?? ""}${line.slice(1)}\n`);
        else if (line.startsWith("+")) appended.set(file, [...(appended.get(file) ?? []), line.slice(1)]);
    }
    return { added, appended };
}

describe("the README's contributor section", () => {
    it("shows an overlay-only diff that makes the resource read as its file says", () => {
        const { added, appended } = readmeDiff();
        const overlay = fs.mkdtempSync(path.join(os.tmpdir(), "overlay-"));
        try {
            fs.cpSync(OVERLAY_DIR, overlay, { recursive: true });
            for (const [file, text] of added) {
                assert.match(file, /^spec\/overlay\//, "the diff touches the overlay only");
                fs.writeFileSync(path.join(overlay, file.slice("spec/overlay/".length)), text);
            }
            for (const [file, lines] of appended) {
                assert.equal(file, "spec/overlay/package.yaml");
                const packageFile = path.join(overlay, "package.yaml");
                const text = fs.readFileSync(packageFile, "utf8");
                // The diff's context line is the last resource listed: the added ones follow it.
                const last = "  - websocket-policy\n";
                assert.ok(text.includes(last));
                fs.writeFileSync(packageFile, text.replace(last, `${last}${lines.join("\n")}\n`));
            }
            const schema = packageSchemaFromSpec(loadSpec(), loadOverlay(overlay), "0.0.0") as {
                resources: Record<string, { description: string; inputProperties: Record<string, object> }>;
            };
            const group = schema.resources["barracudawaf:index:TrustedHostGroup"];
            assert.match(group.description, /^A group of trusted hosts \(ADVANCED > Trusted Hosts\)/);
            assert.match(
                (group.inputProperties.name as { description: string }).description,
                /^The group's name, unique on the appliance/,
            );
        } finally {
            fs.rmSync(overlay, { recursive: true, force: true });
        }
    });
});

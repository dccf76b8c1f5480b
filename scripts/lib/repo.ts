import * as fs from "node:fs";
import * as path from "node:path";

/** The checkout's root: the nearest directory above this file whose package.json is this package's. */
export const repoRoot: string = findRepoRoot(__dirname);

function findRepoRoot(start: string): string {
    for (let dir = start; ; dir = path.dirname(dir)) {
        const manifest = path.join(dir, "package.json");
        if (
            fs.existsSync(manifest) &&
            JSON.parse(fs.readFileSync(manifest, "utf8")).name === "pulumi-barracudawaf"
        ) {
            return dir;
        }
        if (path.dirname(dir) === dir) {
            throw new Error(`no pulumi-barracudawaf package.json above ${start}`);
        }
    }
}

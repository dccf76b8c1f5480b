import * as fs from "node:fs";
import * as path from "node:path";
import type { EmulatorSnapshot } from "./snapshot";

/** The state file's content: a version, so that a later emulator can tell old files apart. */
interface StateFile {
    version: 1;
    state: EmulatorSnapshot;
}

/** The text of a state file holding `state`. */
export function stateFileText(state: EmulatorSnapshot): string {
    const content: StateFile = { version: 1, state };
    return JSON.stringify(content, null, 2) + "\n";
}

/** The state a file holds; older files lack the collections added since. Throws when it is not a state file. */
export function readStateFile(file: string): Partial<EmulatorSnapshot> {
    let parsed: unknown;
    try {
        parsed = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch (error) {
        throw new Error(`cannot read the emulator state file ${file}: ${(error as Error).message}`, {
            cause: error,
        });
    }
    const content = parsed as Partial<StateFile> | null;
    if (content?.version !== 1 || typeof content.state !== "object" || content.state === null) {
        throw new Error(`${file} is not an emulator state file (expected {"version": 1, "state": {...}})`);
    }
    return content.state;
}

/**
 * Replaces `file` with `text` so that a crash at any moment leaves the old or the new content, and the new
 * one is on disk when it returns: a temporary file, fsync, rename, fsync of the folder. It blocks: the
 * emulator calls it at start and on the writer thread (`state-file-worker.ts`), never while serving.
 */
export function writeFileAtomicallySync(file: string, text: string): void {
    const temporary = `${file}.${process.pid}.tmp`;
    const handle = fs.openSync(temporary, "w");
    try {
        fs.writeSync(handle, text);
        fs.fsyncSync(handle);
    } finally {
        fs.closeSync(handle);
    }
    fs.renameSync(temporary, file);
    // The rename itself is durable only once the folder's entry is on disk.
    const folder = fs.openSync(path.dirname(file), "r");
    try {
        fs.fsyncSync(folder);
    } finally {
        fs.closeSync(folder);
    }
}

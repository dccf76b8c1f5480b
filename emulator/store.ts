import * as fs from "node:fs";
import * as path from "node:path";
import type { EmulatorSnapshot } from "./snapshot";
import { cloneState, fromSnapshot, toSnapshot, type ApplianceState } from "./state";

/** The state file's content: a version, so that a later emulator can tell old files apart. */
interface StateFile {
    version: 1;
    state: EmulatorSnapshot;
}

/**
 * The emulator's state, in memory and optionally in a JSON file. Every change goes through `change`, which
 * writes the file atomically (temporary file, fsync, rename, fsync of the folder) before it resolves: the
 * server answers only after that, so a kill at any moment loses nothing that was acknowledged. If the write
 * fails, the change is undone in memory too.
 */
export class Store {
    private current: ApplianceState;

    private constructor(
        initial: EmulatorSnapshot,
        private readonly file: string | undefined,
    ) {
        this.current = fromSnapshot(initial);
    }

    /**
     * Loads the file if it exists (and writes `initial` to it if it does not). A file written before the
     * emulator knew vsites, service groups and certificates gets those of `initial`.
     */
    static open(initial: EmulatorSnapshot, file?: string): Store {
        if (file === undefined) return new Store(initial, undefined);
        const resolved = path.resolve(file);
        if (!fs.existsSync(resolved)) {
            const store = new Store(initial, resolved);
            store.persist();
            return store;
        }
        return new Store({ ...initial, ...readStateFile(resolved) }, resolved);
    }

    /** The state as reads see it; change it only inside `change`. */
    get state(): ApplianceState {
        return this.current;
    }

    /**
     * Runs `mutate` on the latest state and resolves with its result once the change is stored. `mutate`
     * checks before it changes anything: when it throws, nothing changed and the promise rejects with its
     * error. On a failed write the state is as before and the promise rejects with the write's error.
     */
    change<T>(mutate: (state: ApplianceState) => T): Promise<T> {
        try {
            const before = this.file === undefined ? undefined : cloneState(this.current);
            const result = mutate(this.current);
            if (before !== undefined) {
                try {
                    this.persist();
                } catch (error) {
                    this.current = before;
                    throw error;
                }
            }
            return Promise.resolve(result);
        } catch (error) {
            return Promise.reject(error as Error);
        }
    }

    /** Replaces the whole state (reset), persisted like any change. */
    replace(snapshot: EmulatorSnapshot): void {
        const before = this.current;
        this.current = fromSnapshot(snapshot);
        try {
            this.persist();
        } catch (error) {
            this.current = before;
            throw error;
        }
    }

    /** The state in wire form, a copy. */
    snapshot(): EmulatorSnapshot {
        return toSnapshot(this.current);
    }

    private persist(): void {
        if (this.file === undefined) return;
        const content: StateFile = { version: 1, state: toSnapshot(this.current) };
        writeFileAtomically(this.file, JSON.stringify(content, null, 2) + "\n");
    }
}

/** The state a file holds; older files lack the collections added since. */
function readStateFile(file: string): Partial<EmulatorSnapshot> {
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

function writeFileAtomically(file: string, text: string): void {
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

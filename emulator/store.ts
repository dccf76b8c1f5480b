import * as fs from "node:fs";
import * as path from "node:path";
import type { EmulatorSnapshot } from "./snapshot";
import { readStateFile, stateFileText, writeFileAtomicallySync } from "./state-file";
import { cloneState, fromSnapshot, toSnapshot, wireView, type ApplianceState } from "./state";

/** A change waiting for its write to reach the disk. */
interface Waiter {
    resolve(): void;
    reject(error: Error): void;
}

/**
 * The emulator's state, in memory and optionally in a JSON file.
 *
 * In memory only, a change is done when `change` returns. With a file, a change is applied at once to the
 * latest state, which later changes build on, and `change` resolves only once a write of the file that
 * holds it is on disk (`writeFile`, atomic and durable): the server answers a write after that, so a kill at any
 * moment loses nothing acknowledged. Writes are grouped: while one write is on its way, the changes that
 * arrive meanwhile wait for the next one, which takes them all (one fsync for many changes). Reads see the
 * last state on disk (`state`), so they never wait for a write, and never see a change that is not yet
 * acknowledged. When a write fails, every change not yet on disk is undone and its promise rejects.
 */
export class Store {
    /** What reads see: the state last written (or the only state, in memory). */
    private committed: ApplianceState;
    /** What changes apply to: `committed` plus the changes not yet on disk. */
    private latest: ApplianceState;
    /** Changes applied to `latest` and not yet in a write. */
    private waiting: Waiter[] = [];
    /** The write on its way, if any. */
    private writing: Promise<void> | undefined;
    /** Bumped by `replace`, so that a write that started before it does not bring back the old state. */
    private epoch = 0;

    private constructor(
        initial: EmulatorSnapshot,
        private readonly file: string | undefined,
        private readonly writeFile: (file: string, text: string) => Promise<void>,
    ) {
        this.committed = fromSnapshot(initial);
        // In memory, reads and changes share one state; with a file, changes wait apart until written.
        this.latest = file === undefined ? this.committed : cloneState(this.committed);
    }

    /**
     * Loads the file if it exists (and writes `initial` to it if it does not). A file written before the
     * emulator knew vsites, service groups and certificates gets those of `initial`.
     */
    static open(
        initial: EmulatorSnapshot,
        file: string | undefined,
        /**
         * How a write reaches the disk, atomically and durably, off the event loop (`StateFileWriter`); tests
         * give their own to hold a write on its way. Unused in memory.
         */
        writeFile: (file: string, text: string) => Promise<void>,
    ): Store {
        if (file === undefined) return new Store(initial, undefined, writeFile);
        const resolved = path.resolve(file);
        if (!fs.existsSync(resolved)) {
            writeFileAtomicallySync(resolved, stateFileText(initial));
            return new Store(initial, resolved, writeFile);
        }
        return new Store({ ...initial, ...readStateFile(resolved) }, resolved, writeFile);
    }

    /** The state as reads see it: every acknowledged change, nothing else. Never change it. */
    get state(): ApplianceState {
        return this.committed;
    }

    /**
     * Runs `mutate` on the latest state and resolves with its result once the change is stored. `mutate`
     * checks before it changes anything: when it throws, nothing changed and the promise rejects with its
     * error. When the write fails, the change is undone and the promise rejects with the write's error.
     */
    change<T>(mutate: (state: ApplianceState) => T): Promise<T> {
        let result: T;
        try {
            result = mutate(this.latest);
        } catch (error) {
            return Promise.reject(error as Error);
        }
        if (this.file === undefined) return Promise.resolve(result);
        return new Promise<T>((resolve, reject) => {
            this.waiting.push({ resolve: () => resolve(result), reject });
            this.schedule();
        });
    }

    /**
     * Replaces the whole state (reset) at once, for reads and changes alike, and writes it like a change.
     * Resolves once it is on disk.
     */
    replace(snapshot: EmulatorSnapshot): Promise<void> {
        this.epoch += 1;
        this.committed = fromSnapshot(snapshot);
        this.latest = this.file === undefined ? this.committed : cloneState(this.committed);
        return this.change(() => undefined);
    }

    /** The acknowledged state in wire form, a copy. */
    snapshot(): EmulatorSnapshot {
        return toSnapshot(this.committed);
    }

    /** Resolves once no write is on its way or waiting (for a clean stop). */
    async idle(): Promise<void> {
        while (this.writing !== undefined) await this.writing;
    }

    /** Starts a write unless one is on its way; that one starts the next when it ends. */
    private schedule(): void {
        if (this.writing !== undefined || this.waiting.length === 0) return;
        this.writing = this.write().finally(() => {
            this.writing = undefined;
            this.schedule();
        });
    }

    private async write(): Promise<void> {
        const batch = this.waiting;
        this.waiting = [];
        const epoch = this.epoch;
        // The state of this write, apart from `latest`, which goes on changing meanwhile.
        const written = cloneState(this.latest);
        try {
            await this.writeFile(this.file as string, stateFileText(wireView(written)));
        } catch (error) {
            // Later changes built on this batch's: none of them can be kept.
            const failed = [...batch, ...this.waiting];
            this.waiting = [];
            this.latest = cloneState(this.committed);
            for (const waiter of failed) waiter.reject(error as Error);
            return;
        }
        if (epoch === this.epoch) this.committed = written;
        for (const waiter of batch) waiter.resolve();
    }
}

import * as path from "node:path";
import { Worker } from "node:worker_threads";

/**
 * Writes the state file on a thread of its own (`state-file-worker.ts`), started at the first write; one
 * write at a time is enough, as the store groups changes. `close` ends the thread.
 */
export class StateFileWriter {
    private worker: Worker | undefined;
    private nextId = 0;
    private readonly pending = new Map<number, { resolve(): void; reject(error: Error): void }>();

    /** Resolves once `text` is `file`'s content on disk; rejects with the write's error. */
    write = (file: string, text: string): Promise<void> => {
        const id = ++this.nextId;
        return new Promise<void>((resolve, reject) => {
            this.pending.set(id, { resolve, reject });
            this.thread().postMessage({ id, file, text });
        });
    };

    async close(): Promise<void> {
        const worker = this.worker;
        this.worker = undefined;
        if (worker) await worker.terminate();
    }

    private thread(): Worker {
        if (this.worker) return this.worker;
        const worker = new Worker(path.join(__dirname, "state-file-worker.js"));
        // The thread never holds the process open: the server does, while it serves.
        worker.unref();
        worker.on("message", ({ id, error }: { id: number; error?: string }) => {
            const waiter = this.pending.get(id);
            this.pending.delete(id);
            if (error === undefined) waiter?.resolve();
            else waiter?.reject(new Error(`cannot write the emulator state file: ${error}`));
        });
        worker.on("error", (error) => this.failAll(error));
        worker.on("exit", () => {
            if (this.worker === worker) this.worker = undefined;
            this.failAll(new Error("the emulator state file writer stopped"));
        });
        this.worker = worker;
        return worker;
    }

    private failAll(error: Error): void {
        for (const waiter of this.pending.values()) waiter.reject(error);
        this.pending.clear();
    }
}

import { parentPort } from "node:worker_threads";
import { writeFileAtomicallySync } from "./state-file";

/**
 * The state file's writer thread: writes `{id, file, text}` atomically and durably, answers `{id}` or
 * `{id, error}`. One thread hop per write, where the same work on the main thread's async fs would take eight
 * turns of an event loop busy with requests.
 */
parentPort?.on("message", ({ id, file, text }: { id: number; file: string; text: string }) => {
    try {
        writeFileAtomicallySync(file, text);
        parentPort?.postMessage({ id });
    } catch (error) {
        parentPort?.postMessage({ id, error: (error as Error).message });
    }
});

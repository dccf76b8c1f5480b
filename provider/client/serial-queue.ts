/**
 * Runs tasks one at a time, in the order they were queued. A task starts only after the previous one settled,
 * whether it succeeded or failed; each caller gets its own task's result or error.
 */
export class SerialQueue {
    #tail: Promise<unknown> = Promise.resolve();

    /** Queues `task` and settles with its outcome once it has run. */
    run<T>(task: () => Promise<T>): Promise<T> {
        const result = this.#tail.then(() => task());
        this.#tail = result.catch(() => undefined);
        return result;
    }
}

/** How long a Pulumi operation may run, so that a hung CLI cannot stall a test suite. */
export interface TimeLimits {
    /**
     * After this long the operation is cancelled as Ctrl-C cancels it (Pulumi finishes what it started and
     * records it), and it rejects. Default 5 minutes.
     */
    readonly timeoutMs?: number;
    /**
     * How long a cancelled operation (by `timeoutMs` or by the caller's `signal`) may take to wind down before
     * its CLI and everything the CLI started are killed. Default 30 seconds.
     */
    readonly killAfterMs?: number;
    /** The caller's own way to cancel the operation. */
    readonly signal?: AbortSignal;
}

const defaultTimeoutMs = 5 * 60 * 1000;
const defaultKillAfterMs = 30 * 1000;

/**
 * Runs `operation` (`pulumi <name>`) with a signal that cancels it once `limits` are exceeded, and calls `kill`
 * when it has not wound down `killAfterMs` after that: the Automation API answers an abort with one SIGINT,
 * which a CLI waiting on a hung plugin ignores. A cancelled operation rejects with an error that says so, after
 * the CLI's output.
 */
export async function withinTimeLimits<T>(
    name: string,
    limits: TimeLimits,
    kill: () => void,
    operation: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
    const timeoutMs = limits.timeoutMs ?? defaultTimeoutMs;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = limits.signal ? AbortSignal.any([timeout, limits.signal]) : timeout;
    let killTimer: NodeJS.Timeout | undefined;
    const killLater = () => {
        killTimer = setTimeout(kill, limits.killAfterMs ?? defaultKillAfterMs);
    };
    signal.addEventListener("abort", killLater, { once: true });
    try {
        return await operation(signal);
    } catch (error) {
        if (!signal.aborted) throw error;
        const why = timeout.aborted ? `did not finish within ${timeoutMs / 1000} s` : "was cancelled";
        const output = error instanceof Error ? error.message : String(error);
        throw new Error(`pulumi ${name} ${why} and was stopped\n${output}`);
    } finally {
        signal.removeEventListener("abort", killLater);
        clearTimeout(killTimer);
    }
}

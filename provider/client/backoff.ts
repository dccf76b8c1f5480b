/** Delay before the first retry, in milliseconds. Each further retry doubles it. */
export const retryBaseDelayMs = 200;

/** The longest computed delay between two attempts, in milliseconds. */
export const retryMaxDelayMs = 2000;

/** The longest delay a `Retry-After` header may ask for before it is ignored, in milliseconds. */
export const retryAfterLimitMs = 10_000;

/**
 * How long to wait before retry number `retry` (1 for the first retry): exponential from
 * {@link retryBaseDelayMs}, capped at {@link retryMaxDelayMs}, with ±25 % jitter so that parallel callers do not
 * retry in step. The wait a `Retry-After` header asked for (`retryAfterMs`, as got reads it from seconds or an
 * HTTP date) wins when it is longer, unless it exceeds {@link retryAfterLimitMs}: then it is ignored.
 */
export function retryDelayMs(retry: number, retryAfterMs?: number): number {
    const exponential = Math.min(retryBaseDelayMs * 2 ** Math.max(0, retry - 1), retryMaxDelayMs);
    const jittered = Math.round(exponential * (0.75 + Math.random() * 0.5));
    const asked = retryAfterMs ?? NaN;
    return Number.isFinite(asked) && asked > jittered && asked <= retryAfterLimitMs ? asked : jittered;
}

/** Delay before the first retry, in milliseconds. Each further retry doubles it. */
export const retryBaseDelayMs = 200;

/** The longest computed delay between two attempts, in milliseconds. */
export const retryMaxDelayMs = 2000;

/** The longest delay a `Retry-After` header may ask for before it is ignored, in milliseconds. */
export const retryAfterLimitMs = 10_000;

/**
 * How long to wait before retry number `retry` (1 for the first retry): exponential from
 * {@link retryBaseDelayMs}, capped at {@link retryMaxDelayMs}, with ±25 % jitter so that parallel callers do not
 * retry in step. A `Retry-After` header in seconds, up to {@link retryAfterLimitMs}, wins when it asks for more.
 */
export function retryDelayMs(retry: number, retryAfter?: string | undefined): number {
    const exponential = Math.min(retryBaseDelayMs * 2 ** Math.max(0, retry - 1), retryMaxDelayMs);
    const jittered = Math.round(exponential * (0.75 + Math.random() * 0.5));
    const asked = retryAfter === undefined ? NaN : Number(retryAfter.trim()) * 1000;
    return Number.isFinite(asked) && asked > jittered && asked <= retryAfterLimitMs ? asked : jittered;
}

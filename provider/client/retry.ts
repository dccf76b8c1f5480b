import type { Method, Options, RequestError, RetryObject, RetryOptions } from "got" with {
    "resolution-mode": "import",
};

import { BarracudaWafError } from "../barracuda-waf-error";
import { attemptsOf, contextOf } from "./call-context";
import { ApplianceError } from "./errors";
import { speaksTls } from "./tls-probe";
import { describeTransportFailure } from "./transport-failure";

/*
 * The one place that decides whether a call to the appliance is sent again, how often and after how long: got's
 * `retry` options for every call ({@link retryPolicy}), the login's wider methods ({@link loginRetry}), and the
 * engine's resend of a create the appliance turned away with a 503 ({@link absentPostRetryDelay}). Everything
 * else only reports what happened (`transport-failure.ts`, `errors-from-got.ts`).
 */

/** Methods that may be sent again after a lost answer or a 502/503/504: applying them twice changes nothing. */
export const idempotentMethods: readonly Method[] = ["GET", "PUT", "DELETE"];

/** Answers after which an idempotent call is sent again: the appliance or a proxy in front of it was busy. */
const retryableStatuses: readonly number[] = [502, 503, 504];

/**
 * The error codes after which trying again may help: connection failures that can pass, and `ETIMEDOUT` (got's
 * own timeout and the system's). TLS failures, an unknown host (`ENOTFOUND`) and codes not listed here are not
 * among them: the same request would fail the same way.
 */
const retryableErrorCodes: readonly string[] = [
    "ECONNREFUSED",
    "ECONNRESET",
    "EPIPE",
    "EAI_AGAIN",
    "EHOSTUNREACH",
    "ENETUNREACH",
    "EADDRNOTAVAIL",
    "ETIMEDOUT",
];

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

/**
 * got's `retry` options for an appliance at `address`: up to `maxRetries` retries of GET, PUT and DELETE after
 * a 502/503/504 or one of {@link retryableErrorCodes}, with the backoff of {@link retryDelayMs} (a `Retry-After`
 * up to its limit included). A POST is retried only after a failure that certainly kept it from the appliance
 * (connection refused, DNS). A request may widen `methods` ({@link loginRetry}). A plain-HTTP request that was
 * reset is not retried when the port turns out to speak TLS (one handshake, bounded by `timeoutMs`).
 */
export function retryPolicy(maxRetries: number, address: string, timeoutMs: number): Partial<RetryOptions> {
    return {
        limit: maxRetries,
        methods: [...idempotentMethods],
        statusCodes: [...retryableStatuses],
        errorCodes: [...retryableErrorCodes],
        calculateDelay: async (retry) =>
            (await resetByTlsPort(retry.error, address, timeoutMs)) ? 0 : retryDelay(retry, address),
        // calculateDelay must see every failure: got's own rules would drop the never-sent POST, count the repeat
        // after a fresh login against the budget, and cancel (not ignore) a Retry-After beyond the limit.
        enforceRetryRules: false,
    };
}

/** The login's `retry` options: a login creates nothing on the appliance, so its POST is resent like a read. */
export function loginRetry(): Partial<RetryOptions> {
    return { methods: [...idempotentMethods, "POST"] };
}

/** Whether got may resend the request after it reached the appliance: its method is one of `retry.methods`. */
export function isResendable(options: Options): boolean {
    return options.retry.methods?.includes(options.method as Method) ?? false;
}

/**
 * The delay before the engine sends a create's POST again, or undefined when it must not: only after a 503 (the
 * appliance answered that it cannot serve the request now, so it is done with it) and a GET that found no such
 * object, and at most `maxRetries` times. After a 502, a 504 or a lost connection the request may still be at
 * work behind a proxy, so a GET that finds nothing proves less: those are reported, not resent.
 *
 * @param attempt how many times the POST was sent, counting the one that failed.
 */
export function absentPostRetryDelay(
    error: unknown,
    attempt: number,
    maxRetries: number,
): number | undefined {
    const refusedForNow = error instanceof ApplianceError && error.status === 503;
    return refusedForNow && attempt <= maxRetries ? retryDelayMs(attempt) : undefined;
}

/**
 * The delay before the next attempt, 0 for none, decided on the request's own `retry` options: at most `limit`
 * retries in the current session; an answer with one of `statusCodes` to one of `methods`; a failure with one
 * of `errorCodes` for one of `methods`, or for any method when the request never reached the appliance.
 */
function retryDelay({ attemptCount, retryOptions, error, retryAfter }: RetryObject, address: string): number {
    if (error.name === "RetryError") {
        return 1; // the one repeat after a fresh login, asked for by the client's 401 hook; not a retry
    }
    if (error.cause instanceof BarracudaWafError) {
        return 0; // a hook's verdict: the login failed, or the answer is final
    }
    const retry = attemptsOf(attemptCount - 1, contextOf(error.options));
    if (retry > retryOptions.limit) {
        return 0;
    }
    const resendable = isResendable(error.options);
    if (error.name === "HTTPError" && error.response !== undefined) {
        return resendable && retryOptions.statusCodes.includes(error.response.statusCode)
            ? retryDelayMs(retry, retryAfter)
            : 0;
    }
    if (!retryOptions.errorCodes.includes(error.code)) {
        return 0;
    }
    return resendable || describeTransportFailure(error, address).neverSent ? retryDelayMs(retry) : 0;
}

/**
 * Whether `error` is a reset of a plain-HTTP request by a port that speaks TLS (as a TLS server drops a request
 * it cannot read): asked once per request, by a handshake, and kept in its context for the error's message.
 */
async function resetByTlsPort(error: RequestError, address: string, timeoutMs: number): Promise<boolean> {
    if (!address.startsWith("http:") || error.code !== "ECONNRESET" || error.response !== undefined) {
        return false;
    }
    const context = contextOf(error.options);
    context.portSpeaksTls ??= await speaksTls(address, timeoutMs);
    return context.portSpeaksTls;
}

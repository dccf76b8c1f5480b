import type { RequestError, RetryObject, RetryOptions } from "got" with { "resolution-mode": "import" };

import { BarracudaWafError } from "../barracuda-waf-error";
import { retryDelayMs } from "./backoff";
import { attemptsOf, contextOf, idempotentMethods, isResendable } from "./call-context";
import { speaksTls } from "./tls-probe";
import { describeTransportFailure, retryableErrorCodes } from "./transport-failure";

/** Answers after which an idempotent call is sent again: the appliance or a proxy in front of it was busy. */
const retryableStatuses: readonly number[] = [502, 503, 504];

/**
 * got's `retry` options for an appliance at `address`: up to `maxRetries` retries of GET, PUT and DELETE after
 * a 502/503/504 or one of {@link retryableErrorCodes}, with the backoff of {@link retryDelayMs} (a `Retry-After`
 * up to its limit included). A POST is retried only after a failure that certainly kept it from the appliance
 * (connection refused, DNS). A request may widen `methods` (the login does). A plain-HTTP request that was reset
 * is not retried when the port turns out to speak TLS (one handshake, bounded by `timeoutMs`).
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

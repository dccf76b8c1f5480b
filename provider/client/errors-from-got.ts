import type { RequestError, Response } from "got" with { "resolution-mode": "import" };

import { BarracudaWafError } from "../barracuda-waf-error";
import { answerBody, applianceMessageOf } from "./appliance-body";
import { attemptsOf, contextOf } from "./call-context";
import {
    ApplianceError,
    ApplianceTimeoutError,
    ApplianceUnreachableError,
    AuthenticationError,
} from "./errors";
import { isResendable } from "./retry";
import { settingSpecs } from "./setting-specs";
import { describeTransportFailure, httpsPortFailure, tlsServerRefusal } from "./transport-failure";

/** What the errors of one client name, and how it hides its secrets. */
export interface ErrorSource {
    /** The appliance's origin as configured. */
    readonly address: string;
    readonly username: string;
    /** The timeout of one attempt, in milliseconds. */
    readonly timeoutMs: number;
    /** Removes the password and the session token from `text`. */
    redact(text: string): string;
}

/**
 * got's `beforeError`: turns any failure of a request into one of the provider's errors. A provider error a
 * hook threw is passed on as it is; an error status becomes {@link answerError}'s error; no answer becomes an
 * {@link ApplianceTimeoutError} or {@link ApplianceUnreachableError}, whose cause is got's error reduced to its
 * name, code and message.
 */
export function providerError(error: RequestError, source: ErrorSource): BarracudaWafError {
    if (error.cause instanceof BarracudaWafError) {
        return error.cause;
    }
    if (error.name === "HTTPError" && error.response !== undefined) {
        return answerError(error.response, source);
    }
    const { options } = error;
    const context = contextOf(options);
    const failure = describeTransportFailure(error, source.address, context.portSpeaksTls);
    const common = {
        method: options.method,
        path: context.path,
        address: source.address,
        attempts: attemptsOf(error.request?.retryCount ?? 0, context),
        outcomeUnknown: !isResendable(options) && !failure.neverSent,
    };
    const cause = { cause: error };
    return failure.kind === "timeout"
        ? new ApplianceTimeoutError({ ...common, timeoutMs: source.timeoutMs }, cause)
        : new ApplianceUnreachableError({ ...common, reason: source.redact(failure.reason) }, cause);
}

/**
 * The error for an answer that is not a usable success: a login refused with a 4xx, or a call refused with 401
 * right after a fresh login, is an {@link AuthenticationError}; anything else an {@link ApplianceError} with
 * the appliance's message (a POST's 5xx with `outcomeUnknown`). A TLS server's refusal of a plain-HTTP request
 * is an {@link ApplianceUnreachableError} that says to use https://, whatever the call.
 */
export function answerError(response: Response, source: ErrorSource): BarracudaWafError {
    const { options } = response.request;
    const context = contextOf(options);
    const status = response.statusCode;
    const refusal = source.address.startsWith("http:")
        ? tlsServerRefusal(status, String(response.body))
        : undefined;
    if (refusal !== undefined) {
        return new ApplianceUnreachableError({
            method: options.method,
            path: context.path,
            address: source.address,
            reason: httpsPortFailure(source.address, refusal).reason,
        });
    }
    const applianceMessage = source.redact(messageOf(response));
    const refused = { address: source.address, username: source.username, status, applianceMessage };
    if (context.call === "login" && status >= 400 && status < 500) {
        return new AuthenticationError(refused);
    }
    if (status === 401 && context.attemptsBefore !== undefined) {
        return new AuthenticationError({
            ...refused,
            during: `${options.method} ${context.path} right after a fresh login`,
        });
    }
    return new ApplianceError({
        method: options.method,
        path: context.path,
        status,
        applianceMessage,
        attempts: attemptsOf(response.retryCount, context),
        outcomeUnknown: !isResendable(options) && status >= 500,
    });
}

function messageOf(response: Response): string {
    const status = response.statusCode;
    if (status >= 300 && status < 400) {
        return (
            `redirected to ${response.headers.location ?? "another location"}; set ${settingSpecs().address.key} to ` +
            "the appliance's API origin (https://HOST:8443 or http://HOST:8000)"
        );
    }
    const message = applianceMessageOf(String(response.body), answerBody(response));
    return status >= 200 && status < 300 ? `the answer is not JSON: ${message}` : message;
}

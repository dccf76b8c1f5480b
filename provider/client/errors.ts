import { BarracudaWafError } from "../barracuda-waf-error";
import { BarracudaWafErrorCode } from "../error-codes";
import { settingSpecs } from "./setting-specs";

/*
 * The client's errors: a call to the appliance failed (an error status, no answer, no answer in time), the
 * appliance refused the login, or a connection setting is missing or invalid. `errors-from-got.ts` turns got's
 * failures into them. Their codes are in `../error-codes.ts`; config keys in their messages come from
 * schema.json's config (`setting-specs.ts`).
 */

/** What every failed call to the appliance reports, whatever the reason. */
export interface ApplianceCallFailure {
    /** HTTP method of the call, upper case. */
    readonly method: string;
    /** Path of the call relative to `/restapi/v3.2`, without the query, e.g. `/services/chat`. */
    readonly path: string;
    /** How many times the request was sent (1 when it was not retried). */
    readonly attempts: number;
    /**
     * True when a non-idempotent write (POST) may have been applied even though the call failed: the request
     * was sent and the answer was lost or was a 5xx. The client never resends such a write; the caller decides,
     * for example by reading whether the object now exists.
     */
    readonly outcomeUnknown: boolean;
}

/** What identifies one failed call, as every appliance-call error is given it. */
interface CallFailureInit {
    readonly method: string;
    readonly path: string;
    readonly attempts?: number;
    readonly outcomeUnknown?: boolean;
}

/**
 * The shared part of the errors of one call to the appliance: the call, how often it was sent and whether a
 * write may have been applied, and a message that starts with `METHOD path` and ends with those notes.
 */
abstract class ApplianceCallError extends BarracudaWafError implements ApplianceCallFailure {
    readonly method: string;
    readonly path: string;
    readonly attempts: number;
    readonly outcomeUnknown: boolean;

    /** `what` says what went wrong after `METHOD path`; `fix`, when given, ends the message. */
    protected constructor(
        code: BarracudaWafErrorCode,
        failure: CallFailureInit,
        what: string,
        fix: string,
        options?: { readonly cause?: unknown },
    ) {
        const attempts = failure.attempts ?? 1;
        super(
            code,
            `${failure.method} ${failure.path} ${what}` +
                attemptsNote(attempts) +
                (failure.outcomeUnknown ? outcomeUnknownNote : "") +
                fix,
            options,
        );
        this.method = failure.method;
        this.path = failure.path;
        this.attempts = attempts;
        this.outcomeUnknown = failure.outcomeUnknown ?? false;
    }
}

/** The appliance answered with an error status (any 3xx, 4xx or 5xx, or an unreadable 2xx body). */
export class ApplianceError extends ApplianceCallError {
    /** The HTTP status the appliance answered with. */
    readonly status: number;
    /** The appliance's own message, from whichever error body shape it used, or a description of the body. */
    readonly applianceMessage: string;

    constructor(failure: CallFailureInit & { readonly status: number; readonly applianceMessage: string }) {
        super(
            BarracudaWafErrorCode.appliance,
            failure,
            `failed with ${failure.status}: ${failure.applianceMessage}`,
            "",
        );
        this.status = failure.status;
        this.applianceMessage = failure.applianceMessage;
    }
}

/** The appliance could not be reached or the connection failed: refused, reset, dropped, DNS or TLS. */
export class ApplianceUnreachableError extends ApplianceCallError {
    /** The appliance's address as configured, e.g. `https://waf.example.com:8443`. */
    readonly address: string;
    /** The underlying reason in words, e.g. `connection refused (ECONNREFUSED)`. */
    readonly reason: string;

    constructor(
        failure: CallFailureInit & { readonly address: string; readonly reason: string },
        options?: { readonly cause?: unknown },
    ) {
        super(
            BarracudaWafErrorCode.unreachable,
            failure,
            `could not reach the appliance at ${failure.address}: ${failure.reason}`,
            "",
            options,
        );
        this.address = failure.address;
        this.reason = failure.reason;
    }
}

/** The appliance did not answer within the configured timeout (`barracudawaf:timeoutSeconds`). */
export class ApplianceTimeoutError extends ApplianceCallError {
    /** The appliance's address as configured. */
    readonly address: string;
    /** The timeout of one attempt, in milliseconds. */
    readonly timeoutMs: number;

    constructor(
        failure: CallFailureInit & { readonly address: string; readonly timeoutMs: number },
        options?: { readonly cause?: unknown },
    ) {
        super(
            BarracudaWafErrorCode.timeout,
            failure,
            `got no answer from the appliance at ${failure.address} within ${failure.timeoutMs} ms`,
            `; raise ${settingSpecs().timeoutSeconds.key} if the appliance is slow`,
            options,
        );
        this.address = failure.address;
        this.timeoutMs = failure.timeoutMs;
    }
}

/**
 * The appliance refused the login, or refused the session again right after a fresh login. Carries the
 * address and user name, never the password or the token.
 */
export class AuthenticationError extends BarracudaWafError {
    /** The appliance's address as configured. */
    readonly address: string;
    /** The user name that was refused. */
    readonly username: string;
    /** The HTTP status of the refusal, when the appliance answered. */
    readonly status: number | undefined;
    /** The appliance's own message, when it gave one. */
    readonly applianceMessage: string | undefined;

    constructor(failure: {
        readonly address: string;
        readonly username: string;
        readonly status?: number;
        readonly applianceMessage?: string;
        /** What was being done, e.g. `login` or `GET /services after a fresh login`. Defaults to `login`. */
        readonly during?: string;
    }) {
        const during = failure.during ?? "login";
        const answer =
            failure.status === undefined
                ? ""
                : ` with ${failure.status}${failure.applianceMessage ? `: ${failure.applianceMessage}` : ""}`;
        const { username, password } = settingSpecs();
        super(
            BarracudaWafErrorCode.authentication,
            `The appliance at ${failure.address} refused ${during} as user "${failure.username}"${answer}; ` +
                `check ${username.key} and ${password.key} (or ${username.env} and ${password.env})`,
        );
        this.address = failure.address;
        this.username = failure.username;
        this.status = failure.status;
        this.applianceMessage = failure.applianceMessage;
    }
}

/** A provider setting is missing or invalid. Names the config key, its environment variable and the fix. */
export class ConfigurationError extends BarracudaWafError {
    /** The stack config key, e.g. `barracudawaf:address`. */
    readonly key: string;
    /** The environment variable that can stand in for the key, if any, e.g. `BARRACUDA_WAF_ADDRESS`. */
    readonly envVariable: string | undefined;
    /** What to do about it, as a sentence. */
    readonly fix: string;

    /**
     * @param problem what is wrong, e.g. `is not set` or `"ftp://x" is not an http or https URL`; it must not
     *   quote a secret value.
     */
    constructor(failure: {
        readonly key: string;
        readonly envVariable?: string;
        readonly problem: string;
        readonly fix: string;
    }) {
        const source = failure.envVariable ? `${failure.key} (or ${failure.envVariable})` : failure.key;
        super(BarracudaWafErrorCode.configuration, `${source} ${failure.problem}: ${failure.fix}`);
        this.key = failure.key;
        this.envVariable = failure.envVariable;
        this.fix = failure.fix;
    }
}

const outcomeUnknownNote = "; the write may have been applied, so it was not resent";

function attemptsNote(attempts: number): string {
    return attempts > 1 ? ` (after ${attempts} attempts)` : "";
}

import type { BarracudaWafErrorCode } from "./error-codes";

/**
 * The base of every provider error, and what keeps secrets out of them. Each subclass has a stable `code` from
 * `error-codes.ts`, an optional `cause`, and a message that stands alone: it says what was attempted, what went
 * wrong and, when there is one, the fix. The subclasses live by layer (`client/errors.ts`, `engine/errors.ts`,
 * `rules/websocket-errors.ts`); this file imports none of them, so every layer can use it.
 *
 * Secrets never travel in an error: no message, `cause` chain or enumerable property holds a password, a
 * session token or an Authorization header. Causes from libraries (got's errors carry the request options,
 * headers and body) are never attached as they are: {@link safeCause} copies only their name, code and message.
 */
export class BarracudaWafError extends Error {
    /** Stable identifier of the kind of failure, e.g. `ERR_APPLIANCE`. Never changes between releases. */
    readonly code: BarracudaWafErrorCode;

    constructor(code: BarracudaWafErrorCode, message: string, options?: { readonly cause?: unknown }) {
        super(message, options?.cause === undefined ? undefined : { cause: safeCause(options.cause) });
        this.code = code;
        Object.defineProperty(this, "name", {
            value: new.target.name,
            enumerable: false,
            configurable: true,
            writable: true,
        });
    }
}

/** The message of anything thrown, for an error message that ends with its cause. */
export function messageOf(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}

/**
 * Turns anything thrown by a library into a cause that is safe to keep: a plain `Error` with the original's
 * name, `code` and message, and a cause chain copied the same way (at most 5 deep). Request options, headers,
 * bodies, responses and any other property are dropped. A {@link BarracudaWafError} is kept as it is (it is
 * safe by construction).
 */
export function safeCause(cause: unknown, depth = 0): unknown {
    if (cause instanceof BarracudaWafError) {
        return cause;
    }
    if (!(cause instanceof Error)) {
        return cause === undefined || cause === null ? cause : new Error(String(cause).slice(0, 500));
    }
    const inner = depth < 5 && cause.cause !== undefined ? safeCause(cause.cause, depth + 1) : undefined;
    const copy = new Error(cause.message, inner === undefined ? undefined : { cause: inner });
    Object.defineProperty(copy, "name", { value: cause.name, enumerable: false, configurable: true });
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string") {
        (copy as Error & { code?: string }).code = code;
    }
    copy.stack = `${cause.name}: ${cause.message}`;
    return copy;
}

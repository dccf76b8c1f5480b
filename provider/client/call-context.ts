import type { NormalizedOptions, Options } from "got" with { "resolution-mode": "import" };

/** What got's hooks know about one request to the appliance, kept in got's per-request `context`. */
export interface CallContext {
    /** `login` goes without a token and is resent like a read; `logout` is not repeated after a 401. */
    readonly call: "login" | "logout" | "call";
    /** The path as the caller gave it, for messages, e.g. `/services/chat`. */
    readonly path: string;
    /** How many logins had succeeded when the request was sent: which session its token belonged to. */
    session?: number;
    /** Set on the one repeat after a 401: how many attempts the request had made before the fresh login. */
    attemptsBefore?: number;
    /** Set once a plain-HTTP request was reset: whether the port then completed a TLS handshake. */
    portSpeaksTls?: boolean;
}

/** The {@link CallContext} the client gave the request. */
export function contextOf(options: Options | NormalizedOptions): CallContext {
    return options.context as unknown as CallContext;
}

/**
 * The attempts in the current session, counting the one that just failed or answered (`retryCount + 1`): the
 * repeat after a fresh login starts again at 1, as the retry budget does.
 */
export function attemptsOf(retryCount: number, context: CallContext): number {
    return retryCount + 1 - (context.attemptsBefore ?? 0);
}

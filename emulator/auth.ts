import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Clock } from "./clock";

/** What the token's JSON document holds. `expiry` is in milliseconds since the epoch. */
interface TokenDocument {
    id: string;
    serial: number;
    expiry: number;
    sig: string;
}

/** The outcome of checking an `Authorization` header. */
export type AuthCheck = { ok: true; session: string } | { ok: false; reason: string };

/**
 * Issues and checks tokens the way the appliance does. A token is base64 of a small JSON document (session
 * id, serial, expiry, and an HMAC so that nobody can extend the expiry), MIME-wrapped at 76 columns with a
 * trailing newline. Every answer carries a fresh token with a fresh expiry; older tokens of the session stay
 * good until their own expiry. Logging out ends the session, and with it all of its tokens.
 *
 * A token is accepted only as the exact string issued, line breaks and trailing newline included, as the
 * appliance wants it: a client that trims or re-wraps it gets 401. No list of issued tokens is kept for that
 * (a session is given a new token with every answer): the signature proves that the document was issued, and
 * an issued token is the one canonical encoding of its document, so the string must equal that encoding.
 */
export class TokenAuthority {
    private readonly secret = randomBytes(32);
    private readonly sessions = new Map<string, number>(); // session id -> latest expiry issued
    private serial = 0;

    constructor(
        private lifetimeSeconds: number,
        /** Expiries are set and checked on this clock, which tests can move forward. */
        private readonly clock: Pick<Clock, "now">,
    ) {}

    setLifetime(seconds: number): void {
        if (!Number.isFinite(seconds) || seconds < 0)
            throw new RangeError(`invalid token lifetime: ${seconds}`);
        this.lifetimeSeconds = seconds;
    }

    /** Starts a session and returns its first token. */
    login(): string {
        this.forgetEndedSessions();
        const session = randomBytes(16).toString("hex");
        this.sessions.set(session, 0);
        return this.issue(session);
    }

    /** A fresh token for a live session. */
    issue(session: string): string {
        const expiry = this.clock.now() + this.lifetimeSeconds * 1000;
        const latest = this.sessions.get(session);
        if (latest !== undefined) this.sessions.set(session, Math.max(latest, expiry));
        const serial = ++this.serial;
        return encodeToken({ id: session, serial, expiry, sig: this.sign(session, serial, expiry) });
    }

    /**
     * A well-formed token that grants nothing, for answers to callers without a session (401s, logout): every
     * answer carries a token, but a failed login must not hand out a working one.
     */
    inert(): string {
        return this.issue(randomBytes(16).toString("hex"));
    }

    /**
     * Checks `Authorization: Basic base64(token + ":")`. The scheme may be in any case and the colon may be
     * missing, as clients in the wild do; the token itself must be exactly as issued.
     */
    check(header: string | undefined): AuthCheck {
        if (header === undefined || header.trim() === "")
            return { ok: false, reason: "Login token is missing." };
        const match = /^basic\s+(\S+)\s*$/i.exec(header);
        if (!match) return { ok: false, reason: "The Authorization header must use the Basic scheme." };
        let token = Buffer.from(match[1], "base64").toString("utf8");
        if (token.endsWith(":")) token = token.slice(0, -1);
        const document = parseToken(token);
        if (!document || !this.verifySignature(document))
            return { ok: false, reason: "Invalid login token." };
        if (token !== encodeToken(document)) {
            return {
                ok: false,
                reason: "Invalid login token: send it exactly as received, its line breaks and final newline included.",
            };
        }
        if (!this.sessions.has(document.id))
            return { ok: false, reason: "The login token is no longer valid." };
        if (document.expiry <= this.clock.now()) return { ok: false, reason: "The login token has expired." };
        return { ok: true, session: document.id };
    }

    logout(session: string): void {
        this.sessions.delete(session);
    }

    /** Every token issued so far stops working. */
    expireAll(): void {
        this.sessions.clear();
    }

    private forgetEndedSessions(): void {
        const now = this.clock.now();
        for (const [session, expiry] of this.sessions) {
            if (expiry !== 0 && expiry <= now) this.sessions.delete(session);
        }
    }

    private sign(session: string, serial: number, expiry: number): string {
        return createHmac("sha256", this.secret).update(`${session}.${serial}.${expiry}`).digest("hex");
    }

    private verifySignature(document: TokenDocument): boolean {
        const expected = Buffer.from(this.sign(document.id, document.serial, document.expiry), "hex");
        const given = Buffer.from(document.sig, "hex");
        return given.length === expected.length && timingSafeEqual(given, expected);
    }
}

/** The token of a document: its JSON (fields in a fixed order) in MIME base64. */
function encodeToken({ id, serial, expiry, sig }: TokenDocument): string {
    return mimeBase64(JSON.stringify({ id, serial, expiry, sig }));
}

/** Base64 in MIME form: lines of 76 characters, each ending with a newline (as the appliance sends it). */
function mimeBase64(text: string): string {
    const encoded = Buffer.from(text, "utf8").toString("base64");
    return encoded.replace(/.{1,76}/g, "$&\n");
}

/** The document in a token, read leniently (any whitespace ignored); `check` then insists on the exact form. */
function parseToken(token: string): TokenDocument | undefined {
    const compact = token.replace(/\s+/g, "");
    if (!/^[A-Za-z0-9+/]+=*$/.test(compact)) return undefined;
    try {
        const parsed: unknown = JSON.parse(Buffer.from(compact, "base64").toString("utf8"));
        if (typeof parsed !== "object" || parsed === null) return undefined;
        const { id, serial, expiry, sig } = parsed as Record<string, unknown>;
        if (typeof id !== "string" || typeof serial !== "number" || typeof expiry !== "number")
            return undefined;
        if (typeof sig !== "string") return undefined;
        return { id, serial, expiry, sig };
    } catch {
        return undefined;
    }
}

import { settingSpecs } from "./setting-specs";

/** What went wrong when no HTTP answer arrived, in terms the retry policy (`retry.ts`) and the error messages need. */
export interface TransportFailure {
    /** `timeout` when the configured timeout ran out, `unreachable` for every other failure. */
    readonly kind: "timeout" | "unreachable";
    /** The reason in words with the system code, e.g. `connection refused (ECONNREFUSED)`. */
    readonly reason: string;
    /** True when the request certainly never reached the appliance (refused, DNS, TLS handshake). */
    readonly neverSent: boolean;
}

const knownCodes: Readonly<Record<string, { reason: string; neverSent: boolean }>> = {
    ECONNREFUSED: { reason: "connection refused", neverSent: true },
    ECONNRESET: { reason: "connection reset or dropped by the appliance", neverSent: false },
    EPIPE: { reason: "connection closed while sending", neverSent: false },
    ENOTFOUND: { reason: "host name not found (DNS)", neverSent: true },
    EAI_AGAIN: { reason: "DNS lookup failed temporarily", neverSent: true },
    EHOSTUNREACH: { reason: "host unreachable", neverSent: true },
    ENETUNREACH: { reason: "network unreachable", neverSent: true },
    EADDRNOTAVAIL: { reason: "address not available", neverSent: true },
};

/** The fix for a certificate the appliance's address cannot be verified with. */
function tlsHint(): string {
    const { caCertificate, insecure } = settingSpecs();
    return (
        `; if the appliance uses its own certificate, set ${caCertificate.key} to the CA that signed it ` +
        `(or, only for a lab, ${insecure.key} to true)`
    );
}

/**
 * Classifies an error thrown by got (or node) for a request to `address` (the configured origin) that got no
 * HTTP answer. Only the error's `name`, `code` and `message` (and the first bytes of an answer node could not
 * parse) are read; the error itself, which holds the request's headers and body, is not kept. `portSpeaksTls`:
 * a TLS handshake with the port succeeded after this plain-HTTP request was reset (see `tls-probe.ts`).
 */
export function describeTransportFailure(
    error: unknown,
    address: string,
    portSpeaksTls = false,
): TransportFailure {
    const { name, code, message } = error as { name?: unknown; code?: unknown; message?: unknown };
    const text = typeof message === "string" ? message : String(error);
    const systemCode = typeof code === "string" ? code : undefined;
    if (address.startsWith("http:") && (portSpeaksTls || answeredWithTlsRecord(error))) {
        return httpsPortFailure(address, systemCode ?? "ECONNRESET");
    }
    if (address.startsWith("https:") && /wrong version number|packet length too long/i.test(text)) {
        // OpenSSL read a plain-HTTP answer where it expected a TLS record: the port does not speak TLS.
        const plain = address.replace(/^https:/, "http:");
        return {
            kind: "unreachable",
            reason:
                `this port speaks plain HTTP, not HTTPS (${systemCode ?? "EPROTO"}); set ${settingSpecs().address.key} ` +
                `to ${plain}, or to the appliance's HTTPS port (https://HOST:8443)`,
            neverSent: true,
        };
    }
    if (systemCode === "EPROTO") {
        return {
            kind: "unreachable",
            reason: `the TLS handshake with the appliance failed: ${text} (EPROTO)`,
            neverSent: true,
        };
    }
    if (name === "TimeoutError") {
        return { kind: "timeout", reason: text, neverSent: false };
    }
    if (systemCode === "ETIMEDOUT") {
        return { kind: "timeout", reason: `${text} (ETIMEDOUT)`, neverSent: false };
    }
    if (systemCode !== undefined && isTlsCode(systemCode)) {
        return {
            kind: "unreachable",
            reason: `TLS verification of the appliance's certificate failed: ${text} (${systemCode})${tlsHint()}`,
            neverSent: true,
        };
    }
    if (systemCode !== undefined && systemCode in knownCodes) {
        const known = knownCodes[systemCode];
        return { kind: "unreachable", reason: `${known.reason} (${systemCode})`, neverSent: known.neverSent };
    }
    return {
        kind: "unreachable",
        reason: systemCode === undefined ? text : `${text} (${systemCode})`,
        neverSent: false,
    };
}

/**
 * The failure of a plain-HTTP request to a port that speaks TLS, the mirror of the case above: `evidence` is
 * what showed it (a system code, or the TLS server's own 400 answer).
 */
export function httpsPortFailure(address: string, evidence: string): TransportFailure {
    return {
        kind: "unreachable",
        reason:
            `this port speaks HTTPS, not plain HTTP (${evidence}); set ${settingSpecs().address.key} to ` +
            address.replace(/^http:/, "https:"),
        neverSent: true,
    };
}

/** What TLS servers (nginx, Go, Apache) answer to a plain-HTTP request, as the phrase of their 400 page. */
const tlsServerRefusals =
    /The plain HTTP request was sent to HTTPS port|Client sent an HTTP request to an HTTPS server|speaking plain HTTP to an SSL-enabled server port/i;

/**
 * The evidence that an answer to a plain-HTTP request came from a TLS server refusing it (`400: <its phrase>`),
 * or undefined.
 */
export function tlsServerRefusal(status: number, body: string): string | undefined {
    const phrase = status === 400 ? tlsServerRefusals.exec(body)?.[0] : undefined;
    return phrase === undefined ? undefined : `it answered ${status}: ${phrase}`;
}

/**
 * Whether node failed to parse the answer because it was a TLS record (an alert or a handshake: type 0x15 or
 * 0x16, then major version 3): some TLS servers answer a plain-HTTP request that way.
 */
function answeredWithTlsRecord(error: unknown): boolean {
    const { code, cause } = error as { code?: unknown; cause?: unknown };
    if (typeof code !== "string" || !code.startsWith("HPE_")) {
        return false;
    }
    const packet = [error, cause]
        .map((candidate) => (candidate as { rawPacket?: unknown } | undefined)?.rawPacket)
        .find((raw): raw is Uint8Array => raw instanceof Uint8Array);
    return packet !== undefined && (packet[0] === 0x15 || packet[0] === 0x16) && packet[1] === 0x03;
}

function isTlsCode(code: string): boolean {
    return /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ERR_TLS|ERR_SSL|HOSTNAME_MISMATCH/.test(
        code,
    );
}

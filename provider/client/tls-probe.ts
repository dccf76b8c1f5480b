import * as net from "node:net";
import * as tls from "node:tls";

/**
 * Whether the server at `address` (an origin such as `http://waf:8443`) completes a TLS handshake within
 * `timeoutMs`: asked when a plain-HTTP request was reset, since a TLS server drops a request it cannot read
 * without an answer. Only the handshake is made (its certificate is not judged, nothing is sent after it), so no
 * credential goes out.
 */
export function speaksTls(address: string, timeoutMs: number): Promise<boolean> {
    const url = new URL(address);
    const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
    const port = Number(url.port || 80);
    return new Promise((resolve) => {
        const socket = tls.connect({
            host,
            port,
            ...(net.isIP(host) === 0 ? { servername: host } : {}),
            rejectUnauthorized: false,
            timeout: timeoutMs,
        });
        const answer = (speaks: boolean): void => {
            socket.destroy();
            resolve(speaks);
        };
        socket.once("secureConnect", () => answer(true));
        socket.once("error", () => answer(false));
        socket.once("timeout", () => answer(false));
        socket.once("close", () => answer(false));
    });
}

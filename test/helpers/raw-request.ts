import * as http from "node:http";
import type { Answer } from "./api-session";

/** What to send with `rawRequest`; the body goes as is, with its Content-Length. */
export interface RawRequestOptions {
    readonly headers?: Readonly<Record<string, string>>;
    readonly body?: string | Buffer;
}

/**
 * One HTTP request with the path sent byte for byte (`fetch` would resolve `%2e%2e` and `//` before
 * sending). Resolves to the status and the parsed JSON body (undefined when it is not JSON); rejects when the
 * connection closes without an answer, or after 10 s.
 */
export function rawRequest(
    baseUrl: string,
    method: string,
    path: string,
    options: RawRequestOptions = {},
): Promise<Answer> {
    const { hostname, port } = new URL(baseUrl);
    return new Promise((resolve, reject) => {
        const request = http.request(
            { hostname, port, method, path, headers: options.headers, timeout: 10_000, agent: false },
            (response) => {
                const chunks: Buffer[] = [];
                response.on("data", (chunk: Buffer) => chunks.push(chunk));
                response.on("error", reject);
                response.on("end", () => {
                    let body: unknown;
                    try {
                        body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
                    } catch {
                        body = undefined;
                    }
                    resolve({ status: response.statusCode ?? 0, body });
                });
            },
        );
        request.on("timeout", () => request.destroy(new Error(`${method} ${path}: no answer within 10 s`)));
        request.on("error", reject);
        request.end(options.body);
    });
}

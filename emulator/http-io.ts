import type { IncomingMessage, ServerResponse } from "node:http";

/** Larger bodies than this are not configuration: the request is refused with 413. */
export const maxBodyBytes = 1024 * 1024;

/**
 * Past this much, a body is not read to its end for the sake of a 413: the connection is closed instead.
 * Reading a too-large body to its end lets the client, which is still sending, receive the answer.
 */
const maxDrainBytes = 64 * maxBodyBytes;

/** A request body: its text, or the fact that it was over `maxBodyBytes` (and was read and dropped). */
export type RequestBody = { readonly text: string } | { readonly tooLarge: true };

/**
 * The whole request body as text, or `tooLarge` once it has been read to its end past 1 MiB (without
 * keeping it). Rejects when the connection fails, or when a body goes past 64 MiB (the connection is
 * destroyed then).
 */
export function readBody(request: IncomingMessage): Promise<RequestBody> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        let size = 0;
        request.on("data", (chunk: Buffer) => {
            size += chunk.length;
            if (size > maxDrainBytes) {
                reject(new Error("request body far too large"));
                request.destroy();
            } else if (size <= maxBodyBytes) {
                chunks.push(chunk);
            }
        });
        request.on("end", () =>
            resolve(
                size > maxBodyBytes ? { tooLarge: true } : { text: Buffer.concat(chunks).toString("utf8") },
            ),
        );
        request.on("error", reject);
    });
}

/** Answers with a JSON body. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
    const text = JSON.stringify(body);
    response.writeHead(status, {
        "Content-Type": "application/json",
        "Content-Length": Buffer.byteLength(text),
    });
    response.end(text);
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

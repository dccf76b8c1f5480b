import * as http from "node:http";
import * as https from "node:https";
import type { AddressInfo } from "node:net";
import { generateCertificate } from "./certificate";

/** The emulator listens on loopback only: it is a test double, not a service for the network. */
export const loopback = "127.0.0.1";

export interface ListeningServer {
    /** `http://127.0.0.1:PORT` or `https://...`, no path. */
    readonly url: string;
    /** PEM of the self-signed certificate, when HTTPS. */
    readonly caCertificate?: string;
    close(): Promise<void>;
}

/** Starts an HTTP (or HTTPS, with a fresh self-signed certificate) server on 127.0.0.1. */
export async function listen(
    options: { port: number; https: boolean },
    listener: http.RequestListener,
): Promise<ListeningServer> {
    let server: http.Server;
    let caCertificate: string | undefined;
    if (options.https) {
        const { cert, key } = await generateCertificate();
        server = https.createServer({ cert, key }, listener);
        caCertificate = cert;
    } else {
        server = http.createServer(listener);
    }
    await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(options.port, loopback, () => {
            server.off("error", reject);
            resolve();
        });
    });
    const { port } = server.address() as AddressInfo;
    return {
        url: `${options.https ? "https" : "http"}://${loopback}:${port}`,
        caCertificate,
        close: () =>
            new Promise<void>((resolve, reject) => {
                server.close((error) => (error ? reject(error) : resolve()));
                // Keep-alive connections would hold close() open until they time out.
                server.closeAllConnections();
            }),
    };
}

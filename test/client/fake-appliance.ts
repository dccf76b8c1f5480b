import * as http from "node:http";
import * as https from "node:https";
import type { AddressInfo } from "node:net";

/** One request as the fake appliance saw it. */
export interface FakeRequest {
    readonly method: string;
    /** Path relative to `/restapi/v3.2`, without the query. */
    readonly path: string;
    /** The raw query string, without `?`. */
    readonly query: string;
    /** The session token decoded from `Authorization: Basic`, exactly as the client sent it. */
    readonly token: string | undefined;
    readonly body: string;
}

/** How the fake answers: a status and a body (an object gets a fresh `token` added), or a failure. */
export type FakeAnswer =
    | {
          readonly status: number;
          readonly body?: Record<string, unknown> | string;
          readonly delayMs?: number;
          readonly headers?: Record<string, string>;
      }
    | { readonly drop: true }
    | { readonly hang: true };

/** Decides the answer to an authenticated request; `undefined` means `200 {"data": {}}`. */
export type FakeHandler = (request: FakeRequest, fake: FakeAppliance) => FakeAnswer | undefined;

/** A small appliance look-alike on 127.0.0.1 for client tests. */
export interface FakeAppliance {
    readonly url: string;
    readonly username: string;
    readonly password: string;
    /** Every request received, in arrival order. */
    readonly requests: FakeRequest[];
    /** Every token handed out, in order. */
    readonly issuedTokens: string[];
    /** How many requests matched `METHOD /path`. */
    count(route: string): number;
    /** Every token issued so far stops working. */
    expireTokens(): void;
    /** The most writes (POST/PUT/DELETE except login) that were in progress at once. */
    readonly maxConcurrentWrites: number;
    /** The most reads (GET) that were in progress at once. */
    readonly maxConcurrentReads: number;
    /** Stops listening and closes every connection: from now on connections to `url` are refused. */
    stop(): Promise<void>;
}

interface Options {
    readonly handler?: FakeHandler;
    /** Decides the answer to `POST /login` before the credentials are checked; `undefined` checks them. */
    readonly loginHandler?: (request: FakeRequest) => FakeAnswer | undefined;
    readonly tls?: { readonly key: string; readonly cert: string };
}

/**
 * Starts a fake appliance, runs `fn` with it and stops it, closing every connection. Login is
 * `POST /login {"username":"admin","password":<password>}` → `201 {"token"}`; tokens contain line breaks and end
 * with one; every other route needs a valid token in `Authorization: Basic base64(token + ":")` (else 401), and
 * every JSON answer carries a fresh token.
 */
export async function withFakeAppliance(
    options: Options,
    fn: (fake: FakeAppliance) => Promise<void>,
): Promise<void> {
    const username = "admin";
    const password = "pa55-W0rd-that-must-not-leak";
    const requests: FakeRequest[] = [];
    const issuedTokens: string[] = [];
    const validTokens = new Set<string>();
    let writes = 0;
    let reads = 0;
    const state = { maxConcurrentWrites: 0, maxConcurrentReads: 0 };

    const issueToken = (): string => {
        const n = issuedTokens.length + 1;
        const document = Buffer.from(JSON.stringify({ session: n, secret: `s-${n}-${Math.random()}` }));
        const token = `${document.toString("base64").replace(/(.{20})/g, "$1\n")}\n`;
        issuedTokens.push(token);
        validTokens.add(token);
        return token;
    };

    const fake: FakeAppliance = {
        url: "",
        username,
        password,
        requests,
        issuedTokens,
        count: (route) => requests.filter((request) => `${request.method} ${request.path}` === route).length,
        expireTokens: () => validTokens.clear(),
        get maxConcurrentWrites() {
            return state.maxConcurrentWrites;
        },
        get maxConcurrentReads() {
            return state.maxConcurrentReads;
        },
        stop: async () => {
            if (server.listening) {
                const closed = new Promise<void>((resolve) => server.close(() => resolve()));
                server.closeAllConnections();
                await closed;
            }
        },
    };

    const listener = (incoming: http.IncomingMessage, outgoing: http.ServerResponse): void => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("end", () => {
            const url = new URL(incoming.url ?? "/", "http://fake");
            const header = incoming.headers.authorization;
            const match = header === undefined ? null : /^Basic (.+)$/.exec(header);
            const decoded = match === null ? undefined : Buffer.from(match[1], "base64").toString("utf8");
            const request: FakeRequest = {
                method: incoming.method ?? "GET",
                path: url.pathname.replace(/^\/restapi\/v3\.2/, ""),
                query: url.search.replace(/^\?/, ""),
                token: decoded?.endsWith(":") ? decoded.slice(0, -1) : decoded,
                body: Buffer.concat(chunks).toString("utf8"),
            };
            requests.push(request);
            const isWrite = request.method !== "GET" && request.path !== "/login";
            if (isWrite) {
                writes += 1;
                state.maxConcurrentWrites = Math.max(state.maxConcurrentWrites, writes);
            } else if (request.method === "GET") {
                reads += 1;
                state.maxConcurrentReads = Math.max(state.maxConcurrentReads, reads);
            }
            const done = (): void => {
                if (isWrite) writes -= 1;
                else if (request.method === "GET") reads -= 1;
            };
            const answer = answerTo(request);
            if ("drop" in answer) {
                done();
                incoming.socket.destroy();
                return;
            }
            if ("hang" in answer) {
                outgoing.on("close", done);
                return;
            }
            const send = (): void => {
                done();
                const body =
                    typeof answer.body === "string"
                        ? answer.body
                        : JSON.stringify({
                              ...(answer.body ?? {}),
                              token: answer.status === 401 ? "bm9uZQ==\n" : issueToken(),
                          });
                outgoing.writeHead(answer.status, {
                    "content-type": typeof answer.body === "string" ? "text/html" : "application/json",
                    ...answer.headers,
                });
                outgoing.end(body);
            };
            if (answer.delayMs) {
                setTimeout(send, answer.delayMs);
            } else {
                send();
            }
        });
    };

    const answerTo = (request: FakeRequest): FakeAnswer => {
        if (request.method === "POST" && request.path === "/login") {
            const decided = options.loginHandler?.(request);
            if (decided !== undefined) {
                return decided;
            }
            const credentials = JSON.parse(request.body || "{}") as Record<string, unknown>;
            if (credentials.username === username && credentials.password === password) {
                const token = issueToken();
                return { status: 201, body: JSON.stringify({ token }) };
            }
            return { status: 401, body: { msg: "Invalid username or password." } };
        }
        if (request.token === undefined || !validTokens.has(request.token)) {
            return { status: 401, body: { msg: "The login token is no longer valid." } };
        }
        return options.handler?.(request, fake) ?? { status: 200, body: { data: {} } };
    };

    const server = options.tls ? https.createServer(options.tls, listener) : http.createServer(listener);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    (fake as { url: string }).url = `${options.tls ? "https" : "http"}://127.0.0.1:${port}`;
    try {
        await fn(fake);
    } finally {
        await fake.stop();
    }
}

/** A port on 127.0.0.1 that nothing listens on (a server was bound there and closed). */
export async function closedPort(): Promise<number> {
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return port;
}

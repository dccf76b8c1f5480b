import type { Got, NormalizedOptions, OptionsInit, Response } from "got" with { "resolution-mode": "import" };

import { answerBody, withoutToken } from "./appliance-body";
import { authorizationFor } from "./basic-auth";
import { attemptsOf, contextOf } from "./call-context";
import type { ConnectionSettings } from "./connection-settings";
import { AuthenticationError, ApplianceError } from "./errors";
import { answerError, type ErrorSource, providerError } from "./errors-from-got";
import { loadGot } from "./load-got";
import { queryString } from "./query-string";
import { redact } from "./redact";
import { loginRetry, retryPolicy } from "./retry";
import { SerialQueue } from "./serial-queue";

/** The HTTP methods the management API uses. */
export type ApplianceMethod = "GET" | "POST" | "PUT" | "DELETE";

/** A query for {@link ApplianceClient.get}; an array repeats the key (`groups=Service&groups=...`). */
export type ApplianceQuery = Record<string, string | string[]>;

/**
 * What the resources call on an appliance: {@link ApplianceClient}'s methods, or inside one of its
 * {@link ApplianceClient.exclusive} sections the same calls without the queue.
 */
export interface ApplianceCalls {
    get<T = unknown>(path: string, query?: ApplianceQuery): Promise<T>;
    post<T = unknown>(path: string, body: object): Promise<T>;
    put<T = unknown>(path: string, body: object): Promise<T>;
    delete<T = unknown>(path: string): Promise<T>;
    exclusive<T>(task: (calls: ApplianceCalls) => Promise<T>): Promise<T>;
    /** How often a lost call may be tried again (`barracudawaf:maxRetries`). */
    readonly maxRetries: number;
    /** How many writes (POST, PUT, DELETE) this process has sent to the appliance: a read older than the latest may be stale. */
    readonly writesSent: number;
}

const clients = new Map<string, ApplianceClient>();
const writeQueues = new Map<string, SerialQueue>();

/**
 * The one way the provider talks to an appliance's management API (`<address>/restapi/v3.2`).
 *
 * - Session: logs in once per process and (address, user name) with `POST /login`, the first time a call needs
 *   it; concurrent first calls share that login. Each call sends `Authorization: Basic base64(token + ":")`, and
 *   the token is replaced by the `token` field of every answer (except 401s, whose token grants nothing). On a
 *   401 it logs in again once and repeats the call once; a second 401 is an {@link AuthenticationError}.
 * - Timeouts: every request is bounded by `timeoutSeconds`.
 * - Retries (`retry.ts`): GET, PUT and DELETE are retried up to `maxRetries` times, with exponential backoff,
 *   after a connection error, a timeout or a 502/503/504. A POST is retried only when it certainly never
 *   reached the appliance (connection refused, DNS); after it was sent, a connection error or a 5xx is
 *   reported with `outcomeUnknown: true` and the caller decides.
 * - Errors: an answer with a status outside 2xx is an {@link ApplianceError} carrying the appliance's message;
 *   no answer is an {@link ApplianceUnreachableError} or {@link ApplianceTimeoutError}.
 * - Ordering: writes (POST, PUT, DELETE) to one appliance run one at a time, in call order; reads run in
 *   parallel with each other and with the current write.
 * - TLS: verified against the system CAs, or only against `caCertificate` when it is set; skipped only when
 *   `insecure` is explicitly true.
 *
 * Results are the parsed JSON body with its `token` field removed (`{}` for an empty body), so a session token
 * never reaches a caller's outputs or state. Nothing is done at module load.
 *
 * All of this is configuration of got (`#httpClient`): `retry` decides what is sent again, `beforeRequest` signs
 * each attempt with the current token (logging in first when needed), `afterResponse` keeps each answer's token,
 * refuses unusable answers and repeats a call once after a 401, and `beforeError` turns every failure into the
 * provider's errors.
 */
export class ApplianceClient implements ApplianceCalls {
    /** The appliance's origin, e.g. `https://waf.example.com:8443`. */
    readonly address: string;
    /** The user name this client logs in as. */
    readonly username: string;
    #settings: ConnectionSettings;
    #http: Promise<Got> | undefined;
    #token: string | undefined;
    #login: Promise<void> | undefined;
    #verified: Promise<void> | undefined;
    /** Successful logins so far; a 401 for a request sent before the latest login just repeats it. */
    #logins = 0;
    #writesSent = 0;
    readonly #writes: SerialQueue;

    private constructor(settings: ConnectionSettings) {
        this.address = settings.address;
        this.username = settings.username;
        this.#settings = settings;
        let queue = writeQueues.get(settings.address);
        if (queue === undefined) {
            queue = new SerialQueue();
            writeQueues.set(settings.address, queue);
        }
        this.#writes = queue;
    }

    /**
     * The client for these settings' appliance and user, created on first use and then shared by the whole
     * process, so that it logs in once. Later settings for the same address and user (a rotated password, a new
     * timeout) replace the earlier ones without ending the session.
     */
    static for(settings: ConnectionSettings): ApplianceClient {
        const key = `${settings.address}\n${settings.username}`;
        const existing = clients.get(key);
        if (existing !== undefined) {
            existing.#adopt(settings);
            return existing;
        }
        const created = new ApplianceClient(settings);
        clients.set(key, created);
        return created;
    }

    /** Drops every shared client and write queue, without logging out; the next {@link for} starts afresh. */
    static forgetAll(): void {
        clients.clear();
        writeQueues.clear();
    }

    /**
     * `GET <path>` (relative to `/restapi/v3.2`, e.g. `/services/chat`, segments already URI-encoded) and
     * resolves with the body. Retried on connection errors, timeouts and 502/503/504.
     */
    get<T = unknown>(path: string, query?: ApplianceQuery): Promise<T> {
        return this.#call<T>("GET", path, query, undefined);
    }

    /**
     * `POST <path>` with a JSON body, after the writes queued before it. Never resent once it may have reached
     * the appliance: such failures carry `outcomeUnknown: true`.
     */
    post<T = unknown>(path: string, body: object): Promise<T> {
        return this.#writes.run(() => this.#call<T>("POST", path, undefined, body));
    }

    /** `PUT <path>` with a JSON body, after the writes queued before it. Retried like {@link get}. */
    put<T = unknown>(path: string, body: object): Promise<T> {
        return this.#writes.run(() => this.#call<T>("PUT", path, undefined, body));
    }

    /** `DELETE <path>`, after the writes queued before it. Retried like {@link get}. */
    delete<T = unknown>(path: string): Promise<T> {
        return this.#writes.run(() => this.#call<T>("DELETE", path, undefined, undefined));
    }

    /**
     * Runs `task` as one critical section of this appliance's writes: it starts after the writes queued before
     * it, and no other write to the appliance starts until it settles. The calls `task` makes through the
     * `calls` it is given run at once, not queued (and `calls.exclusive` just runs the inner task), so a check
     * that reads the appliance and the write it guards see no other write in between.
     */
    exclusive<T>(task: (calls: ApplianceCalls) => Promise<T>): Promise<T> {
        return this.#writes.run(() => task(this.#direct));
    }

    /** How many writes this client has sent, queued or inside an {@link exclusive} section. */
    get writesSent(): number {
        return this.#writesSent;
    }

    /** How many times an idempotent call is retried (`barracudawaf:maxRetries`); callers that settle a lost POST themselves use the same bound. */
    get maxRetries(): number {
        return this.#settings.maxRetries;
    }

    /**
     * Logs in unless a session exists, so that wrong settings show before anything is planned on them. Asked
     * once per client: a failure is remembered and reported again, so a wrong password is sent only once.
     */
    verifyConnection(): Promise<void> {
        this.#verified ??= this.#ensureSession();
        return this.#verified;
    }

    /** The calls inside an {@link exclusive} section: writes go straight out, the section already holds the queue. */
    readonly #direct: ApplianceCalls = this.#directCalls();

    #directCalls(): ApplianceCalls {
        const direct: ApplianceCalls = {
            get: (path, query) => this.#call("GET", path, query, undefined),
            post: (path, body) => this.#call("POST", path, undefined, body),
            put: (path, body) => this.#call("PUT", path, undefined, body),
            delete: (path) => this.#call("DELETE", path, undefined, undefined),
            exclusive: (task) => task(direct),
            maxRetries: 0,
            writesSent: 0,
        };
        // The retry bound follows the settings, which a later configure may replace.
        Object.defineProperty(direct, "maxRetries", { get: () => this.maxRetries });
        Object.defineProperty(direct, "writesSent", { get: () => this.writesSent });
        return direct;
    }

    /**
     * Ends the session with `DELETE /logout` once the queued writes are done, and forgets the token. Does nothing
     * without a session; a 401 (the session had already ended) counts as success. The next call logs in again.
     */
    logout(): Promise<void> {
        return this.#writes.run(async () => {
            await this.#login?.catch(() => undefined);
            if (this.#token === undefined) {
                return;
            }
            const http = await this.#httpClient();
            try {
                await http.delete("logout", { context: { call: "logout", path: "/logout" } });
            } catch (error) {
                if (!(error instanceof ApplianceError)) {
                    throw error; // no answer: the session may still be open, so its token is kept
                }
                this.#token = undefined;
                if (error.status !== 401) {
                    throw error;
                }
                return;
            }
            this.#token = undefined;
        });
    }

    #adopt(settings: ConnectionSettings): void {
        if (settings !== this.#settings && !settings.equals(this.#settings)) {
            this.#settings = settings;
            this.#http = undefined;
            this.#verified = undefined; // a remembered refusal was of the old settings
        }
    }

    async #call<T>(
        method: ApplianceMethod,
        path: string,
        query: ApplianceQuery | undefined,
        body: object | undefined,
    ): Promise<T> {
        if (!path.startsWith("/") || /[?#]/.test(path)) {
            throw new TypeError(`appliance path must start with "/" and have no query or fragment: ${path}`);
        }
        const http = await this.#httpClient();
        if (method !== "GET") {
            this.#writesSent++;
        }
        const response = await http(path.slice(1) + queryString(query), {
            method,
            ...(body === undefined ? {} : { json: body }),
            context: { call: "call", path },
        });
        return withoutToken(answerBody(response)) as T;
    }

    async #ensureSession(): Promise<void> {
        while (this.#token === undefined) {
            this.#login ??= this.#logIn().finally(() => {
                this.#login = undefined;
            });
            await this.#login;
        }
    }

    async #logIn(): Promise<void> {
        const { username, password } = this.#settings;
        const http = await this.#httpClient();
        const response = await http.post("login", {
            json: { username, password },
            context: { call: "login", path: "/login" },
            retry: loginRetry(),
        });
        const { token } = answerBody(response);
        if (token === undefined) {
            throw new AuthenticationError({
                address: this.address,
                username,
                status: response.statusCode,
                applianceMessage: "the login answer carried no token",
            });
        }
        this.#token = token;
        this.#logins += 1;
    }

    /** got set up for this appliance: created on first use and again after {@link #adopt} took new settings. */
    #httpClient(): Promise<Got> {
        if (this.#http === undefined) {
            const settings = this.#settings;
            const source: ErrorSource = {
                address: this.address,
                username: this.username,
                // At least 1 ms: any timeout above 0 is allowed, and got takes 0 as "time out at once".
                timeoutMs: Math.max(1, Math.round(settings.timeoutSeconds * 1000)),
                redact: (text) => redact(text, [settings.password, this.#token]),
            };
            const created = loadGot().then((got) =>
                got.extend({
                    prefixUrl: settings.baseUrl,
                    timeout: { request: source.timeoutMs },
                    retry: retryPolicy(settings.maxRetries, this.address, source.timeoutMs),
                    hooks: {
                        beforeRequest: [(options) => this.#authorize(options)],
                        // In this order: the 401 hook's repeat runs without the hooks from its own onwards.
                        afterResponse: [
                            (response) => this.#keepToken(response),
                            (response) => this.#refuseUnusable(response, source),
                            (response, retryWithMergedOptions) =>
                                this.#renewSessionOn401(response, retryWithMergedOptions),
                        ],
                        beforeError: [(error) => providerError(error, source)],
                    },
                    followRedirect: false,
                    responseType: "text",
                    headers: { accept: "application/json", "user-agent": "pulumi-barracudawaf" },
                    https: {
                        rejectUnauthorized: !settings.insecure,
                        ...(settings.caCertificate === undefined
                            ? {}
                            : { certificateAuthority: settings.caCertificate }),
                    },
                }),
            );
            created.catch(() => {
                if (this.#http === created) {
                    this.#http = undefined;
                }
            });
            this.#http = created;
        }
        return this.#http;
    }

    /** got's `beforeRequest`: every call but the login goes with the current token, logging in first if needed. */
    async #authorize(options: NormalizedOptions): Promise<void> {
        const context = contextOf(options);
        if (context.call === "login") {
            return;
        }
        if (context.call === "call") {
            await this.#ensureSession();
        }
        context.session = this.#logins;
        if (this.#token === undefined) {
            delete options.headers.authorization;
        } else {
            options.headers.authorization = authorizationFor(this.#token);
        }
    }

    /** got's first `afterResponse`: keeps the answer's fresh token, unless it belongs to an older session. */
    #keepToken(response: Response): Response {
        const context = contextOf(response.request.options);
        if (context.call === "login" || response.statusCode === 401) {
            return response; // a 401's token grants nothing; the login keeps its own token
        }
        const { token } = answerBody(response);
        if (token !== undefined && context.session === this.#logins && this.#token !== undefined) {
            this.#token = token;
        }
        return response;
    }

    /**
     * got's second `afterResponse`: got resolves with a 3xx (redirects are not followed) and with any 2xx body;
     * a redirect, and a call's 2xx that is not JSON, are errors.
     */
    #refuseUnusable(response: Response, source: ErrorSource): Response {
        const status = response.statusCode;
        const unreadable =
            contextOf(response.request.options).call === "call" && !answerBody(response).isJson;
        if ((status >= 300 && status < 400) || (status < 300 && unreadable)) {
            throw answerError(response, source);
        }
        return response;
    }

    /**
     * got's last `afterResponse`: a call refused with 401 is repeated once, with got's `retryWithMergedOptions`,
     * after a fresh login (which the repeat's `beforeRequest` makes, shared with every other call waiting for it).
     * If a newer session already exists, the repeat just uses it.
     */
    #renewSessionOn401(
        response: Response,
        retryWithMergedOptions: (options: OptionsInit) => never,
    ): Response {
        const context = contextOf(response.request.options);
        if (response.statusCode !== 401 || context.call !== "call" || context.attemptsBefore !== undefined) {
            return response;
        }
        if (context.session === this.#logins) {
            this.#token = undefined;
        }
        return retryWithMergedOptions({
            context: { attemptsBefore: attemptsOf(response.retryCount, context) },
        });
    }
}

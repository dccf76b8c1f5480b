import type { Got } from "got" with { "resolution-mode": "import" };
import { setTimeout as sleep } from "node:timers/promises";

import {
    ApplianceError,
    ApplianceTimeoutError,
    ApplianceUnreachableError,
    AuthenticationError,
} from "../errors";
import { type ApplianceBody, applianceMessageOf, parseApplianceBody, withoutToken } from "./appliance-body";
import { retryDelayMs } from "./backoff";
import { authorizationFor } from "./basic-auth";
import type { ConnectionSettings } from "./connection-settings";
import { loadGot } from "./load-got";
import { queryString } from "./query-string";
import { redact } from "./redact";
import { SerialQueue } from "./serial-queue";
import { describeTransportFailure } from "./transport-failure";

/** The HTTP methods the management API uses. */
export type ApplianceMethod = "GET" | "POST" | "PUT" | "DELETE";

/** A query for {@link ApplianceClient.get}; an array repeats the key (`groups=Service&groups=...`). */
export type ApplianceQuery = Record<string, string | string[]>;

/** Statuses after which an idempotent call is retried. */
const retryableStatuses: ReadonlySet<number> = new Set([502, 503, 504]);

/** One HTTP answer of the appliance, read and parsed. */
interface Exchange {
    readonly status: number;
    readonly text: string;
    readonly body: ApplianceBody;
    readonly attempts: number;
    readonly location: string | undefined;
}

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
 * - Retries: GET, PUT and DELETE are retried up to `maxRetries` times, with exponential backoff, after a
 *   connection error, a timeout or a 502/503/504. A POST is retried only when it certainly never reached the
 *   appliance (connection refused, DNS); after it was sent, a connection error or a 5xx is reported with
 *   `outcomeUnknown: true` and the caller decides.
 * - Errors: an answer with a status outside 2xx is an {@link ApplianceError} carrying the appliance's message;
 *   no answer is an {@link ApplianceUnreachableError} or {@link ApplianceTimeoutError}.
 * - Ordering: writes (POST, PUT, DELETE) to one appliance run one at a time, in call order; reads run in
 *   parallel with each other and with the current write.
 * - TLS: verified against the system CAs, or only against `caCertificate` when it is set; skipped only when
 *   `insecure` is explicitly true.
 *
 * Results are the parsed JSON body with its `token` field removed (`{}` for an empty body), so a session token
 * never reaches a caller's outputs or state. Nothing is done at module load.
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
    /** Successful logins so far; a 401 for a request sent before the latest login just retries. */
    #logins = 0;
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
        };
        // The retry bound follows the settings, which a later configure may replace.
        Object.defineProperty(direct, "maxRetries", { get: () => this.maxRetries });
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
            const exchange = await this.#send("DELETE", "/logout", undefined, undefined, true);
            this.#token = undefined;
            if (exchange.status >= 300 && exchange.status !== 401) {
                throw this.#applianceError("DELETE", "/logout", exchange);
            }
        });
    }

    #adopt(settings: ConnectionSettings): void {
        const current = this.#settings;
        if (
            settings.password !== current.password ||
            settings.caCertificate !== current.caCertificate ||
            settings.insecure !== current.insecure ||
            settings.timeoutSeconds !== current.timeoutSeconds ||
            settings.maxRetries !== current.maxRetries
        ) {
            this.#settings = settings;
            this.#http = undefined;
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
        for (let retried = false; ; retried = true) {
            await this.#ensureSession();
            const logins = this.#logins;
            const exchange = await this.#send(method, path, query, body, method !== "POST");
            if (exchange.status === 401) {
                if (retried) {
                    throw new AuthenticationError({
                        address: this.address,
                        username: this.username,
                        status: 401,
                        applianceMessage: this.#messageOf(exchange),
                        during: `${method} ${path} right after a fresh login`,
                    });
                }
                if (this.#logins === logins) {
                    this.#token = undefined; // no newer session exists: log in again
                }
                continue;
            }
            if (exchange.status >= 200 && exchange.status < 300 && exchange.body.isJson) {
                return withoutToken(exchange.body) as T;
            }
            throw this.#applianceError(method, path, exchange);
        }
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
        const exchange = await this.#send("POST", "/login", undefined, { username, password }, true);
        if (exchange.status >= 200 && exchange.status < 300) {
            if (exchange.body.token === undefined) {
                throw new AuthenticationError({
                    address: this.address,
                    username,
                    status: exchange.status,
                    applianceMessage: "the login answer carried no token",
                });
            }
            this.#token = exchange.body.token;
            this.#logins += 1;
            return;
        }
        if (exchange.status >= 400 && exchange.status < 500) {
            throw new AuthenticationError({
                address: this.address,
                username,
                status: exchange.status,
                applianceMessage: this.#messageOf(exchange),
            });
        }
        throw this.#applianceError("POST", "/login", exchange);
    }

    /**
     * Sends one request, retrying as the policy allows, and returns the last answer whatever its status. Takes
     * the newest token for each attempt and keeps the token of every answer that belongs to the current session.
     */
    async #send(
        method: ApplianceMethod,
        path: string,
        query: ApplianceQuery | undefined,
        body: object | undefined,
        idempotent: boolean,
    ): Promise<Exchange> {
        const http = await this.#httpClient();
        const settings = this.#settings;
        const url = settings.baseUrl + path + queryString(query);
        for (let attempt = 1; ; attempt++) {
            const logins = this.#logins;
            const token = path === "/login" ? undefined : this.#token;
            let status: number;
            let text: string;
            let headers: Record<string, string | string[] | undefined>;
            try {
                const response = await http(url, {
                    method,
                    ...(body === undefined ? {} : { json: body }),
                    headers: token === undefined ? {} : { authorization: authorizationFor(token) },
                });
                status = response.statusCode;
                text = response.body;
                headers = response.headers;
            } catch (error) {
                const failure = describeTransportFailure(error, this.address);
                if (
                    failure.transient &&
                    (idempotent || failure.neverSent) &&
                    attempt <= settings.maxRetries
                ) {
                    await sleep(retryDelayMs(attempt));
                    continue;
                }
                const common = {
                    method,
                    path,
                    address: this.address,
                    attempts: attempt,
                    outcomeUnknown: !idempotent && !failure.neverSent,
                };
                const cause = { cause: error };
                throw failure.kind === "timeout"
                    ? new ApplianceTimeoutError({ ...common, timeoutMs: this.#timeoutMs() }, cause)
                    : new ApplianceUnreachableError(
                          { ...common, reason: this.#redact(failure.reason) },
                          cause,
                      );
            }
            const parsed = parseApplianceBody(text);
            if (
                status !== 401 &&
                parsed.token !== undefined &&
                logins === this.#logins &&
                this.#token !== undefined
            ) {
                this.#token = parsed.token;
            }
            if (idempotent && retryableStatuses.has(status) && attempt <= settings.maxRetries) {
                const retryAfter = headers["retry-after"];
                await sleep(retryDelayMs(attempt, typeof retryAfter === "string" ? retryAfter : undefined));
                continue;
            }
            const location = headers.location;
            return {
                status,
                text,
                body: parsed,
                attempts: attempt,
                location: typeof location === "string" ? location : undefined,
            };
        }
    }

    #httpClient(): Promise<Got> {
        if (this.#http === undefined) {
            const settings = this.#settings;
            const created = loadGot().then((got) =>
                got.extend({
                    timeout: { request: this.#timeoutMs() },
                    retry: { limit: 0 },
                    throwHttpErrors: false,
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

    #timeoutMs(): number {
        return Math.round(this.#settings.timeoutSeconds * 1000);
    }

    #applianceError(method: ApplianceMethod, path: string, exchange: Exchange): ApplianceError {
        return new ApplianceError({
            method,
            path,
            status: exchange.status,
            applianceMessage: this.#messageOf(exchange),
            attempts: exchange.attempts,
            outcomeUnknown: method === "POST" && exchange.status >= 500,
        });
    }

    #messageOf(exchange: Exchange): string {
        let message: string;
        if (exchange.status >= 300 && exchange.status < 400) {
            message =
                `redirected to ${exchange.location ?? "another location"}; set barracudawaf:address to the ` +
                "appliance's API origin (https://HOST:8443 or http://HOST:8000)";
        } else if (exchange.status >= 200 && exchange.status < 300) {
            message = `the answer is not JSON: ${applianceMessageOf(exchange.text, exchange.body)}`;
        } else {
            message = applianceMessageOf(exchange.text, exchange.body);
        }
        return this.#redact(message);
    }

    #redact(text: string): string {
        return redact(text, [this.#settings.password, this.#token]);
    }
}

import type { IncomingMessage, ServerResponse } from "node:http";
import { answerApiRequest } from "./api";
import { TokenAuthority } from "./auth";
import { Clock } from "./clock";
import { factoryState, sampleState } from "./factory";
import { answerControlRequest, controlPrefix } from "./control-endpoints";
import { FaultInjector, type Failure } from "./faults";
import { RequestLog, type RequestLogEntry } from "./request-log";
import { listen } from "./server";
import type { EmulatorSnapshot } from "./snapshot";
import { StateFileWriter } from "./state-file-writer";
import { Store } from "./store";

export type { Failure } from "./faults";
export type { RequestLogEntry } from "./request-log";
export type {
    EmulatorSnapshot,
    ServiceSnapshot,
    WebSocketPolicySnapshot,
    WireObject,
    WireValue,
} from "./snapshot";

/** How to start an emulator; every field has a default. */
export interface EmulatorOptions {
    /** Port on 127.0.0.1; default 0, any free port. */
    port?: number;
    /** Serve HTTPS with a self-signed certificate made at start; default false. */
    https?: boolean;
    /** JSON file to load the state from (if it exists) and to persist every change to, atomically. */
    stateFile?: string;
    /** Default "admin". */
    username?: string;
    /** Default "admin". */
    password?: string;
    /** How long a token stays good after it is issued; default 3600. */
    tokenLifetimeSeconds?: number;
    /** Added before every API request is handled; default 0. */
    latencyMs?: number;
    /**
     * Where the emulator's clock reads the time, in milliseconds since the epoch; default `Date.now`. Token
     * expiry follows this clock (plus `advanceClock`), so a test can let a token expire without sleeping.
     * Latency and the request log's `at` stay on real time.
     */
    now?: () => number;
    /**
     * Start with the sample vsite `edge` and certificate `secure-cert` as well (see `sampleState`). Default
     * false: a factory-fresh appliance, with the vsite and service group `default` only, as a real one has. A
     * state file that exists wins over both.
     */
    samples?: boolean;
    /**
     * How many of the latest API requests `requests()` keeps; default 5000. `counts()` counts every request
     * since the last `clearLog` whatever this is.
     */
    requestLogLimit?: number;
}

/** A started emulator. */
export interface RunningEmulator {
    /** E.g. `http://127.0.0.1:41234`, without `/restapi/v3.2`. */
    readonly url: string;
    /** PEM of the self-signed certificate, when https: give it to clients as their CA. */
    readonly caCertificate?: string;
    /** The credentials a login must give now: those of the options, until `setCredentials` changes them. */
    readonly username: string;
    readonly password: string;
    readonly control: EmulatorControl;
    /** Closes the server and every open connection, and waits for the state file's last write. */
    stop(): Promise<void>;
}

/** The test knobs, in process; `/__emulator/` offers the same over HTTP. */
export interface EmulatorControl {
    /**
     * The latest API requests (at most `requestLogLimit`) in order of arrival: `{ method, path, route,
     * status, at }`.
     */
    requests(): RequestLogEntry[];
    /** Requests per route key, e.g. `"GET /services/{name}"`, since the start or the last `clearLog`. */
    counts(): Record<string, number>;
    clearLog(): void;
    /**
     * The next `count` requests of `route` (a route key such as `"PUT /services/{name}"`) fail before
     * anything else happens: nothing changes in the state. A `status` answers with `body` as is (default
     * `{"msg", "token"}`); `drop` destroys the socket without an answer. Throws on an unknown route key.
     */
    failNext(
        route: string,
        count: number,
        failure: { status: number; body?: unknown } | { drop: true },
    ): void;
    /** Applies to tokens issued from now on. */
    setTokenLifetime(seconds: number): void;
    /** Every token issued so far becomes invalid. */
    expireTokens(): void;
    /**
     * Moves the emulator's clock forward by `ms`: tokens expire as if that much time had passed. The clock
     * only moves forward; `reset` leaves it where it is. Throws on a negative or non-finite `ms`.
     */
    advanceClock(ms: number): void;
    /**
     * Changes the credentials, as an administrator changing the password on the appliance does: later logins
     * must give the new ones; sessions already open, and their tokens, stay valid. `reset` brings back the
     * credentials of the options. Throws when either is not a string or is empty.
     */
    setCredentials(username: string, password: string): void;
    setLatency(ms: number): void;
    /**
     * Back to the initial state (the one the emulator started with: loaded from the state file, or a fresh
     * appliance), log cleared, failures disarmed, latency, token lifetime and credentials as in the options.
     * Sessions stay, and so does the clock.
     */
    reset(): void;
    /** A deep copy of the state in wire form (strings). */
    snapshot(): EmulatorSnapshot;
}

/** Starts an emulator of the appliance's REST API v3.2 on 127.0.0.1. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
    const initialCredentials = {
        username: options.username ?? "admin",
        password: options.password ?? "admin",
    };
    // Read by the login handler on every login, so that a change applies to the next one.
    const credentials = { ...initialCredentials };
    const initialLifetime = options.tokenLifetimeSeconds ?? 3600;
    const initialLatency = options.latencyMs ?? 0;
    checkLatency(initialLatency);

    const writer = new StateFileWriter();
    const store = Store.open(
        options.samples ? sampleState() : factoryState(),
        options.stateFile,
        writer.write,
    );
    const initialState = store.snapshot();
    const clock = new Clock(options.now);
    const auth = new TokenAuthority(initialLifetime, clock);
    const log = new RequestLog(options.requestLogLimit);
    const faults = new FaultInjector();
    let latency = initialLatency;

    const control: EmulatorControl = {
        requests: () => log.all(),
        counts: () => log.counts(),
        clearLog: () => log.clear(),
        failNext: (route: string, count: number, failure: Failure) => faults.failNext(route, count, failure),
        setTokenLifetime: (seconds: number) => auth.setLifetime(seconds),
        expireTokens: () => auth.expireAll(),
        advanceClock: (ms: number) => clock.advance(ms),
        setCredentials: (username: string, password: string) => {
            checkCredentials(username, password);
            Object.assign(credentials, { username, password });
        },
        setLatency: (ms: number) => {
            checkLatency(ms);
            latency = ms;
        },
        reset: () => {
            // Back at once for reads and changes; should the write fail, the next change writes the whole state.
            store.replace(initialState).catch(() => undefined);
            log.clear();
            faults.clear();
            latency = initialLatency;
            auth.setLifetime(initialLifetime);
            Object.assign(credentials, initialCredentials);
        },
        snapshot: () => store.snapshot(),
    };

    const deps = { store, auth, log, faults, credentials, latencyMs: () => latency };
    const onRequest = (request: IncomingMessage, response: ServerResponse): void => {
        const answer = request.url?.startsWith(controlPrefix)
            ? answerControlRequest(request, response, control)
            : answerApiRequest(request, response, deps);
        answer.catch(() => {
            // A request that failed this late cannot be answered any more: close it rather than hang.
            response.destroy();
        });
    };
    const server = await listen({ port: options.port ?? 0, https: options.https ?? false }, onRequest);

    return {
        url: server.url,
        caCertificate: server.caCertificate,
        get username() {
            return credentials.username;
        },
        get password() {
            return credentials.password;
        },
        control,
        stop: async () => {
            await server.close();
            await store.idle();
            await writer.close();
        },
    };
}

function checkCredentials(username: unknown, password: unknown): void {
    if (typeof username !== "string" || username === "" || typeof password !== "string" || password === "") {
        throw new TypeError("credentials need a username and a password, both non-empty strings");
    }
}

function checkLatency(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`invalid latency: ${ms}`);
}

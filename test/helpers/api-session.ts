import type { RunningEmulator } from "../../emulator/index";

/** Where the API is and who logs in: a `RunningEmulator`, or the same read from the CLI's banner. */
export type ApiTarget = Pick<RunningEmulator, "url" | "username" | "password">;

/** An answer of the emulator, its JSON body parsed (undefined when it is not JSON). */
export interface Answer {
    readonly status: number;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read bodies by their wire names
    readonly body: any;
}

export interface CallOptions {
    /** Sent as is instead of JSON.stringify(body). */
    readonly raw?: string;
    /** Replaces the Authorization header the session would send. */
    readonly authorization?: string;
}

/** `Authorization: Basic base64(token + ":")`, the way the appliance wants it. */
export function basicHeader(token: string, { scheme = "Basic", colon = true } = {}): string {
    return `${scheme} ${Buffer.from(colon ? `${token}:` : token).toString("base64")}`;
}

/**
 * A minimal client of the emulator's REST API, the one every test and script uses to talk to it: logs in,
 * sends the token exactly as received, and keeps the fresh token of every successful answer, as a real client
 * does. Every call times out after 10 s. It never throws on an error status: tests assert on `status`.
 */
export class ApiSession {
    token: string | undefined;

    constructor(
        private readonly emulator: ApiTarget,
        private readonly version = "v3.2",
    ) {}

    /** Logs in and returns the session, ready to call. */
    static async open(emulator: ApiTarget): Promise<ApiSession> {
        const session = new ApiSession(emulator);
        const answer = await session.login();
        if (answer.status !== 201)
            throw new Error(`login failed: ${answer.status} ${JSON.stringify(answer.body)}`);
        return session;
    }

    login(username = this.emulator.username, password = this.emulator.password): Promise<Answer> {
        return this.call("POST", "/login", { username, password });
    }

    async call(method: string, path: string, body?: unknown, options: CallOptions = {}): Promise<Answer> {
        const headers: Record<string, string> = { "Content-Type": "application/json" };
        const authorization =
            options.authorization ?? (this.token === undefined ? undefined : basicHeader(this.token));
        if (authorization !== undefined) headers.Authorization = authorization;
        const response = await fetch(`${this.emulator.url}/restapi/${this.version}${path}`, {
            method,
            headers,
            body: options.raw ?? (body === undefined ? undefined : JSON.stringify(body)),
            signal: AbortSignal.timeout(10_000),
        });
        const text = await response.text();
        let parsed: unknown;
        try {
            parsed = JSON.parse(text);
        } catch {
            parsed = undefined;
        }
        const answer: Answer = { status: response.status, body: parsed };
        if (response.ok && typeof answer.body?.token === "string") this.token = answer.body.token;
        return answer;
    }

    get(path: string): Promise<Answer> {
        return this.call("GET", path);
    }
    post(path: string, body: unknown): Promise<Answer> {
        return this.call("POST", path, body);
    }
    put(path: string, body: unknown): Promise<Answer> {
        return this.call("PUT", path, body);
    }
    delete(path: string): Promise<Answer> {
        return this.call("DELETE", path);
    }
}

import type { IncomingMessage, ServerResponse } from "node:http";
import type { Failure } from "./faults";
import { readBody, sendJson } from "./http-io";
import type { EmulatorControl } from "./index";

/** Where the knobs live: a path the appliance does not use. No authentication, never in the request log. */
export const controlPrefix = "/__emulator/";

type Body = Record<string, unknown>;

/** One knob of `/__emulator/`: what `GET /__emulator/` lists, and what the dispatcher runs. */
interface Knob {
    readonly method: "GET" | "POST" | "PUT" | "DELETE";
    /** Under `controlPrefix`; `""` is the listing itself. */
    readonly path: string;
    /** What it does, for the listing. */
    readonly does: string;
    /** An example request body, for the listing; none when the knob takes no body. */
    readonly example?: Body;
    /** The 200 answer's body; throws on a bad value (400). */
    readonly answer: (control: EmulatorControl, body: Body) => unknown;
}

/**
 * The HTTP twin of `EmulatorControl`, for tests in other processes and for people with curl. The listing and
 * the dispatcher both read this table, so they cannot disagree.
 */
const knobs: readonly Knob[] = [
    {
        method: "GET",
        path: "",
        does: "Lists these knobs: method, path, what each does and an example body.",
        answer: () => ({ knobs: listing() }),
    },
    {
        method: "GET",
        path: "requests",
        does: "The request log: the latest API requests (method, path, route, status, at), oldest first.",
        answer: (control) => ({ requests: control.requests() }),
    },
    {
        method: "DELETE",
        path: "requests",
        does: "Clears the request log and the counts.",
        answer: (control) => {
            control.clearLog();
            return { msg: "Request log cleared." };
        },
    },
    {
        method: "GET",
        path: "counts",
        does: 'API requests per route (e.g. "GET /services/{name}") since the start or the last clear.',
        answer: (control) => ({ counts: control.counts() }),
    },
    {
        method: "POST",
        path: "fail-next",
        does:
            "The next `count` requests of `route` fail before anything changes: with `status` (and `body`, " +
            "default an appliance-like msg), or `drop: true` to close the connection without an answer.",
        example: { route: "GET /services/{name}", count: 2, status: 503 },
        answer: (control, body) => {
            const failure: Failure =
                body.drop === true
                    ? { drop: true }
                    : {
                          status: Number(body.status),
                          ...(body.body === undefined ? {} : { body: body.body }),
                      };
            control.failNext(String(body.route), Number(body.count ?? 1), failure);
            return { msg: "Armed." };
        },
    },
    {
        method: "PUT",
        path: "token-lifetime",
        does: "How long tokens issued from now on stay good, in seconds (default 3600).",
        example: { seconds: 5 },
        answer: (control, body) => {
            control.setTokenLifetime(Number(body.seconds));
            return { msg: "Token lifetime set." };
        },
    },
    {
        method: "POST",
        path: "expire-tokens",
        does: "Every token issued so far stops working: the next call gets 401.",
        answer: (control) => {
            control.expireTokens();
            return { msg: "All tokens expired." };
        },
    },
    {
        method: "POST",
        path: "advance-clock",
        does: "Moves the emulator's clock forward by `ms`: tokens expire as if that much time had passed.",
        example: { ms: 5000 },
        answer: (control, body) => {
            control.advanceClock(Number(body.ms));
            return { msg: "Clock advanced." };
        },
    },
    {
        method: "PUT",
        path: "latency",
        does: "Adds `ms` milliseconds before every API request is handled.",
        example: { ms: 50 },
        answer: (control, body) => {
            control.setLatency(Number(body.ms));
            return { msg: "Latency set." };
        },
    },
    {
        method: "PUT",
        path: "credentials",
        does: "Changes the credentials later logins must give; open sessions stay valid.",
        example: { username: "admin", password: "n3w" },
        answer: (control, body) => {
            control.setCredentials(body.username as string, body.password as string);
            // The answer never repeats the password.
            return { msg: "Credentials set." };
        },
    },
    {
        method: "POST",
        path: "reset",
        does:
            "Back to the state the emulator started with; log cleared, failures disarmed, latency, token " +
            "lifetime and credentials as started. Sessions and the clock stay.",
        answer: (control) => {
            control.reset();
            return { msg: "Reset." };
        },
    },
    {
        method: "GET",
        path: "snapshot",
        does:
            "The whole state in wire form: services (with their servers and policies), vsites, service groups, " +
            "certificates, system; any other object of the spec once written, where it lives.",
        answer: (control) => control.snapshot(),
    },
];

/** What `GET /__emulator/` answers under `knobs`. */
function listing(): object[] {
    return knobs.map(({ method, path, does, example }) => ({
        method,
        path: controlPrefix + path,
        does,
        ...(example === undefined ? {} : { example }),
    }));
}

/**
 * Answers a request under `controlPrefix` from the table above: `200` with JSON, `400 {"msg"}` for a bad
 * request, `404 {"msg"}` for an unknown knob.
 */
export async function answerControlRequest(
    request: IncomingMessage,
    response: ServerResponse,
    control: EmulatorControl,
): Promise<void> {
    const url = new URL(request.url ?? "/", "http://emulator");
    const method = request.method ?? "GET";
    const path = url.pathname.slice(controlPrefix.length);
    const received = await readBody(request);
    try {
        if ("tooLarge" in received)
            return sendJson(response, 413, { msg: "The request body is larger than 1 MiB." });
        const knob = knobs.find((candidate) => candidate.method === method && candidate.path === path);
        if (knob === undefined) {
            return sendJson(response, 404, {
                msg: `No such control endpoint: ${method} ${path}. GET ${controlPrefix} lists them.`,
            });
        }
        const text = received.text;
        const body = text.trim() === "" ? {} : (JSON.parse(text) as Body);
        return sendJson(response, 200, knob.answer(control, body));
    } catch (error) {
        return sendJson(response, 400, { msg: (error as Error).message });
    }
}

import type { IncomingMessage, ServerResponse } from "node:http";
import type { Failure } from "./faults";
import { readBody, sendJson } from "./http-io";
import type { EmulatorControl } from "./index";

/** Where the knobs live: a path the appliance does not use. No authentication, never in the request log. */
export const controlPrefix = "/__emulator/";

/**
 * The HTTP twin of `EmulatorControl`, for tests in other processes:
 *
 * - `GET requests` → `{"requests": [...]}`; `DELETE requests` clears the log; `GET counts` → `{"counts": {...}}`
 * - `POST fail-next` `{"route": "GET /services/{name}", "count": 2, "status": 503, "body"?: ...}` or
 *   `{"route", "count", "drop": true}`
 * - `PUT token-lifetime` `{"seconds": 5}`; `POST expire-tokens`; `POST advance-clock` `{"ms": 5000}`;
 *   `PUT latency` `{"ms": 50}`; `PUT credentials` `{"username": "admin", "password": "n3w"}`
 * - `POST reset`; `GET snapshot` → the state in wire form
 *
 * Answers `200` with JSON, `400 {"msg"}` for a bad request, `404 {"msg"}` for an unknown knob.
 */
export async function answerControlRequest(
    request: IncomingMessage,
    response: ServerResponse,
    control: EmulatorControl,
): Promise<void> {
    const url = new URL(request.url ?? "/", "http://emulator");
    const knob = `${request.method ?? "GET"} ${url.pathname.slice(controlPrefix.length)}`;
    const received = await readBody(request);
    try {
        if ("tooLarge" in received)
            return sendJson(response, 413, { msg: "The request body is larger than 1 MiB." });
        const text = received.text;
        const body = text.trim() === "" ? {} : (JSON.parse(text) as Record<string, unknown>);
        switch (knob) {
            case "GET requests":
                return sendJson(response, 200, { requests: control.requests() });
            case "DELETE requests":
                control.clearLog();
                return sendJson(response, 200, { msg: "Request log cleared." });
            case "GET counts":
                return sendJson(response, 200, { counts: control.counts() });
            case "POST fail-next": {
                const failure: Failure =
                    body.drop === true
                        ? { drop: true }
                        : {
                              status: Number(body.status),
                              ...(body.body === undefined ? {} : { body: body.body }),
                          };
                control.failNext(String(body.route), Number(body.count ?? 1), failure);
                return sendJson(response, 200, { msg: "Armed." });
            }
            case "PUT token-lifetime":
                control.setTokenLifetime(Number(body.seconds));
                return sendJson(response, 200, { msg: "Token lifetime set." });
            case "POST expire-tokens":
                control.expireTokens();
                return sendJson(response, 200, { msg: "All tokens expired." });
            case "POST advance-clock":
                control.advanceClock(Number(body.ms));
                return sendJson(response, 200, { msg: "Clock advanced." });
            case "PUT latency":
                control.setLatency(Number(body.ms));
                return sendJson(response, 200, { msg: "Latency set." });
            case "PUT credentials":
                control.setCredentials(body.username as string, body.password as string);
                return sendJson(response, 200, { msg: "Credentials set." });
            case "POST reset":
                control.reset();
                return sendJson(response, 200, { msg: "Reset." });
            case "GET snapshot":
                return sendJson(response, 200, control.snapshot());
            default:
                return sendJson(response, 404, { msg: `No such control endpoint: ${knob}` });
        }
    } catch (error) {
        return sendJson(response, 400, { msg: (error as Error).message });
    }
}

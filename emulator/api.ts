import type { IncomingMessage, ServerResponse } from "node:http";
import type { TokenAuthority } from "./auth";
import { ApiError, bodyTooLarge, invalidData, methodNotAllowed, notFound, unauthorized } from "./errors";
import type { FaultInjector, Failure } from "./faults";
import type { ApiContext } from "./handlers/handler";
import { readBody, sendJson, sleep, type RequestBody } from "./http-io";
import type { RequestLog } from "./request-log";
import { matchPath, parseTarget, routeKey } from "./router";
import type { Store } from "./store";

/** What the API needs besides the request; `latencyMs` is read on every request so that it can change. */
export interface ApiDependencies {
    readonly store: Store;
    readonly auth: TokenAuthority;
    readonly log: RequestLog;
    readonly faults: FaultInjector;
    readonly credentials: ApiContext["credentials"];
    latencyMs(): number;
}

/**
 * Answers one request to `/restapi/v3[.1|.2]/...` like the appliance: added latency, then an armed failure
 * if any, then the body's size (413 past 1 MiB), authentication (every path but `/login`), route and method,
 * the JSON body, and the handler.
 * Every answer, errors included, carries a fresh `token` (one that grants nothing when the caller has no
 * live session). Every request is in the log.
 */
export async function answerApiRequest(
    request: IncomingMessage,
    response: ServerResponse,
    deps: ApiDependencies,
): Promise<void> {
    const method = request.method ?? "GET";
    const { pathname, query } = parseTarget(request.url ?? "/");
    const matched = matchPath(pathname);
    const route = matched?.route(method);
    const key = route ? routeKey(method, route.template) : null;
    const finish = deps.log.start(method, pathname, key, query.toString());

    const latency = deps.latencyMs();
    if (latency > 0) await sleep(latency);
    let received: RequestBody;
    try {
        received = await readBody(request);
    } catch {
        finish(0);
        request.socket.destroy();
        return;
    }

    const isLogin = matched?.template === "/login";
    const check = isLogin ? undefined : deps.auth.check(request.headers.authorization);
    const session = check?.ok ? check.session : undefined;
    const answer = (status: number, body: Record<string, unknown>): void => {
        const token = typeof body.token === "string" ? body.token : freshToken(deps.auth, session);
        sendJson(response, status, { ...body, token });
        finish(status);
    };

    const failure = key === null ? undefined : deps.faults.take(key);
    if (failure) {
        injectFailure(failure, request, response, answer, finish);
        return;
    }

    try {
        if ("tooLarge" in received) throw bodyTooLarge();
        if (check && !check.ok) throw unauthorized(check.reason);
        if (matched === undefined) throw notFound(`No such resource: ${pathname}`);
        if (route === undefined) throw methodNotAllowed(method);
        const body = method === "POST" || method === "PUT" ? parseJsonBody(received.text) : undefined;
        const result = await route.handler(
            { method, params: matched.params, query, body, session },
            { store: deps.store, auth: deps.auth, credentials: deps.credentials },
        );
        answer(result.status, result.body);
    } catch (error) {
        if (error instanceof ApiError) answer(error.status, error.body());
        else answer(500, { msg: `Internal Server Error: ${(error as Error).message}` });
    }
}

function freshToken(auth: TokenAuthority, session: string | undefined): string {
    return session === undefined ? auth.inert() : auth.issue(session);
}

/** 415 for a body that is not JSON at all (an empty body included). */
function parseJsonBody(text: string): unknown {
    try {
        return JSON.parse(text);
    } catch {
        throw invalidData("Invalid JSON data specified.", "InvalidJSON", 415);
    }
}

/**
 * An armed failure: the connection closed without an answer, the given body as is, or by default an
 * appliance-like `{"msg", "token"}`.
 */
function injectFailure(
    failure: Failure,
    request: IncomingMessage,
    response: ServerResponse,
    answer: (status: number, body: Record<string, unknown>) => void,
    finish: (status: number) => void,
): void {
    if ("drop" in failure) {
        finish(0);
        request.socket.destroy();
        return;
    }
    if (failure.body === undefined) {
        answer(failure.status, { msg: `Injected failure: status ${failure.status}.` });
        return;
    }
    sendJson(response, failure.status, failure.body);
    finish(failure.status);
}

/** A response body of the appliance, read once. */
export interface ApplianceBody {
    /** The parsed JSON, or `undefined` when the body is empty or not JSON. */
    readonly json: unknown;
    /** True when the body is empty or valid JSON. */
    readonly isJson: boolean;
    /** The session token the body carries in its `token` field, exactly as sent (line breaks included). */
    readonly token: string | undefined;
}

const parsed = new WeakMap<object, ApplianceBody>();

/** The body of an answer (got's response, whose `body` is text), parsed once however often it is asked for. */
export function answerBody(response: { readonly body: unknown }): ApplianceBody {
    let body = parsed.get(response);
    if (body === undefined) {
        body = parseApplianceBody(String(response.body));
        parsed.set(response, body);
    }
    return body;
}

/** Parses a response body; never throws. */
export function parseApplianceBody(text: string): ApplianceBody {
    if (text.trim() === "") {
        return { json: undefined, isJson: true, token: undefined };
    }
    let json: unknown;
    try {
        json = JSON.parse(text);
    } catch {
        return { json: undefined, isJson: false, token: undefined };
    }
    const token =
        isObject(json) && typeof json.token === "string" && json.token !== "" ? json.token : undefined;
    return { json, isJson: true, token };
}

/**
 * The body without its `token` field, so that a session token never reaches a caller's outputs or state.
 * An empty body becomes `{}`; anything that is not an object is returned as it is.
 */
export function withoutToken(body: ApplianceBody): unknown {
    if (body.json === undefined) {
        return {};
    }
    if (!isObject(body.json) || !("token" in body.json)) {
        return body.json;
    }
    const rest: Record<string, unknown> = { ...body.json };
    delete rest.token;
    return rest;
}

/**
 * The appliance's message in an error answer, whichever shape the firmware used: `{"msg"}`,
 * `{"errors": {"msg", "type"}}` (also a list, or a map of field to message), `{"error": {"msg", "status"}}`, or
 * a plain `message`. Without one, it describes the body: a short excerpt of a non-JSON body (HTML tags dropped),
 * the JSON without its token, or that the body was empty. The result is one line of at most about 300 characters.
 */
export function applianceMessageOf(text: string, body: ApplianceBody = parseApplianceBody(text)): string {
    if (!body.isJson) {
        const excerpt = oneLine(text.replace(/<[^>]*>/g, " "));
        return excerpt === "" ? "(a body that is not JSON)" : `(not JSON) ${excerpt}`;
    }
    if (body.json === undefined) {
        return "(no message: the body was empty)";
    }
    const found = messageIn(body.json, 0);
    if (found !== undefined && found !== "") {
        return oneLine(found);
    }
    const rest = withoutToken(body);
    const shown = JSON.stringify(rest);
    return shown === "{}" ? "(no message in the body)" : `(no message) ${oneLine(shown)}`;
}

function messageIn(value: unknown, depth: number): string | undefined {
    if (depth > 3) {
        return undefined;
    }
    if (typeof value === "string") {
        return value;
    }
    if (Array.isArray(value)) {
        const parts = value.map((item) => messageIn(item, depth + 1)).filter((part) => part !== undefined);
        return parts.length > 0 ? parts.join("; ") : undefined;
    }
    if (!isObject(value)) {
        return undefined;
    }
    if (depth > 0 && typeof value.msg !== "string" && typeof value.message !== "string") {
        // A map of field name to message, e.g. {"errors": {"port": "must be a number"}}.
        const parts = Object.entries(value)
            .filter(([key]) => key !== "type" && key !== "status")
            .map(([key, item]) => {
                const inner = messageIn(item, depth + 1);
                return inner === undefined ? undefined : `${key}: ${inner}`;
            })
            .filter((part) => part !== undefined);
        return parts.length > 0 ? parts.join("; ") : undefined;
    }
    for (const key of ["msg", "message", "errors", "error"]) {
        if (key in value) {
            const inner = messageIn(value[key], depth + 1);
            if (inner !== undefined && inner !== "") {
                return inner;
            }
        }
    }
    return undefined;
}

function oneLine(text: string): string {
    const compact = text.replace(/\s+/g, " ").trim();
    return compact.length > 300 ? `${compact.slice(0, 297)}...` : compact;
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

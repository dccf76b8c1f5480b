import { invalidData, unauthorized } from "../errors";
import type { Handler } from "./handler";

/** `POST /login` with `{"username", "password"}`: 201 `{"token": ...}`, or 401 for bad credentials. */
export const login: Handler = (request, { auth, credentials }) => {
    const body = request.body;
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
        throw invalidData("The request body must be a JSON object.", "NotAnObject", 406);
    }
    const { username, password } = body as Record<string, unknown>;
    const missing = [username === undefined && "'username'", password === undefined && "'password'"].filter(
        Boolean,
    );
    if (missing.length > 0)
        throw invalidData(`Missing required parameter(s): ${missing.join(", ")}.`, "MissingValue");
    if (typeof username !== "string" || typeof password !== "string") {
        throw invalidData("'username' and 'password' must be strings.", "InvalidValue");
    }
    if (username !== credentials.username || password !== credentials.password) {
        throw unauthorized("Invalid username or password.");
    }
    return { status: 201, body: { token: auth.login() } };
};

/** `DELETE /logout`: ends the session, so every token of it stops working. The spec answers 202. */
export const logout: Handler = (request, { auth }) => {
    if (request.session !== undefined) auth.logout(request.session);
    return { status: 202, body: { msg: "Successfully logged out." } };
};

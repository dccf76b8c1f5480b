/**
 * The appliance answers errors in three shapes depending on firmware. The emulator uses all three, one per
 * kind of error, so that a client has to handle each of them:
 *
 * - `"errors"`: the request's data is refused (400 invalid value, missing field, duplicate name, unchangeable
 *   field, bad query, a reference to an object that does not exist, deleting an object still in use; 406
 *   unacceptable data; 413 body over 1 MiB; 415 body that is not JSON):
 *   `{"errors": {"msg": "...", "type": "..."}}`.
 * - `"error"`: the thing addressed does not exist (404): `{"error": {"msg": "...", "status": "404"}}`, status
 *   as a string.
 * - `"msg"`: authentication (401), method not allowed (405), internal errors (500) and injected failures:
 *   `{"msg": "..."}`.
 *
 * Every one of them also carries `"token"`, added by the server.
 */
export type ErrorShape = "errors" | "error" | "msg";

/** Stable names for the `type` of an `errors` body. */
export type DataErrorType =
    | "InvalidValue"
    | "MissingValue"
    | "DuplicateName"
    | "UnchangeableField"
    | "InvalidQuery"
    | "UnknownField"
    | "NotAnObject"
    | "InvalidJSON"
    | "InvalidReference"
    | "InUse"
    | "BodyTooLarge";

/** An error answer of the appliance: its status, its message, and the body shape it travels in. */
export class ApiError extends Error {
    constructor(
        readonly status: number,
        message: string,
        readonly shape: ErrorShape,
        readonly type?: DataErrorType,
    ) {
        super(message);
        this.name = "ApiError";
    }

    /** The JSON body, without the token. */
    body(): Record<string, unknown> {
        switch (this.shape) {
            case "errors":
                return { errors: { msg: this.message, type: this.type ?? "InvalidValue" } };
            case "error":
                return { error: { msg: this.message, status: String(this.status) } };
            case "msg":
                return { msg: this.message };
        }
    }
}

/** 400 (or 406/413/415) for data the appliance refuses. */
export const invalidData = (message: string, type: DataErrorType = "InvalidValue", status = 400): ApiError =>
    new ApiError(status, message, "errors", type);

/** 413 for a body over 1 MiB: no configuration is that large. */
export const bodyTooLarge = (): ApiError =>
    invalidData("The request body is larger than 1 MiB.", "BodyTooLarge", 413);

/** 404 for an object, or a path, that does not exist. */
export const notFound = (message: string): ApiError => new ApiError(404, message, "error");

/** 401 for a missing, wrong or expired token, or bad credentials at login. */
export const unauthorized = (message: string): ApiError => new ApiError(401, message, "msg");

/** 405 for a method that the path does not support. */
export const methodNotAllowed = (method: string): ApiError =>
    new ApiError(405, `Method ${method} Not Allowed.`, "msg");

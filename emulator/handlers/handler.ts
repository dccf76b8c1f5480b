import type { TokenAuthority } from "../auth";
import type { Store } from "../store";

/** An API request once routed, authenticated and its body parsed. */
export interface ApiRequest {
    readonly method: string;
    /** Decoded path parameters: `name`, `server`. */
    readonly params: Readonly<Record<string, string>>;
    readonly query: URLSearchParams;
    /** The parsed JSON body of POST and PUT; undefined for other methods. */
    readonly body: unknown;
    /** The caller's session; undefined before login. */
    readonly session: string | undefined;
}

/** What the emulator holds that handlers work on. */
export interface ApiContext {
    readonly store: Store;
    readonly auth: TokenAuthority;
    readonly credentials: { readonly username: string; readonly password: string };
}

/**
 * A successful answer; the server adds the fresh `token` unless the body has one. Failures are thrown as
 * `ApiError`.
 */
export interface ApiAnswer {
    readonly status: number;
    readonly body: Record<string, unknown>;
}

/** Answers one request; a write may answer once its change is stored (see `Store.change`). */
export type Handler = (request: ApiRequest, context: ApiContext) => ApiAnswer | Promise<ApiAnswer>;

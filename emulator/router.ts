import { routes, type Route } from "./routes";

/** API versions the appliance answers under `/restapi/`; they all behave alike. */
const versionPrefix = /^\/restapi\/v3(?:\.1|\.2)?(?=\/|$)/;

/** The routes of one path template, by method. */
interface PathEntry {
    readonly template: string;
    readonly parts: readonly string[];
    readonly byMethod: ReadonlyMap<string, Route>;
}

/** The route table grouped by template, in the table's order; built once. */
const paths: readonly PathEntry[] = (() => {
    const grouped = new Map<string, Map<string, Route>>();
    for (const route of routes) {
        const byMethod = grouped.get(route.template) ?? new Map<string, Route>();
        if (byMethod.has(route.method))
            throw new Error(`route declared twice: ${route.method} ${route.template}`);
        byMethod.set(route.method, route);
        grouped.set(route.template, byMethod);
    }
    return [...grouped].map(([template, byMethod]) => ({
        template,
        parts: template.split("/").slice(1),
        byMethod,
    }));
})();

/** A request target split as sent: the path still percent-encoded (no dot segments resolved) and the query. */
export interface RequestTarget {
    readonly pathname: string;
    readonly query: URLSearchParams;
}

/**
 * Splits a request target (`/path?query`, or the absolute form `http://host/path?query`) without resolving
 * `.` and `..`: a URL parser would turn `/services/a/servers/%2e%2e` into `/services/a`, and a DELETE meant
 * for a server would delete the service. Never throws.
 */
export function parseTarget(raw: string): RequestTarget {
    const withoutAuthority = raw.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/, "");
    const withoutFragment = withoutAuthority.split("#", 1)[0];
    const queryAt = withoutFragment.indexOf("?");
    const pathname = queryAt < 0 ? withoutFragment : withoutFragment.slice(0, queryAt);
    const query = new URLSearchParams(queryAt < 0 ? "" : withoutFragment.slice(queryAt + 1));
    return { pathname: pathname === "" ? "/" : pathname, query };
}

/** An API path matched to its template. */
export interface MatchedPath {
    readonly template: string;
    /** Decoded path parameters, named as in the template (`name`, `server`). */
    readonly params: Readonly<Record<string, string>>;
    /** The route for `method`, or undefined when the path does not take it (405). */
    route(method: string): Route | undefined;
}

/**
 * Finds the template of a request path (as sent, with its version prefix); undefined when it is not an API
 * path or no template fits. A segment that is not valid percent-encoding, or that decodes to `.`, `..` or a
 * string with `/`, fits no parameter.
 */
export function matchPath(pathname: string): MatchedPath | undefined {
    const match = versionPrefix.exec(pathname);
    if (!match) return undefined;
    let rest = pathname.slice(match[0].length);
    if (rest.length > 1 && rest.endsWith("/")) rest = rest.slice(0, -1);
    const segments = rest.split("/").slice(1);
    for (const entry of paths) {
        if (entry.parts.length !== segments.length) continue;
        const params: Record<string, string> = Object.create(null) as Record<string, string>;
        const fits = entry.parts.every((part, index) => {
            const segment = decodeSegment(segments[index]);
            if (segment === undefined) return false;
            if (!part.startsWith("{")) return part === segment;
            if (segment === "" || segment === "." || segment === ".." || segment.includes("/")) return false;
            params[part.slice(1, -1)] = segment;
            return true;
        });
        if (fits) return { template: entry.template, params, route: (method) => entry.byMethod.get(method) };
    }
    return undefined;
}

/** `"GET /services/{name}"`: how logs, counts and `failNext` name a route. */
export function routeKey(method: string, template: string): string {
    return `${method} ${template}`;
}

/** Whether `key` names a route of the table (guards `failNext` against typos). */
export function isRouteKey(key: string): boolean {
    return routes.some((route) => routeKey(route.method, route.template) === key);
}

function decodeSegment(segment: string): string | undefined {
    try {
        return decodeURIComponent(segment);
    } catch {
        return undefined;
    }
}

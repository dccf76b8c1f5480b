/** The path templates the emulator serves, without the `/restapi/v3.2` prefix; they name routes in logs and knobs. */
export const routeTemplates = [
    "/login",
    "/logout",
    "/services",
    "/services/{name}",
    "/services/{name}/advanced-configuration",
    "/services/{name}/basic-security",
    "/services/{name}/load-balancing",
    "/services/{name}/servers",
    "/services/{name}/servers/{server}",
    "/system",
    "/system/advanced-settings",
] as const;

export type RouteTemplate = (typeof routeTemplates)[number];

/** The methods each template answers; others get 405. */
export const allowedMethods: Readonly<Record<RouteTemplate, readonly string[]>> = {
    "/login": ["POST"],
    "/logout": ["DELETE"],
    "/services": ["GET", "POST"],
    "/services/{name}": ["GET", "PUT", "DELETE"],
    "/services/{name}/advanced-configuration": ["GET", "PUT"],
    "/services/{name}/basic-security": ["GET", "PUT"],
    "/services/{name}/load-balancing": ["GET", "PUT"],
    "/services/{name}/servers": ["GET", "POST"],
    "/services/{name}/servers/{server}": ["GET", "PUT", "DELETE"],
    "/system": ["GET"],
    "/system/advanced-settings": ["GET", "PUT"],
};

/** API versions the appliance answers under `/restapi/`; they all behave alike. */
const versionPrefix = /^\/restapi\/v3(?:\.1|\.2)?(?=\/|$)/;

export interface MatchedRoute {
    readonly template: RouteTemplate;
    /** Decoded path parameters: `name`, `server`. */
    readonly params: Readonly<Record<string, string>>;
}

/** The path without its version prefix, or undefined when it is not an API path. */
export function stripVersion(pathname: string): string | undefined {
    const match = versionPrefix.exec(pathname);
    if (!match) return undefined;
    const rest = pathname.slice(match[0].length);
    return rest.length > 1 && rest.endsWith("/") ? rest.slice(0, -1) : rest;
}

/** Finds the template of an API path (already stripped of its version); undefined when none fits. */
export function matchRoute(path: string): MatchedRoute | undefined {
    const segments = path.split("/").slice(1);
    for (const template of routeTemplates) {
        const parts = template.split("/").slice(1);
        if (parts.length !== segments.length) continue;
        const params: Record<string, string> = {};
        const fits = parts.every((part, index) => {
            const segment = segments[index];
            if (part.startsWith("{")) {
                if (segment === "") return false;
                params[part.slice(1, -1)] = decodeSegment(segment);
                return true;
            }
            return part === segment;
        });
        if (fits) return { template, params };
    }
    return undefined;
}

/** `"GET /services/{name}"`: how logs, counts and `failNext` name a route. */
export function routeKey(method: string, template: RouteTemplate): string {
    return `${method} ${template}`;
}

/** Whether `key` names a route the emulator serves (guards `failNext` against typos). */
export function isRouteKey(key: string): boolean {
    const [method, template, ...rest] = key.split(" ");
    if (rest.length > 0 || !(routeTemplates as readonly string[]).includes(template)) return false;
    return allowedMethods[template as RouteTemplate].includes(method);
}

function decodeSegment(segment: string): string {
    try {
        return decodeURIComponent(segment);
    } catch {
        return segment;
    }
}

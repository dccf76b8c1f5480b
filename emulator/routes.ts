import { collectionHandlers } from "./handlers/collection";
import type { Handler } from "./handlers/handler";
import { login, logout } from "./handlers/session";
import { subObjectHandlers } from "./handlers/sub-object";
import type { ObjectRow } from "./object-row";
import { itemPath, objectRows, rowPath } from "./objects";

/** The HTTP methods the appliance's API uses. */
export type Method = "GET" | "POST" | "PUT" | "DELETE";

/** One route: a method, a path template without the `/restapi/v3.2` prefix (`{x}` is a parameter) and its handler. */
export interface Route {
    readonly method: Method;
    readonly template: string;
    readonly handler: Handler;
}

/**
 * The routes the spec gives a row: a collection's list and create, and its item's GET, PUT and DELETE; a
 * sub-object's or singleton's GET and PUT, and a POST where the spec gives one (`services/{name}/ftp-security`),
 * which sets it like a PUT. A method the spec does not give answers 405.
 */
function routesOf(row: ObjectRow): Route[] {
    const on = (methods: readonly Method[] | undefined, method: Method): boolean =>
        methods?.includes(method) ?? false;
    const routes: Route[] = [];
    const add = (method: Method, template: string, handler: Handler): void => {
        routes.push({ method, template, handler });
    };
    if (row.kind !== "collection") {
        const { get, put } = subObjectHandlers(row);
        if (on(row.methods, "GET")) add("GET", rowPath(row), get);
        if (on(row.methods, "PUT")) add("PUT", rowPath(row), put);
        if (on(row.methods, "POST")) add("POST", rowPath(row), put);
        return routes;
    }
    const handlers = collectionHandlers(row);
    if (on(row.methods, "GET")) add("GET", rowPath(row), handlers.list);
    if (on(row.methods, "POST")) add("POST", rowPath(row), handlers.create);
    if (on(row.itemMethods, "GET")) add("GET", itemPath(row), handlers.get);
    if (on(row.itemMethods, "PUT")) add("PUT", itemPath(row), handlers.update);
    if (on(row.itemMethods, "DELETE")) add("DELETE", itemPath(row), handlers.remove);
    return routes;
}

/**
 * Every route the emulator serves: the session's, then those of the object table's rows. Matching, 405s,
 * route keys in the log and `failNext` are all derived from it (see `router.ts`).
 */
export const routes: readonly Route[] = [
    { method: "POST", template: "/login", handler: login },
    { method: "DELETE", template: "/logout", handler: logout },
    ...objectRows.flatMap(routesOf),
];

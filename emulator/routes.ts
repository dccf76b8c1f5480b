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

/** A collection's list, create and item routes; a sub-object's or singleton's GET and PUT. */
function routesOf(row: ObjectRow): Route[] {
    if (row.kind !== "collection") {
        const { get, put } = subObjectHandlers(row);
        return [
            { method: "GET", template: rowPath(row), handler: get },
            { method: "PUT", template: rowPath(row), handler: put },
        ];
    }
    const handlers = collectionHandlers(row);
    return [
        { method: "GET", template: rowPath(row), handler: handlers.list },
        { method: "POST", template: rowPath(row), handler: handlers.create },
        { method: "GET", template: itemPath(row), handler: handlers.get },
        { method: "PUT", template: itemPath(row), handler: handlers.update },
        { method: "DELETE", template: itemPath(row), handler: handlers.remove },
    ];
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

import { list, type ObjectModel } from "./field";

/**
 * The `Origin Protection` sub-object of a WebSocket policy (`.../websocket-policies/{policy}/origin-protection`,
 * Web_Socket_Policy_origin_protection.json). `allow-origins` is declared a string with a schema of array in
 * the spec: a list of strings, empty at first.
 */
export const websocketOriginProtectionModel: ObjectModel = {
    displayName: "Origin Protection",
    fields: {
        "allow-origins": list(),
    },
};

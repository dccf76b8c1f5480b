import { specObject } from "../spec/spec-objects";
import { modelFromSpec } from "./from-spec";

/** The `Origin Protection` sub-object of a WebSocket policy (Web_Socket_Policy_origin_protection.json). */
export const websocketOriginProtectionModel = modelFromSpec(
    specObject("services/websocket-policies/origin-protection"),
    { displayName: "Origin Protection" },
);

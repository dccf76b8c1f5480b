import { specObject } from "../spec/spec-objects";
import { modelFromSpec } from "./from-spec";

/**
 * The `Message Security` sub-object of a WebSocket policy (Web_Socket_Policy_message_security.json). The
 * spec's `message-format` values are untranslated labels (`lid_46998`, `lid_46997`), taken as written.
 */
export const websocketMessageSecurityModel = modelFromSpec(
    specObject("services/websocket-policies/message-security"),
    { displayName: "Message Security" },
);

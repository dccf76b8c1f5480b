import { oneOf, yesNo, type ObjectModel } from "./field";

/**
 * The `Message Security` sub-object of a WebSocket policy (`.../websocket-policies/{policy}/message-security`,
 * Web_Socket_Policy_message_security.json). The spec's `message-format` values are untranslated labels
 * (`lid_46998`, `lid_46997`); they are taken as the spec writes them. Where the spec says `"default": ""`,
 * the emulator chooses: message security off, no JSON checks, the first format.
 */
export const websocketMessageSecurityModel: ObjectModel = {
    displayName: "Message Security",
    fields: {
        "enable-message-security": yesNo("No"),
        "enforce-json-check": yesNo("No"),
        "message-format": oneOf(["lid_46998", "lid_46997"], "lid_46998"),
    },
};

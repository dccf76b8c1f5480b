import { integer, oneOf, type ObjectModel } from "./field";

/** The spec gives the frame limits no range: the emulator takes any count that fits a signed 32-bit field. */
const frameLimitMaximum = 2147483647;

/**
 * The `Protocol Security` sub-object of a WebSocket policy (`.../websocket-policies/{policy}/protocol-security`,
 * Web_Socket_Policy_protocol_security.json). The spec's `payload-format` value `lid_46995` is an
 * untranslated label; it is taken as the spec writes it. Where the spec says `"default": ""`, the emulator
 * chooses: both payload types, frames up to 65536 bytes, up to 16 frames per fragmented message.
 */
export const websocketProtocolSecurityModel: ObjectModel = {
    displayName: "Protocol Security",
    fields: {
        "max-frame-per-frag-message": integer(0, frameLimitMaximum, 16),
        "max-frame-size": integer(0, frameLimitMaximum, 65536),
        "payload-format": oneOf(["Text", "lid_46995", "Both"], "Both"),
    },
};

import { specObject } from "../spec/spec-objects";
import { modelFromSpec } from "./from-spec";

/** The spec gives the frame limits no range: the emulator takes any count that fits a signed 32-bit field. */
const frameLimit = { minimum: 0, maximum: 2147483647 };

/**
 * The `Protocol Security` sub-object of a WebSocket policy (Web_Socket_Policy_protocol_security.json). The
 * spec's `payload-format` value `lid_46995` is an untranslated label, taken as written. Where the spec gives
 * no default, the emulator chooses: both payload types, frames up to 65536 bytes, 16 frames per message.
 */
export const websocketProtocolSecurityModel = modelFromSpec(
    specObject("services/websocket-policies/protocol-security"),
    {
        displayName: "Protocol Security",
        defaults: { "max-frame-per-frag-message": 16, "max-frame-size": 65536, "payload-format": "Both" },
        fields: { "max-frame-per-frag-message": frameLimit, "max-frame-size": frameLimit },
    },
);

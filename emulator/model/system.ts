import { oneOf, text, yesNo, type ObjectModel } from "./field";

/**
 * The `System` group of `GET /system` (System.json). Only read here (`PUT /system` is not emulated); the
 * values describe the emulator itself.
 */
export const systemModel: ObjectModel = {
    displayName: "System",
    fields: {
        "attack-definition": text("1.0 (emulator)"),
        "device-name": text("barracudawaf-emulator"),
        domain: text("example.com", { maxLength: 512 }),
        "enable-ipv6": yesNo("No"),
        "firmware-version": text("11.0 (emulator)"),
        hostname: text("waf", { maxLength: 512 }),
        "interface-for-system-services": oneOf(["WAN", "Management"], "Management"),
        locale: text("English"),
        model: text("emulator"),
        "operation-mode": oneOf(["Bridge All Traffic", "Proxy"], "Proxy"),
        serial: text("EMULATOR"),
        "time-zone": text("UTC"),
        "virus-definition": text("1.0 (emulator)"),
    },
};

import { oneOf, text, yesNo, type FieldDefinition, type ObjectModel } from "./field";

/** The languages of the spec's `locale` enum. */
const locales = [
    "English",
    "Catalan",
    "Česky",
    "Dansk",
    "Deutsch",
    "Español",
    "Français",
    "Italiano",
    "Magyar",
    "Nederlands",
    "Polski",
    "Português (BR)",
    "Русский",
    "íslenska",
    "한국어",
    "日本語",
    "简体中文",
    "繁體中文",
];

/** A field that describes the appliance: shown by GET, never changed by PUT. */
const describing = (value: string): FieldDefinition => ({
    ...text(value),
    fixedAfterCreate: true,
    changeHint: "it describes the appliance",
});

/**
 * The `System` group of `/system` (System.json); `PUT /system` changes the settings of the spec's PUT body
 * and requires `domain`, as the spec says. The describing values are the emulator's own.
 */
export const systemModel: ObjectModel = {
    displayName: "System",
    fields: {
        "attack-definition": describing("1.0 (emulator)"),
        "device-name": text("barracudawaf-emulator"),
        domain: { ...text("example.com", { maxLength: 512 }), requiredOn: ["update"] },
        "enable-ipv6": yesNo("No"),
        "firmware-version": describing("11.0 (emulator)"),
        hostname: text("waf", { maxLength: 512 }),
        "interface-for-system-services": oneOf(["WAN", "Management"], "Management"),
        locale: oneOf(locales, "English"),
        model: describing("emulator"),
        "operation-mode": oneOf(["Bridge All Traffic", "Proxy"], "Proxy"),
        serial: describing("EMULATOR"),
        "time-zone": text("UTC"),
        "virus-definition": describing("1.0 (emulator)"),
    },
};

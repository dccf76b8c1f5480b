import { specObject } from "../spec/spec-objects";
import { text, type FieldDefinition } from "./field";
import { modelFromSpec } from "./from-spec";

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
export const systemModel = modelFromSpec(specObject("system"), {
    displayName: "System",
    defaults: {
        "device-name": "barracudawaf-emulator",
        domain: "example.com",
        hostname: "waf",
        "interface-for-system-services": "Management",
        locale: "English",
        "operation-mode": "Proxy",
        "time-zone": "UTC",
    },
    extraFields: {
        "attack-definition": describing("1.0 (emulator)"),
        "firmware-version": describing("11.0.0.008"),
        model: describing("emulator"),
        serial: describing("EMULATOR"),
        "virus-definition": describing("1.0 (emulator)"),
    },
});

import { certificateModel } from "./model/certificate";
import { advancedSettingsModel } from "./model/advanced-settings";
import { defaultsOf } from "./model/field";
import { systemModel } from "./model/system";
import { vsiteModel } from "./model/vsite";
import type { EmulatorSnapshot } from "./snapshot";

/**
 * A factory-fresh appliance: no services and no certificates; the vsite `default` with its service group
 * `default` (where a service goes unless it names others); system settings at their defaults, advanced
 * settings hidden.
 */
export function factoryState(): EmulatorSnapshot {
    return {
        services: {},
        vsites: { default: { ...defaultsOf(vsiteModel), name: "default" } },
        serviceGroups: { default: { default: { "service-group": "default" } } },
        certificates: {},
        system: { system: defaultsOf(systemModel), advancedSettings: defaultsOf(advancedSettingsModel) },
    };
}

/**
 * The factory state plus sample objects that the project's own tests and examples name without creating
 * them: the vsite `edge` (with its group `default`) and the self-signed certificate `secure-cert`. The
 * emulator starts so unless told to start factory-fresh (`factory: true`, `--factory`).
 */
export function sampleState(): EmulatorSnapshot {
    const state = factoryState();
    state.vsites.edge = { ...defaultsOf(vsiteModel), name: "edge", comments: "sample vsite of the emulator" };
    state.serviceGroups.edge = { default: { "service-group": "default" } };
    state.certificates["secure-cert"] = {
        ...defaultsOf(certificateModel),
        name: "secure-cert",
        "common-name": "secure.example.com",
        "country-code": "US",
        expiry: "Fri, 01 Jan 2100 00:00:00 GMT",
        serial: "5EC0DEC0FFEE0001",
    };
    return state;
}

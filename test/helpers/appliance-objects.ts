import type { RunningEmulator } from "../../emulator";
import { callAppliance } from "./appliance-api";

/**
 * Objects a test needs on the appliance before its program runs, made as an operator would make them, so
 * that the emulator can start factory-fresh, as a real appliance does.
 */

/** A vsite `name` on the WAN interface with its service group `default`, as the factory's vsite has. */
export async function makeVsite(emulator: RunningEmulator, name: string): Promise<void> {
    await callAppliance(emulator, "POST", "/vsites", { name, interface: "WAN" });
    await callAppliance(emulator, "POST", `/vsites/${name}/service-groups`, { "service-group": "default" });
}

/** A self-signed certificate `name`. */
export async function makeCertificate(emulator: RunningEmulator, name: string): Promise<void> {
    await callAppliance(emulator, "POST", "/certificates/self-signed-certificate", {
        name,
        "common-name": `${name}.example.com`,
        "country-code": "US",
    });
}

import type { RunningEmulator } from "../../emulator";

/** The routes of the calls that could have changed the appliance since the log was cleared: not reads, not logins. */
export function writeRoutes(emulator: RunningEmulator): string[] {
    return Object.keys(emulator.control.counts()).filter((route) => !/^GET |\/log(in|out)$/.test(route));
}

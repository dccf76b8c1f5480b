import type { RunningEmulator } from "../../emulator";
import { ApiSession } from "./api-session";

/**
 * Calls the emulator's REST API the way a person at the appliance (or another tool) would, behind Pulumi's
 * back: logs in with the emulator's current credentials, then sends one request with the token. Resolves to
 * the parsed body; rejects on any status outside 2xx, and when the emulator does not answer within 10 s.
 */
export async function callAppliance(
    emulator: RunningEmulator,
    method: string,
    path: string,
    body?: object,
): Promise<unknown> {
    const session = await ApiSession.open(emulator);
    const answer = await session.call(method, path, body);
    if (answer.status < 200 || answer.status > 299) {
        throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    }
    return answer.body;
}

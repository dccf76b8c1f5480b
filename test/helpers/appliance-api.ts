import type { RunningEmulator } from "../../emulator";

/**
 * Calls the emulator's REST API the way a person at the appliance (or another tool) would, behind Pulumi's
 * back: logs in, then sends one request with the token. Rejects on any error status.
 */
export async function callAppliance(
    emulator: RunningEmulator,
    method: string,
    path: string,
    body?: object,
): Promise<unknown> {
    const base = `${emulator.url}/restapi/v3.2`;
    const login = await fetch(`${base}/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: emulator.username, password: emulator.password }),
    });
    const { token } = (await login.json()) as { token: string };
    const response = await fetch(`${base}${path}`, {
        method,
        headers: {
            authorization: `Basic ${Buffer.from(`${token}:`).toString("base64")}`,
            ...(body ? { "content-type": "application/json" } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
    });
    const answer: unknown = await response.json();
    if (!response.ok) {
        throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
    }
    return answer;
}

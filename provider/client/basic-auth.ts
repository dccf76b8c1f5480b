/**
 * The Authorization header for an appliance session token: HTTP Basic with the token as the user name and an
 * empty password, `Basic base64(token + ":")`. The token is used exactly as received, line breaks included.
 */
export function authorizationFor(token: string): string {
    return `Basic ${Buffer.from(`${token}:`, "utf8").toString("base64")}`;
}

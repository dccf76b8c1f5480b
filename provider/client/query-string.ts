/**
 * Encodes a query for the appliance: `{groups: ["Service", "Advanced Configuration"]}` becomes
 * `?groups=Service&groups=Advanced%20Configuration`. An array repeats the key; keys keep the given order.
 * Returns `""` for no query or an empty one.
 */
export function queryString(query: Readonly<Record<string, string | readonly string[]>> | undefined): string {
    if (query === undefined) {
        return "";
    }
    const pairs: string[] = [];
    for (const [key, value] of Object.entries(query)) {
        for (const item of typeof value === "string" ? [value] : value) {
            pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(item)}`);
        }
    }
    return pairs.length === 0 ? "" : `?${pairs.join("&")}`;
}

/** Words the appliance writes in capitals in its group names (`SSL Security`, `URL ACLs`, `IP Reputation`). */
const acronyms = new Set([
    "acl",
    "acls",
    "api",
    "aps",
    "crl",
    "csp",
    "ddos",
    "dns",
    "ftp",
    "gdpr",
    "hsm",
    "http",
    "ip",
    "jwt",
    "lan",
    "ldap",
    "nat",
    "ng",
    "ntp",
    "ocsp",
    "rsa",
    "saml",
    "snmp",
    "ssl",
    "url",
    "vlan",
    "wan",
    "waf",
]);

const key = (words: string): string => words.toLowerCase().replace(/[^a-z0-9]/g, "");

/** `access-rules` → `access-rule`, `policies` → `policy`, `classes` → `class`. */
export function singularSegment(segment: string): string {
    return segment
        .replace(/ies$/, "y")
        .replace(/(ss|x|ch|sh)es$/, "$1")
        .replace(/([^s])s$/, "$1");
}

/** `ssl-security` → `SSL Security`. */
function titleCase(segment: string): string {
    return segment
        .split(/[-/]/)
        .map((word) => (acronyms.has(word) ? word.toUpperCase() : word[0].toUpperCase() + word.slice(1)))
        .join(" ");
}

/**
 * The display name of the object at `segment` (its last path segment): the name its parent's (or its own)
 * GET lists under `?groups=` for it (`Access Rule` for `access-rules`, `SSL Policy` for `ssl-policy`), else
 * its file's title, else the segment in words, singular for a collection. The spec shows no other: it is the `object` of answers.
 */
export function displayName(
    segment: string,
    collection: boolean,
    listed: readonly string[],
    title = "",
    /** Last segments of its siblings: a group one of them is named after is theirs, whatever a title says. */
    siblings: readonly string[] = [],
): string {
    const last = segment.split("/").at(-1) as string;
    // A content rule's (rule group's) sub-objects carry `rg-`: `rg-captcha-settings` is its `Captcha Settings`.
    const wanted = [key(last), key(singularSegment(last)), key(last.replace(/^rg-/, ""))];
    // Else its file's title, as listed (`Rule Group` for content rules, `Dual Auth` for two-factor-auth), or as
    // written where nothing lists its group (`Cloud Control` for control-center).
    const found =
        listed.find((group) => wanted.includes(key(group))) ??
        listed.find(
            (group) =>
                title !== "" &&
                key(group) === key(title) &&
                !siblings.some((other) => [key(other), key(singularSegment(other))].includes(key(group))),
        ) ??
        (listed.length === 0 && title !== "" ? title : undefined);
    return found ?? titleCase(collection ? singularSegment(last) : last);
}

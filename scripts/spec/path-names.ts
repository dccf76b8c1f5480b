import type { PathParameter } from "./model";

/** `policies` → `policy`, `classes` → `class`, `services` → `service`; a singular stays as it is. */
export function singular(word: string): string {
    if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
    if (word.endsWith("sses")) return word.slice(0, -2);
    if (word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
    return word;
}

/** `content-rule-servers` → `contentRuleServer`. */
export function camelSingular(segment: string): string {
    const words = segment.toLowerCase().split("-");
    words[words.length - 1] = singular(words[words.length - 1]);
    return words.map((word, index) => (index === 0 ? word : word[0].toUpperCase() + word.slice(1))).join("");
}

export interface NamedPath {
    /** `/services/{serviceName}/servers/{serverName}`. */
    readonly path: string;
    readonly parameters: readonly PathParameter[];
    /** The literal segments only: `services/servers`. */
    readonly id: string;
}

/**
 * Trims a vendor path key and names its parameters after the segment before each one. The vendor's display
 * names cannot serve: one level has two (`{Server Name}` on a server, `{Web Server Name}` on its
 * sub-objects) and one path has the same one twice (`.../{Rule Name}/sub-resource-integrity/{Rule Name}`).
 * A name that is already an identifier (`{id}` of the logs) is kept.
 */
export function namePath(vendorPath: string): NamedPath {
    // A display name may hold a slash (`{IP/Network Address}`): a parameter is one segment whatever it holds.
    const segments = vendorPath.trim().match(/\{[^}]*\}|[^/]+/g) ?? [];
    const parameters: PathParameter[] = [];
    const literals: string[] = [];
    const named = segments.map((segment, index) => {
        const display = /^\{(.+)\}$/.exec(segment)?.[1];
        if (display === undefined) {
            literals.push(segment);
            return segment;
        }
        const before = segments[index - 1];
        const name =
            /^[a-z][A-Za-z]*$/.test(display) || before === undefined
                ? display
                : `${camelSingular(before)}Name`;
        parameters.push({ name, vendorName: display });
        return `{${name}}`;
    });
    return { path: `/${named.join("/")}`, parameters, id: literals.join("/") };
}

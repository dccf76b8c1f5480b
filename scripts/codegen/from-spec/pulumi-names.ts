/**
 * The names a program sees for what the overlay does not name: a resource after its path segment
 * (`url-acls` → `UrlAcl`), a property after its wire name (`follow-up-action` → `followUpAction`), a type
 * after its owner and member (`UrlAclAction`), an enum value after the value (`Deny and Log` → `DenyAndLog`).
 */
import { camelSingular } from "../../spec/path-names";

function words(text: string): string[] {
    return text.split(/[^A-Za-z0-9]+/).filter((word) => word.length > 0);
}

function capitalized(word: string): string {
    return word[0].toUpperCase() + word.slice(1);
}

/** `content-rule-servers` → `ContentRuleServer`. */
export function resourceNameOf(segment: string): string {
    return capitalized(camelSingular(segment));
}

/** A settings object's name, after its whole path: `system/dns` → `SystemDns`, `cluster/nodes` → `ClusterNodes`. */
export function settingsNameOf(id: string): string {
    return words(id).map(capitalized).join("");
}

/** `follow-up-action` → `followUpAction`; `barracuda_control_server` → `barracudaControlServer`. */
export function propertyNameOf(wireName: string): string {
    return words(wireName.toLowerCase())
        .map((word, index) => (index === 0 ? word : capitalized(word)))
        .join("");
}

/** A named type's name: `UrlAcl` and `followUpAction` → `UrlAclFollowUpAction`. */
export function typeNameOf(owner: string, member: string): string {
    return owner + capitalized(member);
}

/**
 * Names for an enum's values, unique within it: `Deny and Log` → `DenyAndLog`, `1.2` → `Value1_2`; a second
 * value that would get a name already taken gets the next number after it.
 */
export function enumValueNames(values: readonly string[]): Record<string, string> {
    const taken = new Set<string>();
    const names: Record<string, string> = {};
    for (const value of values) {
        const parts = words(value).map(capitalized);
        let name = parts.join("") || "Empty";
        if (/^[0-9]/.test(name)) name = `Value${parts.join("_")}`;
        let unique = name;
        for (let n = 2; taken.has(unique); n++) unique = `${name}${n}`;
        taken.add(unique);
        names[value] = unique;
    }
    return names;
}

/**
 * The noun for an object in messages and descriptions: its segment's words, singular, with the words the
 * vendor writes in capitals kept so (`url-acls` titled `URL ACL` → `URL ACL`, `content-rules` → `content rule`).
 */
export function nounOf(segment: string, title: string): string {
    const capitals = new Set(words(title).filter((word) => word.length > 1 && word === word.toUpperCase()));
    return camelSingular(segment)
        .replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`)
        .split(" ")
        .map((word) => (capitals.has(word.toUpperCase()) ? word.toUpperCase() : word))
        .join(" ");
}

import type { ApplianceObject } from "./read-appliance";
import { isSettings } from "./read-appliance";

/**
 * Names a person would choose: a variable per object from its name in camelCase (`shop-cert` → `shopCert`),
 * prefixed by its parent's where two objects share a name (`shopWeb1`), and the resource's Pulumi name from
 * the object's own (`web-1`, or `shop/web-1` where two servers share a name). Identifiers are always valid and
 * unique TypeScript: never a reserved word, never starting with a digit.
 */

const reserved = new Set(
    (
        "break case catch class const continue debugger default delete do else enum export extends false finally " +
        "for function if import in instanceof new null return super switch this throw true try typeof var void " +
        "while with as implements interface let package private protected public static yield any boolean " +
        "constructor declare get module require number set string symbol type from of async await waf pulumi " +
        "config fs path"
    ).split(" "),
);

/** `text` in camelCase, letters and digits only: `shop-cert` → `shopCert`, `API v2` → `apiV2`. */
export function camelCase(text: string): string {
    const words = text
        .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
        .split(/[^A-Za-z0-9]+/)
        .filter((word) => word !== "");
    return words
        .map((word, index) =>
            index === 0 ? word.toLowerCase() : word[0].toUpperCase() + word.slice(1).toLowerCase(),
        )
        .join("");
}

/** A valid identifier from `text`, or from `fallback` (the resource's kind) when `text` gives none. */
function identifierOf(text: string, fallback: string): string {
    const camel = camelCase(text);
    if (camel === "") return camelCase(fallback);
    if (/^[0-9]/.test(camel)) return camelCase(fallback) + camel;
    return reserved.has(camel) ? camel + fallback.replace(/^./, (c) => c.toUpperCase()) : camel;
}

/** The names chosen for each object, by the object. */
export interface ObjectNames {
    readonly variable: string;
    readonly resourceName: string;
}

/** Names for `objects` (in program order), each unique among them. */
export function nameObjects(objects: readonly ApplianceObject[]): Map<ApplianceObject, ObjectNames> {
    // A settings object is named by its kind, after its parent's name where it has one (`shopServiceFtpSecurity`).
    const own = (object: ApplianceObject): string =>
        object.params.name ?? [...Object.values(object.params), object.model.name].join(" ");
    const counts = new Map<string, number>();
    for (const object of objects) {
        const key = identifierOf(own(object), object.model.name);
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const used = new Set<string>();
    const usedResourceNames = new Set<string>();
    const names = new Map<ApplianceObject, ObjectNames>();
    for (const object of objects) {
        const parents = Object.entries(object.params)
            .filter(([key]) => key !== "name")
            .map(([, value]) => value);
        let variable = identifierOf(own(object), object.model.name);
        if ((counts.get(variable) ?? 0) > 1 && parents.length > 0) {
            variable = identifierOf([...parents, own(object)].join(" "), object.model.name);
        }
        if (used.has(variable))
            variable = identifierOf(`${variable} ${object.model.name}`, object.model.name);
        const base = variable;
        for (let n = 2; used.has(variable); n++) variable = `${base}_${n}`;
        used.add(variable);

        let resourceName = isSettings(object.model)
            ? [...parents, kebabCase(object.model.name)].join("/")
            : own(object);
        if (usedResourceNames.has(`${object.model.token} ${resourceName}`)) {
            resourceName = [...parents, own(object)].join("/");
        }
        usedResourceNames.add(`${object.model.token} ${resourceName}`);
        names.set(object, { variable, resourceName });
    }
    return names;
}

/** `SystemConfiguration` → `system-configuration`. */
function kebabCase(text: string): string {
    return text.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
}

/**
 * Where an appliance object lives. schema.json names every object by its path template below `/restapi/v3.2`,
 * with a placeholder per parent and `{name}` for the object itself: `services/{name}`,
 * `services/{service}/servers/{name}`, `services/{name}/advanced-configuration`. A template without `{name}`
 * is a singleton (`system/advanced-settings`).
 *
 * A resource's ID is the names of its parents and its own, in template order, joined by `/`: a Service is
 * `chat`, a Server of it `chat/web1`, a ServiceGroup `default/apps`. Names never hold a `/` (schema.json's
 * name patterns forbid it), so an ID always splits back into them.
 */

/** The names that fill a template's placeholders, e.g. `{ service: "chat", name: "web1" }`. */
export type PathParams = Readonly<Record<string, string>>;

/** Each template's placeholders, worked out once: every read and diff asks for its resource's. */
const placeholdersByTemplate = new Map<string, readonly string[]>();

/** The placeholders of `template` in order, e.g. `["service", "name"]`. */
export function placeholders(template: string): readonly string[] {
    let found = placeholdersByTemplate.get(template);
    if (found === undefined) {
        found = [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
        placeholdersByTemplate.set(template, found);
    }
    return found;
}

/** `template` with each placeholder replaced by its URI-encoded name, as a path starting with `/`. */
export function fillPath(template: string, params: PathParams): string {
    return `/${template.replace(/\{([^}]+)\}/g, (_, key: string) => {
        const value = params[key];
        if (value === undefined) {
            throw new Error(`no value for {${key}} in the appliance path ${template}`);
        }
        return encodeURIComponent(value);
    })}`;
}

/** The collection an object is created in: its template without the trailing `/{name}`. */
export function collectionOf(template: string): string {
    if (!template.endsWith("/{name}")) {
        throw new Error(`the appliance path ${template} names no object of a collection`);
    }
    return template.slice(0, -"/{name}".length);
}

/** The ID of the object at `template` with these names: the placeholders' values joined by `/`. */
export function idOf(template: string, params: PathParams): string {
    return placeholders(template)
        .map((key) => params[key])
        .join("/");
}

/** The names an ID holds for `template`; undefined when the ID has the wrong number of parts. */
export function paramsOfId(template: string, id: string): PathParams | undefined {
    const keys = placeholders(template);
    const parts = id.split("/");
    if (parts.length !== keys.length || parts.some((part) => part === "")) {
        return undefined;
    }
    return Object.fromEntries(keys.map((key, index) => [key, parts[index]]));
}

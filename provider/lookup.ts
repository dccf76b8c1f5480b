/**
 * Lookups: an object a program uses but does not own, read by name. A dynamic provider has no invokes, so the
 * SDK's `get` functions call this in the program's own process, with the stack's connection settings and the
 * provider's client; it only reads, so it runs in preview as in `up`.
 */
import { ApplianceClient } from "./client/appliance-client";
import { readConnectionSettings } from "./client/connection-settings";
import { readObject } from "./engine/appliance-object";
import { fillPath, idOf, type PathParams } from "./engine/object-path";
import { readSingleton } from "./engine/singleton-resource";
import { fromWireRecord } from "./schema/mapping";
import { resourceModel } from "./schema/model";
import { nest } from "./schema/nesting";

/** Why a lookup found nothing: the message names the object, the appliance and the fix. */
export class ObjectNotFoundError extends Error {}

/**
 * The object of the resource type `token` at `params` (its parents' names and its own `name`; none for a
 * settings object), as a program would see the resource's outputs: every property the appliance reports but
 * the secret ones, which a lookup never returns. `config` is the stack's config (`barracudawaf:*`), the
 * `BARRACUDA_WAF_*` variables filling in what it leaves out.
 */
export async function lookupObject(
    token: string,
    params: PathParams,
    config: { get(key: string): string | undefined },
): Promise<Record<string, unknown>> {
    const model = resourceModel(token);
    const settings = readConnectionSettings(config);
    const client = ApplianceClient.for(settings);
    const object = model.extension.object;
    let found: Record<string, unknown> | undefined;
    if (object.includes("{name}")) {
        found = await readObject(client, model, params);
    } else {
        found = nest(model, fromWireRecord(model, object, await readSingleton(client, model)));
    }
    if (found === undefined) {
        throw new ObjectNotFoundError(
            `${model.name} "${idOf(object, params)}" does not exist on the appliance at ${settings.address} ` +
                `(GET ${fillPath(object, params)} found nothing): create it, or fix the name given to get${model.name}`,
        );
    }
    const parents = Object.fromEntries(
        model.properties
            .filter((property) => property.extension.parent !== undefined)
            .map((property) => [property.name, params[property.extension.parent as string]]),
    );
    const secrets = new Set(model.properties.filter((property) => property.secret).map((p) => p.name));
    return Object.fromEntries(
        Object.entries({ ...found, ...parents }).filter(([name]) => !secrets.has(name)),
    );
}

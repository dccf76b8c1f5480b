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
import { resourceModel, type ResourceModel } from "./schema/model";
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
        found = nest(model, fromWireRecord(model, object, await readSingleton(client, model, params)));
    }
    if (found === undefined) {
        throw new ObjectNotFoundError(
            `${model.name} "${idOf(object, params)}" does not exist on the appliance at ${settings.address} ` +
                `(GET ${fillPath(object, params)} found nothing): create it, or fix the name given to get${model.name}`,
        );
    }
    // Parents, and a fixed collection's item name, live in the path rather than in the object's fields.
    const parents = Object.fromEntries(
        model.properties
            .filter((property) => property.extension.parent !== undefined || property.extension.itemName)
            .map((property) => [property.name, params[property.extension.parent ?? "name"]]),
    );
    return withoutSecrets(model, { ...found, ...parents });
}

/** `values` without the secret properties of `model`, members of a nested input included (`captchaSettings.recaptchaSiteSecret`). */
function withoutSecrets(model: ResourceModel, values: Record<string, unknown>): Record<string, unknown> {
    const kept: Record<string, unknown> = { ...values };
    for (const property of [...model.properties, ...model.leaves].filter((p) => p.secret)) {
        const [top, member] = property.name.split(".");
        const nested = kept[top];
        if (member === undefined) delete kept[top];
        else if (typeof nested === "object" && nested !== null) {
            const { [member]: _secret, ...rest } = nested as Record<string, unknown>;
            kept[top] = rest;
        }
    }
    return kept;
}

import { placeholders } from "../../provider/engine/object-path";
import { resourceModel, type PropertyModel, type ResourceModel } from "../../provider/schema/model";
import type { ApplianceObject } from "./read-appliance";
import { isSingleton } from "./read-appliance";

/**
 * Which object a field names. schema.json says which resource a field refers to (`certificate` names a
 * SelfSignedCertificate, a parent property its parent); the name may also be one of another kind of the same
 * collection family (a signed certificate lives beside the self-signed ones in `certificates/...`), and a name
 * of a child resource is found among the children of the same parents (a service's `group` in its `vsite`).
 */

/** The objects a field of `property` may name: those of its resource first, then of its family. */
function candidatesFor(property: PropertyModel, objects: readonly ApplianceObject[]): ApplianceObject[] {
    const token = property.extension.references ?? property.reference;
    if (token === undefined) return [];
    const target = resourceModel(token);
    const byToken = objectsByToken(objects);
    const family = familyOf(target);
    const sameFamily = [...byToken.entries()]
        .filter(
            ([other, found]) =>
                other !== token && family !== undefined && familyOf(found[0].model) === family,
        )
        .flatMap(([, found]) => found);
    return [...(byToken.get(token) ?? []), ...sameFamily];
}

const byTokenCache = new WeakMap<readonly ApplianceObject[], Map<string, ApplianceObject[]>>();

/** `objects` grouped by their resource's token, built once per read. */
function objectsByToken(objects: readonly ApplianceObject[]): Map<string, ApplianceObject[]> {
    let grouped = byTokenCache.get(objects);
    if (grouped === undefined) {
        grouped = new Map();
        for (const object of objects) {
            const list = grouped.get(object.model.token) ?? [];
            list.push(object);
            grouped.set(object.model.token, list);
        }
        byTokenCache.set(objects, grouped);
    }
    return grouped;
}

/**
 * The folder that holds a top-level collection beside others of its kind (`certificates` for
 * `certificates/signed-certificate/{name}`); undefined for one directly below the API or below a parent object.
 */
function familyOf(model: ResourceModel): string | undefined {
    const segments = model.extension.object.split("/");
    if (segments.length < 3 || segments[segments.length - 1] !== "{name}") return undefined;
    const folder = segments.slice(0, -2).join("/");
    return placeholders(folder).length === 0 ? folder : undefined;
}

/**
 * The object that `value` (a name) of `property` of `owner` names: the one of that name among the candidates,
 * and where several share it, the one whose parents match `owner`'s values of the same names. Undefined when
 * none or more than one fits: the name is then written as it is.
 */
export function resolveName(
    owner: ApplianceObject,
    property: PropertyModel,
    name: string,
    objects: readonly ApplianceObject[],
): ApplianceObject | undefined {
    const named = candidatesFor(property, objects).filter((o) => o.params.name === name);
    const firstKind = named.filter((o) => o.model.token === named[0]?.model.token);
    const fitting = firstKind.filter((candidate) =>
        Object.entries(candidate.params).every(
            ([key, value]) =>
                key === "name" ||
                (owner.params[key] ?? owner.values[key] ?? defaultOf(owner.model, key)) === value,
        ),
    );
    return fitting.length === 1 ? fitting[0] : undefined;
}

function defaultOf(model: ResourceModel, name: string): unknown {
    return model.property(name)?.default;
}

/** The settings object a resource property (`systemConfiguration`) takes, when the appliance's was read. */
export function resolveResource(
    property: PropertyModel,
    objects: readonly ApplianceObject[],
): ApplianceObject | undefined {
    return objects.find((o) => o.model.token === property.reference && isSingleton(o.model));
}

import type { ResourceModel } from "../schema/model";
import type { ResourceContext } from "./context";
import type { ResourceHandlers } from "./handlers";
import { idOf, paramsOfId, type PathParams } from "./object-path";
import { singletonResourceHandlers, type Placing } from "./singleton-resource";
import type { Props } from "./state";

/**
 * The handlers of an object the appliance has and only edits, placed by names: an item of a fixed collection
 * (`network-interfaces/{name}`, a security policy's `action-policies/{name}`), made with the appliance (GET and
 * PUT, no POST or DELETE), or the settings of a collection's item that its GET does not list
 * (`services/{service}/slow-client-attack`). The resource takes the object over like a singleton (see
 * `singleton-resource.ts`): create reads it and writes only what the program sets, delete writes back the
 * values found at takeover. Its ID is its parents' names and its own, joined by `/`, as any object's.
 */
export function placedResourceHandlers(model: ResourceModel, context: ResourceContext): ResourceHandlers {
    const template = model.extension.object;
    const parents = model.inputs.filter((p) => p.extension.parent !== undefined);
    const name = model.inputs.find((p) => p.extension.itemName === true);
    const placing: Placing = {
        properties: [...parents.map((p) => p.name), ...(name ? [name.name] : [])],
        params: (props: Props): PathParams => ({
            ...Object.fromEntries(parents.map((p) => [p.extension.parent as string, String(props[p.name])])),
            ...(name ? { name: String(props[name.name]) } : {}),
        }),
        fromId: (id) => {
            const params = paramsOfId(template, id);
            if (params === undefined) return undefined;
            return {
                ...Object.fromEntries(parents.map((p) => [p.name, params[p.extension.parent as string]])),
                ...(name ? { [name.name]: params.name } : {}),
            };
        },
    };
    return singletonResourceHandlers(
        model,
        context,
        (_address, params) => idOf(template, params),
        {},
        placing,
    );
}

/** True for a resource these handlers serve: its object's path has names, but it is never made or deleted. */
export function isPlaced(model: ResourceModel): boolean {
    const template = model.extension.object;
    return (
        model.extension.factoryItems !== undefined || (!template.includes("{name}") && template.includes("{"))
    );
}

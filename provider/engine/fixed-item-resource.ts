import type { ResourceModel } from "../schema/model";
import type { ResourceContext } from "./context";
import type { ResourceHandlers } from "./handlers";
import { idOf, paramsOfId, type PathParams } from "./object-path";
import { singletonResourceHandlers, type Placing } from "./singleton-resource";
import type { Props } from "./state";

/**
 * The handlers of an item of a fixed collection (`network-interfaces/{name}`, a security policy's
 * `action-policies/{name}`): the appliance is made with its items and only edits them (GET and PUT, no POST or
 * DELETE), so the resource takes one over by name like a singleton (see `singleton-resource.ts`): create reads
 * it and writes only what the program sets, delete writes back the values found at takeover. Its ID is its
 * parents' names and its own, joined by `/`, as any object's.
 */
export function fixedItemResourceHandlers(model: ResourceModel, context: ResourceContext): ResourceHandlers {
    const template = model.extension.object;
    const parents = model.inputs.filter((p) => p.extension.parent !== undefined);
    const name = model.inputs.find((p) => p.extension.itemName === true);
    if (name === undefined) throw new Error(`schema.json: ${model.name} has no item name property`);
    const placing: Placing = {
        properties: [...parents.map((p) => p.name), name.name],
        params: (props: Props): PathParams => ({
            ...Object.fromEntries(parents.map((p) => [p.extension.parent as string, String(props[p.name])])),
            name: String(props[name.name]),
        }),
        fromId: (id) => {
            const params = paramsOfId(template, id);
            if (params === undefined) return undefined;
            return {
                ...Object.fromEntries(parents.map((p) => [p.name, params[p.extension.parent as string]])),
                [name.name]: params.name,
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

import type { PropertyModel, ResourceModel } from "../schema/model";
import type { Props } from "./state";

/**
 * A property that names another resource and `passes` some of its fields (a WebSocketPolicy's `service`
 * passes `enableWebSocket`) reaches the provider as `{ name, ...fields }` when the program gave the resource,
 * so that a rule can check those fields at preview, and as the plain name otherwise. Everything but that rule
 * works on the name alone: `props` with each such value replaced by its `name`.
 */
export function referenceNames(model: ResourceModel, props: Props): Props {
    const passing = passingReferences(model);
    if (passing.length === 0) {
        return props;
    }
    const named: Props = { ...props };
    for (const property of passing) {
        const value = props[property.name];
        if (typeof value === "object" && value !== null && !Array.isArray(value)) {
            named[property.name] = (value as Props).name;
        }
    }
    return named;
}

const passingByModel = new WeakMap<ResourceModel, readonly PropertyModel[]>();

/** The resource's inputs that name another resource and pass some of its fields; worked out once per resource. */
function passingReferences(model: ResourceModel): readonly PropertyModel[] {
    let found = passingByModel.get(model);
    if (found === undefined) {
        found = model.inputs.filter(
            (property) =>
                property.extension.references !== undefined && property.extension.passes !== undefined,
        );
        passingByModel.set(model, found);
    }
    return found;
}

/** The fields passed with the reference `name` of `props`, or undefined when it was given as a plain name. */
export function passedFields(props: Props, name: string): Props | undefined {
    const value = props[name];
    return typeof value === "object" && value !== null ? (value as Props) : undefined;
}

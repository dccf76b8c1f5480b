import type { ResourceModel } from "./model";
import { isUnknown } from "./values";

/**
 * Programs and state hold a sub-object given as one nested input (`basicSecurity: { mode: "Active" }`); the
 * provider compares and writes its members one by one, by path (`"basicSecurity.mode": "Active"`), like any
 * other field. These two turn one form into the other.
 */

/**
 * `props` with the value of each `object` property spread into its members by path. A nested value that is
 * unknown (preview) stays under the property's own name, so that it counts as a change.
 */
export function flatten(
    model: ResourceModel,
    props: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
    // One pass over what `props` holds (a state holds a few of a resource's properties), each member in place.
    const flat: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(props)) {
        if (
            typeof value === "object" &&
            value !== null &&
            !isUnknown(value) &&
            model.property(name)?.kind === "object"
        ) {
            for (const [member, item] of Object.entries(value)) {
                flat[`${name}.${member}`] = item;
            }
        } else {
            flat[name] = value;
        }
    }
    return flat;
}

/** The reverse of {@link flatten}: members gathered under their property, which stays out when none is there. */
export function nest(model: ResourceModel, flat: Readonly<Record<string, unknown>>): Record<string, unknown> {
    const props: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(flat)) {
        const dot = name.indexOf(".");
        const holder = dot === -1 ? undefined : model.property(name.slice(0, dot));
        if (holder?.kind === "object") {
            const nested = (props[holder.name] ??= {}) as Record<string, unknown>;
            nested[name.slice(dot + 1)] = value;
        } else {
            props[name] = value;
        }
    }
    return props;
}

import type * as dynamic from "@pulumi/pulumi/dynamic";

/**
 * The operations of one resource type, with the signatures and result types of Pulumi's
 * `dynamic.ResourceProvider`. Every method is required. Results are plain JSON: no `undefined` values, numbers
 * as numbers, booleans as booleans. `create` either creates the object and returns its ID, or fails having left
 * nothing on the appliance (or, when even cleaning up failed, throws an error carrying the `id`).
 */
export type ResourceHandlers = Required<
    Pick<dynamic.ResourceProvider, "check" | "diff" | "create" | "read" | "update" | "delete">
>;

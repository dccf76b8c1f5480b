import type * as pulumi from "@pulumi/pulumi";

/**
 * The property bag a dynamic resource registers: every output name (as `undefined`, so the engine fills it
 * and the class's `Output` fields exist) overlaid with the user's arguments.
 */
export function registeredProperties(outputNames: readonly string[], args: object): pulumi.Inputs {
    const properties: pulumi.Inputs = {};
    for (const name of outputNames) {
        properties[name] = undefined;
    }
    return { ...properties, ...args };
}

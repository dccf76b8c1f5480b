import * as pulumi from "@pulumi/pulumi";

import type * as ProviderLookup from "../provider/lookup";

/** A resource's outputs as plain values: what a lookup resolves to. */
export type Found<Outputs> = {
    readonly [K in keyof Outputs]: Outputs[K] extends pulumi.Output<infer V> ? V : Outputs[K];
};

/**
 * Reads the object of the resource type `token` that exists on the appliance at `path` (its parents' names and
 * its own `name`), with the stack's connection settings (`barracudawaf:*`, or the `BARRACUDA_WAF_*` variables).
 * It only reads, so it runs in preview as in `up`; secrets are never returned. When the object does not exist,
 * the program stops with one message that names it.
 */
export function lookup<Outputs>(
    token: string,
    path: Readonly<Record<string, pulumi.Input<string>>>,
): pulumi.Output<Found<Outputs>> {
    return pulumi.output(path).apply(async (params) => {
        // Loaded when a lookup runs, so a program without one never loads the provider.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { lookupObject, ObjectNotFoundError } = require("../provider/lookup") as typeof ProviderLookup;
        const config = new pulumi.Config("barracudawaf");
        try {
            const found = await lookupObject(token, params, {
                get: (key: string) => config.get(key.slice("barracudawaf:".length)),
            });
            return found as Found<Outputs>;
        } catch (error) {
            // One message, without a stack trace: a missing object, a refused login, an unreachable appliance
            // are the program's to fix. A bug of the SDK keeps its trace.
            const isBug = error instanceof TypeError || error instanceof ReferenceError;
            if (error instanceof ObjectNotFoundError || (error instanceof Error && !isBug)) {
                throw new pulumi.RunError(error.message);
            }
            throw error;
        }
    });
}

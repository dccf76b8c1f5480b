import * as pulumi from "@pulumi/pulumi";

import { declaredInputsOf } from "./dynamic-resource";

/** Where a program's claimed appliance objects are noted: global, so that two copies of this package share it. */
const claimedKey = Symbol.for("pulumi-barracudawaf:claimed-objects");

/**
 * A program manages one appliance (the stack's `barracudawaf:address`), and each appliance object may have one
 * resource: two would take turns writing it, each undoing the other on every `up`, with a preview that shows no
 * change. So the second resource that names an object already claimed is refused, naming both, before
 * anything is written. `identity` holds the values that place the object, parents first and its own name last
 * (`[service, name]` for a Server; none for the system configuration, of which there is one): plain names, or
 * resources of this package (their declared `name`), or outputs, which are resolved first (a value unknown
 * during preview is not claimed then; `up` claims it once known).
 */
export function claimObject(type: string, resourceName: string, identity: readonly unknown[]): void {
    const names = identity.map(declaredName);
    if (names.every((part) => typeof part === "string")) {
        claim(type, resourceName, names as string[]);
        return;
    }
    // A name computed from another resource's output: claimed once it resolves. The refusal, if any, rejects
    // this output, and Pulumi fails the program with it.
    void pulumi.all(names as pulumi.Input<string>[]).apply((resolved) => claim(type, resourceName, resolved));
}

/** A resource of this package given by the program stands for the name it was declared with. */
function declaredName(part: unknown): unknown {
    if (!pulumi.CustomResource.isInstance(part)) {
        return part;
    }
    const declared = declaredInputsOf(part)?.name;
    return declared !== undefined ? declared : (part as unknown as { name: unknown }).name;
}

function claim(type: string, resourceName: string, identity: readonly string[]): void {
    const registry = globalThis as { [claimedKey]?: Map<string, string> };
    const claimed = (registry[claimedKey] ??= new Map());
    const key = JSON.stringify([type, ...identity]);
    const first = claimed.get(key);
    if (first === undefined) {
        claimed.set(key, resourceName);
        return;
    }
    const object =
        identity.length === 0
            ? ", and the appliance has only one"
            : ` for ${JSON.stringify(identity.join("/"))} on the appliance`;
    throw new pulumi.RunError(
        `${type} "${resourceName}": this program already declares ${type} "${first}"${object}; two resources ` +
            "of one object would undo each other's changes on every pulumi up. Declare one " +
            `${type}${identity.length === 0 ? "" : " for it"} and pass it to every resource that needs it.`,
    );
}

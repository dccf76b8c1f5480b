import * as pulumi from "@pulumi/pulumi";

/** Where a program's singletons are noted: global, so that two copies of this package share it. */
const declaredKey = Symbol.for("pulumi-barracudawaf:singletons");

/**
 * A program manages one appliance (the stack's `barracudawaf:address`), and the appliance has one object of a
 * singleton type (its system configuration): two resources would share its id and undo each other, so the
 * second is refused here, before anything is planned, naming both.
 */
export function claimSingleton(type: string, name: string): void {
    const registry = globalThis as { [declaredKey]?: Map<string, string> };
    const declared = (registry[declaredKey] ??= new Map());
    const first = declared.get(type);
    if (first !== undefined) {
        throw new pulumi.RunError(
            `${type} "${name}": this program already declares ${type} "${first}", and the appliance has only ` +
                `one (both would manage the same settings and undo each other). Declare one ${type} and pass it ` +
                `to every resource that needs it (e.g. systemConfiguration: <the "${first}" resource>).`,
        );
    }
    declared.set(type, name);
}

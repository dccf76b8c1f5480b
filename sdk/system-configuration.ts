import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "./dynamic-provider";
import {
    SystemConfigurationArgs,
    SystemConfigurationOutputs,
    systemConfigurationOutputNames,
} from "./generated/types";
import { registeredProperties } from "./registered-properties";

// The output properties are declared by the generated interface; the class merges it in.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface SystemConfiguration extends SystemConfigurationOutputs {}

/**
 * ADVANCED > System Configuration of one appliance (`/system/advanced-settings`). Creating it takes over the
 * appliance's settings and remembers the values it found; destroying it puts those values back. Pass it to a
 * {@link Service} as `systemConfiguration` when the service relies on it (WebSocket needs
 * `showAdvancedSettings: true`): that orders the two and lets preview check the rule.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class SystemConfiguration extends pulumi.dynamic.Resource {
    constructor(name: string, args: SystemConfigurationArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimTheAppliancesSystemConfiguration(name);
        super(
            dynamicProvider("systemConfiguration"),
            name,
            registeredProperties(systemConfigurationOutputNames, args),
            opts,
            "barracudawaf",
            "SystemConfiguration",
        );
    }
}

/** Where the program's one SystemConfiguration is noted: global, so that two copies of this package share it. */
const declaredKey = Symbol.for("pulumi-barracudawaf:SystemConfiguration");

/**
 * A program manages one appliance (the stack's `barracudawaf:address`), and an appliance has one system
 * configuration: two resources would share its id and fight over its values, so the second is refused here,
 * before anything is planned.
 */
function claimTheAppliancesSystemConfiguration(name: string): void {
    const registry = globalThis as { [declaredKey]?: string };
    const first = registry[declaredKey];
    if (first !== undefined) {
        throw new pulumi.RunError(
            `SystemConfiguration "${name}": this program already declares SystemConfiguration "${first}", and ` +
                "the appliance has only one system configuration (both would manage the same settings and undo " +
                `each other). Declare one SystemConfiguration and pass it to every Service that needs it ` +
                `(systemConfiguration: <the "${first}" resource>).`,
        );
    }
    registry[declaredKey] = name;
}

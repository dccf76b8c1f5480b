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

import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "./dynamic-provider";
import { ServiceArgs, ServiceOutputs, serviceOutputNames } from "./generated/types";
import { registeredProperties } from "./registered-properties";
import { SystemConfiguration } from "./system-configuration";

// The output properties are declared by the generated interface; the class merges it in.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface Service extends ServiceOutputs {}

/**
 * A service (virtual server) on the appliance: BASIC > Services, with its Advanced Configuration. Its id is
 * the service name. Changing `name`, `addressVersion`, `vsite` or `group` replaces it, deleting the old service
 * first (names are unique, and a renamed service usually keeps the old one's address and port); every other
 * change is made in place.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class Service extends pulumi.dynamic.Resource {
    constructor(name: string, args: ServiceArgs, opts?: pulumi.CustomResourceOptions) {
        const { systemConfiguration, ...rest } = args;
        super(
            dynamicProvider("service"),
            name,
            {
                ...registeredProperties(serviceOutputNames, rest),
                systemConfiguration: systemConfigurationReference(systemConfiguration),
            },
            opts,
            "barracudawaf",
            "Service",
        );
    }
}

interface SystemConfigurationReference {
    readonly id: pulumi.Input<string>;
    readonly showAdvancedSettings?: pulumi.Input<boolean | undefined>;
}

/**
 * What the provider receives for `systemConfiguration`: the resource's id, which orders the two operations,
 * and its `showAdvancedSettings`, which lets `check` enforce the WebSocket rule at preview. It is a plain
 * object of outputs, not one output, so that a known `showAdvancedSettings` stays known while the id is not.
 */
function systemConfigurationReference(
    settings: ServiceArgs["systemConfiguration"],
): pulumi.Input<SystemConfigurationReference> | undefined {
    if (settings === undefined) {
        return undefined;
    }
    if (settings instanceof SystemConfiguration) {
        return { id: settings.id, showAdvancedSettings: settings.showAdvancedSettings };
    }
    return pulumi
        .output(settings)
        .apply((resolved: SystemConfiguration) =>
            pulumi.output({ id: resolved.id, showAdvancedSettings: resolved.showAdvancedSettings }),
        );
}

// Generated from schema.json by scripts/generate.ts. Do not edit: run `npm run generate`.
/* eslint-disable */
import * as pulumi from "@pulumi/pulumi";
import { dynamicProvider } from "../dynamic-provider";
import { resourceInputs } from "../resource-inputs";
import { claimSingleton } from "../singleton";
import type {
    ServiceArgs,
    ServiceOutputs,
    SystemConfigurationArgs,
    SystemConfigurationOutputs,
} from "./types";
import { serviceOutputNames, systemConfigurationOutputNames } from "./types";

export interface Service extends ServiceOutputs {}

/**
 * A service (web application) on the appliance: a virtual IP address and port that the firewall protects, with its Advanced Configuration. Its ID is the service's name. The provider writes the `services` object and, only when you set one of its fields, the service's advanced configuration, then reads both back, so `pulumi refresh` shows any change made on the appliance.
 */
export class Service extends pulumi.dynamic.Resource {
    constructor(name: string, args: ServiceArgs, opts?: pulumi.CustomResourceOptions) {
        super(
            dynamicProvider("service"),
            name,
            resourceInputs(
                {
                    outputNames: serviceOutputNames,
                    names: [],
                    resources: { systemConfiguration: ["showAdvancedSettings"] },
                },
                args,
            ),
            opts,
            "barracudawaf",
            "Service",
        );
    }
}

export interface SystemConfiguration extends SystemConfigurationOutputs {}

/**
 * The advanced system settings of one appliance (ADVANCED > System Configuration), chiefly Show Advanced Settings, which WebSocket on services depends on. There is one per appliance: its ID is derived from `barracudawaf:address`. On create the provider records the values it finds (`originalSettings`) and then writes yours; on delete it writes the recorded values back. A property you leave out keeps the value found at takeover: if someone changes it on the appliance, `pulumi refresh` shows the drift and the next `pulumi up` puts the recorded value back; a property you stop setting gets its recorded value back too. Pass the resource as `systemConfiguration` of every `Service` that enables WebSocket.
 */
export class SystemConfiguration extends pulumi.dynamic.Resource {
    constructor(name: string, args: SystemConfigurationArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimSingleton("SystemConfiguration", name);
        super(
            dynamicProvider("systemConfiguration"),
            name,
            resourceInputs({ outputNames: systemConfigurationOutputNames, names: [], resources: {} }, args),
            opts,
            "barracudawaf",
            "SystemConfiguration",
        );
    }
}

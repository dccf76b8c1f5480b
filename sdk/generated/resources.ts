// Generated from schema.json by scripts/generate.ts. Do not edit: run `npm run generate`.
/* eslint-disable */
import * as pulumi from "@pulumi/pulumi";
import { DynamicResource } from "../dynamic-resource";
import { resourceInputs } from "../resource-inputs";
import { claimObject } from "../object-owners";
import type {
    ServiceArgs,
    ServiceOutputs,
    SystemConfigurationArgs,
    SystemConfigurationOutputs,
    VsiteArgs,
    VsiteOutputs,
    ServiceGroupArgs,
    ServiceGroupOutputs,
    SelfSignedCertificateArgs,
    SelfSignedCertificateOutputs,
    ServerArgs,
    ServerOutputs,
    WebSocketPolicyArgs,
    WebSocketPolicyOutputs,
} from "./types";
import {
    serviceOutputNames,
    systemConfigurationOutputNames,
    vsiteOutputNames,
    serviceGroupOutputNames,
    selfSignedCertificateOutputNames,
    serverOutputNames,
    webSocketPolicyOutputNames,
} from "./types";

export interface Service extends ServiceOutputs {}

/**
 * A service (web application) on the appliance: a virtual IP address and port that the firewall protects, with its Advanced Configuration. Its ID is the service's name. The provider writes the `services` object and, only when you set one of its fields, the service's advanced configuration, then reads both back, so `pulumi refresh` shows any change made on the appliance to what you set.
 */
export class Service extends DynamicResource {
    constructor(name: string, args: ServiceArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("Service", name, [args.name]);
        super(
            "service",
            "Service",
            name,
            resourceInputs(
                {
                    outputNames: serviceOutputNames,
                    names: { vsite: [], group: [], certificate: [] },
                    resources: { systemConfiguration: ["showAdvancedSettings"] },
                },
                args,
            ),
            opts,
        );
    }
}

export interface SystemConfiguration extends SystemConfigurationOutputs {}

/**
 * The advanced system settings of one appliance (ADVANCED > System Configuration), chiefly Show Advanced Settings, which WebSocket on services depends on. There is one per appliance: its ID is derived from `barracudawaf:address`. On create the provider records the values it finds (`originalSettings`) and then writes yours; on delete it writes the recorded values back. A property you leave out keeps the value found at takeover: if someone changes it on the appliance, `pulumi refresh` shows the drift and the next `pulumi up` puts the recorded value back; a property you stop setting gets its recorded value back too. Pass the resource as `systemConfiguration` of every `Service` that enables WebSocket.
 */
export class SystemConfiguration extends DynamicResource {
    constructor(name: string, args: SystemConfigurationArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimObject("SystemConfiguration", name, []);
        super(
            "systemConfiguration",
            "SystemConfiguration",
            name,
            resourceInputs({ outputNames: systemConfigurationOutputNames, names: {}, resources: {} }, args),
            opts,
        );
    }
}

export interface Vsite extends VsiteOutputs {}

/**
 * A vsite (virtual site) of the appliance: the network interface that a set of services and their service groups belong to. Its ID is its name. Changing `name` or `interface` replaces it. The appliance refuses to delete a vsite that a service is still in. Pass it as `vsite` of a `ServiceGroup` or a `Service`.
 */
export class Vsite extends DynamicResource {
    constructor(name: string, args: VsiteArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("Vsite", name, [args.name]);
        super(
            "vsite",
            "Vsite",
            name,
            resourceInputs({ outputNames: vsiteOutputNames, names: {}, resources: {} }, args),
            opts,
        );
    }
}

export interface ServiceGroup extends ServiceGroupOutputs {}

/**
 * A service group within a vsite (BASIC > Services > Service Groups): services of the vsite are listed under it. Its ID is the vsite's name, `/`, and its own, e.g. `edge/shop`. Changing `vsite` or `name` replaces it. The appliance refuses to delete a group that a service is still in. Pass it as `group` of a `Service` (with the same `vsite`).
 */
export class ServiceGroup extends DynamicResource {
    constructor(name: string, args: ServiceGroupArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("ServiceGroup", name, [args.vsite, args.name]);
        super(
            "serviceGroup",
            "ServiceGroup",
            name,
            resourceInputs(
                { outputNames: serviceGroupOutputNames, names: { vsite: [] }, resources: {} },
                args,
            ),
            opts,
        );
    }
}

export interface SelfSignedCertificate extends SelfSignedCertificateOutputs {}

/**
 * A self-signed certificate made by the appliance (BASIC > Certificates), so that an HTTPS service can be given `certificate` in the same program. Its ID is its name. The appliance makes the key and never changes a certificate, so a change of any property replaces it: Pulumi makes the new certificate first, moves the services that use it over (through their SSL Security), then deletes the old one. Names are unique on the appliance, so give a changed certificate a new `name` as well. `expiry` and `serial` are the appliance's.
 */
export class SelfSignedCertificate extends DynamicResource {
    constructor(name: string, args: SelfSignedCertificateArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("SelfSignedCertificate", name, [args.name]);
        super(
            "selfSignedCertificate",
            "SelfSignedCertificate",
            name,
            resourceInputs({ outputNames: selfSignedCertificateOutputNames, names: {}, resources: {} }, args),
            opts,
        );
    }
}

export interface Server extends ServerOutputs {}

/**
 * A backend server of a service (BASIC > Services > Servers): where the appliance forwards the service's traffic. Its ID is the service's name, `/`, and its own, e.g. `chat/app-1`. Changing `service`, `name` or `addressVersion` replaces it; every other change is made in place. Deleting a service removes its servers on the appliance.
 */
export class Server extends DynamicResource {
    constructor(name: string, args: ServerArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("Server", name, [args.service, args.name]);
        super(
            "server",
            "Server",
            name,
            resourceInputs({ outputNames: serverOutputNames, names: { service: [] }, resources: {} }, args),
            opts,
        );
    }
}

export interface WebSocketPolicy extends WebSocketPolicyOutputs {}

/**
 * A WebSocket policy of a service (WEBSITES > WebSocket Security): the appliance passes WebSocket traffic without parsing it, and a policy is how that traffic is still protected, by allowed origins, message checks and frame limits. It is the third link of the WebSocket rule chain: its service must have `enableWebSocket: true`, which the provider checks at preview and on the appliance before it writes; turning WebSocket off on a service that still has policies is refused, naming them. Its ID is the service's name, `/`, and its own, e.g. `chat/chat-origins`. Changing `service` or `name` replaces it.
 */
export class WebSocketPolicy extends DynamicResource {
    constructor(name: string, args: WebSocketPolicyArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("WebSocketPolicy", name, [args.service, args.name]);
        super(
            "webSocketPolicy",
            "WebSocketPolicy",
            name,
            resourceInputs(
                {
                    outputNames: webSocketPolicyOutputNames,
                    names: { service: ["enableWebSocket"] },
                    resources: {},
                },
                args,
            ),
            opts,
        );
    }
}

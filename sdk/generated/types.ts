// Generated from schema.json by scripts/generate.ts. Do not edit: run `npm run generate`.
/* eslint-disable */
import type * as pulumi from "@pulumi/pulumi";
import type { SystemConfiguration } from "./resources";

/**
 * The kind of traffic a service accepts on its virtual IP address.
 */
export type ServiceType =
    "HTTP" | "HTTPS" | "Instant SSL" | "Redirect Service" | "Custom" | "Custom SSL" | "FTP" | "FTP SSL";

/**
 * The IP version of a service's virtual IP address.
 */
export type AddressVersion = "IPv4" | "IPv6";

/**
 * Whether a service accepts traffic.
 */
export type ServiceStatus = "On" | "Off";

/**
 * What the appliance does with a request when a service cannot process it.
 */
export type ServiceFailureAction = "Drop Connection" | "Send Error Response";

/**
 * The scope of a client lockout.
 */
export type LockoutSetting = "All Services" | "Per Service";

/**
 * Whether Barracuda Active DDoS Prevention is in use.
 */
export type DdosPreventionService = "Disable" | "Enable";

/**
 * Where a client goes after solving a CAPTCHA.
 */
export type CaptchaSuccessAction =
    "Redirect to the Base URL of the Original Request" | "Respond with a CAPTCHA Validation Success Page";

/**
 * A syslog severity, from the most to the least severe.
 */
export type LogLevel =
    | "0-Emergency"
    | "1-Alert"
    | "2-Critical"
    | "3-Error"
    | "4-Warning"
    | "5-Notice"
    | "6-Information"
    | "7-Debug";

/**
 * How the appliance resolves host names of back-end servers.
 */
export type HostnameResolutionMode = "Turbo" | "Default";

/**
 * What the appliance does with a back-end server whose host name no longer resolves.
 */
export type StaleServerAction = "Delete" | "Disable";

/**
 * How much of a request the appliance buffers before it forwards it.
 */
export type RequestBuffering = "Full Request" | "Limited";

/** The arguments of a {@link Service}. */
export interface ServiceArgs {
    /**
     * The service's name (the appliance's Web Application Name), unique on the appliance and used as the resource's ID. It may hold letters, digits, `.`, `_` and `-`, starts with a letter or digit, and is at most 64 characters long. The appliance cannot rename a service, so changing it replaces the service.
     */
    name: pulumi.Input<string>;
    /**
     * The kind of traffic the service accepts. The TLS types (`HTTPS`, `Instant SSL`, `Custom SSL`, `FTP SSL`) need `certificate`. Defaults to `HTTP`.
     */
    type?: pulumi.Input<ServiceType>;
    /**
     * The virtual IP address (VIP) the service listens on, of the version given by `addressVersion`, for example `192.0.2.10` or `2001:db8::10`.
     */
    ipAddress: pulumi.Input<string>;
    /**
     * The TCP port the service listens on, from 1 to 65535. When omitted the appliance picks 80, or 443 for the TLS types, and the provider leaves whatever the appliance has.
     */
    port?: pulumi.Input<number>;
    /**
     * The IP version of `ipAddress`: `IPv4` or `IPv6`. Defaults to `IPv4`. The appliance cannot change it on an existing service, so changing it replaces the service.
     */
    addressVersion?: pulumi.Input<AddressVersion>;
    /**
     * The vsite the service belongs to, at most 64 characters. Defaults to `default`. The appliance cannot move a service to another vsite, so changing it replaces the service.
     */
    vsite?: pulumi.Input<string>;
    /**
     * The service group, within the vsite, that the service belongs to, at most 64 characters. Defaults to `default`. The appliance cannot move a service to another group, so changing it replaces the service.
     */
    group?: pulumi.Input<string>;
    /**
     * Whether the service accepts traffic: `On` or `Off`. Defaults to `On`.
     */
    status?: pulumi.Input<ServiceStatus>;
    /**
     * Free-text comments shown with the service on the appliance. Defaults to empty; removing it clears the appliance's comments.
     */
    comments?: pulumi.Input<string>;
    /**
     * The name of a certificate that already exists on the appliance (BASIC > Certificates), used to terminate TLS. Required when `type` is `HTTPS`, `Instant SSL`, `Custom SSL` or `FTP SSL`; defaults to empty otherwise.
     */
    certificate?: pulumi.Input<string>;
    /**
     * How long, in seconds, an idle client session is kept, from 0 to 86400. Defaults to 60.
     */
    sessionTimeout?: pulumi.Input<number>;
    /**
     * An application identifier of your choice that the appliance attaches to the service's logs, at most 63 characters. Defaults to empty.
     */
    appId?: pulumi.Input<string>;
    /**
     * Whether the appliance writes an access log entry for each request to the service. Defaults to `true`.
     */
    enableAccessLogs?: pulumi.Input<boolean>;
    /**
     * The network mask of `ipAddress`: a dotted IPv4 mask such as `255.255.255.255` for IPv4 services, an IPv6 mask such as `ffff:ffff:ffff:ffff::` for IPv6 ones. When omitted the appliance picks the host mask for the address version and the provider leaves whatever the appliance has.
     */
    mask?: pulumi.Input<string>;
    /**
     * Whether the service passes WebSocket connections (BASIC > Services > Edit > Advanced Configuration > Enable WebSocket). Defaults to `false`. The appliance only honours it while Show Advanced Settings is on, so `true` requires `systemConfiguration` to be a `SystemConfiguration` with `showAdvancedSettings: true`; the provider checks this at preview and again on the appliance before it writes anything.
     */
    enableWebSocket?: pulumi.Input<boolean>;
    /**
     * Whether clients may speak HTTP/2 to the service. Defaults to `false`.
     */
    enableHttp2?: pulumi.Input<boolean>;
    /**
     * Whether the service speaks HTTP/2 to its back-end servers. Defaults to `false`.
     */
    enableServerHttp2?: pulumi.Input<boolean>;
    /**
     * Whether the web application firewall inspects the service's traffic; `false` makes the service a plain load balancer. Defaults to `true`.
     */
    enableWebApplicationFirewall?: pulumi.Input<boolean>;
    /**
     * Whether the service expects the PROXY protocol header from a load balancer in front of it. Defaults to `false`.
     */
    enableProxyProtocol?: pulumi.Input<boolean>;
    /**
     * Whether the appliance fingerprints the service's clients to recognise them across addresses. Defaults to `false`.
     */
    enableClientFingerprinting?: pulumi.Input<boolean>;
    /**
     * Whether the service is tuned for virtual desktop (VDI) traffic. Defaults to `false`.
     */
    enableVdi?: pulumi.Input<boolean>;
    /**
     * Whether NTLM authentication ignores extra data after the NTLM message. Defaults to `false`.
     */
    ntlmIgnoreExtraData?: pulumi.Input<boolean>;
    /**
     * How many requests a client may send on one keep-alive connection, from 0 to 65535. Defaults to 64.
     */
    keepaliveRequests?: pulumi.Input<number>;
    /**
     * The `SystemConfiguration` of the appliance this service relies on. Required when `enableWebSocket` is `true`, and that resource must set `showAdvancedSettings: true`. Passing it also makes Pulumi apply the system configuration before the service. It is not sent to the appliance; the provider receives it as `{ id, showAdvancedSettings }`.
     */
    systemConfiguration?: pulumi.Input<SystemConfiguration>;
    /**
     * Take over a service of this name that already exists on the appliance instead of creating a new one. On create, the provider finds the service, updates it in place to match these inputs (it is never deleted or created again) and records it in the state; from then on it is managed like any other. `pulumi import` does not work for dynamic providers, so this is how an existing service is brought under management. `addressVersion`, `vsite` and `group` must match the existing service (left out, they mean their defaults), since the appliance cannot change them; properties left out are set to their defaults, as for any service. Without `adopt`, creating a service whose name is taken fails, so nothing is taken over by accident. It only matters on create; changing it later changes nothing. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link Service} resolves to once the appliance has answered. */
export interface ServiceOutputs {
    /**
     * The service's name (the appliance's Web Application Name), unique on the appliance and used as the resource's ID. It may hold letters, digits, `.`, `_` and `-`, starts with a letter or digit, and is at most 64 characters long. The appliance cannot rename a service, so changing it replaces the service.
     */
    readonly name: pulumi.Output<string>;
    /**
     * The kind of traffic the service accepts. The TLS types (`HTTPS`, `Instant SSL`, `Custom SSL`, `FTP SSL`) need `certificate`. Defaults to `HTTP`.
     */
    readonly type: pulumi.Output<ServiceType>;
    /**
     * The virtual IP address (VIP) the service listens on, of the version given by `addressVersion`, for example `192.0.2.10` or `2001:db8::10`.
     */
    readonly ipAddress: pulumi.Output<string>;
    /**
     * The TCP port the service listens on, from 1 to 65535. When omitted the appliance picks 80, or 443 for the TLS types, and the provider leaves whatever the appliance has.
     */
    readonly port: pulumi.Output<number>;
    /**
     * The IP version of `ipAddress`: `IPv4` or `IPv6`. Defaults to `IPv4`. The appliance cannot change it on an existing service, so changing it replaces the service.
     */
    readonly addressVersion: pulumi.Output<AddressVersion>;
    /**
     * The vsite the service belongs to, at most 64 characters. Defaults to `default`. The appliance cannot move a service to another vsite, so changing it replaces the service.
     */
    readonly vsite: pulumi.Output<string>;
    /**
     * The service group, within the vsite, that the service belongs to, at most 64 characters. Defaults to `default`. The appliance cannot move a service to another group, so changing it replaces the service.
     */
    readonly group: pulumi.Output<string>;
    /**
     * Whether the service accepts traffic: `On` or `Off`. Defaults to `On`.
     */
    readonly status: pulumi.Output<ServiceStatus>;
    /**
     * Free-text comments shown with the service on the appliance. Defaults to empty; removing it clears the appliance's comments.
     */
    readonly comments: pulumi.Output<string>;
    /**
     * The name of a certificate that already exists on the appliance (BASIC > Certificates), used to terminate TLS. Required when `type` is `HTTPS`, `Instant SSL`, `Custom SSL` or `FTP SSL`; defaults to empty otherwise.
     */
    readonly certificate: pulumi.Output<string>;
    /**
     * How long, in seconds, an idle client session is kept, from 0 to 86400. Defaults to 60.
     */
    readonly sessionTimeout: pulumi.Output<number>;
    /**
     * An application identifier of your choice that the appliance attaches to the service's logs, at most 63 characters. Defaults to empty.
     */
    readonly appId: pulumi.Output<string>;
    /**
     * Whether the appliance writes an access log entry for each request to the service. Defaults to `true`.
     */
    readonly enableAccessLogs: pulumi.Output<boolean>;
    /**
     * The network mask of `ipAddress`: a dotted IPv4 mask such as `255.255.255.255` for IPv4 services, an IPv6 mask such as `ffff:ffff:ffff:ffff::` for IPv6 ones. When omitted the appliance picks the host mask for the address version and the provider leaves whatever the appliance has.
     */
    readonly mask: pulumi.Output<string>;
    /**
     * Whether the service passes WebSocket connections (BASIC > Services > Edit > Advanced Configuration > Enable WebSocket). Defaults to `false`. The appliance only honours it while Show Advanced Settings is on, so `true` requires `systemConfiguration` to be a `SystemConfiguration` with `showAdvancedSettings: true`; the provider checks this at preview and again on the appliance before it writes anything.
     */
    readonly enableWebSocket: pulumi.Output<boolean>;
    /**
     * Whether clients may speak HTTP/2 to the service. Defaults to `false`.
     */
    readonly enableHttp2: pulumi.Output<boolean>;
    /**
     * Whether the service speaks HTTP/2 to its back-end servers. Defaults to `false`.
     */
    readonly enableServerHttp2: pulumi.Output<boolean>;
    /**
     * Whether the web application firewall inspects the service's traffic; `false` makes the service a plain load balancer. Defaults to `true`.
     */
    readonly enableWebApplicationFirewall: pulumi.Output<boolean>;
    /**
     * Whether the service expects the PROXY protocol header from a load balancer in front of it. Defaults to `false`.
     */
    readonly enableProxyProtocol: pulumi.Output<boolean>;
    /**
     * Whether the appliance fingerprints the service's clients to recognise them across addresses. Defaults to `false`.
     */
    readonly enableClientFingerprinting: pulumi.Output<boolean>;
    /**
     * Whether the service is tuned for virtual desktop (VDI) traffic. Defaults to `false`.
     */
    readonly enableVdi: pulumi.Output<boolean>;
    /**
     * Whether NTLM authentication ignores extra data after the NTLM message. Defaults to `false`.
     */
    readonly ntlmIgnoreExtraData: pulumi.Output<boolean>;
    /**
     * How many requests a client may send on one keep-alive connection, from 0 to 65535. Defaults to 64.
     */
    readonly keepaliveRequests: pulumi.Output<number>;
    /**
     * Take over a service of this name that already exists on the appliance instead of creating a new one. On create, the provider finds the service, updates it in place to match these inputs (it is never deleted or created again) and records it in the state; from then on it is managed like any other. `pulumi import` does not work for dynamic providers, so this is how an existing service is brought under management. `addressVersion`, `vsite` and `group` must match the existing service (left out, they mean their defaults), since the appliance cannot change them; properties left out are set to their defaults, as for any service. Without `adopt`, creating a service whose name is taken fails, so nothing is taken over by accident. It only matters on create; changing it later changes nothing. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean>;
}

/** The output properties a {@link Service} registers with the engine. */
export const serviceOutputNames = [
    "name",
    "type",
    "ipAddress",
    "port",
    "addressVersion",
    "vsite",
    "group",
    "status",
    "comments",
    "certificate",
    "sessionTimeout",
    "appId",
    "enableAccessLogs",
    "mask",
    "enableWebSocket",
    "enableHttp2",
    "enableServerHttp2",
    "enableWebApplicationFirewall",
    "enableProxyProtocol",
    "enableClientFingerprinting",
    "enableVdi",
    "ntlmIgnoreExtraData",
    "keepaliveRequests",
    "adopt",
] as const;

/** The arguments of a {@link SystemConfiguration}. */
export interface SystemConfigurationArgs {
    /**
     * Show Advanced Settings on ADVANCED > System Configuration. Services can only enable WebSocket while it is `true`, and the provider refuses to turn it off while a service on the appliance still has WebSocket enabled. The appliance's default is `false`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    showAdvancedSettings?: pulumi.Input<boolean>;
    /**
     * What the appliance does with a back-end server whose host name no longer resolves: `Delete` or `Disable`. The appliance's default is `Disable`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    actionForStaleServer?: pulumi.Input<StaleServerAction>;
    /**
     * How long, in seconds, a client that solved a CAPTCHA may stay idle before it is challenged again, from 1 to 1440. The appliance's default is 60. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    captchaExpiryTime?: pulumi.Input<number>;
    /**
     * Where a client goes after solving a CAPTCHA: back to the base URL of its original request, or to a validation success page. The appliance's default is `Redirect to the Base URL of the Original Request`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    captchaSuccessAction?: pulumi.Input<CaptchaSuccessAction>;
    /**
     * Whether the appliance sends response data to clients with chunked transfer encoding. The appliance's default is `false`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    chunkedEncodingResponseData?: pulumi.Input<boolean>;
    /**
     * Whether the client's IP address is taken from the last address of the configured client IP header rather than the first. The appliance's default is `false`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    clientIpAddressFromHeader?: pulumi.Input<boolean>;
    /**
     * How long, in minutes, a cross-site request forgery token stays valid, from 1 to 1440. The appliance's default is 60. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    csrfTokenValidity?: pulumi.Input<number>;
    /**
     * Whether Barracuda Active DDoS Prevention is in use: `Enable` or `Disable`. The appliance's default is `Disable`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    ddosPreventionService?: pulumi.Input<DdosPreventionService>;
    /**
     * The lowest severity the appliance writes to its system log, from `0-Emergency` to `7-Debug`. The appliance's default is `5-Notice`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    defaultLogLevel?: pulumi.Input<LogLevel>;
    /**
     * Whether the appliance leaves out the Host header when it redirects a client after a successful authentication. The appliance's default is `false`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    disableHostHeaderForAuthSuccess?: pulumi.Input<boolean>;
    /**
     * Whether clients that passed a CAPTCHA are still checked for brute-force attacks. The appliance's default is `false`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    enableBruteforceChecksForValidatedClients?: pulumi.Input<boolean>;
    /**
     * Whether client fingerprinting is available to the appliance's services. The appliance's default is `false`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    enableClientFingerprinting?: pulumi.Input<boolean>;
    /**
     * Whether parameter protection inspects the original (not yet decoded) values of parameters. The appliance's default is `false`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    enableParamProtectionOnOriginalValues?: pulumi.Input<boolean>;
    /**
     * Whether the appliance logs the parameters of POST bodies. The appliance's default is `false`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    enablePostLogging?: pulumi.Input<boolean>;
    /**
     * Whether the Secure Browsing feature is available. The appliance's default is `false`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    enableSecureBrowsing?: pulumi.Input<boolean>;
    /**
     * Whether the appliance reads the client's address from the TCP Option Address (TOA) set by an upstream load balancer. The appliance's default is `false`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    enableToa?: pulumi.Input<boolean>;
    /**
     * Whether the virus scanner also scans large files. The appliance's default is `false`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    allowLargeFileScans?: pulumi.Input<boolean>;
    /**
     * Whether the appliance works around FTP data-path problems of some FTP servers. The appliance's default is `false`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    handleFtpDatapathIssue?: pulumi.Input<boolean>;
    /**
     * Whether the appliance handles boundary data inside HTML href attributes. The appliance's default is `false`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    handleHtmlHrefBoundaryData?: pulumi.Input<boolean>;
    /**
     * How the appliance resolves host names of back-end servers: `Turbo` or `Default`. The appliance's default is `Default`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    hostnameResolutionMode?: pulumi.Input<HostnameResolutionMode>;
    /**
     * How many concurrent streams one HTTP/2 connection may open, from 1 to 100. The appliance's default is 100. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    http2MaxConcurrentStreams?: pulumi.Input<number>;
    /**
     * How many failed JavaScript challenges a client may have before it is treated as a bot, from 1 to 1440. The appliance's default is 5. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    javascriptFailureThreshold?: pulumi.Input<number>;
    /**
     * The scope of a client lockout: `All Services` or `Per Service`. The appliance's default is `Per Service`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    lockoutSetting?: pulumi.Input<LockoutSetting>;
    /**
     * The share of memory, in per cent from 0 to 100, the appliance may use for its cache; some models allow less. The appliance's default is 30. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    maxCacheSize?: pulumi.Input<number>;
    /**
     * Whether a client's persistence to a back-end server carries over between services. The appliance's default is `false`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    persistenceAcrossServices?: pulumi.Input<boolean>;
    /**
     * The request buffer size limit, from 0 to 32. The appliance requires this field on every change of its advanced settings; the provider always sends it, so you never have to set it. The appliance's default is 32. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    requestBufferSize?: pulumi.Input<number>;
    /**
     * How much of a request the appliance buffers before it forwards it: `Full Request` or `Limited`. The appliance's default is `Full Request`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    requestBuffering?: pulumi.Input<RequestBuffering>;
    /**
     * What the appliance does with a request when a service cannot process it: `Drop Connection` or `Send Error Response`. The appliance's default is `Send Error Response`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    serviceFailureAction?: pulumi.Input<ServiceFailureAction>;
    /**
     * How long, in seconds, the appliance remembers a client for its advanced security policies, from 70 to 1440. The appliance's default is 120. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    suspiciousClientsTrackInterval?: pulumi.Input<number>;
}

/** The properties a {@link SystemConfiguration} resolves to once the appliance has answered. */
export interface SystemConfigurationOutputs {
    /**
     * Show Advanced Settings on ADVANCED > System Configuration. Services can only enable WebSocket while it is `true`, and the provider refuses to turn it off while a service on the appliance still has WebSocket enabled. The appliance's default is `false`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    readonly showAdvancedSettings: pulumi.Output<boolean>;
    /**
     * What the appliance does with a back-end server whose host name no longer resolves: `Delete` or `Disable`. The appliance's default is `Disable`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    readonly actionForStaleServer: pulumi.Output<StaleServerAction>;
    /**
     * How long, in seconds, a client that solved a CAPTCHA may stay idle before it is challenged again, from 1 to 1440. The appliance's default is 60. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    readonly captchaExpiryTime: pulumi.Output<number>;
    /**
     * Where a client goes after solving a CAPTCHA: back to the base URL of its original request, or to a validation success page. The appliance's default is `Redirect to the Base URL of the Original Request`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    readonly captchaSuccessAction: pulumi.Output<CaptchaSuccessAction>;
    /**
     * Whether the appliance sends response data to clients with chunked transfer encoding. The appliance's default is `false`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    readonly chunkedEncodingResponseData: pulumi.Output<boolean>;
    /**
     * Whether the client's IP address is taken from the last address of the configured client IP header rather than the first. The appliance's default is `false`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    readonly clientIpAddressFromHeader: pulumi.Output<boolean>;
    /**
     * How long, in minutes, a cross-site request forgery token stays valid, from 1 to 1440. The appliance's default is 60. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    readonly csrfTokenValidity: pulumi.Output<number>;
    /**
     * Whether Barracuda Active DDoS Prevention is in use: `Enable` or `Disable`. The appliance's default is `Disable`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    readonly ddosPreventionService: pulumi.Output<DdosPreventionService>;
    /**
     * The lowest severity the appliance writes to its system log, from `0-Emergency` to `7-Debug`. The appliance's default is `5-Notice`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    readonly defaultLogLevel: pulumi.Output<LogLevel>;
    /**
     * Whether the appliance leaves out the Host header when it redirects a client after a successful authentication. The appliance's default is `false`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    readonly disableHostHeaderForAuthSuccess: pulumi.Output<boolean>;
    /**
     * Whether clients that passed a CAPTCHA are still checked for brute-force attacks. The appliance's default is `false`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    readonly enableBruteforceChecksForValidatedClients: pulumi.Output<boolean>;
    /**
     * Whether client fingerprinting is available to the appliance's services. The appliance's default is `false`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    readonly enableClientFingerprinting: pulumi.Output<boolean>;
    /**
     * Whether parameter protection inspects the original (not yet decoded) values of parameters. The appliance's default is `false`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    readonly enableParamProtectionOnOriginalValues: pulumi.Output<boolean>;
    /**
     * Whether the appliance logs the parameters of POST bodies. The appliance's default is `false`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    readonly enablePostLogging: pulumi.Output<boolean>;
    /**
     * Whether the Secure Browsing feature is available. The appliance's default is `false`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    readonly enableSecureBrowsing: pulumi.Output<boolean>;
    /**
     * Whether the appliance reads the client's address from the TCP Option Address (TOA) set by an upstream load balancer. The appliance's default is `false`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    readonly enableToa: pulumi.Output<boolean>;
    /**
     * Whether the virus scanner also scans large files. The appliance's default is `false`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    readonly allowLargeFileScans: pulumi.Output<boolean>;
    /**
     * Whether the appliance works around FTP data-path problems of some FTP servers. The appliance's default is `false`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    readonly handleFtpDatapathIssue: pulumi.Output<boolean>;
    /**
     * Whether the appliance handles boundary data inside HTML href attributes. The appliance's default is `false`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    readonly handleHtmlHrefBoundaryData: pulumi.Output<boolean>;
    /**
     * How the appliance resolves host names of back-end servers: `Turbo` or `Default`. The appliance's default is `Default`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    readonly hostnameResolutionMode: pulumi.Output<HostnameResolutionMode>;
    /**
     * How many concurrent streams one HTTP/2 connection may open, from 1 to 100. The appliance's default is 100. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    readonly http2MaxConcurrentStreams: pulumi.Output<number>;
    /**
     * How many failed JavaScript challenges a client may have before it is treated as a bot, from 1 to 1440. The appliance's default is 5. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    readonly javascriptFailureThreshold: pulumi.Output<number>;
    /**
     * The scope of a client lockout: `All Services` or `Per Service`. The appliance's default is `Per Service`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    readonly lockoutSetting: pulumi.Output<LockoutSetting>;
    /**
     * The share of memory, in per cent from 0 to 100, the appliance may use for its cache; some models allow less. The appliance's default is 30. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    readonly maxCacheSize: pulumi.Output<number>;
    /**
     * Whether a client's persistence to a back-end server carries over between services. The appliance's default is `false`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    readonly persistenceAcrossServices: pulumi.Output<boolean>;
    /**
     * The request buffer size limit, from 0 to 32. The appliance requires this field on every change of its advanced settings; the provider always sends it, so you never have to set it. The appliance's default is 32. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    readonly requestBufferSize: pulumi.Output<number>;
    /**
     * How much of a request the appliance buffers before it forwards it: `Full Request` or `Limited`. The appliance's default is `Full Request`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    readonly requestBuffering: pulumi.Output<RequestBuffering>;
    /**
     * What the appliance does with a request when a service cannot process it: `Drop Connection` or `Send Error Response`. The appliance's default is `Send Error Response`. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    readonly serviceFailureAction: pulumi.Output<ServiceFailureAction>;
    /**
     * How long, in seconds, the appliance remembers a client for its advanced security policies, from 70 to 1440. The appliance's default is 120. When omitted, the provider holds it at the value it found at takeover (`originalSettings`): `pulumi refresh` shows a change made on the appliance as drift, and the next `pulumi up` puts the recorded value back.
     */
    readonly suspiciousClientsTrackInterval: pulumi.Output<number>;
    /**
     * The address of the appliance this configuration belongs to, as set in `barracudawaf:address`; the resource's ID is derived from it.
     */
    readonly address: pulumi.Output<string>;
    /**
     * The appliance's advanced settings as the provider found them when it took over, keyed by the appliance's field names with the appliance's string values. The provider writes them back when the resource is deleted, and writes a field's original value back when you remove that field from your program.
     */
    readonly originalSettings: pulumi.Output<Record<string, string>>;
}

/** The output properties a {@link SystemConfiguration} registers with the engine. */
export const systemConfigurationOutputNames = [
    "showAdvancedSettings",
    "actionForStaleServer",
    "captchaExpiryTime",
    "captchaSuccessAction",
    "chunkedEncodingResponseData",
    "clientIpAddressFromHeader",
    "csrfTokenValidity",
    "ddosPreventionService",
    "defaultLogLevel",
    "disableHostHeaderForAuthSuccess",
    "enableBruteforceChecksForValidatedClients",
    "enableClientFingerprinting",
    "enableParamProtectionOnOriginalValues",
    "enablePostLogging",
    "enableSecureBrowsing",
    "enableToa",
    "allowLargeFileScans",
    "handleFtpDatapathIssue",
    "handleHtmlHrefBoundaryData",
    "hostnameResolutionMode",
    "http2MaxConcurrentStreams",
    "javascriptFailureThreshold",
    "lockoutSetting",
    "maxCacheSize",
    "persistenceAcrossServices",
    "requestBufferSize",
    "requestBuffering",
    "serviceFailureAction",
    "suspiciousClientsTrackInterval",
    "address",
    "originalSettings",
] as const;

// Generated from schema.json by scripts/generate.ts. Do not edit: run `npm run generate`.
/* eslint-disable */
import type * as pulumi from "@pulumi/pulumi";
import type { SelfSignedCertificate, Service, ServiceGroup, SystemConfiguration, Vsite } from "./resources";

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

/**
 * The network interface a vsite serves on.
 */
export type VsiteInterface = "WAN" | "LAN";

/**
 * Whether the appliance sends traffic to a backend server.
 */
export type ServerStatus =
    "In Service" | "Out of Service Maintenance" | "Out of Service Sticky" | "Out of Service All";

/**
 * How a backend server is addressed.
 */
export type ServerIdentifier = "IP Address" | "Hostname";

/**
 * The key algorithm of a certificate.
 */
export type CertificateKeyType = "RSA" | "ECDSA";

/**
 * The size in bits of an RSA key.
 */
export type CertificateKeySize = "1024" | "2048" | "4096";

/**
 * The curve of an ECDSA key.
 */
export type EllipticCurveName = "secp256r1" | "secp384r1" | "secp521r1";

/**
 * Whether the web application firewall blocks attacks on a service or only logs them.
 */
export type SecurityMode = "Passive" | "Active";

/**
 * The security policy a service is checked against.
 */
export type WebFirewallPolicy =
    "default" | "saml" | "sharepoint" | "sharepoint2013" | "owa" | "owa2010" | "owa2013" | "oracle";

/**
 * The lowest severity the web firewall logs.
 */
export type WebFirewallLogLevel =
    | "0-Emergency"
    | "1-Alert"
    | "2-Critical"
    | "3-Error"
    | "4-Warning"
    | "5-Notice"
    | "6-Information"
    | "7-Debug";

/**
 * The rate control pool of a service.
 */
export type RateControlPool = "NONE" | "default-pool";

/**
 * What the firewall does with requests from the trusted hosts.
 */
export type TrustedHostsAction = "Allow" | "Passive" | "Default";

/**
 * How a service spreads requests over its servers.
 */
export type LoadBalancingAlgorithm = "Round Robin" | "Weighted Round Robin" | "Least Requests";

/**
 * How a client keeps being sent to the same server.
 */
export type PersistenceMethod =
    "None" | "Source IP" | "Cookie Insert" | "Cookie Passive" | "HTTP Header" | "URL Parameter";

/**
 * What happens when the chosen server is down.
 */
export type FailoverMethod = "Load Balance" | "Error";

/**
 * A service's Basic Security (BASIC > Services > Edit > Basic Security): whether the web application firewall blocks, which policy it applies, what it logs. Members left out are held to the appliance's defaults.
 */
export interface ServiceBasicSecurityArgs {
    /**
     * `Active` blocks attacks, `Passive` only logs them. Defaults to `Passive`.
     */
    mode?: pulumi.Input<SecurityMode>;
    /**
     * The security policy the service is checked against. Defaults to `default`.
     */
    webFirewallPolicy?: pulumi.Input<WebFirewallPolicy>;
    /**
     * The lowest severity the web firewall logs. Defaults to `5-Notice`.
     */
    webFirewallLogLevel?: pulumi.Input<WebFirewallLogLevel>;
    /**
     * The request header that holds the client's address when the service sits behind a proxy, 1 to 50 characters. Defaults to `X-Forwarded-For`.
     */
    clientIpAddressHeader?: pulumi.Input<string>;
    /**
     * Whether URLs and parameters are matched without regard to case. Defaults to `true`.
     */
    ignoreCase?: pulumi.Input<boolean>;
    /**
     * Whether rate control is on: `On` or `Off`. Defaults to `Off`.
     */
    rateControlStatus?: pulumi.Input<ServiceStatus>;
    /**
     * The rate control pool. Defaults to `NONE`.
     */
    rateControlPool?: pulumi.Input<RateControlPool>;
    /**
     * What the firewall does with requests from `trustedHostsGroup`. Defaults to `Default`.
     */
    trustedHostsAction?: pulumi.Input<TrustedHostsAction>;
    /**
     * The name of a trusted host group that exists on the appliance. Defaults to empty (none).
     */
    trustedHostsGroup?: pulumi.Input<string>;
}

/**
 * A service's Basic Security (BASIC > Services > Edit > Basic Security): whether the web application firewall blocks, which policy it applies, what it logs. Members left out are held to the appliance's defaults.
 */
export interface ServiceBasicSecurity {
    /**
     * `Active` blocks attacks, `Passive` only logs them. Defaults to `Passive`.
     */
    readonly mode: SecurityMode;
    /**
     * The security policy the service is checked against. Defaults to `default`.
     */
    readonly webFirewallPolicy: WebFirewallPolicy;
    /**
     * The lowest severity the web firewall logs. Defaults to `5-Notice`.
     */
    readonly webFirewallLogLevel: WebFirewallLogLevel;
    /**
     * The request header that holds the client's address when the service sits behind a proxy, 1 to 50 characters. Defaults to `X-Forwarded-For`.
     */
    readonly clientIpAddressHeader: string;
    /**
     * Whether URLs and parameters are matched without regard to case. Defaults to `true`.
     */
    readonly ignoreCase: boolean;
    /**
     * Whether rate control is on: `On` or `Off`. Defaults to `Off`.
     */
    readonly rateControlStatus: ServiceStatus;
    /**
     * The rate control pool. Defaults to `NONE`.
     */
    readonly rateControlPool: RateControlPool;
    /**
     * What the firewall does with requests from `trustedHostsGroup`. Defaults to `Default`.
     */
    readonly trustedHostsAction: TrustedHostsAction;
    /**
     * The name of a trusted host group that exists on the appliance. Defaults to empty (none).
     */
    readonly trustedHostsGroup: string;
}

/**
 * A service's Load Balancing (BASIC > Services > Edit > Load Balancing): how requests are spread over its servers and how a client sticks to one. Members left out are held to the appliance's defaults.
 */
export interface ServiceLoadBalancingArgs {
    /**
     * How requests are spread over the servers. Defaults to `Round Robin`.
     */
    algorithm?: pulumi.Input<LoadBalancingAlgorithm>;
    /**
     * How a client keeps being sent to the same server. Defaults to `None`.
     */
    persistenceMethod?: pulumi.Input<PersistenceMethod>;
    /**
     * Seconds after which an idle client's persistence ends, from 0 to 86400. Defaults to `600`.
     */
    persistenceIdleTimeout?: pulumi.Input<number>;
    /**
     * The cookie's name, for `Cookie Insert` and `Cookie Passive`. Defaults to `persistence`.
     */
    persistenceCookieName?: pulumi.Input<string>;
    /**
     * The cookie's path. Defaults to `/`.
     */
    persistenceCookiePath?: pulumi.Input<string>;
    /**
     * The cookie's domain. Defaults to empty.
     */
    persistenceCookieDomain?: pulumi.Input<string>;
    /**
     * The cookie's age in minutes, from 1 to 1051200. Defaults to `60`.
     */
    cookieAge?: pulumi.Input<number>;
    /**
     * The request header, for `HTTP Header`. Defaults to empty.
     */
    headerName?: pulumi.Input<string>;
    /**
     * The URL parameter, for `URL Parameter`. Defaults to empty.
     */
    parameterName?: pulumi.Input<string>;
    /**
     * The mask applied to the client's address, for `Source IP`. Defaults to `255.255.255.255`.
     */
    sourceIpNetmask?: pulumi.Input<string>;
    /**
     * What happens when the chosen server is down. Defaults to `Load Balance`.
     */
    failoverMethod?: pulumi.Input<FailoverMethod>;
}

/**
 * A service's Load Balancing (BASIC > Services > Edit > Load Balancing): how requests are spread over its servers and how a client sticks to one. Members left out are held to the appliance's defaults.
 */
export interface ServiceLoadBalancing {
    /**
     * How requests are spread over the servers. Defaults to `Round Robin`.
     */
    readonly algorithm: LoadBalancingAlgorithm;
    /**
     * How a client keeps being sent to the same server. Defaults to `None`.
     */
    readonly persistenceMethod: PersistenceMethod;
    /**
     * Seconds after which an idle client's persistence ends, from 0 to 86400. Defaults to `600`.
     */
    readonly persistenceIdleTimeout: number;
    /**
     * The cookie's name, for `Cookie Insert` and `Cookie Passive`. Defaults to `persistence`.
     */
    readonly persistenceCookieName: string;
    /**
     * The cookie's path. Defaults to `/`.
     */
    readonly persistenceCookiePath: string;
    /**
     * The cookie's domain. Defaults to empty.
     */
    readonly persistenceCookieDomain: string;
    /**
     * The cookie's age in minutes, from 1 to 1051200. Defaults to `60`.
     */
    readonly cookieAge: number;
    /**
     * The request header, for `HTTP Header`. Defaults to empty.
     */
    readonly headerName: string;
    /**
     * The URL parameter, for `URL Parameter`. Defaults to empty.
     */
    readonly parameterName: string;
    /**
     * The mask applied to the client's address, for `Source IP`. Defaults to `255.255.255.255`.
     */
    readonly sourceIpNetmask: string;
    /**
     * What happens when the chosen server is down. Defaults to `Load Balance`.
     */
    readonly failoverMethod: FailoverMethod;
}

/**
 * The format of the messages a WebSocket policy checks, as the appliance labels it (the vendor's API spells the values as untranslated labels).
 */
export type WebSocketMessageFormat = "lid_46998" | "lid_46997";

/**
 * The WebSocket payload types a policy allows.
 */
export type WebSocketPayloadFormat = "Text" | "lid_46995" | "Both";

/**
 * What a WebSocket policy checks in the messages (Message Security). Members left out are held to the appliance's defaults.
 */
export interface WebSocketMessageSecurityArgs {
    /**
     * Whether the messages are checked at all. Defaults to `false`.
     */
    enableMessageSecurity?: pulumi.Input<boolean>;
    /**
     * Whether messages must be well-formed JSON. Defaults to `false`.
     */
    enforceJsonCheck?: pulumi.Input<boolean>;
    /**
     * The format of the messages. Defaults to `lid_46998`.
     */
    messageFormat?: pulumi.Input<WebSocketMessageFormat>;
}

/**
 * What a WebSocket policy checks in the messages (Message Security). Members left out are held to the appliance's defaults.
 */
export interface WebSocketMessageSecurity {
    /**
     * Whether the messages are checked at all. Defaults to `false`.
     */
    readonly enableMessageSecurity: boolean;
    /**
     * Whether messages must be well-formed JSON. Defaults to `false`.
     */
    readonly enforceJsonCheck: boolean;
    /**
     * The format of the messages. Defaults to `lid_46998`.
     */
    readonly messageFormat: WebSocketMessageFormat;
}

/**
 * Which origins may open WebSocket connections (Origin Protection). Members left out are held to the appliance's defaults.
 */
export interface WebSocketOriginProtectionArgs {
    /**
     * The origins allowed to connect, e.g. `https://chat.example.com`. Defaults to none: an empty list leaves origins unchecked.
     */
    allowOrigins?: pulumi.Input<string[]>;
}

/**
 * Which origins may open WebSocket connections (Origin Protection). Members left out are held to the appliance's defaults.
 */
export interface WebSocketOriginProtection {
    /**
     * The origins allowed to connect, e.g. `https://chat.example.com`. Defaults to none: an empty list leaves origins unchecked.
     */
    readonly allowOrigins: string[];
}

/**
 * Limits on the WebSocket frames (Protocol Security). Members left out are held to the appliance's defaults.
 */
export interface WebSocketProtocolSecurityArgs {
    /**
     * The most frames one fragmented message may have, from 0 to 2147483647. Defaults to `16`.
     */
    maxFramePerFragmentedMessage?: pulumi.Input<number>;
    /**
     * The largest frame in bytes, from 0 to 2147483647. Defaults to `65536`.
     */
    maxFrameSize?: pulumi.Input<number>;
    /**
     * The payload types allowed. Defaults to `Both`.
     */
    payloadFormat?: pulumi.Input<WebSocketPayloadFormat>;
}

/**
 * Limits on the WebSocket frames (Protocol Security). Members left out are held to the appliance's defaults.
 */
export interface WebSocketProtocolSecurity {
    /**
     * The most frames one fragmented message may have, from 0 to 2147483647. Defaults to `16`.
     */
    readonly maxFramePerFragmentedMessage: number;
    /**
     * The largest frame in bytes, from 0 to 2147483647. Defaults to `65536`.
     */
    readonly maxFrameSize: number;
    /**
     * The payload types allowed. Defaults to `Both`.
     */
    readonly payloadFormat: WebSocketPayloadFormat;
}

/** The arguments of a {@link Service}. */
export interface ServiceArgs {
    /**
     * The service's name (the appliance's Web Application Name), unique on the appliance and used as the resource's ID. It may hold letters, digits, `.`, `_` and `-`, starts with a letter or digit, and is at most 64 characters long. The appliance cannot rename a service, so changing it replaces the service.
     */
    name: pulumi.Input<string>;
    /**
     * The kind of traffic the service accepts. The TLS types (`HTTPS`, `Instant SSL`, `Custom SSL`, `FTP SSL`) need `certificate`. Defaults to `HTTP`. The appliance cannot change it on an existing service, so changing it replaces the service.
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
     * The vsite the service belongs to: a `Vsite` of the program, or the name of one that exists on the appliance, at most 64 characters. Defaults to `default`. The appliance cannot move a service to another vsite, so changing it replaces the service.
     */
    vsite?: pulumi.Input<string> | Vsite;
    /**
     * The service group, within the vsite, that the service belongs to: a `ServiceGroup` of the program (of the same vsite), or the name of one that exists on the appliance, at most 64 characters. Defaults to `default`. The appliance cannot move a service to another group, so changing it replaces the service.
     */
    group?: pulumi.Input<string> | ServiceGroup;
    /**
     * Whether the service accepts traffic: `On` or `Off`. Defaults to `On`.
     */
    status?: pulumi.Input<ServiceStatus>;
    /**
     * Free-text comments shown with the service on the appliance. Defaults to empty; removing it clears the appliance's comments.
     */
    comments?: pulumi.Input<string>;
    /**
     * The certificate that terminates TLS: a `SelfSignedCertificate` of the program, or the name of a certificate that exists on the appliance (BASIC > Certificates). Required when `type` is `HTTPS`, `Instant SSL`, `Custom SSL` or `FTP SSL`; defaults to empty otherwise. Changing it is made in place, through the service's SSL Security.
     */
    certificate?: pulumi.Input<string> | SelfSignedCertificate;
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
     * The service's Basic Security: `mode: "Active"` makes the firewall block attacks instead of only logging them. Written to `services/{name}/basic-security` only when it differs from the defaults; drift shows on refresh.
     */
    basicSecurity?: pulumi.Input<ServiceBasicSecurityArgs>;
    /**
     * The service's Load Balancing over its servers. Written to `services/{name}/load-balancing` only when it differs from the defaults; drift shows on refresh.
     */
    loadBalancing?: pulumi.Input<ServiceLoadBalancingArgs>;
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
     * The kind of traffic the service accepts. The TLS types (`HTTPS`, `Instant SSL`, `Custom SSL`, `FTP SSL`) need `certificate`. Defaults to `HTTP`. The appliance cannot change it on an existing service, so changing it replaces the service.
     */
    readonly type: pulumi.Output<ServiceType | undefined>;
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
    readonly addressVersion: pulumi.Output<AddressVersion | undefined>;
    /**
     * The vsite the service belongs to: a `Vsite` of the program, or the name of one that exists on the appliance, at most 64 characters. Defaults to `default`. The appliance cannot move a service to another vsite, so changing it replaces the service.
     */
    readonly vsite: pulumi.Output<string | undefined>;
    /**
     * The service group, within the vsite, that the service belongs to: a `ServiceGroup` of the program (of the same vsite), or the name of one that exists on the appliance, at most 64 characters. Defaults to `default`. The appliance cannot move a service to another group, so changing it replaces the service.
     */
    readonly group: pulumi.Output<string | undefined>;
    /**
     * Whether the service accepts traffic: `On` or `Off`. Defaults to `On`.
     */
    readonly status: pulumi.Output<ServiceStatus | undefined>;
    /**
     * Free-text comments shown with the service on the appliance. Defaults to empty; removing it clears the appliance's comments.
     */
    readonly comments: pulumi.Output<string | undefined>;
    /**
     * The certificate that terminates TLS: a `SelfSignedCertificate` of the program, or the name of a certificate that exists on the appliance (BASIC > Certificates). Required when `type` is `HTTPS`, `Instant SSL`, `Custom SSL` or `FTP SSL`; defaults to empty otherwise. Changing it is made in place, through the service's SSL Security.
     */
    readonly certificate: pulumi.Output<string | undefined>;
    /**
     * How long, in seconds, an idle client session is kept, from 0 to 86400. Defaults to 60.
     */
    readonly sessionTimeout: pulumi.Output<number | undefined>;
    /**
     * An application identifier of your choice that the appliance attaches to the service's logs, at most 63 characters. Defaults to empty.
     */
    readonly appId: pulumi.Output<string | undefined>;
    /**
     * Whether the appliance writes an access log entry for each request to the service. Defaults to `true`.
     */
    readonly enableAccessLogs: pulumi.Output<boolean | undefined>;
    /**
     * The network mask of `ipAddress`: a dotted IPv4 mask such as `255.255.255.255` for IPv4 services, an IPv6 mask such as `ffff:ffff:ffff:ffff::` for IPv6 ones. When omitted the appliance picks the host mask for the address version and the provider leaves whatever the appliance has.
     */
    readonly mask: pulumi.Output<string>;
    /**
     * Whether the service passes WebSocket connections (BASIC > Services > Edit > Advanced Configuration > Enable WebSocket). Defaults to `false`. The appliance only honours it while Show Advanced Settings is on, so `true` requires `systemConfiguration` to be a `SystemConfiguration` with `showAdvancedSettings: true`; the provider checks this at preview and again on the appliance before it writes anything.
     */
    readonly enableWebSocket: pulumi.Output<boolean | undefined>;
    /**
     * Whether clients may speak HTTP/2 to the service. Defaults to `false`.
     */
    readonly enableHttp2: pulumi.Output<boolean | undefined>;
    /**
     * Whether the service speaks HTTP/2 to its back-end servers. Defaults to `false`.
     */
    readonly enableServerHttp2: pulumi.Output<boolean | undefined>;
    /**
     * Whether the web application firewall inspects the service's traffic; `false` makes the service a plain load balancer. Defaults to `true`.
     */
    readonly enableWebApplicationFirewall: pulumi.Output<boolean | undefined>;
    /**
     * Whether the service expects the PROXY protocol header from a load balancer in front of it. Defaults to `false`.
     */
    readonly enableProxyProtocol: pulumi.Output<boolean | undefined>;
    /**
     * Whether the appliance fingerprints the service's clients to recognise them across addresses. Defaults to `false`.
     */
    readonly enableClientFingerprinting: pulumi.Output<boolean | undefined>;
    /**
     * Whether the service is tuned for virtual desktop (VDI) traffic. Defaults to `false`.
     */
    readonly enableVdi: pulumi.Output<boolean | undefined>;
    /**
     * Whether NTLM authentication ignores extra data after the NTLM message. Defaults to `false`.
     */
    readonly ntlmIgnoreExtraData: pulumi.Output<boolean | undefined>;
    /**
     * How many requests a client may send on one keep-alive connection, from 0 to 65535. Defaults to 64.
     */
    readonly keepaliveRequests: pulumi.Output<number | undefined>;
    /**
     * The service's Basic Security: `mode: "Active"` makes the firewall block attacks instead of only logging them. Written to `services/{name}/basic-security` only when it differs from the defaults; drift shows on refresh.
     */
    readonly basicSecurity: pulumi.Output<ServiceBasicSecurity | undefined>;
    /**
     * The service's Load Balancing over its servers. Written to `services/{name}/load-balancing` only when it differs from the defaults; drift shows on refresh.
     */
    readonly loadBalancing: pulumi.Output<ServiceLoadBalancing | undefined>;
    /**
     * Take over a service of this name that already exists on the appliance instead of creating a new one. On create, the provider finds the service, updates it in place to match these inputs (it is never deleted or created again) and records it in the state; from then on it is managed like any other. `pulumi import` does not work for dynamic providers, so this is how an existing service is brought under management. `addressVersion`, `vsite` and `group` must match the existing service (left out, they mean their defaults), since the appliance cannot change them; properties left out are set to their defaults, as for any service. Without `adopt`, creating a service whose name is taken fails, so nothing is taken over by accident. It only matters on create; changing it later changes nothing. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
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
    "basicSecurity",
    "loadBalancing",
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

/** The arguments of a {@link Vsite}. */
export interface VsiteArgs {
    /**
     * The vsite's name, unique on the appliance and used as the resource's ID: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. The appliance cannot rename a vsite, so changing it replaces the vsite.
     */
    name: pulumi.Input<string>;
    /**
     * The interface the vsite serves on: `WAN` or `LAN`. The appliance cannot change it, so changing it replaces the vsite.
     */
    interface: pulumi.Input<VsiteInterface>;
    /**
     * The name of the appliance (in a cluster) on which the vsite is active, at most 64 characters. Defaults to empty.
     */
    activeOn?: pulumi.Input<string>;
    /**
     * Free-text comments shown with the vsite. Defaults to empty; removing it clears them.
     */
    comments?: pulumi.Input<string>;
    /**
     * Take over a vsite of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the vsite must match the existing one. Without `adopt`, creating a vsite whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link Vsite} resolves to once the appliance has answered. */
export interface VsiteOutputs {
    /**
     * The vsite's name, unique on the appliance and used as the resource's ID: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. The appliance cannot rename a vsite, so changing it replaces the vsite.
     */
    readonly name: pulumi.Output<string>;
    /**
     * The interface the vsite serves on: `WAN` or `LAN`. The appliance cannot change it, so changing it replaces the vsite.
     */
    readonly interface: pulumi.Output<VsiteInterface>;
    /**
     * The name of the appliance (in a cluster) on which the vsite is active, at most 64 characters. Defaults to empty.
     */
    readonly activeOn: pulumi.Output<string | undefined>;
    /**
     * Free-text comments shown with the vsite. Defaults to empty; removing it clears them.
     */
    readonly comments: pulumi.Output<string | undefined>;
    /**
     * Take over a vsite of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the vsite must match the existing one. Without `adopt`, creating a vsite whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link Vsite} registers with the engine. */
export const vsiteOutputNames = ["name", "interface", "activeOn", "comments", "adopt"] as const;

/** The arguments of a {@link ServiceGroup}. */
export interface ServiceGroupArgs {
    /**
     * The vsite the group belongs to: a `Vsite` of the program, or the name of one that exists on the appliance, such as `default`. Changing it replaces the group.
     */
    vsite: pulumi.Input<string> | Vsite;
    /**
     * The group's name, unique within its vsite: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Changing it replaces the group.
     */
    name: pulumi.Input<string>;
    /**
     * Take over a service group of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the service group must match the existing one. Without `adopt`, creating a service group whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link ServiceGroup} resolves to once the appliance has answered. */
export interface ServiceGroupOutputs {
    /**
     * The vsite the group belongs to: a `Vsite` of the program, or the name of one that exists on the appliance, such as `default`. Changing it replaces the group.
     */
    readonly vsite: pulumi.Output<string>;
    /**
     * The group's name, unique within its vsite: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Changing it replaces the group.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Take over a service group of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the service group must match the existing one. Without `adopt`, creating a service group whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link ServiceGroup} registers with the engine. */
export const serviceGroupOutputNames = ["vsite", "name", "adopt"] as const;

/** The arguments of a {@link SelfSignedCertificate}. */
export interface SelfSignedCertificateArgs {
    /**
     * The certificate's name, unique on the appliance and used as the resource's ID: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 512 characters. A certificate cannot be changed once made, so changing it replaces the certificate.
     */
    name: pulumi.Input<string>;
    /**
     * The subject's common name (CN), usually the host name clients connect to, at most 64 characters. A certificate cannot be changed once made, so changing it replaces the certificate.
     */
    commonName: pulumi.Input<string>;
    /**
     * The subject's two-letter country code (C), e.g. `DE`. A certificate cannot be changed once made, so changing it replaces the certificate.
     */
    countryCode: pulumi.Input<string>;
    /**
     * The subject's organization (O), at most 64 characters. Defaults to empty. A certificate cannot be changed once made, so changing it replaces the certificate.
     */
    organizationName?: pulumi.Input<string>;
    /**
     * The subject's organizational unit (OU), at most 64 characters. Defaults to empty. A certificate cannot be changed once made, so changing it replaces the certificate.
     */
    organizationalUnit?: pulumi.Input<string>;
    /**
     * The subject's locality (L), at most 128 characters. Defaults to empty. A certificate cannot be changed once made, so changing it replaces the certificate.
     */
    city?: pulumi.Input<string>;
    /**
     * The subject's state or province (ST), at most 128 characters. Defaults to empty. A certificate cannot be changed once made, so changing it replaces the certificate.
     */
    state?: pulumi.Input<string>;
    /**
     * The key algorithm: `RSA` or `ECDSA`. Defaults to `RSA`. A certificate cannot be changed once made, so changing it replaces the certificate.
     */
    keyType?: pulumi.Input<CertificateKeyType>;
    /**
     * The RSA key size in bits, as a string: `1024`, `2048` or `4096`. Defaults to `2048`. A certificate cannot be changed once made, so changing it replaces the certificate.
     */
    keySize?: pulumi.Input<CertificateKeySize>;
    /**
     * The curve of an ECDSA key. Defaults to `secp256r1`. A certificate cannot be changed once made, so changing it replaces the certificate.
     */
    ellipticCurveName?: pulumi.Input<EllipticCurveName>;
    /**
     * Whether the private key may be downloaded with the certificate. Defaults to `false`. A certificate cannot be changed once made, so changing it replaces the certificate.
     */
    allowPrivateKeyExport?: pulumi.Input<boolean>;
    /**
     * Take over a certificate of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the certificate must match the existing one. Without `adopt`, creating a certificate whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link SelfSignedCertificate} resolves to once the appliance has answered. */
export interface SelfSignedCertificateOutputs {
    /**
     * The certificate's name, unique on the appliance and used as the resource's ID: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 512 characters. A certificate cannot be changed once made, so changing it replaces the certificate.
     */
    readonly name: pulumi.Output<string>;
    /**
     * The subject's common name (CN), usually the host name clients connect to, at most 64 characters. A certificate cannot be changed once made, so changing it replaces the certificate.
     */
    readonly commonName: pulumi.Output<string>;
    /**
     * The subject's two-letter country code (C), e.g. `DE`. A certificate cannot be changed once made, so changing it replaces the certificate.
     */
    readonly countryCode: pulumi.Output<string>;
    /**
     * The subject's organization (O), at most 64 characters. Defaults to empty. A certificate cannot be changed once made, so changing it replaces the certificate.
     */
    readonly organizationName: pulumi.Output<string | undefined>;
    /**
     * The subject's organizational unit (OU), at most 64 characters. Defaults to empty. A certificate cannot be changed once made, so changing it replaces the certificate.
     */
    readonly organizationalUnit: pulumi.Output<string | undefined>;
    /**
     * The subject's locality (L), at most 128 characters. Defaults to empty. A certificate cannot be changed once made, so changing it replaces the certificate.
     */
    readonly city: pulumi.Output<string | undefined>;
    /**
     * The subject's state or province (ST), at most 128 characters. Defaults to empty. A certificate cannot be changed once made, so changing it replaces the certificate.
     */
    readonly state: pulumi.Output<string | undefined>;
    /**
     * The key algorithm: `RSA` or `ECDSA`. Defaults to `RSA`. A certificate cannot be changed once made, so changing it replaces the certificate.
     */
    readonly keyType: pulumi.Output<CertificateKeyType | undefined>;
    /**
     * The RSA key size in bits, as a string: `1024`, `2048` or `4096`. Defaults to `2048`. A certificate cannot be changed once made, so changing it replaces the certificate.
     */
    readonly keySize: pulumi.Output<CertificateKeySize | undefined>;
    /**
     * The curve of an ECDSA key. Defaults to `secp256r1`. A certificate cannot be changed once made, so changing it replaces the certificate.
     */
    readonly ellipticCurveName: pulumi.Output<EllipticCurveName | undefined>;
    /**
     * Whether the private key may be downloaded with the certificate. Defaults to `false`. A certificate cannot be changed once made, so changing it replaces the certificate.
     */
    readonly allowPrivateKeyExport: pulumi.Output<boolean | undefined>;
    /**
     * Take over a certificate of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the certificate must match the existing one. Without `adopt`, creating a certificate whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
    /**
     * When the certificate expires, as the appliance reports it.
     */
    readonly expiry: pulumi.Output<string>;
    /**
     * The certificate's serial number, as the appliance reports it.
     */
    readonly serial: pulumi.Output<string>;
}

/** The output properties a {@link SelfSignedCertificate} registers with the engine. */
export const selfSignedCertificateOutputNames = [
    "name",
    "commonName",
    "countryCode",
    "organizationName",
    "organizationalUnit",
    "city",
    "state",
    "keyType",
    "keySize",
    "ellipticCurveName",
    "allowPrivateKeyExport",
    "adopt",
    "expiry",
    "serial",
] as const;

/** The arguments of a {@link Server}. */
export interface ServerArgs {
    /**
     * The service the server belongs to: a `Service` of the program, or the name of one that exists on the appliance. Changing it replaces the server.
     */
    service: pulumi.Input<string> | Service;
    /**
     * The server's name, unique within its service: letters, digits, `.`, `_`, `:` and `-`, starting with a letter or digit, at most 255 characters. The appliance cannot rename a server, so changing it replaces the server.
     */
    name: pulumi.Input<string>;
    /**
     * How the appliance finds the server: `IP Address` (by `ipAddress`) or `Hostname` (by `hostname`). Defaults to `IP Address`.
     */
    identifier?: pulumi.Input<ServerIdentifier>;
    /**
     * The server's IP address, of the version given by `addressVersion`; required when `identifier` is `IP Address`.
     */
    ipAddress?: pulumi.Input<string>;
    /**
     * The server's host name, which the appliance resolves; required when `identifier` is `Hostname`. Defaults to empty.
     */
    hostname?: pulumi.Input<string>;
    /**
     * The TCP port the server listens on, from 0 to 65535. Defaults to `80`.
     */
    port?: pulumi.Input<number>;
    /**
     * The IP version of `ipAddress`: `IPv4` or `IPv6`. Defaults to `IPv4`. The appliance cannot change it, so changing it replaces the server.
     */
    addressVersion?: pulumi.Input<AddressVersion>;
    /**
     * Whether the appliance sends traffic to the server. Defaults to `In Service`.
     */
    status?: pulumi.Input<ServerStatus>;
    /**
     * Free-text comments shown with the server. Defaults to empty; removing it clears them.
     */
    comments?: pulumi.Input<string>;
    /**
     * Take over a server of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the server must match the existing one. Without `adopt`, creating a server whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link Server} resolves to once the appliance has answered. */
export interface ServerOutputs {
    /**
     * The service the server belongs to: a `Service` of the program, or the name of one that exists on the appliance. Changing it replaces the server.
     */
    readonly service: pulumi.Output<string>;
    /**
     * The server's name, unique within its service: letters, digits, `.`, `_`, `:` and `-`, starting with a letter or digit, at most 255 characters. The appliance cannot rename a server, so changing it replaces the server.
     */
    readonly name: pulumi.Output<string>;
    /**
     * How the appliance finds the server: `IP Address` (by `ipAddress`) or `Hostname` (by `hostname`). Defaults to `IP Address`.
     */
    readonly identifier: pulumi.Output<ServerIdentifier | undefined>;
    /**
     * The server's IP address, of the version given by `addressVersion`; required when `identifier` is `IP Address`.
     */
    readonly ipAddress: pulumi.Output<string | undefined>;
    /**
     * The server's host name, which the appliance resolves; required when `identifier` is `Hostname`. Defaults to empty.
     */
    readonly hostname: pulumi.Output<string | undefined>;
    /**
     * The TCP port the server listens on, from 0 to 65535. Defaults to `80`.
     */
    readonly port: pulumi.Output<number | undefined>;
    /**
     * The IP version of `ipAddress`: `IPv4` or `IPv6`. Defaults to `IPv4`. The appliance cannot change it, so changing it replaces the server.
     */
    readonly addressVersion: pulumi.Output<AddressVersion | undefined>;
    /**
     * Whether the appliance sends traffic to the server. Defaults to `In Service`.
     */
    readonly status: pulumi.Output<ServerStatus | undefined>;
    /**
     * Free-text comments shown with the server. Defaults to empty; removing it clears them.
     */
    readonly comments: pulumi.Output<string | undefined>;
    /**
     * Take over a server of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the server must match the existing one. Without `adopt`, creating a server whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link Server} registers with the engine. */
export const serverOutputNames = [
    "service",
    "name",
    "identifier",
    "ipAddress",
    "hostname",
    "port",
    "addressVersion",
    "status",
    "comments",
    "adopt",
] as const;

/** The arguments of a {@link WebSocketPolicy}. */
export interface WebSocketPolicyArgs {
    /**
     * The service the policy protects: a `Service` of the program that has `enableWebSocket: true`, or the name of one that exists on the appliance. The provider checks at preview (for a `Service` of the program) and on the appliance before it writes that WebSocket is on. Changing it replaces the policy.
     */
    service: pulumi.Input<string> | Service;
    /**
     * The policy's name, unique within its service: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Changing it replaces the policy.
     */
    name: pulumi.Input<string>;
    /**
     * The host the policy applies to, e.g. `chat.example.com`, or `*` for any.
     */
    host: pulumi.Input<string>;
    /**
     * The URL path the policy applies to, e.g. `/ws/*`.
     */
    url: pulumi.Input<string>;
    /**
     * `Active` blocks what breaks the policy, `Passive` only logs it. Defaults to `Passive`.
     */
    mode?: pulumi.Input<SecurityMode>;
    /**
     * Whether the policy is applied: `On` or `Off`. Defaults to `On`.
     */
    status?: pulumi.Input<ServiceStatus>;
    /**
     * Free-text comment shown with the policy. Defaults to empty; removing it clears it.
     */
    comment?: pulumi.Input<string>;
    /**
     * What the policy checks in the messages. Written to its sub-object only when it differs from the defaults.
     */
    messageSecurity?: pulumi.Input<WebSocketMessageSecurityArgs>;
    /**
     * Which origins may connect. Adding an origin is one write of the policy's Origin Protection.
     */
    originProtection?: pulumi.Input<WebSocketOriginProtectionArgs>;
    /**
     * Limits on the frames. Written to its sub-object only when it differs from the defaults.
     */
    protocolSecurity?: pulumi.Input<WebSocketProtocolSecurityArgs>;
    /**
     * Take over a WebSocket policy of this name that already exists on the service instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Without `adopt`, creating a policy whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link WebSocketPolicy} resolves to once the appliance has answered. */
export interface WebSocketPolicyOutputs {
    /**
     * The service the policy protects: a `Service` of the program that has `enableWebSocket: true`, or the name of one that exists on the appliance. The provider checks at preview (for a `Service` of the program) and on the appliance before it writes that WebSocket is on. Changing it replaces the policy.
     */
    readonly service: pulumi.Output<string>;
    /**
     * The policy's name, unique within its service: letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. Changing it replaces the policy.
     */
    readonly name: pulumi.Output<string>;
    /**
     * The host the policy applies to, e.g. `chat.example.com`, or `*` for any.
     */
    readonly host: pulumi.Output<string>;
    /**
     * The URL path the policy applies to, e.g. `/ws/*`.
     */
    readonly url: pulumi.Output<string>;
    /**
     * `Active` blocks what breaks the policy, `Passive` only logs it. Defaults to `Passive`.
     */
    readonly mode: pulumi.Output<SecurityMode | undefined>;
    /**
     * Whether the policy is applied: `On` or `Off`. Defaults to `On`.
     */
    readonly status: pulumi.Output<ServiceStatus | undefined>;
    /**
     * Free-text comment shown with the policy. Defaults to empty; removing it clears it.
     */
    readonly comment: pulumi.Output<string | undefined>;
    /**
     * What the policy checks in the messages. Written to its sub-object only when it differs from the defaults.
     */
    readonly messageSecurity: pulumi.Output<WebSocketMessageSecurity | undefined>;
    /**
     * Which origins may connect. Adding an origin is one write of the policy's Origin Protection.
     */
    readonly originProtection: pulumi.Output<WebSocketOriginProtection | undefined>;
    /**
     * Limits on the frames. Written to its sub-object only when it differs from the defaults.
     */
    readonly protocolSecurity: pulumi.Output<WebSocketProtocolSecurity | undefined>;
    /**
     * Take over a WebSocket policy of this name that already exists on the service instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Without `adopt`, creating a policy whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link WebSocketPolicy} registers with the engine. */
export const webSocketPolicyOutputNames = [
    "service",
    "name",
    "host",
    "url",
    "mode",
    "status",
    "comment",
    "messageSecurity",
    "originProtection",
    "protocolSecurity",
    "adopt",
] as const;

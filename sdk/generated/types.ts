// Generated from schema.json by scripts/generate.ts. Do not edit: run `npm run generate`.
/* eslint-disable */
import type * as pulumi from "@pulumi/pulumi";
import type {
    AttackType,
    BotSpamType,
    ClientSideProtection,
    ContentRule,
    IdentityType,
    InputType,
    JsonProfile,
    JwtPublicKey,
    OpenidcService,
    RateControlPool,
    SamlService,
    SecurityPolicy,
    SelfSignedCertificate,
    Service,
    ServiceGroup,
    SystemConfiguration,
    TrustedHostGroup,
    UrlProfile,
    Vsite,
} from "./resources";

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
export type RateControlPoolName = "NONE" | "default-pool";

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
    rateControlPool?: pulumi.Input<RateControlPoolName>;
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
    readonly rateControlPool: RateControlPoolName;
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

/**
 * The values of Specify Allowed Operations.
 */
export type AdministratorRoleOperations =
    | "slack-notification"
    | "appearance"
    | "trusted-hosts"
    | "session-recording"
    | "web-scraping-whitelist"
    | "advanced-system-configuration"
    | "configure-notifications"
    | "dig"
    | "configure-export-logs"
    | "shutdown"
    | "apply-fix-policy-wizard"
    | "get-logs"
    | "reset-cloud-connection"
    | "save-system-state"
    | "configure-network-hsm"
    | "ping"
    | "armored-browser"
    | "traceroute"
    | "reload"
    | "view-traffic-logs"
    | "configure-syslog"
    | "high-availability"
    | "configure-snmp"
    | "clear-config"
    | "schedule-reports"
    | "template-management"
    | "administrator-ip-range"
    | "telnet"
    | "management-ip-configuration"
    | "configure-nat"
    | "configure-route"
    | "cookie-encryption-settings"
    | "cli-settings"
    | "configure-email-notifications"
    | "locale-settings"
    | "reboot"
    | "configure-multiple-ip-address"
    | "execute-reports"
    | "dns-configuration"
    | "apply-fix-exception"
    | "restore-backup"
    | "xml-protection"
    | "operation-mode"
    | "show-route"
    | "view-aps-logs"
    | "proxy-server-configuration"
    | "configure-vlan"
    | "view-audit-logs"
    | "gdpr-compliance"
    | "advanced-network-configuration"
    | "wget"
    | "configure-network-acls"
    | "support-access"
    | "domain-configuration"
    | "firmware-update"
    | "show-arp"
    | "libraries"
    | "export-to-CSV-firewall"
    | "lan-ip-configuration"
    | "wan-ip-configuration"
    | "certificate-management"
    | "problem-report"
    | "tcpdump"
    | "adaptive-profile-config"
    | "energize-updates"
    | "backup"
    | "website-user-management"
    | "export-to-CSV-audit"
    | "patch-management-system"
    | "time-settings"
    | "export-to-CSV-access"
    | "secure-administration"
    | "pktdump"
    | "monitor-syslog";

/**
 * The values of Vsites.
 */
export type AdministratorRoleVsites = "_ALL_:read" | "_ALL_:write" | "default:read" | "default:write";

/**
 * The values of Object access permissions.
 */
export type AdministratorRoleObjects =
    | "_ALL_:read"
    | "_ALL_:write"
    | "geoip-allowed-networks:read"
    | "geoip-allowed-networks:write"
    | "geoip-blocked-networks:read"
    | "geoip-blocked-networks:write"
    | "geo-pools:read"
    | "geo-pools:write"
    | "authorization-policies:read"
    | "authorization-policies:write"
    | "access-rules:read"
    | "access-rules:write"
    | "allow-deny-clients:read"
    | "allow-deny-clients:write"
    | "url-translations:read"
    | "url-translations:write"
    | "protected-data-types:read"
    | "protected-data-types:write"
    | "http-request-rewrite-rules:read"
    | "http-request-rewrite-rules:write"
    | "response-body-rewrite-rules:read"
    | "response-body-rewrite-rules:write"
    | "http-response-rewrite-rules:read"
    | "http-response-rewrite-rules:write"
    | "url-policies:read"
    | "url-policies:write"
    | "secure-browsing-policies:read"
    | "secure-browsing-policies:write"
    | "credential-servers:read"
    | "credential-servers:write"
    | "action-policies:read"
    | "action-policies:write"
    | "attack-patterns:read"
    | "attack-patterns:write"
    | "kerberos-services:read"
    | "kerberos-services:write"
    | "ldap-services:read"
    | "ldap-services:write"
    | "radius-services:read"
    | "radius-services:write"
    | "rsa-securid-services:read"
    | "rsa-securid-services:write"
    | "saml-services:read"
    | "saml-services:write"
    | "openidc-services:read"
    | "openidc-services:write"
    | "backup:read"
    | "backup:write"
    | "bonds:read"
    | "bonds:write"
    | "trusted-server-certificate:read"
    | "trusted-server-certificate:write"
    | "trusted-ca-certificate:read"
    | "trusted-ca-certificate:write"
    | "preferred-clients:read"
    | "preferred-clients:write"
    | "cluster/nodes:read"
    | "cluster/nodes:write"
    | "cluster:read"
    | "cluster:write"
    | "nodes:read"
    | "nodes:write"
    | "attack-types:read"
    | "attack-types:write"
    | "identity-types:read"
    | "identity-types:write"
    | "input-types:read"
    | "input-types:write"
    | "custom-parameter-classes:read"
    | "custom-parameter-classes:write"
    | "ddos-policies:read"
    | "ddos-policies:write"
    | "global-acls:read"
    | "global-acls:write"
    | "header-acls:read"
    | "header-acls:write"
    | "admin-ip-range:read"
    | "admin-ip-range:write"
    | "identity-theft-patterns:read"
    | "identity-theft-patterns:write"
    | "input-patterns:read"
    | "input-patterns:write"
    | "internal-attack-patterns:read"
    | "internal-attack-patterns:write"
    | "local-groups:read"
    | "local-groups:write"
    | "local-users:read"
    | "local-users:write"
    | "json-key-profiles:read"
    | "json-key-profiles:write"
    | "json-security-policies:read"
    | "json-security-policies:write"
    | "json-profiles:read"
    | "json-profiles:write"
    | "adaptive-profiling-rules:read"
    | "adaptive-profiling-rules:write"
    | "url-acls:read"
    | "url-acls:write"
    | "module-log-levels:read"
    | "module-log-levels:write"
    | "self-signed-certificate:read"
    | "self-signed-certificate:write"
    | "signed-certificate:read"
    | "signed-certificate:write"
    | "parameter-optimizers:read"
    | "parameter-optimizers:write"
    | "parameter-profiles:read"
    | "parameter-profiles:write"
    | "rate-control-pools:read"
    | "rate-control-pools:write"
    | "reports:read"
    | "reports:write"
    | "response-pages:read"
    | "response-pages:write"
    | "security-policies/cloaking:read"
    | "security-policies/cloaking:write"
    | "security-policies/cookie-security:read"
    | "security-policies/cookie-security:write"
    | "security-policies/parameter-protection:read"
    | "security-policies/parameter-protection:write"
    | "security-policies/request-limits:read"
    | "security-policies/request-limits:write"
    | "security-policies/url-normalization:read"
    | "security-policies/url-normalization:write"
    | "security-policies/url-protection:read"
    | "security-policies/url-protection:write"
    | "security-policies/client-profile:read"
    | "security-policies/client-profile:write"
    | "services:read"
    | "services:write"
    | "services/adaptive-profiling:read"
    | "services/adaptive-profiling:write"
    | "services/authentication:read"
    | "services/authentication:write"
    | "services/basic-security:read"
    | "services/basic-security:write"
    | "services/caching:read"
    | "services/caching:write"
    | "services/clickjacking:read"
    | "services/clickjacking:write"
    | "services/comment-spam:read"
    | "services/comment-spam:write"
    | "services/compression:read"
    | "services/compression:write"
    | "services/exception-profiling:read"
    | "services/exception-profiling:write"
    | "services/ftp-security:read"
    | "services/ftp-security:write"
    | "services/ip-reputation:read"
    | "services/ip-reputation:write"
    | "services/sensitive-parameter-names:read"
    | "services/sensitive-parameter-names:write"
    | "services/session-tracking:read"
    | "services/session-tracking:write"
    | "services/slow-client-attack:read"
    | "services/slow-client-attack:write"
    | "services/ssl-ocsp:read"
    | "services/ssl-ocsp:write"
    | "services/url-encryption:read"
    | "services/url-encryption:write"
    | "services/website-profile:read"
    | "services/website-profile:write"
    | "session-identifiers:read"
    | "session-identifiers:write"
    | "client-certificate-crls:read"
    | "client-certificate-crls:write"
    | "syslog-servers:read"
    | "syslog-servers:write"
    | "system/advanced-settings:read"
    | "system/advanced-settings:write"
    | "system/appearance:read"
    | "system/appearance:write"
    | "system/azure-config:read"
    | "system/azure-config:write"
    | "system/cookies-and-parameters:read"
    | "system/cookies-and-parameters:write"
    | "system/custom-headers:read"
    | "system/custom-headers:write"
    | "system/dns:read"
    | "system/dns:write"
    | "system/email-notifications:read"
    | "system/email-notifications:write"
    | "system/encryption-key:read"
    | "system/encryption-key:write"
    | "system/energize-updates:read"
    | "system/energize-updates:write"
    | "system/exception-heuristics:read"
    | "system/exception-heuristics:write"
    | "system/export-log-filters:read"
    | "system/export-log-filters:write"
    | "system/export-log-settings:read"
    | "system/export-log-settings:write"
    | "system/ftp-access-logs:read"
    | "system/ftp-access-logs:write"
    | "system/gdpr-compliance:read"
    | "system/gdpr-compliance:write"
    | "system/lan-configuration:read"
    | "system/lan-configuration:write"
    | "system/location:read"
    | "system/location:write"
    | "system/logs-format:read"
    | "system/logs-format:write"
    | "system/management-configuration:read"
    | "system/management-configuration:write"
    | "system/network-configuration:read"
    | "system/network-configuration:write"
    | "system/network-hsm:read"
    | "system/network-hsm:write"
    | "system/ng-firewall:read"
    | "system/ng-firewall:write"
    | "system/pattern-mode:read"
    | "system/pattern-mode:write"
    | "system/proxy-server:read"
    | "system/proxy-server:write"
    | "system/secure-administration:read"
    | "system/secure-administration:write"
    | "system/snmp:read"
    | "system/snmp:write"
    | "system/syslog-settings:read"
    | "system/syslog-settings:write"
    | "system/wan-configuration:read"
    | "system/wan-configuration:write"
    | "system/web-interface:read"
    | "system/web-interface:write"
    | "system/self-signed-management-certificate:read"
    | "system/self-signed-management-certificate:write"
    | "system/trusted-management-certificate:read"
    | "system/trusted-management-certificate:write"
    | "local-hosts:read"
    | "local-hosts:write"
    | "network-interfaces:read"
    | "network-interfaces:write"
    | "interface-routes:read"
    | "interface-routes:write"
    | "network-acls:read"
    | "network-acls:write"
    | "destination-nats:read"
    | "destination-nats:write"
    | "source-nats:read"
    | "source-nats:write"
    | "static-routes:read"
    | "static-routes:write"
    | "vlans:read"
    | "vlans:write"
    | "system:read"
    | "system:write"
    | "ntp-servers:read"
    | "ntp-servers:write"
    | "trap-receivers:read"
    | "trap-receivers:write"
    | "trusted-host-groups:read"
    | "trusted-host-groups:write"
    | "trusted-hosts:read"
    | "trusted-hosts:write"
    | "url-encryption-rules:read"
    | "url-encryption-rules:write"
    | "url-profiles:read"
    | "url-profiles:write"
    | "url-optimizers:read"
    | "url-optimizers:write"
    | "auto-system-acls:read"
    | "auto-system-acls:write"
    | "virtual-interfaces:read"
    | "virtual-interfaces:write"
    | "vsites:read"
    | "vsites:write"
    | "service-groups:read"
    | "service-groups:write"
    | "security-policies:read"
    | "security-policies:write"
    | "web-scraping-policies:read"
    | "web-scraping-policies:write"
    | "whitelisted-bots:read"
    | "whitelisted-bots:write"
    | "custom-ip-blocklist:read"
    | "custom-ip-blocklist:write"
    | "form-spam-forms:read"
    | "form-spam-forms:write"
    | "check-for-update:read"
    | "check-for-update:write"
    | "apply-update:read"
    | "apply-update:write";

/**
 * The values of Service Group.
 */
export type AdministratorRoleServiceGroups = "_ALL_:read" | "_ALL_:write" | "default:read" | "default:write";

/**
 * The values of Services.
 */
export type AdministratorRoleServices = "_ALL_:read" | "_ALL_:write";

/**
 * The values of Security Policies.
 */
export type AdministratorRoleSecurityPolicies =
    | "_ALL_:read"
    | "_ALL_:write"
    | "default:read"
    | "default:write"
    | "saml:read"
    | "saml:write"
    | "sharepoint:read"
    | "sharepoint:write"
    | "sharepoint2013:read"
    | "sharepoint2013:write"
    | "owa:read"
    | "owa:write"
    | "owa2010:read"
    | "owa2010:write"
    | "owa2013:read"
    | "owa2013:write"
    | "oracle:read"
    | "oracle:write";

/**
 * The values of Auth Services.
 */
export type AdministratorRoleAuthenticationServices =
    "_ALL_:read" | "_ALL_:write" | "internal:read" | "internal:write";

/**
 * The values of Operating Mode.
 */
export type AttackPatternMode = "Passive" | "Active" | "Off";

/**
 * The values of Pattern Algorithm.
 */
export type AttackPatternAlgorithm =
    | "None"
    | "Credit Card Check Digit"
    | "Korean Resident Registration Number Check Digit"
    | "Poland National Identification Number Check Digit"
    | "Czech National Identity Card Number Check Digit"
    | "Hungarian Identity Card Number Check Digit";

/**
 * The values of Cannot have VLAN(s) on LAN interface when enabling Network Port Configuration.
 */
export type BondMode = "Round Robin" | "Active-Backup" | "Dynamic Link Aggregation";

/**
 * The values of Duplexity of the port.
 */
export type BondDuplexity = "Automatic" | "Half" | "Full";

/**
 * The values of Speed of the port.
 */
export type BondSpeed = "10" | "100" | "1000" | "10000" | "Automatic";

/**
 * The values of Pattern Algorithm.
 */
export type BotSpamPatternAlgorithm = "None";

/**
 * The values of Operating Mode.
 */
export type BotSpamPatternMode = "Active" | "Passive" | "Off";

/**
 * The values of Select Key Type:.
 */
export type SignedCertificateKeyType = "RSA" | "ECDSA";

/**
 * The values of lid_45069.
 */
export type SignedCertificateScheduleRenewalDay = "15 days" | "30 days" | "45 days" | "60 days" | "90 days";

/**
 * The values of certificate-type.
 */
export type SignedCertificateCertificateType = "PKCS12 Token" | "PEM Certificate";

/**
 * The values of A Certificate Signing Request (CSR) and/or Certificate can be downloaded.
 */
export type SignedCertificateDownloadType = "pem" | "pkcs" | "csr";

/**
 * Signed Certificate ocsp stapling.
 */
export interface SignedCertificateOcspStaplingArgs {
    /**
     * Clock Skew (`clock-skew` on the appliance): text.
     */
    clockSkew?: pulumi.Input<string>;
    /**
     * Cache timeout (`cache-timeout` on the appliance): a whole number.
     */
    cacheTimeout?: pulumi.Input<number>;
    /**
     * OCSP Stapling (`ocsp-stapling` on the appliance): on (`true`) or off (`false`).
     */
    ocspStapling?: pulumi.Input<boolean>;
    /**
     * Ocsp Issuer Certificate content as a Base64 encoded string (`ocsp-issuer-certificate` on the appliance): text.
     */
    ocspIssuerCertificate?: pulumi.Input<string>;
    /**
     * Error Timeout (`error-timeout` on the appliance): a whole number.
     */
    errorTimeout?: pulumi.Input<number>;
    /**
     * OCSP Responder URL (`override-ocsp-responder` on the appliance): text of at most 128 characters.
     */
    overrideOcspResponder?: pulumi.Input<string>;
}

/**
 * Signed Certificate ocsp stapling.
 */
export interface SignedCertificateOcspStapling {
    /**
     * Clock Skew (`clock-skew` on the appliance): text.
     */
    readonly clockSkew: string;
    /**
     * Cache timeout (`cache-timeout` on the appliance): a whole number.
     */
    readonly cacheTimeout: number;
    /**
     * OCSP Stapling (`ocsp-stapling` on the appliance): on (`true`) or off (`false`).
     */
    readonly ocspStapling: boolean;
    /**
     * Ocsp Issuer Certificate content as a Base64 encoded string (`ocsp-issuer-certificate` on the appliance): text.
     */
    readonly ocspIssuerCertificate: string;
    /**
     * Error Timeout (`error-timeout` on the appliance): a whole number.
     */
    readonly errorTimeout: number;
    /**
     * OCSP Responder URL (`override-ocsp-responder` on the appliance): text of at most 128 characters.
     */
    readonly overrideOcspResponder: string;
}

/**
 * The values of A Certificate Signing Request (CSR) and/or Certificate can be downloaded.
 */
export type TrustedCaCertificateDownloadType = "pem";

/**
 * The values of A Certificate Signing Request (CSR) and/or Certificate can be downloaded.
 */
export type TrustedServerCertificateDownloadType = "pem";

/**
 * The values of Armored Browser Type.
 */
export type CredentialServerArmoredBrowserType = "Quarri - Protect on Q";

/**
 * The values of Custom Input Type Validation.
 */
export type CustomParameterClassCustomInputTypeValidation = "&lt;NONE&gt;";

/**
 * The values of Blocked Attack Types.
 */
export type CustomParameterClassBlockedAttackTypes =
    | "SQL Injection"
    | "OS Command Injection"
    | "Directory Traversal"
    | "Cross-Site Scripting"
    | "Remote File Inclusion"
    | "SQL Injection strict"
    | "OS Command Injection strict"
    | "Directory Traversal strict"
    | "Cross-Site Scripting strict"
    | "Remote File Inclusion strict"
    | "LDAP Injection"
    | "Python-PHP attacks"
    | "HTTP Specific Injection"
    | "Apache Struts attacks"
    | "Apache struts attacks strict"
    | "Spam URL List";

/**
 * The values of Input Type Validation.
 */
export type CustomParameterClassInputTypeValidation =
    | "CUSTOM"
    | "NONE"
    | "Numeric"
    | "Hex Number"
    | "Alpha"
    | "Alphanumeric"
    | "Credit Cards"
    | "Date"
    | "String"
    | "Name"
    | "Email";

/**
 * The values of Encryption.
 */
export type ExternalLdapServiceEncryption = "None" | "TLS" | "SSL";

/**
 * The values of Default Role.
 */
export type ExternalLdapServiceDefaultRole =
    | "None"
    | "admin"
    | "audit-manager"
    | "certificate-manager"
    | "service-manager"
    | "policy-manager"
    | "network-manager"
    | "monitoring-manager"
    | "guest";

/**
 * The values of Group Membership format description.
 */
export type ExternalLdapServiceGroupMembershipFormat = "UserDn" | "User";

/**
 * The values of LDAP Server Type.
 */
export type ExternalLdapServiceLdapServerType = "OpenLDAP" | "Active Directory" | "Others";

/**
 * The values of Default Role.
 */
export type ExternalRadiusServiceDefaultRole =
    | ""
    | "admin"
    | "audit-manager"
    | "certificate-manager"
    | "service-manager"
    | "policy-manager"
    | "network-manager"
    | "monitoring-manager"
    | "guest";

/**
 * The values of Status.
 */
export type IdentityTheftPatternStatus = "On" | "Off";

/**
 * The values of Pattern Algorithm.
 */
export type IdentityTheftPatternAlgorithm =
    | "None"
    | "Credit Card Check Digit"
    | "Korean Resident Registration Number Check Digit"
    | "Poland National Identification Number Check Digit"
    | "Czech National Identity Card Number Check Digit"
    | "Hungarian Identity Card Number Check Digit";

/**
 * The values of Pattern Algorithm.
 */
export type InputPatternAlgorithm =
    | "None"
    | "Credit Card Check Digit"
    | "Korean Resident Registration Number Check Digit"
    | "Poland National Identification Number Check Digit"
    | "Czech National Identity Card Number Check Digit"
    | "Hungarian Identity Card Number Check Digit";

/**
 * The values of Status.
 */
export type InputPatternStatus = "On" | "Off";

/**
 * The values of Type.
 */
export type JwtValidatorEndpointType = "Internal" | "External";

/**
 * The values of Auth Mechanism.
 */
export type JwtValidatorEndpointAuthMechanism =
    "Client Secret Basic" | "lid_47045" | "lid_47046" | "Bearer Acess Token" | "None";

/**
 * The values of IP Protocol Version.
 */
export type NetworkAclIpVersion = "IPv4" | "IPv6";

/**
 * The values of Action.
 */
export type NetworkAclAction = "ACCEPT" | "REJECT";

/**
 * The values of Log Status.
 */
export type NetworkAclEnableLogging = "On" | "Off";

/**
 * The values of Network Group.
 */
export type NetworkAclVsite = "System" | "Management" | "default";

/**
 * The values of Protocol.
 */
export type NetworkAclProtocol =
    | "ALL-PROTOCOLS"
    | "ICMP(1)"
    | "IGMP(2)"
    | "GGP(3)"
    | "IPV4(4)"
    | "ST(5)"
    | "TCP(6)"
    | "CBT(7)"
    | "EGP(8)"
    | "IGP(9)"
    | "BBN-RCC-MON(10)"
    | "NVP-II(11)"
    | "PUP(12)"
    | "ARGUS(13)"
    | "EMCON(14)"
    | "XNET(15)"
    | "CHAOS(16)"
    | "UDP(17)"
    | "MUX(18)"
    | "DCN-MEAS(19)"
    | "HMP(20)"
    | "PRM(21)"
    | "XNS-IDP(22)"
    | "TRUNK-1(23)"
    | "TRUNK-2(24)"
    | "LEAF-1(25)"
    | "LEAF-2(26)"
    | "RDP(27)"
    | "IRTP(28)"
    | "ISO-TP4(29)"
    | "NETBLT(30)"
    | "MFE-NSP(31)"
    | "MERIT-INP(32)"
    | "SEP(33)"
    | "Third-Party-Connect(34)"
    | "IDPR(35)"
    | "XTP(36)"
    | "DDP(37)"
    | "IDPR-CMTP(38)"
    | "TPXX(39)"
    | "IL(40)"
    | "IPv6(41)"
    | "SDRP(42)"
    | "IPv6-Route(43)"
    | "IPv6-Frag(44)"
    | "IDRP(45)"
    | "RSVP(46)"
    | "GRE(47)"
    | "MHRP(48)"
    | "BNA(49)"
    | "ESP(50)"
    | "AH(51)"
    | "I-NLSP(52)"
    | "SWIPE(53)"
    | "NARP(54)"
    | "MOBILE(55)"
    | "TLSP(56)"
    | "SKIP(57)"
    | "IPv6-ICMP(58)"
    | "IPv6-NoNxt(59)"
    | "IPv6-Opts(60)"
    | "Any-Host-Internal-Protocol(61)"
    | "CFTP(62)"
    | "any-local-network(63)"
    | "SAT-EXPAK(64)"
    | "KRYPTOLAN(65)"
    | "RVD(66)"
    | "IPPC(67)"
    | "Any-Distributed-File-System(68)"
    | "SAT-MON(69)"
    | "VISA(70)"
    | "IPCV(71)"
    | "CPNX(72)"
    | "CPHB(73)"
    | "WSN(74)"
    | "PVP(75)"
    | "BR-SAT-MON(76)"
    | "SUN-ND(77)"
    | "WB-MON(78)"
    | "WB-EXPAK(79)"
    | "ISO-IP(80)"
    | "VMTP(81)"
    | "SECURE-VMTP(82)"
    | "VINES(83)"
    | "TTP(84)"
    | "NSFNET-IGP(85)"
    | "DGP(86)"
    | "TCF(87)"
    | "EIGRP(88)"
    | "OSPFIGP(89)"
    | "Sprite-RPC(90)"
    | "LARP(91)"
    | "MTP(92)"
    | "AX.25(93)"
    | "IPIP(94)"
    | "MICP(95)"
    | "SCC-SP(96)"
    | "ETHERIP(97)"
    | "ENCAP(98)"
    | "Any-Private-Encryption-Scheme(99)"
    | "GMTP(100)"
    | "IFMP(101)"
    | "PNNI(102)"
    | "PIM(103)"
    | "ARIS(104)"
    | "SCPS(105)"
    | "QNX(106)"
    | "Active-Network(107)"
    | "IPComp(108)"
    | "SNP(109)"
    | "Compaq-Peer(110)"
    | "IPX-in-IP(111)"
    | "VRRP(112)"
    | "PGM(113)"
    | "Any-0-hop-Protocol(114)"
    | "L2TP(115)"
    | "DDX(116)"
    | "IATP(117)"
    | "STP(118)"
    | "SRP(119)"
    | "UTI(120)"
    | "SMP(121)"
    | "SM(122)"
    | "PTP(123)"
    | "ISIS-over-IPv4(124)"
    | "FIRE(125)"
    | "CRTP(126)"
    | "CRUDP(127)"
    | "SSCOPMCE(128)"
    | "IPLT(129)"
    | "SPS(130)"
    | "PIPE(131)"
    | "SCTP(132)"
    | "FC(133)"
    | "RSVP-E2E-IGNORE(134)"
    | "Mobility-Header(135)";

/**
 * The values of Endpoint Configuration.
 */
export type OpenidcIdentityProviderEndpointConfiguration = "Discovery URL" | "Manual";

/**
 * The values of Status.
 */
export type PreferredClientStatus = "On" | "Off";

/**
 * The values of Report Type.
 */
export type ReportReportTypes =
    | "Top Accessed Servers By Hour"
    | "Administrative Accounts"
    | "Flagged Requests by Services"
    | "Application Summary"
    | "Attack Summary By AppId"
    | "Attacked Services By Hour"
    | "Attacks by Category"
    | "Attack by Day"
    | "Attack by Hour"
    | "Top Attacking Region/Country"
    | "Bandwidth by Hour"
    | "Blocked Requests by Services"
    | "Bot Traffic Analysis"
    | "Bot Summary Report"
    | "Bots by Category"
    | "Captcha Summary Report"
    | "Certificate Status Report"
    | "Bot Spam Report"
    | "CPU Utilization"
    | "Credential Stuffing Trend"
    | "Exception List"
    | "Server Response Summary"
    | "Server Response Summary by Day"
    | "Server Response Summary by Hour"
    | "Memory Utilization"
    | "PCI Attacks"
    | "PCI Compliance (PCI DSS V3.1)"
    | "Services : Incoming Connections"
    | "Services : Live Sessions"
    | "Performance Summary By Hour"
    | "Performance Summary on Selected Service"
    | "RBA Activity"
    | "Top Region/Country By Request"
    | "Requests by Hour"
    | "Server Monitoring"
    | "Server Summary"
    | "System Summary"
    | "Top Accessed Servers"
    | "Top Accessed Servers Per Service"
    | "Top Attacking Clients"
    | "Top Attacked Domains"
    | "Attacks By Services"
    | "Top Attacked URLs"
    | "Top Bad Bots"
    | "Top Clients By Bandwidth"
    | "Top Domains by Bandwidth"
    | "Top Services By Bandwidth"
    | "Top URLs By Bandwitdh"
    | "Top Good Bots"
    | "Top Clients by Request"
    | "Top Domains by Request"
    | "Top Services By Request"
    | "Top URLs By Request"
    | "Top User Agents By Bandwidth"
    | "Top User Agents By Request"
    | "Total Bandwidth"
    | "URL Profile Summary"
    | "URL Profile and ACLs Summary"
    | "User Agents Per Service"
    | "Requests By Device Type";

/**
 * The values of frequency.
 */
export type ReportFrequency = "Once" | "Daily" | "Weekly" | "Monthly";

/**
 * The values of Chart Type.
 */
export type ReportDeliveryOptions = "Email" | "FTP";

/**
 * The values of format.
 */
export type ReportReportFormat = "HTML" | "PDF";

/**
 * The values of Session Token Type.
 */
export type ResponsePageType = "Error Pages" | "Captcha Pages" | "Access Control Pages" | "Other Pages";

/**
 * The values of Identity Provider Metadata Type.
 */
export type SamlIdentityProviderMetadataType = "URL" | "File Upload";

/**
 * The values of based-on.
 */
export type SecurityPolicyBasedOn =
    | "Create New"
    | "default"
    | "saml"
    | "sharepoint"
    | "sharepoint2013"
    | "owa"
    | "owa2010"
    | "owa2013"
    | "oracle";

/**
 * Security Policy client profile.
 */
export interface SecurityPolicyClientProfileArgs {
    /**
     * Exceptions (`exception-client-fingerprints` on the appliance): a list of strings.
     */
    exceptionClientFingerprints?: pulumi.Input<string[]>;
    /**
     * Bad Clients (`high-risk-score` on the appliance): a whole number from 1 to 100.
     */
    highRiskScore?: pulumi.Input<number>;
    /**
     * Suspicious Clients (`medium-risk-score` on the appliance): a whole number from 1 to 100.
     */
    mediumRiskScore?: pulumi.Input<number>;
    /**
     * Enable Client Profile Validation (`client-profile` on the appliance): on (`true`) or off (`false`).
     */
    clientProfile?: pulumi.Input<boolean>;
}

/**
 * Security Policy client profile.
 */
export interface SecurityPolicyClientProfile {
    /**
     * Exceptions (`exception-client-fingerprints` on the appliance): a list of strings.
     */
    readonly exceptionClientFingerprints: string[];
    /**
     * Bad Clients (`high-risk-score` on the appliance): a whole number from 1 to 100.
     */
    readonly highRiskScore: number;
    /**
     * Suspicious Clients (`medium-risk-score` on the appliance): a whole number from 1 to 100.
     */
    readonly mediumRiskScore: number;
    /**
     * Enable Client Profile Validation (`client-profile` on the appliance): on (`true`) or off (`false`).
     */
    readonly clientProfile: boolean;
}

/**
 * Security Policy cloaking.
 */
export interface SecurityPolicyCloakingArgs {
    /**
     * Suppress Return Code (`suppress-return-code` on the appliance): on (`true`) or off (`false`).
     */
    suppressReturnCode?: pulumi.Input<boolean>;
    /**
     * Return Codes to Exempt (`return-codes-to-exempt` on the appliance): a list of strings.
     */
    returnCodesToExempt?: pulumi.Input<string[]>;
    /**
     * Filter Response Header (`filter-response-header` on the appliance): on (`true`) or off (`false`).
     */
    filterResponseHeader?: pulumi.Input<boolean>;
    /**
     * Headers to Filter (`headers-to-filter` on the appliance): a list of strings.
     */
    headersToFilter?: pulumi.Input<string[]>;
}

/**
 * Security Policy cloaking.
 */
export interface SecurityPolicyCloaking {
    /**
     * Suppress Return Code (`suppress-return-code` on the appliance): on (`true`) or off (`false`).
     */
    readonly suppressReturnCode: boolean;
    /**
     * Return Codes to Exempt (`return-codes-to-exempt` on the appliance): a list of strings.
     */
    readonly returnCodesToExempt: string[];
    /**
     * Filter Response Header (`filter-response-header` on the appliance): on (`true`) or off (`false`).
     */
    readonly filterResponseHeader: boolean;
    /**
     * Headers to Filter (`headers-to-filter` on the appliance): a list of strings.
     */
    readonly headersToFilter: string[];
}

/**
 * The values of Allow Unrecognized Cookies.
 */
export type SecurityPolicyCookieSecurityAllowUnrecognizedCookies = "Never" | "Always" | "Custom";

/**
 * The values of Cookie Replay Protection Type.
 */
export type SecurityPolicyCookieSecurityCookieReplayProtectionType =
    "none" | "IP" | "Custom Headers" | "IP and Custom Headers";

/**
 * The values of Tamper Proof Mode.
 */
export type SecurityPolicyCookieSecurityTamperProofMode = "Encrypted" | "Signed" | "None";

/**
 * The values of The SameSite attribute of the Set-Cookie HTTP response header allows you to declare if your cookie should be restricted to a first-party or same-site context. It can take three values - Lax, Strict or None.
 */
export type SecurityPolicyCookieSecuritySameSite = "Dont Add" | "Lax" | "Strict" | "None";

/**
 * Security Policy cookie security.
 */
export interface SecurityPolicyCookieSecurityArgs {
    /**
     * Secure Cookie (`secure-cookie` on the appliance): on (`true`) or off (`false`).
     */
    secureCookie?: pulumi.Input<boolean>;
    /**
     * Allow Unrecognized Cookies (`allow-unrecognized-cookies` on the appliance): one of `Never`, `Always`, `Custom`.
     */
    allowUnrecognizedCookies?: pulumi.Input<SecurityPolicyCookieSecurityAllowUnrecognizedCookies>;
    /**
     * Cookie Max Age (`cookie-max-age` on the appliance): a whole number from 0 to 500000.
     */
    cookieMaxAge?: pulumi.Input<number>;
    /**
     * HTTP Only (`http-only` on the appliance): on (`true`) or off (`false`).
     */
    httpOnly?: pulumi.Input<boolean>;
    /**
     * Cookies Exempted (`cookies-exempted` on the appliance): a list of strings.
     */
    cookiesExempted?: pulumi.Input<string[]>;
    /**
     * Cookie Replay Protection Type (`cookie-replay-protection-type` on the appliance): one of `none`, `IP`, `Custom Headers`, `IP and Custom Headers`.
     */
    cookieReplayProtectionType?: pulumi.Input<SecurityPolicyCookieSecurityCookieReplayProtectionType>;
    /**
     * Days Allowed (`days-allowed` on the appliance): text.
     */
    daysAllowed?: pulumi.Input<string>;
    /**
     * Custom Headers (`custom-headers` on the appliance): a list of strings.
     */
    customHeaders?: pulumi.Input<string[]>;
    /**
     * Tamper Proof Mode (`tamper-proof-mode` on the appliance): one of `Encrypted`, `Signed`, `None`.
     */
    tamperProofMode?: pulumi.Input<SecurityPolicyCookieSecurityTamperProofMode>;
    /**
     * The SameSite attribute of the Set-Cookie HTTP response header allows you to declare if your cookie should be restricted to a first-party or same-site context. It can take three values - Lax, Strict or None (`same-site` on the appliance): one of `Dont Add`, `Lax`, `Strict`, `None`.
     */
    sameSite?: pulumi.Input<SecurityPolicyCookieSecuritySameSite>;
}

/**
 * Security Policy cookie security.
 */
export interface SecurityPolicyCookieSecurity {
    /**
     * Secure Cookie (`secure-cookie` on the appliance): on (`true`) or off (`false`).
     */
    readonly secureCookie: boolean;
    /**
     * Allow Unrecognized Cookies (`allow-unrecognized-cookies` on the appliance): one of `Never`, `Always`, `Custom`.
     */
    readonly allowUnrecognizedCookies: SecurityPolicyCookieSecurityAllowUnrecognizedCookies;
    /**
     * Cookie Max Age (`cookie-max-age` on the appliance): a whole number from 0 to 500000.
     */
    readonly cookieMaxAge: number;
    /**
     * HTTP Only (`http-only` on the appliance): on (`true`) or off (`false`).
     */
    readonly httpOnly: boolean;
    /**
     * Cookies Exempted (`cookies-exempted` on the appliance): a list of strings.
     */
    readonly cookiesExempted: string[];
    /**
     * Cookie Replay Protection Type (`cookie-replay-protection-type` on the appliance): one of `none`, `IP`, `Custom Headers`, `IP and Custom Headers`.
     */
    readonly cookieReplayProtectionType: SecurityPolicyCookieSecurityCookieReplayProtectionType;
    /**
     * Days Allowed (`days-allowed` on the appliance): text.
     */
    readonly daysAllowed: string;
    /**
     * Custom Headers (`custom-headers` on the appliance): a list of strings.
     */
    readonly customHeaders: string[];
    /**
     * Tamper Proof Mode (`tamper-proof-mode` on the appliance): one of `Encrypted`, `Signed`, `None`.
     */
    readonly tamperProofMode: SecurityPolicyCookieSecurityTamperProofMode;
    /**
     * The SameSite attribute of the Set-Cookie HTTP response header allows you to declare if your cookie should be restricted to a first-party or same-site context. It can take three values - Lax, Strict or None (`same-site` on the appliance): one of `Dont Add`, `Lax`, `Strict`, `None`.
     */
    readonly sameSite: SecurityPolicyCookieSecuritySameSite;
}

/**
 * The values of Blocked Attack Types.
 */
export type SecurityPolicyParameterProtectionBlockedAttackTypes =
    | "SQL Injection"
    | "OS Command Injection"
    | "Directory Traversal"
    | "Cross-Site Scripting"
    | "Remote File Inclusion"
    | "SQL Injection strict"
    | "OS Command Injection strict"
    | "Directory Traversal strict"
    | "Cross-Site Scripting strict"
    | "Remote File Inclusion strict"
    | "LDAP Injection"
    | "Python-PHP attacks"
    | "HTTP Specific Injection"
    | "Apache Struts attacks"
    | "Apache struts attacks strict"
    | "Spam URL List";

/**
 * The values of Allowed File Upload Type.
 */
export type SecurityPolicyParameterProtectionAllowedFileUploadType = "Extensions" | "Mime Types";

/**
 * Security Policy parameter protection.
 */
export interface SecurityPolicyParameterProtectionArgs {
    /**
     * Exception Patterns (`exception-patterns` on the appliance): a list of strings.
     */
    exceptionPatterns?: pulumi.Input<string[]>;
    /**
     * Maximum Parameter Value Length (`maximum-parameter-value-length` on the appliance): a whole number from 0 to 1073741824.
     */
    maximumParameterValueLength?: pulumi.Input<number>;
    /**
     * Blocked Attack Types (`blocked-attack-types` on the appliance): a list of `SQL Injection`, `OS Command Injection`, `Directory Traversal`, `Cross-Site Scripting`, `Remote File Inclusion`, `SQL Injection strict`, `OS Command Injection strict`, `Directory Traversal strict`, `Cross-Site Scripting strict`, `Remote File Inclusion strict`, `LDAP Injection`, `Python-PHP attacks`, `HTTP Specific Injection`, `Apache Struts attacks`, `Apache struts attacks strict`, `Spam URL List`.
     */
    blockedAttackTypes?: pulumi.Input<SecurityPolicyParameterProtectionBlockedAttackTypes[]>;
    /**
     * Denied Metacharacters (`denied-metacharacters` on the appliance): text of at most 239 characters.
     */
    deniedMetacharacters?: pulumi.Input<string>;
    /**
     * Validate Parameter Name (`validate-parameter-name` on the appliance): on (`true`) or off (`false`).
     */
    validateParameterName?: pulumi.Input<boolean>;
    /**
     * Custom Blocked Attack Types (`custom-blocked-attack-types` on the appliance): a list of strings.
     */
    customBlockedAttackTypes?: pulumi.Input<string[]>;
    /**
     * File Upload Extensions (`file-upload-extensions` on the appliance): a list of strings.
     */
    fileUploadExtensions?: pulumi.Input<string[]>;
    /**
     * Enable Parameter Protection (`enable` on the appliance): on (`true`) or off (`false`).
     */
    enable?: pulumi.Input<boolean>;
    /**
     * Maximum Upload File Size (`maximum-upload-file-size` on the appliance): a whole number from 0 to 51200.
     */
    maximumUploadFileSize?: pulumi.Input<number>;
    /**
     * Base64 Decode Parameter Value (`base64-decode-parameter-value` on the appliance): on (`true`) or off (`false`).
     */
    base64DecodeParameterValue?: pulumi.Input<boolean>;
    /**
     * Ignore Parameters (`ignore-parameters` on the appliance): a list of strings.
     */
    ignoreParameters?: pulumi.Input<string[]>;
    /**
     * Allowed File Upload Type (`allowed-file-upload-type` on the appliance): one of `Extensions`, `Mime Types`.
     */
    allowedFileUploadType?: pulumi.Input<SecurityPolicyParameterProtectionAllowedFileUploadType>;
    /**
     * File Upload Mime Types (`file-upload-mime-types` on the appliance): a list of strings.
     */
    fileUploadMimeTypes?: pulumi.Input<string[]>;
    /**
     * Maximum Instances (`maximum-instances` on the appliance): a whole number from 0 to 32767.
     */
    maximumInstances?: pulumi.Input<number>;
}

/**
 * Security Policy parameter protection.
 */
export interface SecurityPolicyParameterProtection {
    /**
     * Exception Patterns (`exception-patterns` on the appliance): a list of strings.
     */
    readonly exceptionPatterns: string[];
    /**
     * Maximum Parameter Value Length (`maximum-parameter-value-length` on the appliance): a whole number from 0 to 1073741824.
     */
    readonly maximumParameterValueLength: number;
    /**
     * Blocked Attack Types (`blocked-attack-types` on the appliance): a list of `SQL Injection`, `OS Command Injection`, `Directory Traversal`, `Cross-Site Scripting`, `Remote File Inclusion`, `SQL Injection strict`, `OS Command Injection strict`, `Directory Traversal strict`, `Cross-Site Scripting strict`, `Remote File Inclusion strict`, `LDAP Injection`, `Python-PHP attacks`, `HTTP Specific Injection`, `Apache Struts attacks`, `Apache struts attacks strict`, `Spam URL List`.
     */
    readonly blockedAttackTypes: SecurityPolicyParameterProtectionBlockedAttackTypes[];
    /**
     * Denied Metacharacters (`denied-metacharacters` on the appliance): text of at most 239 characters.
     */
    readonly deniedMetacharacters: string;
    /**
     * Validate Parameter Name (`validate-parameter-name` on the appliance): on (`true`) or off (`false`).
     */
    readonly validateParameterName: boolean;
    /**
     * Custom Blocked Attack Types (`custom-blocked-attack-types` on the appliance): a list of strings.
     */
    readonly customBlockedAttackTypes: string[];
    /**
     * File Upload Extensions (`file-upload-extensions` on the appliance): a list of strings.
     */
    readonly fileUploadExtensions: string[];
    /**
     * Enable Parameter Protection (`enable` on the appliance): on (`true`) or off (`false`).
     */
    readonly enable: boolean;
    /**
     * Maximum Upload File Size (`maximum-upload-file-size` on the appliance): a whole number from 0 to 51200.
     */
    readonly maximumUploadFileSize: number;
    /**
     * Base64 Decode Parameter Value (`base64-decode-parameter-value` on the appliance): on (`true`) or off (`false`).
     */
    readonly base64DecodeParameterValue: boolean;
    /**
     * Ignore Parameters (`ignore-parameters` on the appliance): a list of strings.
     */
    readonly ignoreParameters: string[];
    /**
     * Allowed File Upload Type (`allowed-file-upload-type` on the appliance): one of `Extensions`, `Mime Types`.
     */
    readonly allowedFileUploadType: SecurityPolicyParameterProtectionAllowedFileUploadType;
    /**
     * File Upload Mime Types (`file-upload-mime-types` on the appliance): a list of strings.
     */
    readonly fileUploadMimeTypes: string[];
    /**
     * Maximum Instances (`maximum-instances` on the appliance): a whole number from 0 to 32767.
     */
    readonly maximumInstances: number;
}

/**
 * Security Policy request limits.
 */
export interface SecurityPolicyRequestLimitsArgs {
    /**
     * Max URL Length (`max-url-length` on the appliance): a whole number from 1 to 131072.
     */
    maxUrlLength?: pulumi.Input<number>;
    /**
     * Max Header Name Length (`max-header-name-length` on the appliance): a whole number from 1 to 1024.
     */
    maxHeaderNameLength?: pulumi.Input<number>;
    /**
     * Max Request Line Length (`max-request-line-length` on the appliance): a whole number from 1 to 65536.
     */
    maxRequestLineLength?: pulumi.Input<number>;
    /**
     * Max Header Value Length (`max-header-value-length` on the appliance): a whole number from 1 to 65536.
     */
    maxHeaderValueLength?: pulumi.Input<number>;
    /**
     * Max Cookie Name Length (`max-cookie-name-length` on the appliance): a whole number from 1 to 1024.
     */
    maxCookieNameLength?: pulumi.Input<number>;
    /**
     * Max Cookie Value Length (`max-cookie-value-length` on the appliance): a whole number from 1 to 32768.
     */
    maxCookieValueLength?: pulumi.Input<number>;
    /**
     * Max Number of Headers (`max-number-of-headers` on the appliance): a whole number from 1 to 256.
     */
    maxNumberOfHeaders?: pulumi.Input<number>;
    /**
     * Enable Request Limits (`enable` on the appliance): on (`true`) or off (`false`).
     */
    enable?: pulumi.Input<boolean>;
    /**
     * Max Query Length (`max-query-length` on the appliance): a whole number from 1 to 60000.
     */
    maxQueryLength?: pulumi.Input<number>;
    /**
     * Max Request Length (`max-request-length` on the appliance): a whole number from 1 to 65536.
     */
    maxRequestLength?: pulumi.Input<number>;
    /**
     * Max Number of Cookies (`max-number-of-cookies` on the appliance): a whole number from 1 to 1024.
     */
    maxNumberOfCookies?: pulumi.Input<number>;
}

/**
 * Security Policy request limits.
 */
export interface SecurityPolicyRequestLimits {
    /**
     * Max URL Length (`max-url-length` on the appliance): a whole number from 1 to 131072.
     */
    readonly maxUrlLength: number;
    /**
     * Max Header Name Length (`max-header-name-length` on the appliance): a whole number from 1 to 1024.
     */
    readonly maxHeaderNameLength: number;
    /**
     * Max Request Line Length (`max-request-line-length` on the appliance): a whole number from 1 to 65536.
     */
    readonly maxRequestLineLength: number;
    /**
     * Max Header Value Length (`max-header-value-length` on the appliance): a whole number from 1 to 65536.
     */
    readonly maxHeaderValueLength: number;
    /**
     * Max Cookie Name Length (`max-cookie-name-length` on the appliance): a whole number from 1 to 1024.
     */
    readonly maxCookieNameLength: number;
    /**
     * Max Cookie Value Length (`max-cookie-value-length` on the appliance): a whole number from 1 to 32768.
     */
    readonly maxCookieValueLength: number;
    /**
     * Max Number of Headers (`max-number-of-headers` on the appliance): a whole number from 1 to 256.
     */
    readonly maxNumberOfHeaders: number;
    /**
     * Enable Request Limits (`enable` on the appliance): on (`true`) or off (`false`).
     */
    readonly enable: boolean;
    /**
     * Max Query Length (`max-query-length` on the appliance): a whole number from 1 to 60000.
     */
    readonly maxQueryLength: number;
    /**
     * Max Request Length (`max-request-length` on the appliance): a whole number from 1 to 65536.
     */
    readonly maxRequestLength: number;
    /**
     * Max Number of Cookies (`max-number-of-cookies` on the appliance): a whole number from 1 to 1024.
     */
    readonly maxNumberOfCookies: number;
}

/**
 * Security Policy tarpit profile.
 */
export interface SecurityPolicyTarpitProfileArgs {
    /**
     * Backlog Requests Limit (`backlog-requests-limit` on the appliance): a whole number from 0 to 100.
     */
    backlogRequestsLimit?: pulumi.Input<number>;
    /**
     * Tarpit Inactivity Timeout (`tarpit-inactivity-timeout` on the appliance): a whole number from 300 to 36000.
     */
    tarpitInactivityTimeout?: pulumi.Input<number>;
    /**
     * Tarpit Delay Interval (`tarpit-delay-interval` on the appliance): a whole number from 5 to 299.
     */
    tarpitDelayInterval?: pulumi.Input<number>;
}

/**
 * Security Policy tarpit profile.
 */
export interface SecurityPolicyTarpitProfile {
    /**
     * Backlog Requests Limit (`backlog-requests-limit` on the appliance): a whole number from 0 to 100.
     */
    readonly backlogRequestsLimit: number;
    /**
     * Tarpit Inactivity Timeout (`tarpit-inactivity-timeout` on the appliance): a whole number from 300 to 36000.
     */
    readonly tarpitInactivityTimeout: number;
    /**
     * Tarpit Delay Interval (`tarpit-delay-interval` on the appliance): a whole number from 5 to 299.
     */
    readonly tarpitDelayInterval: number;
}

/**
 * The values of Parameter Separators.
 */
export type SecurityPolicyUrlNormalizationParameterSeparators =
    "Ampersand and Semicolon" | "Ampersand only" | "Semicolon only";

/**
 * The values of Default Character Set.
 */
export type SecurityPolicyUrlNormalizationDefaultCharset =
    | "ASCII"
    | "ISO-8859-1"
    | "UTF-8"
    | "GBK"
    | "GB2312"
    | "ISO-2022-CN"
    | "HZ"
    | "BIG5"
    | "EUC-TW"
    | "Shift-JIS"
    | "EUC-JP"
    | "ISO-2022-JP"
    | "EUC-KR"
    | "JOHAB"
    | "ISO-2022-KR";

/**
 * Security Policy url normalization.
 */
export interface SecurityPolicyUrlNormalizationArgs {
    /**
     * Apply Double Decoding (`apply-double-decoding` on the appliance): on (`true`) or off (`false`).
     */
    applyDoubleDecoding?: pulumi.Input<boolean>;
    /**
     * Detect Response Charset (`normalize-special-chars` on the appliance): on (`true`) or off (`false`).
     */
    normalizeSpecialChars?: pulumi.Input<boolean>;
    /**
     * Parameter Separators (`parameter-separators` on the appliance): one of `Ampersand and Semicolon`, `Ampersand only`, `Semicolon only`.
     */
    parameterSeparators?: pulumi.Input<SecurityPolicyUrlNormalizationParameterSeparators>;
    /**
     * Detect Response Charset (`detect-response-charset` on the appliance): on (`true`) or off (`false`).
     */
    detectResponseCharset?: pulumi.Input<boolean>;
    /**
     * Default Character Set (`default-charset` on the appliance): one of `ASCII`, `ISO-8859-1`, `UTF-8`, `GBK`, `GB2312`, `ISO-2022-CN`, `HZ`, `BIG5`, `EUC-TW`, `Shift-JIS`, `EUC-JP`, `ISO-2022-JP`, `EUC-KR`, `JOHAB`, `ISO-2022-KR`.
     */
    defaultCharset?: pulumi.Input<SecurityPolicyUrlNormalizationDefaultCharset>;
}

/**
 * Security Policy url normalization.
 */
export interface SecurityPolicyUrlNormalization {
    /**
     * Apply Double Decoding (`apply-double-decoding` on the appliance): on (`true`) or off (`false`).
     */
    readonly applyDoubleDecoding: boolean;
    /**
     * Detect Response Charset (`normalize-special-chars` on the appliance): on (`true`) or off (`false`).
     */
    readonly normalizeSpecialChars: boolean;
    /**
     * Parameter Separators (`parameter-separators` on the appliance): one of `Ampersand and Semicolon`, `Ampersand only`, `Semicolon only`.
     */
    readonly parameterSeparators: SecurityPolicyUrlNormalizationParameterSeparators;
    /**
     * Detect Response Charset (`detect-response-charset` on the appliance): on (`true`) or off (`false`).
     */
    readonly detectResponseCharset: boolean;
    /**
     * Default Character Set (`default-charset` on the appliance): one of `ASCII`, `ISO-8859-1`, `UTF-8`, `GBK`, `GB2312`, `ISO-2022-CN`, `HZ`, `BIG5`, `EUC-TW`, `Shift-JIS`, `EUC-JP`, `ISO-2022-JP`, `EUC-KR`, `JOHAB`, `ISO-2022-KR`.
     */
    readonly defaultCharset: SecurityPolicyUrlNormalizationDefaultCharset;
}

/**
 * The values of Blocked Attack Types.
 */
export type SecurityPolicyUrlProtectionBlockedAttackTypes =
    | "SQL Injection"
    | "OS Command Injection"
    | "Cross-Site Scripting"
    | "Remote File Inclusion"
    | "SQL Injection strict"
    | "OS Command Injection strict"
    | "Cross-Site Scripting strict"
    | "Remote File Inclusion strict"
    | "LDAP Injection"
    | "Python-PHP attacks"
    | "HTTP Specific Injection"
    | "Apache Struts attacks"
    | "Apache struts attacks strict";

/**
 * The values of Enable URL Protection.
 */
export type SecurityPolicyUrlProtectionEnable = "Enable" | "Disable";

/**
 * The values of CSRF Prevention.
 */
export type SecurityPolicyUrlProtectionCsrfPrevention = "None" | "Forms" | "Forms and URLs";

/**
 * Security Policy url protection.
 */
export interface SecurityPolicyUrlProtectionArgs {
    /**
     * Blocked Attack Types (`blocked-attack-types` on the appliance): a list of `SQL Injection`, `OS Command Injection`, `Cross-Site Scripting`, `Remote File Inclusion`, `SQL Injection strict`, `OS Command Injection strict`, `Cross-Site Scripting strict`, `Remote File Inclusion strict`, `LDAP Injection`, `Python-PHP attacks`, `HTTP Specific Injection`, `Apache Struts attacks`, `Apache struts attacks strict`.
     */
    blockedAttackTypes?: pulumi.Input<SecurityPolicyUrlProtectionBlockedAttackTypes[]>;
    /**
     * Maximum Parameter Name Length (`maximum-parameter-name-length` on the appliance): a whole number from 1 to 1024.
     */
    maximumParameterNameLength?: pulumi.Input<number>;
    /**
     * Max Parameters (`max-parameters` on the appliance): a whole number from 0 to 1024.
     */
    maxParameters?: pulumi.Input<number>;
    /**
     * Exception Patterns (`exception-patterns` on the appliance): a list of strings.
     */
    exceptionPatterns?: pulumi.Input<string[]>;
    /**
     * Enable URL Protection (`enable` on the appliance): one of `Enable`, `Disable`.
     */
    enable?: pulumi.Input<SecurityPolicyUrlProtectionEnable>;
    /**
     * CSRF Prevention (`csrf-prevention` on the appliance): one of `None`, `Forms`, `Forms and URLs`.
     */
    csrfPrevention?: pulumi.Input<SecurityPolicyUrlProtectionCsrfPrevention>;
    /**
     * Maximum Upload Files (`maximum-upload-files` on the appliance): a whole number from 0 to 1024.
     */
    maximumUploadFiles?: pulumi.Input<number>;
    /**
     * Max Content Length (`max-content-length` on the appliance): a whole number from 0 to 8388608.
     */
    maxContentLength?: pulumi.Input<number>;
    /**
     * Custom Blocked Attack Types (`custom-blocked-attack-types` on the appliance): a list of strings.
     */
    customBlockedAttackTypes?: pulumi.Input<string[]>;
    /**
     * Allowed Methods (`allowed-methods` on the appliance): a list of strings.
     */
    allowedMethods?: pulumi.Input<string[]>;
    /**
     * Allowed Content Types (`allowed-content-types` on the appliance): a list of strings.
     */
    allowedContentTypes?: pulumi.Input<string[]>;
}

/**
 * Security Policy url protection.
 */
export interface SecurityPolicyUrlProtection {
    /**
     * Blocked Attack Types (`blocked-attack-types` on the appliance): a list of `SQL Injection`, `OS Command Injection`, `Cross-Site Scripting`, `Remote File Inclusion`, `SQL Injection strict`, `OS Command Injection strict`, `Cross-Site Scripting strict`, `Remote File Inclusion strict`, `LDAP Injection`, `Python-PHP attacks`, `HTTP Specific Injection`, `Apache Struts attacks`, `Apache struts attacks strict`.
     */
    readonly blockedAttackTypes: SecurityPolicyUrlProtectionBlockedAttackTypes[];
    /**
     * Maximum Parameter Name Length (`maximum-parameter-name-length` on the appliance): a whole number from 1 to 1024.
     */
    readonly maximumParameterNameLength: number;
    /**
     * Max Parameters (`max-parameters` on the appliance): a whole number from 0 to 1024.
     */
    readonly maxParameters: number;
    /**
     * Exception Patterns (`exception-patterns` on the appliance): a list of strings.
     */
    readonly exceptionPatterns: string[];
    /**
     * Enable URL Protection (`enable` on the appliance): one of `Enable`, `Disable`.
     */
    readonly enable: SecurityPolicyUrlProtectionEnable;
    /**
     * CSRF Prevention (`csrf-prevention` on the appliance): one of `None`, `Forms`, `Forms and URLs`.
     */
    readonly csrfPrevention: SecurityPolicyUrlProtectionCsrfPrevention;
    /**
     * Maximum Upload Files (`maximum-upload-files` on the appliance): a whole number from 0 to 1024.
     */
    readonly maximumUploadFiles: number;
    /**
     * Max Content Length (`max-content-length` on the appliance): a whole number from 0 to 8388608.
     */
    readonly maxContentLength: number;
    /**
     * Custom Blocked Attack Types (`custom-blocked-attack-types` on the appliance): a list of strings.
     */
    readonly customBlockedAttackTypes: string[];
    /**
     * Allowed Methods (`allowed-methods` on the appliance): a list of strings.
     */
    readonly allowedMethods: string[];
    /**
     * Allowed Content Types (`allowed-content-types` on the appliance): a list of strings.
     */
    readonly allowedContentTypes: string[];
}

/**
 * The values of Follow Up Action.
 */
export type GlobalAclFollowUpAction =
    "None" | "Block Client-IP" | "Challenge with CAPTCHA" | "Block Client Fingerprint" | "Tarpit Client";

/**
 * The values of Action.
 */
export type GlobalAclAction =
    | "Process"
    | "Allow"
    | "Allow and Log"
    | "Deny and Log"
    | "Deny with no Log"
    | "Temporary Redirect"
    | "Permanent Redirect"
    | "Send Internal response irrespective of mode";

/**
 * The values of Deny Response.
 */
export type GlobalAclDenyResponse = "Reset" | "Response Page" | "Temporary Redirect" | "Permanent Redirect";

/**
 * The values of Response Page.
 */
export type GlobalAclResponsePage =
    | "default"
    | "default-virus"
    | "default-error-resp"
    | "default-captcha-tries-error-page"
    | "default-captcha-sessions-error-page"
    | "default-suspected-activity-error-page"
    | "default-captcha-response-page"
    | "default-json-response-page"
    | "default-hsts-redirect-page"
    | "default-fingerprint-challenges-exceeded-page";

/**
 * The values of Identity Theft Type.
 */
export type ProtectedDataTypeIdentityTheftType =
    | "CUSTOM"
    | "Credit Cards"
    | "Social Security Numbers"
    | "Directory Indexing"
    | "Microsoft Errors"
    | "Oracle Errors"
    | "PHP Errors"
    | "PostgreS Errors"
    | "MySQL Errors"
    | "AWS Meta Checks";

/**
 * The values of Action.
 */
export type ProtectedDataTypeAction = "Block" | "Cloak";

/**
 * The values of Status.
 */
export type AdaptiveProfilingRuleStatus = "On" | "Off";

/**
 * The values of Action.
 */
export type AllowDenyClientAction = "Allow" | "Deny";

/**
 * The values of Status.
 */
export type AllowDenyClientStatus = "On" | "Off";

/**
 * The values of Digest Algorithm.
 */
export type AuthorizationPolicyDigestAlgorithm = "SHA-1" | "SHA-256";

/**
 * The values of Status.
 */
export type AuthorizationPolicyStatus = "On" | "Off";

/**
 * The values of Login Method.
 */
export type AuthorizationPolicyLoginMethod = "HTML Form" | "HTTP Basic Authentication" | "HTTP ActiveSync";

/**
 * The values of Day Of Week.
 */
export type ClientCertificateCrlDayOfWeek =
    "Sunday" | "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday";

/**
 * The values of Number of Retries.
 */
export type ClientCertificateCrlNumberOfRetries = "1" | "2" | "3";

/**
 * The values of Auto Update Type.
 */
export type ClientCertificateCrlAutoUpdateType = "Daily" | "Weekly" | "Monthly";

/**
 * The values of Mode.
 */
export type ClientSideProtectionCspMode = "Block" | "Report Only";

/**
 * The values of Status.
 */
export type ClientSideProtectionStatus = "On" | "Off";

/**
 * The values of Style Source Attribute.
 */
export type CspPolicyStyleSrcAttr = "None" | "All" | "Self" | "Data" | "Unsafe Inline" | "Unsafe Hashes";

/**
 * The values of Sand Box.
 */
export type CspPolicySandBox =
    | "Allow Forms"
    | "Allow Same Origin"
    | "Allow Scripts"
    | "Allow Top Navigation"
    | "Allow Popups"
    | "Allow Pointer Lock";

/**
 * The values of Script Source Attribute.
 */
export type CspPolicyScriptSrcAttr =
    "None" | "All" | "Self" | "Data" | "Unsafe Inline" | "Unsafe Hashes" | "Unsafe Eval";

/**
 * The values of Status.
 */
export type CspPolicyStatus = "On" | "Off";

/**
 * The values of Font Source.
 */
export type CspPolicyFontSrc = "None" | "All" | "Self" | "Data";

/**
 * The values of Mode.
 */
export type CspPolicyCspMode = "Block" | "Report Only";

/**
 * The values of Script Source.
 */
export type CspPolicyScriptSrc =
    "None" | "All" | "Self" | "Data" | "Unsafe Inline" | "Unsafe Hashes" | "Unsafe Eval" | "Include Nonce";

/**
 * The values of Object Source.
 */
export type CspPolicyObjectSrc = "None" | "All" | "Self";

/**
 * The values of Script Source Element.
 */
export type CspPolicyScriptSrcElem =
    "None" | "All" | "Self" | "Data" | "Unsafe Inline" | "Unsafe Hashes" | "Unsafe Eval" | "Include Nonce";

/**
 * The values of Forms Action.
 */
export type CspPolicyFormAction = "None" | "All" | "Self";

/**
 * The values of Image Source.
 */
export type CspPolicyImgSrc = "None" | "All" | "Self" | "Data";

/**
 * The values of Connect Source.
 */
export type CspPolicyConnectSrc = "None" | "All" | "Self";

/**
 * The values of Child Source.
 */
export type CspPolicyChildSrc = "None" | "All" | "Self";

/**
 * The values of Default Source.
 */
export type CspPolicyDefaultSrc =
    "None" | "All" | "Self" | "Data" | "Unsafe Inline" | "Unsafe Hashes" | "Unsafe Eval";

/**
 * The values of Worker Source.
 */
export type CspPolicyWorkerSrc = "None" | "All" | "Self";

/**
 * The values of Frame Source.
 */
export type CspPolicyFrameSrc = "None" | "All" | "Self";

/**
 * The values of Style Source.
 */
export type CspPolicyStyleSrc =
    "None" | "All" | "Self" | "Data" | "Unsafe Inline" | "Unsafe Hashes" | "Include Nonce";

/**
 * The values of Frames Ancestors.
 */
export type CspPolicyFramesAncestors = "None" | "All" | "Self";

/**
 * The values of Base URI.
 */
export type CspPolicyBaseUri = "None" | "All" | "Self";

/**
 * The values of Manifest Source.
 */
export type CspPolicyManifestSrc = "None" | "All" | "Self";

/**
 * The values of Media Source.
 */
export type CspPolicyMediaSrc = "None" | "All" | "Self";

/**
 * The values of Report Only.
 */
export type CspPolicyReportOnly = "lid_46990";

/**
 * The values of Status.
 */
export type CspPolicySriStatus = "On" | "Off";

/**
 * The values of Prefetch Source.
 */
export type CspPolicyPrefetchSrc = "None" | "All" | "Self";

/**
 * The values of Upload Policy.
 */
export type CspPolicyCspPolicy = "Create Policy" | "Upload Policy";

/**
 * The values of Style except inline Attribute.
 */
export type CspPolicyStyleExceptInlineAttr =
    "None" | "All" | "Self" | "Data" | "Unsafe Inline" | "Unsafe Hashes" | "Include Nonce";

/**
 * The values of CSP Policy.
 */
export type SubResourceIntegrityMode = "Manually" | "Automatically";

/**
 * The values of Mode.
 */
export type ContentRuleMode = "Passive" | "Active";

/**
 * The values of Access Log.
 */
export type ContentRuleAccessLog = "Enable" | "Disable";

/**
 * The values of Web Firewall Policy.
 */
export type ContentRuleWebFirewallPolicy =
    "" | "default" | "saml" | "sharepoint" | "sharepoint2013" | "owa" | "owa2010" | "owa2013" | "oracle";

/**
 * The values of Status.
 */
export type ContentRuleStatus = "On" | "Off";

/**
 * The values of Advanced Analysis.
 */
export type ContentRuleAdvancedClientAnalysisAdvancedAnalysis = "Same as Service" | "Enable" | "Disable";

/**
 * Rule Group advanced client analysis.
 */
export interface ContentRuleAdvancedClientAnalysisArgs {
    /**
     * Advanced Analysis (`advanced-analysis` on the appliance): one of `Same as Service`, `Enable`, `Disable`.
     */
    advancedAnalysis?: pulumi.Input<ContentRuleAdvancedClientAnalysisAdvancedAnalysis>;
}

/**
 * Rule Group advanced client analysis.
 */
export interface ContentRuleAdvancedClientAnalysis {
    /**
     * Advanced Analysis (`advanced-analysis` on the appliance): one of `Same as Service`, `Enable`, `Disable`.
     */
    readonly advancedAnalysis: ContentRuleAdvancedClientAnalysisAdvancedAnalysis;
}

/**
 * The values of Status.
 */
export type ContentRuleCachingStatus = "On" | "Off";

/**
 * Rule Group caching.
 */
export interface ContentRuleCachingArgs {
    /**
     * Cache Negative Responses (`cache-negative-responses` on the appliance): on (`true`) or off (`false`).
     */
    cacheNegativeResponses?: pulumi.Input<boolean>;
    /**
     * Max Size (KB) (`max-size` on the appliance): a whole number from 0 to 6656.
     */
    maxSize?: pulumi.Input<number>;
    /**
     * Min Size (B) (`min-size` on the appliance): a whole number from 0 to 6815744.
     */
    minSize?: pulumi.Input<number>;
    /**
     * File Extensions (`file-extensions` on the appliance): a list of strings.
     */
    fileExtensions?: pulumi.Input<string[]>;
    /**
     * Ignore Response Headers (`ignore-response-headers` on the appliance): on (`true`) or off (`false`).
     */
    ignoreResponseHeaders?: pulumi.Input<boolean>;
    /**
     * Ignore Request Headers (`ignore-request-headers` on the appliance): on (`true`) or off (`false`).
     */
    ignoreRequestHeaders?: pulumi.Input<boolean>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    status?: pulumi.Input<ContentRuleCachingStatus>;
    /**
     * Expiry Age (minutes) (`expiry-age` on the appliance): a whole number from 0 to 525600.
     */
    expiryAge?: pulumi.Input<number>;
}

/**
 * Rule Group caching.
 */
export interface ContentRuleCaching {
    /**
     * Cache Negative Responses (`cache-negative-responses` on the appliance): on (`true`) or off (`false`).
     */
    readonly cacheNegativeResponses: boolean;
    /**
     * Max Size (KB) (`max-size` on the appliance): a whole number from 0 to 6656.
     */
    readonly maxSize: number;
    /**
     * Min Size (B) (`min-size` on the appliance): a whole number from 0 to 6815744.
     */
    readonly minSize: number;
    /**
     * File Extensions (`file-extensions` on the appliance): a list of strings.
     */
    readonly fileExtensions: string[];
    /**
     * Ignore Response Headers (`ignore-response-headers` on the appliance): on (`true`) or off (`false`).
     */
    readonly ignoreResponseHeaders: boolean;
    /**
     * Ignore Request Headers (`ignore-request-headers` on the appliance): on (`true`) or off (`false`).
     */
    readonly ignoreRequestHeaders: boolean;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    readonly status: ContentRuleCachingStatus;
    /**
     * Expiry Age (minutes) (`expiry-age` on the appliance): a whole number from 0 to 525600.
     */
    readonly expiryAge: number;
}

/**
 * The values of Status.
 */
export type ContentRuleCompressionStatus = "On" | "Off";

/**
 * Rule Group compression.
 */
export interface ContentRuleCompressionArgs {
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    status?: pulumi.Input<ContentRuleCompressionStatus>;
    /**
     * Content Types (`content-types` on the appliance): a list of strings.
     */
    contentTypes?: pulumi.Input<string[]>;
    /**
     * Compress Others (`compress-unknown-content-types` on the appliance): on (`true`) or off (`false`).
     */
    compressUnknownContentTypes?: pulumi.Input<boolean>;
    /**
     * Min Size (B) (`min-size` on the appliance): a whole number from 1 to 2147483646.
     */
    minSize?: pulumi.Input<number>;
}

/**
 * Rule Group compression.
 */
export interface ContentRuleCompression {
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    readonly status: ContentRuleCompressionStatus;
    /**
     * Content Types (`content-types` on the appliance): a list of strings.
     */
    readonly contentTypes: string[];
    /**
     * Compress Others (`compress-unknown-content-types` on the appliance): on (`true`) or off (`false`).
     */
    readonly compressUnknownContentTypes: boolean;
    /**
     * Min Size (B) (`min-size` on the appliance): a whole number from 1 to 2147483646.
     */
    readonly minSize: number;
}

/**
 * The values of Algorithm.
 */
export type ContentRuleLoadBalancingLbAlgorithm = "Round Robin" | "Weighted Round Robin" | "Least Requests";

/**
 * The values of Persistence Method.
 */
export type ContentRuleLoadBalancingPersistenceMethod =
    "None" | "Source IP" | "Cookie Insert" | "Cookie Passive" | "HTTP Header" | "URL Parameter";

/**
 * The values of Failover Method.
 */
export type ContentRuleLoadBalancingFailoverMethod = "Load Balance" | "Error";

/**
 * Rule Group load balancing.
 */
export interface ContentRuleLoadBalancingArgs {
    /**
     * Algorithm (`lb-algorithm` on the appliance): one of `Round Robin`, `Weighted Round Robin`, `Least Requests`.
     */
    lbAlgorithm?: pulumi.Input<ContentRuleLoadBalancingLbAlgorithm>;
    /**
     * Persistence Cookie Domain (`persistence-cookie-domain` on the appliance): text.
     */
    persistenceCookieDomain?: pulumi.Input<string>;
    /**
     * Idle Timeout (`persistence-idle-timeout` on the appliance): a whole number from 0 to 86400.
     */
    persistenceIdleTimeout?: pulumi.Input<number>;
    /**
     * Source IP (`source-ip-netmask` on the appliance): text.
     */
    sourceIpNetmask?: pulumi.Input<string>;
    /**
     * Header Name (`header-name` on the appliance): text.
     */
    headerName?: pulumi.Input<string>;
    /**
     * Persistence Method (`persistence-method` on the appliance): one of `None`, `Source IP`, `Cookie Insert`, `Cookie Passive`, `HTTP Header`, `URL Parameter`.
     */
    persistenceMethod?: pulumi.Input<ContentRuleLoadBalancingPersistenceMethod>;
    /**
     * Failover Method (`failover-method` on the appliance): one of `Load Balance`, `Error`.
     */
    failoverMethod?: pulumi.Input<ContentRuleLoadBalancingFailoverMethod>;
    /**
     * Persistence Cookie Name (`persistence-cookie-name` on the appliance): text.
     */
    persistenceCookieName?: pulumi.Input<string>;
    /**
     * Parameter Name (`parameter-name` on the appliance): text.
     */
    parameterName?: pulumi.Input<string>;
    /**
     * Cookie Age (`cookie-age` on the appliance): a whole number from 1 to 1051200.
     */
    cookieAge?: pulumi.Input<number>;
    /**
     * Persistence Cookie Path (`persistence-cookie-path` on the appliance): text.
     */
    persistenceCookiePath?: pulumi.Input<string>;
}

/**
 * Rule Group load balancing.
 */
export interface ContentRuleLoadBalancing {
    /**
     * Algorithm (`lb-algorithm` on the appliance): one of `Round Robin`, `Weighted Round Robin`, `Least Requests`.
     */
    readonly lbAlgorithm: ContentRuleLoadBalancingLbAlgorithm;
    /**
     * Persistence Cookie Domain (`persistence-cookie-domain` on the appliance): text.
     */
    readonly persistenceCookieDomain: string;
    /**
     * Idle Timeout (`persistence-idle-timeout` on the appliance): a whole number from 0 to 86400.
     */
    readonly persistenceIdleTimeout: number;
    /**
     * Source IP (`source-ip-netmask` on the appliance): text.
     */
    readonly sourceIpNetmask: string;
    /**
     * Header Name (`header-name` on the appliance): text.
     */
    readonly headerName: string;
    /**
     * Persistence Method (`persistence-method` on the appliance): one of `None`, `Source IP`, `Cookie Insert`, `Cookie Passive`, `HTTP Header`, `URL Parameter`.
     */
    readonly persistenceMethod: ContentRuleLoadBalancingPersistenceMethod;
    /**
     * Failover Method (`failover-method` on the appliance): one of `Load Balance`, `Error`.
     */
    readonly failoverMethod: ContentRuleLoadBalancingFailoverMethod;
    /**
     * Persistence Cookie Name (`persistence-cookie-name` on the appliance): text.
     */
    readonly persistenceCookieName: string;
    /**
     * Parameter Name (`parameter-name` on the appliance): text.
     */
    readonly parameterName: string;
    /**
     * Cookie Age (`cookie-age` on the appliance): a whole number from 1 to 1051200.
     */
    readonly cookieAge: number;
    /**
     * Persistence Cookie Path (`persistence-cookie-path` on the appliance): text.
     */
    readonly persistenceCookiePath: string;
}

/**
 * The values of Captcha Method.
 */
export type ContentRuleRgCaptchaSettingsRecaptchaType = "CAPTCHA" | "reCAPTCHA v2" | "reCAPTCHA v3";

/**
 * Rule Group captcha settings.
 */
export interface ContentRuleRgCaptchaSettingsArgs {
    /**
     * Domain (`rg-recaptcha-domain` on the appliance): text.
     */
    rgRecaptchaDomain?: pulumi.Input<string>;
    /**
     * Captcha Method (`recaptcha-type` on the appliance): one of `CAPTCHA`, `reCAPTCHA v2`, `reCAPTCHA v3`.
     */
    recaptchaType?: pulumi.Input<ContentRuleRgCaptchaSettingsRecaptchaType>;
    /**
     * Site key (`rg-recaptcha-site-key` on the appliance): text.
     */
    rgRecaptchaSiteKey?: pulumi.Input<string>;
    /**
     * Site Secret (`rg-recaptcha-site-secret` on the appliance): text.
     */
    rgRecaptchaSiteSecret?: pulumi.Input<string>;
}

/**
 * Rule Group captcha settings.
 */
export interface ContentRuleRgCaptchaSettings {
    /**
     * Domain (`rg-recaptcha-domain` on the appliance): text.
     */
    readonly rgRecaptchaDomain: string;
    /**
     * Captcha Method (`recaptcha-type` on the appliance): one of `CAPTCHA`, `reCAPTCHA v2`, `reCAPTCHA v3`.
     */
    readonly recaptchaType: ContentRuleRgCaptchaSettingsRecaptchaType;
    /**
     * Site key (`rg-recaptcha-site-key` on the appliance): text.
     */
    readonly rgRecaptchaSiteKey: string;
    /**
     * Site Secret (`rg-recaptcha-site-secret` on the appliance): text.
     */
    readonly rgRecaptchaSiteSecret: string;
}

/**
 * The values of Status.
 */
export type ContentRuleServerStatus =
    "In Service" | "Out of Service Maintenance" | "Out of Service Sticky" | "Out of Service All";

/**
 * The values of Identifier:.
 */
export type ContentRuleServerIdentifier = "IP Address" | "Hostname";

/**
 * The values of Version.
 */
export type ContentRuleServerAddressVersion = "IPv4" | "IPv6";

/**
 * Rule Group Server advanced configuration.
 */
export interface ContentRuleServerAdvancedConfigurationArgs {
    /**
     * Max Connections (`max-connections` on the appliance): a whole number from 0 to 500000.
     */
    maxConnections?: pulumi.Input<number>;
    /**
     * Source IP to Connect (`source-ip-to-connect` on the appliance): text.
     */
    sourceIpToConnect?: pulumi.Input<string>;
    /**
     * Max Spare Connections (`max-spare-connections` on the appliance): a whole number from 0 to 3096.
     */
    maxSpareConnections?: pulumi.Input<number>;
    /**
     * Max Keepalive Requests (`max-keepalive-requests` on the appliance): a whole number from 0 to 65535.
     */
    maxKeepaliveRequests?: pulumi.Input<number>;
    /**
     * Max Establishing Connections (`max-establishing-connections` on the appliance): a whole number from 1 to 3096.
     */
    maxEstablishingConnections?: pulumi.Input<number>;
    /**
     * Client Impersonation (`client-impersonation` on the appliance): on (`true`) or off (`false`).
     */
    clientImpersonation?: pulumi.Input<boolean>;
    /**
     * Max Requests (`max-requests` on the appliance): a whole number from 0 to 3096.
     */
    maxRequests?: pulumi.Input<number>;
    /**
     * Timeout (`timeout` on the appliance): a whole number from 0 to 86400000.
     */
    timeout?: pulumi.Input<number>;
}

/**
 * Rule Group Server advanced configuration.
 */
export interface ContentRuleServerAdvancedConfiguration {
    /**
     * Max Connections (`max-connections` on the appliance): a whole number from 0 to 500000.
     */
    readonly maxConnections: number;
    /**
     * Source IP to Connect (`source-ip-to-connect` on the appliance): text.
     */
    readonly sourceIpToConnect: string;
    /**
     * Max Spare Connections (`max-spare-connections` on the appliance): a whole number from 0 to 3096.
     */
    readonly maxSpareConnections: number;
    /**
     * Max Keepalive Requests (`max-keepalive-requests` on the appliance): a whole number from 0 to 65535.
     */
    readonly maxKeepaliveRequests: number;
    /**
     * Max Establishing Connections (`max-establishing-connections` on the appliance): a whole number from 1 to 3096.
     */
    readonly maxEstablishingConnections: number;
    /**
     * Client Impersonation (`client-impersonation` on the appliance): on (`true`) or off (`false`).
     */
    readonly clientImpersonation: boolean;
    /**
     * Max Requests (`max-requests` on the appliance): a whole number from 0 to 3096.
     */
    readonly maxRequests: number;
    /**
     * Timeout (`timeout` on the appliance): a whole number from 0 to 86400000.
     */
    readonly timeout: number;
}

/**
 * The values of Method.
 */
export type ContentRuleServerApplicationLayerHealthChecksMethod = "GET" | "HEAD" | "POST";

/**
 * Rule Group Server application layer health checks.
 */
export interface ContentRuleServerApplicationLayerHealthChecksArgs {
    /**
     * Method (`method` on the appliance): one of `GET`, `HEAD`, `POST`.
     */
    method?: pulumi.Input<ContentRuleServerApplicationLayerHealthChecksMethod>;
    /**
     * URL (`url` on the appliance): text of at most 950 characters.
     */
    url?: pulumi.Input<string>;
    /**
     * Match content String (`match-content-string` on the appliance): text of at most 255 characters.
     */
    matchContentString?: pulumi.Input<string>;
    /**
     * Status Code (`status-code` on the appliance): a whole number from 100 to 999.
     */
    statusCode?: pulumi.Input<number>;
    /**
     * Additional Headers (`additional-headers` on the appliance): a list of strings.
     */
    additionalHeaders?: pulumi.Input<string[]>;
    /**
     * Domain (`domain` on the appliance): text.
     */
    domain?: pulumi.Input<string>;
}

/**
 * Rule Group Server application layer health checks.
 */
export interface ContentRuleServerApplicationLayerHealthChecks {
    /**
     * Method (`method` on the appliance): one of `GET`, `HEAD`, `POST`.
     */
    readonly method: ContentRuleServerApplicationLayerHealthChecksMethod;
    /**
     * URL (`url` on the appliance): text of at most 950 characters.
     */
    readonly url: string;
    /**
     * Match content String (`match-content-string` on the appliance): text of at most 255 characters.
     */
    readonly matchContentString: string;
    /**
     * Status Code (`status-code` on the appliance): a whole number from 100 to 999.
     */
    readonly statusCode: number;
    /**
     * Additional Headers (`additional-headers` on the appliance): a list of strings.
     */
    readonly additionalHeaders: string[];
    /**
     * Domain (`domain` on the appliance): text.
     */
    readonly domain: string;
}

/**
 * Rule Group Server connection pooling.
 */
export interface ContentRuleServerConnectionPoolingArgs {
    /**
     * Enable Connection Pooling (`enable-connection-pooling` on the appliance): on (`true`) or off (`false`).
     */
    enableConnectionPooling?: pulumi.Input<boolean>;
    /**
     * Keepalive Timeout (`keepalive-timeout` on the appliance): a whole number from 0 to 86400000.
     */
    keepaliveTimeout?: pulumi.Input<number>;
}

/**
 * Rule Group Server connection pooling.
 */
export interface ContentRuleServerConnectionPooling {
    /**
     * Enable Connection Pooling (`enable-connection-pooling` on the appliance): on (`true`) or off (`false`).
     */
    readonly enableConnectionPooling: boolean;
    /**
     * Keepalive Timeout (`keepalive-timeout` on the appliance): a whole number from 0 to 86400000.
     */
    readonly keepaliveTimeout: number;
}

/**
 * Rule Group Server in band health checks.
 */
export interface ContentRuleServerInBandHealthChecksArgs {
    /**
     * Max HTTP Errors (`max-http-errors` on the appliance): a whole number from 0 to 1024.
     */
    maxHttpErrors?: pulumi.Input<number>;
    /**
     * Max Timeout Failures (`max-timeout-failure` on the appliance): a whole number from 0 to 1024.
     */
    maxTimeoutFailure?: pulumi.Input<number>;
    /**
     * Max Other Failure (`max-other-failure` on the appliance): a whole number from 0 to 1024.
     */
    maxOtherFailure?: pulumi.Input<number>;
    /**
     * Max Refused (`max-refused` on the appliance): a whole number from 0 to 1024.
     */
    maxRefused?: pulumi.Input<number>;
}

/**
 * Rule Group Server in band health checks.
 */
export interface ContentRuleServerInBandHealthChecks {
    /**
     * Max HTTP Errors (`max-http-errors` on the appliance): a whole number from 0 to 1024.
     */
    readonly maxHttpErrors: number;
    /**
     * Max Timeout Failures (`max-timeout-failure` on the appliance): a whole number from 0 to 1024.
     */
    readonly maxTimeoutFailure: number;
    /**
     * Max Other Failure (`max-other-failure` on the appliance): a whole number from 0 to 1024.
     */
    readonly maxOtherFailure: number;
    /**
     * Max Refused (`max-refused` on the appliance): a whole number from 0 to 1024.
     */
    readonly maxRefused: number;
}

/**
 * Rule Group Server load balancing.
 */
export interface ContentRuleServerLoadBalancingArgs {
    /**
     * Backup Appliance (`backup-server` on the appliance): on (`true`) or off (`false`).
     */
    backupServer?: pulumi.Input<boolean>;
    /**
     * WRR Weight (`weight` on the appliance): a whole number from 0 to 65535.
     */
    weight?: pulumi.Input<number>;
}

/**
 * Rule Group Server load balancing.
 */
export interface ContentRuleServerLoadBalancing {
    /**
     * Backup Appliance (`backup-server` on the appliance): on (`true`) or off (`false`).
     */
    readonly backupServer: boolean;
    /**
     * WRR Weight (`weight` on the appliance): a whole number from 0 to 65535.
     */
    readonly weight: number;
}

/**
 * The values of Status.
 */
export type ContentRuleServerOutOfBandHealthChecksEnableOobHealthChecks = "On" | "Off";

/**
 * Rule Group Server out of band health checks.
 */
export interface ContentRuleServerOutOfBandHealthChecksArgs {
    /**
     * Interval (`interval` on the appliance): a whole number from 1 to 10000.
     */
    interval?: pulumi.Input<number>;
    /**
     * Status (`enable-oob-health-checks` on the appliance): one of `On`, `Off`.
     */
    enableOobHealthChecks?: pulumi.Input<ContentRuleServerOutOfBandHealthChecksEnableOobHealthChecks>;
}

/**
 * Rule Group Server out of band health checks.
 */
export interface ContentRuleServerOutOfBandHealthChecks {
    /**
     * Interval (`interval` on the appliance): a whole number from 1 to 10000.
     */
    readonly interval: number;
    /**
     * Status (`enable-oob-health-checks` on the appliance): one of `On`, `Off`.
     */
    readonly enableOobHealthChecks: ContentRuleServerOutOfBandHealthChecksEnableOobHealthChecks;
}

/**
 * The values of Status.
 */
export type ContentRuleServerSslPolicyEnableHttps = "On" | "Off";

/**
 * Rule Group Server ssl policy.
 */
export interface ContentRuleServerSslPolicyArgs {
    /**
     * Enable SSL Compatibility Mode (`enable-ssl-compatibility-mode` on the appliance): on (`true`) or off (`false`).
     */
    enableSslCompatibilityMode?: pulumi.Input<boolean>;
    /**
     * Client Certificate (`client-certificate` on the appliance): text.
     */
    clientCertificate?: pulumi.Input<string>;
    /**
     * Validate Server Certificate (`validate-certificate` on the appliance): on (`true`) or off (`false`).
     */
    validateCertificate?: pulumi.Input<boolean>;
    /**
     * TLS 1.0 (Insecure) (`enable-tls-1` on the appliance): on (`true`) or off (`false`).
     */
    enableTls1?: pulumi.Input<boolean>;
    /**
     * SSL 3.0 (Insecure) (`enable-ssl-3` on the appliance): on (`true`) or off (`false`).
     */
    enableSsl3?: pulumi.Input<boolean>;
    /**
     * Status (`enable-https` on the appliance): one of `On`, `Off`.
     */
    enableHttps?: pulumi.Input<ContentRuleServerSslPolicyEnableHttps>;
    /**
     * Enable HTTP2 (`enable-http2-server` on the appliance): on (`true`) or off (`false`).
     */
    enableHttp2Server?: pulumi.Input<boolean>;
    /**
     * TLS 1.2 (`enable-tls-1-2` on the appliance): on (`true`) or off (`false`).
     */
    enableTls12?: pulumi.Input<boolean>;
    /**
     * TLS 1.3 (`enable-tls-1-3` on the appliance): on (`true`) or off (`false`).
     */
    enableTls13?: pulumi.Input<boolean>;
    /**
     * TLS 1.1 (`enable-tls-1-1` on the appliance): on (`true`) or off (`false`).
     */
    enableTls11?: pulumi.Input<boolean>;
    /**
     * Enable SNI (`enable-sni` on the appliance): on (`true`) or off (`false`).
     */
    enableSni?: pulumi.Input<boolean>;
}

/**
 * Rule Group Server ssl policy.
 */
export interface ContentRuleServerSslPolicy {
    /**
     * Enable SSL Compatibility Mode (`enable-ssl-compatibility-mode` on the appliance): on (`true`) or off (`false`).
     */
    readonly enableSslCompatibilityMode: boolean;
    /**
     * Client Certificate (`client-certificate` on the appliance): text.
     */
    readonly clientCertificate: string;
    /**
     * Validate Server Certificate (`validate-certificate` on the appliance): on (`true`) or off (`false`).
     */
    readonly validateCertificate: boolean;
    /**
     * TLS 1.0 (Insecure) (`enable-tls-1` on the appliance): on (`true`) or off (`false`).
     */
    readonly enableTls1: boolean;
    /**
     * SSL 3.0 (Insecure) (`enable-ssl-3` on the appliance): on (`true`) or off (`false`).
     */
    readonly enableSsl3: boolean;
    /**
     * Status (`enable-https` on the appliance): one of `On`, `Off`.
     */
    readonly enableHttps: ContentRuleServerSslPolicyEnableHttps;
    /**
     * Enable HTTP2 (`enable-http2-server` on the appliance): on (`true`) or off (`false`).
     */
    readonly enableHttp2Server: boolean;
    /**
     * TLS 1.2 (`enable-tls-1-2` on the appliance): on (`true`) or off (`false`).
     */
    readonly enableTls12: boolean;
    /**
     * TLS 1.3 (`enable-tls-1-3` on the appliance): on (`true`) or off (`false`).
     */
    readonly enableTls13: boolean;
    /**
     * TLS 1.1 (`enable-tls-1-1` on the appliance): on (`true`) or off (`false`).
     */
    readonly enableTls11: boolean;
    /**
     * Enable SNI (`enable-sni` on the appliance): on (`true`) or off (`false`).
     */
    readonly enableSni: boolean;
}

/**
 * The values of Detect Mouse Event.
 */
export type DdosPolicyMouseCheck = "On" | "Off";

/**
 * The values of Enable URL ACL.
 */
export type DdosPolicyEvaluateClients = "On" | "Off";

/**
 * The values of Enforce CAPTCHA.
 */
export type DdosPolicyEnforceCaptcha = "Do not Enforce" | "Suspicious clients only" | "All clients";

/**
 * The values of Status.
 */
export type FormSpamFormStatus = "On" | "Off";

/**
 * The values of Mode.
 */
export type FormSpamFormMode = "Learning" | "Passive" | "Active";

/**
 * The values of Parameter Class.
 */
export type FormSpamFormParameterClass =
    | "Login"
    | "Search"
    | "Password"
    | "Comments"
    | "Integer"
    | "Hex Number"
    | "Alpha"
    | "Alphanumeric"
    | "Email"
    | "String"
    | "Generic"
    | "No validation";

/**
 * The values of Mode.
 */
export type HeaderAclMode = "Active" | "Passive";

/**
 * The values of Status.
 */
export type HeaderAclStatus = "On" | "Off";

/**
 * The values of Blocked Attack Types.
 */
export type HeaderAclBlockedAttackTypes =
    | "SQL Injection"
    | "OS Command Injection"
    | "Directory Traversal"
    | "Cross-Site Scripting"
    | "Remote File Inclusion"
    | "SQL Injection strict"
    | "OS Command Injection strict"
    | "Directory Traversal strict"
    | "Cross-Site Scripting strict"
    | "Remote File Inclusion strict"
    | "LDAP Injection"
    | "Python-PHP attacks"
    | "HTTP Specific Injection"
    | "Apache Struts attacks"
    | "Apache struts attacks strict";

/**
 * The values of Action.
 */
export type HttpRequestRewriteRuleAction =
    "Insert Header" | "Remove Header" | "Rewrite Header" | "Rewrite URL" | "Redirect URL";

/**
 * The values of Action.
 */
export type HttpResponseRewriteRuleAction = "Insert Header" | "Remove Header" | "Rewrite Header";

/**
 * The values of JSON Policy.
 */
export type JsonProfileJsonPolicy = "default-policy";

/**
 * The values of Mode.
 */
export type JsonProfileMode = "Active" | "Passive";

/**
 * The values of Status.
 */
export type JsonProfileStatus = "On" | "Off";

/**
 * The values of Status.
 */
export type JsonKeyProfileStatus = "On" | "Off";

/**
 * The values of Value Type.
 */
export type JsonKeyProfileValueType = "Any" | "String" | "Number" | "Array" | "Object";

/**
 * The values of Custom Parameter Class.
 */
export type JsonKeyProfileValueClass =
    | ""
    | "CommentSpam"
    | "Login"
    | "Search"
    | "Password"
    | "Comments"
    | "Integer"
    | "Hex Number"
    | "Alpha"
    | "Alphanumeric"
    | "String"
    | "Generic"
    | "Email"
    | "No validation";

/**
 * The values of Status.
 */
export type JwtUrlProfileStatus = "On" | "Off";

/**
 * The values of Status.
 */
export type SecureBrowsingPolicyStatus = "On" | "Off";

/**
 * The values of Deny Response.
 */
export type UrlAclDenyResponse = "Reset" | "Response Page" | "Temporary Redirect" | "Permanent Redirect";

/**
 * The values of Response Page.
 */
export type UrlAclResponsePage =
    | "default"
    | "default-virus"
    | "default-error-resp"
    | "default-captcha-tries-error-page"
    | "default-captcha-sessions-error-page"
    | "default-suspected-activity-error-page"
    | "default-captcha-response-page"
    | "default-json-response-page"
    | "default-hsts-redirect-page"
    | "default-fingerprint-challenges-exceeded-page";

/**
 * The values of Enable URL ACL.
 */
export type UrlAclEnable = "On" | "Off";

/**
 * The values of Action.
 */
export type UrlAclAction =
    | "Process"
    | "Allow"
    | "Allow and Log"
    | "Deny and Log"
    | "Deny with no Log"
    | "Temporary Redirect"
    | "Permanent Redirect"
    | "Send Internal response irrespective of mode";

/**
 * The values of Follow Up Action.
 */
export type UrlAclFollowUpAction =
    "None" | "Block Client-IP" | "Challenge with CAPTCHA" | "Block Client Fingerprint" | "Tarpit Client";

/**
 * The values of Status.
 */
export type UrlEncryptionRuleStatus = "On" | "Off";

/**
 * The values of Mode.
 */
export type UrlPolicyMode = "Passive" | "Active";

/**
 * The values of Protection Type.
 */
export type UrlPolicyCredentialProtectionType =
    "Credential Stuffing Protection" | "Credential Spraying Protection";

/**
 * The values of Authentication Type.
 */
export type UrlPolicyCredentialAuthenticationType =
    "HTML Form" | "HTTP Basic Authentication" | "JSON/AJAX Request";

/**
 * The values of Status.
 */
export type UrlPolicyStatus = "On" | "Off";

/**
 * The values of Counting Criterion.
 */
export type UrlPolicyCountingCriterion = "By Client" | "All Sources";

/**
 * The values of Web Scraping Policy.
 */
export type UrlPolicyWebScrapingPolicy = "NONE";

/**
 * The values of Response Charset.
 */
export type UrlPolicyResponseCharset =
    | "ASCII"
    | "ISO-8859-1"
    | "UTF-8"
    | "GBK"
    | "GB2312"
    | "ISO-2022-CN"
    | "HZ"
    | "BIG5"
    | "EUC-TW"
    | "Shift-JIS"
    | "EUC-JP"
    | "ISO-2022-JP"
    | "EUC-KR"
    | "JOHAB"
    | "ISO-2022-KR"
    | "NONE";

/**
 * The values of Rate Control Pool.
 */
export type UrlPolicyRateControlPool = "NONE" | "default-pool";

/**
 * The values of Auth Response Identifier.
 */
export type UrlPolicyCountAuthRespIdentifier = "Auth Failure Response Codes" | "Response Page Text";

/**
 * The values of CSRF Prevention.
 */
export type UrlProfileCsrfPrevention = "None" | "Forms" | "Forms and URLs";

/**
 * The values of Mode.
 */
export type UrlProfileMode = "Learning" | "Passive" | "Active";

/**
 * The values of Status.
 */
export type UrlProfileStatus = "On" | "Off";

/**
 * The values of Hidden Parameter Protection.
 */
export type UrlProfileHiddenParameterProtection = "None" | "Forms" | "Forms and URLs";

/**
 * The values of Blocked Attack Types.
 */
export type UrlProfileBlockedAttackTypes =
    | "SQL Injection"
    | "OS Command Injection"
    | "Cross-Site Scripting"
    | "Remote File Inclusion"
    | "SQL Injection strict"
    | "OS Command Injection strict"
    | "Cross-Site Scripting strict"
    | "Remote File Inclusion strict"
    | "LDAP Injection"
    | "Python-PHP attacks"
    | "HTTP Specific Injection"
    | "Apache Struts attacks"
    | "Apache struts attacks strict";

/**
 * The values of Status.
 */
export type ParameterProfileStatus = "On" | "Off";

/**
 * The values of Custom Parameter Class.
 */
export type ParameterProfileCustomParameterClass = "" | "CommentSpam";

/**
 * The values of Parameter Class.
 */
export type ParameterProfileParameterClass =
    | "CUSTOM"
    | "Login"
    | "Search"
    | "Password"
    | "Comments"
    | "Integer"
    | "Hex Number"
    | "Alpha"
    | "Alphanumeric"
    | "String"
    | "Generic"
    | "Email"
    | "No validation";

/**
 * The values of Allowed File Upload Type.
 */
export type ParameterProfileAllowedFileUploadType = "Extensions" | "Mime Types";

/**
 * The values of Type.
 */
export type ParameterProfileType =
    "Input" | "Read Only" | "Session Choice" | "Global Choice" | "Session Invariant" | "File Upload";

/**
 * The values of Session Token Type.
 */
export type SessionIdentifierTokenType =
    | "Parameter"
    | "Parameter Suffix"
    | "Parameter Prefix"
    | "Cookie"
    | "Cookie Suffix"
    | "Cookie Prefix"
    | "URL Path"
    | "URL Path Suffix"
    | "URL Path Prefix";

/**
 * The values of Send Barracuda Custom Logs to OMS.
 */
export type SyslogServerOmsCustomLog = "All" | "Web Firewall Logs";

/**
 * The values of Server Type.
 */
export type SyslogServerServerType =
    | "Syslog NG"
    | "Cloud Syslog Service"
    | "AMQP"
    | "AMQPS"
    | "Azure Event Hub"
    | "Barracuda Reporting Service"
    | "Microsoft Azure OMS";

/**
 * The values of Connection Type.
 */
export type SyslogServerConnectionType = "UDP" | "TCP" | "SSL";

/**
 * The values of Select <b>On</b> for Azure GovCloud Workspace.
 */
export type SyslogServerOmsGovcloud = "On" | "Off";

/**
 * The values of Module.
 */
export type ModuleLogLevelModule =
    | "AAA"
    | "Adaptive Profiling"
    | "Cache"
    | "Compression"
    | "Cookie"
    | "Connection Pool"
    | "Crypto"
    | "DNS"
    | "Failover"
    | "FTP Service"
    | "HTTP Service"
    | "TPS"
    | "Kernel Module"
    | "Load Balancer"
    | "Memory"
    | "Rewrite"
    | "Response Page"
    | "Service"
    | "Share Secret Key"
    | "SSL"
    | "STM"
    | "Web Log"
    | "Web Address Translation"
    | "Web Firewall";

/**
 * The values of Log Level.
 */
export type ModuleLogLevelLogLevel =
    | "0-Emergency"
    | "1-Alert"
    | "2-Critical"
    | "3-Error"
    | "4-Warning"
    | "5-Notice"
    | "6-Information"
    | "7-Debug";

/**
 * The values of Version.
 */
export type TrustedHostVersion = "IPv4" | "IPv6";

/**
 * The values of Role.
 */
export type UserRole =
    | ""
    | "admin"
    | "audit-manager"
    | "certificate-manager"
    | "service-manager"
    | "policy-manager"
    | "network-manager"
    | "monitoring-manager"
    | "guest";

/**
 * The values of Network Group.
 */
export type VlanVsite = "System" | "Management" | "default";

/**
 * The values of Allow-listed Bots.
 */
export type WebScrapingPolicyWhitelistedBots =
    "Google" | "Baidu" | "Microsoft" | "Yandex" | "Twitter" | "Yahoo";

/**
 * The values of Blocklisted Categories.
 */
export type WebScrapingPolicyBlacklistedCategories =
    | "Uncategorised"
    | "Search engine bot"
    | "Site monitor"
    | "Screenshot creator"
    | "Link checker"
    | "Web scraper"
    | "Vulnerability scanner"
    | "Virus scanner"
    | "Speed tester"
    | "Feed Fetcher"
    | "Tool"
    | "Marketing"
    | "Unrecognized";

/**
 * The values of Allow-list Identifier.
 */
export type WhitelistedBotIdentifier = "Host" | "IP Addresses";

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

/** The arguments of a {@link AdministratorRole}. */
export interface AdministratorRoleArgs {
    /**
     * Specify Allowed Operations (`operations` on the appliance): a list of `slack-notification`, `appearance`, `trusted-hosts`, `session-recording`, `web-scraping-whitelist`, `advanced-system-configuration`, `configure-notifications`, `dig`, `configure-export-logs`, `shutdown`, `apply-fix-policy-wizard`, `get-logs`, `reset-cloud-connection`, `save-system-state`, `configure-network-hsm`, `ping`, `armored-browser`, `traceroute`, `reload`, `view-traffic-logs`, `configure-syslog`, `high-availability`, `configure-snmp`, `clear-config`, `schedule-reports`, `template-management`, `administrator-ip-range`, `telnet`, `management-ip-configuration`, `configure-nat`, `configure-route`, `cookie-encryption-settings`, `cli-settings`, `configure-email-notifications`, `locale-settings`, `reboot`, `configure-multiple-ip-address`, `execute-reports`, `dns-configuration`, `apply-fix-exception`, `restore-backup`, `xml-protection`, `operation-mode`, `show-route`, `view-aps-logs`, `proxy-server-configuration`, `configure-vlan`, `view-audit-logs`, `gdpr-compliance`, `advanced-network-configuration`, `wget`, `configure-network-acls`, `support-access`, `domain-configuration`, `firmware-update`, `show-arp`, `libraries`, `export-to-CSV-firewall`, `lan-ip-configuration`, `wan-ip-configuration`, `certificate-management`, `problem-report`, `tcpdump`, `adaptive-profile-config`, `energize-updates`, `backup`, `website-user-management`, `export-to-CSV-audit`, `patch-management-system`, `time-settings`, `export-to-CSV-access`, `secure-administration`, `pktdump`, `monitor-syslog`.
     */
    operations?: pulumi.Input<AdministratorRoleOperations[]>;
    /**
     * Vsites (`vsites` on the appliance): a list of `_ALL_:read`, `_ALL_:write`, `default:read`, `default:write`.
     */
    vsites?: pulumi.Input<AdministratorRoleVsites[]>;
    /**
     * Object access permissions (`objects` on the appliance): a list of `_ALL_:read`, `_ALL_:write`, `geoip-allowed-networks:read`, `geoip-allowed-networks:write`, `geoip-blocked-networks:read`, `geoip-blocked-networks:write`, `geo-pools:read`, `geo-pools:write`, `authorization-policies:read`, `authorization-policies:write`, `access-rules:read`, `access-rules:write`, `allow-deny-clients:read`, `allow-deny-clients:write`, `url-translations:read`, `url-translations:write`, `protected-data-types:read`, `protected-data-types:write`, `http-request-rewrite-rules:read`, `http-request-rewrite-rules:write`, `response-body-rewrite-rules:read`, `response-body-rewrite-rules:write`, `http-response-rewrite-rules:read`, `http-response-rewrite-rules:write`, `url-policies:read`, `url-policies:write`, `secure-browsing-policies:read`, `secure-browsing-policies:write`, `credential-servers:read`, `credential-servers:write`, `action-policies:read`, `action-policies:write`, `attack-patterns:read`, `attack-patterns:write`, `kerberos-services:read`, `kerberos-services:write`, `ldap-services:read`, `ldap-services:write`, `radius-services:read`, `radius-services:write`, `rsa-securid-services:read`, `rsa-securid-services:write`, `saml-services:read`, `saml-services:write`, `openidc-services:read`, `openidc-services:write`, `backup:read`, `backup:write`, `bonds:read`, `bonds:write`, `trusted-server-certificate:read`, `trusted-server-certificate:write`, `trusted-ca-certificate:read`, `trusted-ca-certificate:write`, `preferred-clients:read`, `preferred-clients:write`, `cluster/nodes:read`, `cluster/nodes:write`, `cluster:read`, `cluster:write`, `nodes:read`, `nodes:write`, `attack-types:read`, `attack-types:write`, `identity-types:read`, `identity-types:write`, `input-types:read`, `input-types:write`, `custom-parameter-classes:read`, `custom-parameter-classes:write`, `ddos-policies:read`, `ddos-policies:write`, `global-acls:read`, `global-acls:write`, `header-acls:read`, `header-acls:write`, `admin-ip-range:read`, `admin-ip-range:write`, `identity-theft-patterns:read`, `identity-theft-patterns:write`, `input-patterns:read`, `input-patterns:write`, `internal-attack-patterns:read`, `internal-attack-patterns:write`, `local-groups:read`, `local-groups:write`, `local-users:read`, `local-users:write`, `json-key-profiles:read`, `json-key-profiles:write`, `json-security-policies:read`, `json-security-policies:write`, `json-profiles:read`, `json-profiles:write`, `adaptive-profiling-rules:read`, `adaptive-profiling-rules:write`, `url-acls:read`, `url-acls:write`, `module-log-levels:read`, `module-log-levels:write`, `self-signed-certificate:read`, `self-signed-certificate:write`, `signed-certificate:read`, `signed-certificate:write`, `parameter-optimizers:read`, `parameter-optimizers:write`, `parameter-profiles:read`, `parameter-profiles:write`, `rate-control-pools:read`, `rate-control-pools:write`, `reports:read`, `reports:write`, `response-pages:read`, `response-pages:write`, `security-policies/cloaking:read`, `security-policies/cloaking:write`, `security-policies/cookie-security:read`, `security-policies/cookie-security:write`, `security-policies/parameter-protection:read`, `security-policies/parameter-protection:write`, `security-policies/request-limits:read`, `security-policies/request-limits:write`, `security-policies/url-normalization:read`, `security-policies/url-normalization:write`, `security-policies/url-protection:read`, `security-policies/url-protection:write`, `security-policies/client-profile:read`, `security-policies/client-profile:write`, `services:read`, `services:write`, `services/adaptive-profiling:read`, `services/adaptive-profiling:write`, `services/authentication:read`, `services/authentication:write`, `services/basic-security:read`, `services/basic-security:write`, `services/caching:read`, `services/caching:write`, `services/clickjacking:read`, `services/clickjacking:write`, `services/comment-spam:read`, `services/comment-spam:write`, `services/compression:read`, `services/compression:write`, `services/exception-profiling:read`, `services/exception-profiling:write`, `services/ftp-security:read`, `services/ftp-security:write`, `services/ip-reputation:read`, `services/ip-reputation:write`, `services/sensitive-parameter-names:read`, `services/sensitive-parameter-names:write`, `services/session-tracking:read`, `services/session-tracking:write`, `services/slow-client-attack:read`, `services/slow-client-attack:write`, `services/ssl-ocsp:read`, `services/ssl-ocsp:write`, `services/url-encryption:read`, `services/url-encryption:write`, `services/website-profile:read`, `services/website-profile:write`, `session-identifiers:read`, `session-identifiers:write`, `client-certificate-crls:read`, `client-certificate-crls:write`, `syslog-servers:read`, `syslog-servers:write`, `system/advanced-settings:read`, `system/advanced-settings:write`, `system/appearance:read`, `system/appearance:write`, `system/azure-config:read`, `system/azure-config:write`, `system/cookies-and-parameters:read`, `system/cookies-and-parameters:write`, `system/custom-headers:read`, `system/custom-headers:write`, `system/dns:read`, `system/dns:write`, `system/email-notifications:read`, `system/email-notifications:write`, `system/encryption-key:read`, `system/encryption-key:write`, `system/energize-updates:read`, `system/energize-updates:write`, `system/exception-heuristics:read`, `system/exception-heuristics:write`, `system/export-log-filters:read`, `system/export-log-filters:write`, `system/export-log-settings:read`, `system/export-log-settings:write`, `system/ftp-access-logs:read`, `system/ftp-access-logs:write`, `system/gdpr-compliance:read`, `system/gdpr-compliance:write`, `system/lan-configuration:read`, `system/lan-configuration:write`, `system/location:read`, `system/location:write`, `system/logs-format:read`, `system/logs-format:write`, `system/management-configuration:read`, `system/management-configuration:write`, `system/network-configuration:read`, `system/network-configuration:write`, `system/network-hsm:read`, `system/network-hsm:write`, `system/ng-firewall:read`, `system/ng-firewall:write`, `system/pattern-mode:read`, `system/pattern-mode:write`, `system/proxy-server:read`, `system/proxy-server:write`, `system/secure-administration:read`, `system/secure-administration:write`, `system/snmp:read`, `system/snmp:write`, `system/syslog-settings:read`, `system/syslog-settings:write`, `system/wan-configuration:read`, `system/wan-configuration:write`, `system/web-interface:read`, `system/web-interface:write`, `system/self-signed-management-certificate:read`, `system/self-signed-management-certificate:write`, `system/trusted-management-certificate:read`, `system/trusted-management-certificate:write`, `local-hosts:read`, `local-hosts:write`, `network-interfaces:read`, `network-interfaces:write`, `interface-routes:read`, `interface-routes:write`, `network-acls:read`, `network-acls:write`, `destination-nats:read`, `destination-nats:write`, `source-nats:read`, `source-nats:write`, `static-routes:read`, `static-routes:write`, `vlans:read`, `vlans:write`, `system:read`, `system:write`, `ntp-servers:read`, `ntp-servers:write`, `trap-receivers:read`, `trap-receivers:write`, `trusted-host-groups:read`, `trusted-host-groups:write`, `trusted-hosts:read`, `trusted-hosts:write`, `url-encryption-rules:read`, `url-encryption-rules:write`, `url-profiles:read`, `url-profiles:write`, `url-optimizers:read`, `url-optimizers:write`, `auto-system-acls:read`, `auto-system-acls:write`, `virtual-interfaces:read`, `virtual-interfaces:write`, `vsites:read`, `vsites:write`, `service-groups:read`, `service-groups:write`, `security-policies:read`, `security-policies:write`, `web-scraping-policies:read`, `web-scraping-policies:write`, `whitelisted-bots:read`, `whitelisted-bots:write`, `custom-ip-blocklist:read`, `custom-ip-blocklist:write`, `form-spam-forms:read`, `form-spam-forms:write`, `check-for-update:read`, `check-for-update:write`, `apply-update:read`, `apply-update:write`.
     */
    objects?: pulumi.Input<AdministratorRoleObjects[]>;
    /**
     * Service Group (`service-groups` on the appliance): a list of `_ALL_:read`, `_ALL_:write`, `default:read`, `default:write`.
     */
    serviceGroups?: pulumi.Input<AdministratorRoleServiceGroups[]>;
    /**
     * Services (`services` on the appliance): a list of `_ALL_:read`, `_ALL_:write`.
     */
    services?: pulumi.Input<AdministratorRoleServices[]>;
    /**
     * Role Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Security Policies (`security-policies` on the appliance): a list of `_ALL_:read`, `_ALL_:write`, `default:read`, `default:write`, `saml:read`, `saml:write`, `sharepoint:read`, `sharepoint:write`, `sharepoint2013:read`, `sharepoint2013:write`, `owa:read`, `owa:write`, `owa2010:read`, `owa2010:write`, `owa2013:read`, `owa2013:write`, `oracle:read`, `oracle:write`.
     */
    securityPolicies?: pulumi.Input<AdministratorRoleSecurityPolicies[]>;
    /**
     * Auth Services (`authentication-services` on the appliance): a list of `_ALL_:read`, `_ALL_:write`, `internal:read`, `internal:write`.
     */
    authenticationServices?: pulumi.Input<AdministratorRoleAuthenticationServices[]>;
    /**
     * API Privilege (`api-privilege` on the appliance): on (`true`) or off (`false`).
     */
    apiPrivilege?: pulumi.Input<boolean>;
    /**
     * Take over a administrator role of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the administrator role must match the existing one. Without `adopt`, creating a administrator role whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link AdministratorRole} resolves to once the appliance has answered. */
export interface AdministratorRoleOutputs {
    /**
     * Specify Allowed Operations (`operations` on the appliance): a list of `slack-notification`, `appearance`, `trusted-hosts`, `session-recording`, `web-scraping-whitelist`, `advanced-system-configuration`, `configure-notifications`, `dig`, `configure-export-logs`, `shutdown`, `apply-fix-policy-wizard`, `get-logs`, `reset-cloud-connection`, `save-system-state`, `configure-network-hsm`, `ping`, `armored-browser`, `traceroute`, `reload`, `view-traffic-logs`, `configure-syslog`, `high-availability`, `configure-snmp`, `clear-config`, `schedule-reports`, `template-management`, `administrator-ip-range`, `telnet`, `management-ip-configuration`, `configure-nat`, `configure-route`, `cookie-encryption-settings`, `cli-settings`, `configure-email-notifications`, `locale-settings`, `reboot`, `configure-multiple-ip-address`, `execute-reports`, `dns-configuration`, `apply-fix-exception`, `restore-backup`, `xml-protection`, `operation-mode`, `show-route`, `view-aps-logs`, `proxy-server-configuration`, `configure-vlan`, `view-audit-logs`, `gdpr-compliance`, `advanced-network-configuration`, `wget`, `configure-network-acls`, `support-access`, `domain-configuration`, `firmware-update`, `show-arp`, `libraries`, `export-to-CSV-firewall`, `lan-ip-configuration`, `wan-ip-configuration`, `certificate-management`, `problem-report`, `tcpdump`, `adaptive-profile-config`, `energize-updates`, `backup`, `website-user-management`, `export-to-CSV-audit`, `patch-management-system`, `time-settings`, `export-to-CSV-access`, `secure-administration`, `pktdump`, `monitor-syslog`.
     */
    readonly operations: pulumi.Output<AdministratorRoleOperations[] | undefined>;
    /**
     * Vsites (`vsites` on the appliance): a list of `_ALL_:read`, `_ALL_:write`, `default:read`, `default:write`.
     */
    readonly vsites: pulumi.Output<AdministratorRoleVsites[] | undefined>;
    /**
     * Object access permissions (`objects` on the appliance): a list of `_ALL_:read`, `_ALL_:write`, `geoip-allowed-networks:read`, `geoip-allowed-networks:write`, `geoip-blocked-networks:read`, `geoip-blocked-networks:write`, `geo-pools:read`, `geo-pools:write`, `authorization-policies:read`, `authorization-policies:write`, `access-rules:read`, `access-rules:write`, `allow-deny-clients:read`, `allow-deny-clients:write`, `url-translations:read`, `url-translations:write`, `protected-data-types:read`, `protected-data-types:write`, `http-request-rewrite-rules:read`, `http-request-rewrite-rules:write`, `response-body-rewrite-rules:read`, `response-body-rewrite-rules:write`, `http-response-rewrite-rules:read`, `http-response-rewrite-rules:write`, `url-policies:read`, `url-policies:write`, `secure-browsing-policies:read`, `secure-browsing-policies:write`, `credential-servers:read`, `credential-servers:write`, `action-policies:read`, `action-policies:write`, `attack-patterns:read`, `attack-patterns:write`, `kerberos-services:read`, `kerberos-services:write`, `ldap-services:read`, `ldap-services:write`, `radius-services:read`, `radius-services:write`, `rsa-securid-services:read`, `rsa-securid-services:write`, `saml-services:read`, `saml-services:write`, `openidc-services:read`, `openidc-services:write`, `backup:read`, `backup:write`, `bonds:read`, `bonds:write`, `trusted-server-certificate:read`, `trusted-server-certificate:write`, `trusted-ca-certificate:read`, `trusted-ca-certificate:write`, `preferred-clients:read`, `preferred-clients:write`, `cluster/nodes:read`, `cluster/nodes:write`, `cluster:read`, `cluster:write`, `nodes:read`, `nodes:write`, `attack-types:read`, `attack-types:write`, `identity-types:read`, `identity-types:write`, `input-types:read`, `input-types:write`, `custom-parameter-classes:read`, `custom-parameter-classes:write`, `ddos-policies:read`, `ddos-policies:write`, `global-acls:read`, `global-acls:write`, `header-acls:read`, `header-acls:write`, `admin-ip-range:read`, `admin-ip-range:write`, `identity-theft-patterns:read`, `identity-theft-patterns:write`, `input-patterns:read`, `input-patterns:write`, `internal-attack-patterns:read`, `internal-attack-patterns:write`, `local-groups:read`, `local-groups:write`, `local-users:read`, `local-users:write`, `json-key-profiles:read`, `json-key-profiles:write`, `json-security-policies:read`, `json-security-policies:write`, `json-profiles:read`, `json-profiles:write`, `adaptive-profiling-rules:read`, `adaptive-profiling-rules:write`, `url-acls:read`, `url-acls:write`, `module-log-levels:read`, `module-log-levels:write`, `self-signed-certificate:read`, `self-signed-certificate:write`, `signed-certificate:read`, `signed-certificate:write`, `parameter-optimizers:read`, `parameter-optimizers:write`, `parameter-profiles:read`, `parameter-profiles:write`, `rate-control-pools:read`, `rate-control-pools:write`, `reports:read`, `reports:write`, `response-pages:read`, `response-pages:write`, `security-policies/cloaking:read`, `security-policies/cloaking:write`, `security-policies/cookie-security:read`, `security-policies/cookie-security:write`, `security-policies/parameter-protection:read`, `security-policies/parameter-protection:write`, `security-policies/request-limits:read`, `security-policies/request-limits:write`, `security-policies/url-normalization:read`, `security-policies/url-normalization:write`, `security-policies/url-protection:read`, `security-policies/url-protection:write`, `security-policies/client-profile:read`, `security-policies/client-profile:write`, `services:read`, `services:write`, `services/adaptive-profiling:read`, `services/adaptive-profiling:write`, `services/authentication:read`, `services/authentication:write`, `services/basic-security:read`, `services/basic-security:write`, `services/caching:read`, `services/caching:write`, `services/clickjacking:read`, `services/clickjacking:write`, `services/comment-spam:read`, `services/comment-spam:write`, `services/compression:read`, `services/compression:write`, `services/exception-profiling:read`, `services/exception-profiling:write`, `services/ftp-security:read`, `services/ftp-security:write`, `services/ip-reputation:read`, `services/ip-reputation:write`, `services/sensitive-parameter-names:read`, `services/sensitive-parameter-names:write`, `services/session-tracking:read`, `services/session-tracking:write`, `services/slow-client-attack:read`, `services/slow-client-attack:write`, `services/ssl-ocsp:read`, `services/ssl-ocsp:write`, `services/url-encryption:read`, `services/url-encryption:write`, `services/website-profile:read`, `services/website-profile:write`, `session-identifiers:read`, `session-identifiers:write`, `client-certificate-crls:read`, `client-certificate-crls:write`, `syslog-servers:read`, `syslog-servers:write`, `system/advanced-settings:read`, `system/advanced-settings:write`, `system/appearance:read`, `system/appearance:write`, `system/azure-config:read`, `system/azure-config:write`, `system/cookies-and-parameters:read`, `system/cookies-and-parameters:write`, `system/custom-headers:read`, `system/custom-headers:write`, `system/dns:read`, `system/dns:write`, `system/email-notifications:read`, `system/email-notifications:write`, `system/encryption-key:read`, `system/encryption-key:write`, `system/energize-updates:read`, `system/energize-updates:write`, `system/exception-heuristics:read`, `system/exception-heuristics:write`, `system/export-log-filters:read`, `system/export-log-filters:write`, `system/export-log-settings:read`, `system/export-log-settings:write`, `system/ftp-access-logs:read`, `system/ftp-access-logs:write`, `system/gdpr-compliance:read`, `system/gdpr-compliance:write`, `system/lan-configuration:read`, `system/lan-configuration:write`, `system/location:read`, `system/location:write`, `system/logs-format:read`, `system/logs-format:write`, `system/management-configuration:read`, `system/management-configuration:write`, `system/network-configuration:read`, `system/network-configuration:write`, `system/network-hsm:read`, `system/network-hsm:write`, `system/ng-firewall:read`, `system/ng-firewall:write`, `system/pattern-mode:read`, `system/pattern-mode:write`, `system/proxy-server:read`, `system/proxy-server:write`, `system/secure-administration:read`, `system/secure-administration:write`, `system/snmp:read`, `system/snmp:write`, `system/syslog-settings:read`, `system/syslog-settings:write`, `system/wan-configuration:read`, `system/wan-configuration:write`, `system/web-interface:read`, `system/web-interface:write`, `system/self-signed-management-certificate:read`, `system/self-signed-management-certificate:write`, `system/trusted-management-certificate:read`, `system/trusted-management-certificate:write`, `local-hosts:read`, `local-hosts:write`, `network-interfaces:read`, `network-interfaces:write`, `interface-routes:read`, `interface-routes:write`, `network-acls:read`, `network-acls:write`, `destination-nats:read`, `destination-nats:write`, `source-nats:read`, `source-nats:write`, `static-routes:read`, `static-routes:write`, `vlans:read`, `vlans:write`, `system:read`, `system:write`, `ntp-servers:read`, `ntp-servers:write`, `trap-receivers:read`, `trap-receivers:write`, `trusted-host-groups:read`, `trusted-host-groups:write`, `trusted-hosts:read`, `trusted-hosts:write`, `url-encryption-rules:read`, `url-encryption-rules:write`, `url-profiles:read`, `url-profiles:write`, `url-optimizers:read`, `url-optimizers:write`, `auto-system-acls:read`, `auto-system-acls:write`, `virtual-interfaces:read`, `virtual-interfaces:write`, `vsites:read`, `vsites:write`, `service-groups:read`, `service-groups:write`, `security-policies:read`, `security-policies:write`, `web-scraping-policies:read`, `web-scraping-policies:write`, `whitelisted-bots:read`, `whitelisted-bots:write`, `custom-ip-blocklist:read`, `custom-ip-blocklist:write`, `form-spam-forms:read`, `form-spam-forms:write`, `check-for-update:read`, `check-for-update:write`, `apply-update:read`, `apply-update:write`.
     */
    readonly objects: pulumi.Output<AdministratorRoleObjects[] | undefined>;
    /**
     * Service Group (`service-groups` on the appliance): a list of `_ALL_:read`, `_ALL_:write`, `default:read`, `default:write`.
     */
    readonly serviceGroups: pulumi.Output<AdministratorRoleServiceGroups[] | undefined>;
    /**
     * Services (`services` on the appliance): a list of `_ALL_:read`, `_ALL_:write`.
     */
    readonly services: pulumi.Output<AdministratorRoleServices[] | undefined>;
    /**
     * Role Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Security Policies (`security-policies` on the appliance): a list of `_ALL_:read`, `_ALL_:write`, `default:read`, `default:write`, `saml:read`, `saml:write`, `sharepoint:read`, `sharepoint:write`, `sharepoint2013:read`, `sharepoint2013:write`, `owa:read`, `owa:write`, `owa2010:read`, `owa2010:write`, `owa2013:read`, `owa2013:write`, `oracle:read`, `oracle:write`.
     */
    readonly securityPolicies: pulumi.Output<AdministratorRoleSecurityPolicies[] | undefined>;
    /**
     * Auth Services (`authentication-services` on the appliance): a list of `_ALL_:read`, `_ALL_:write`, `internal:read`, `internal:write`.
     */
    readonly authenticationServices: pulumi.Output<AdministratorRoleAuthenticationServices[] | undefined>;
    /**
     * API Privilege (`api-privilege` on the appliance): on (`true`) or off (`false`).
     */
    readonly apiPrivilege: pulumi.Output<boolean | undefined>;
    /**
     * Take over a administrator role of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the administrator role must match the existing one. Without `adopt`, creating a administrator role whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link AdministratorRole} registers with the engine. */
export const administratorRoleOutputNames = [
    "operations",
    "vsites",
    "objects",
    "serviceGroups",
    "services",
    "name",
    "securityPolicies",
    "authenticationServices",
    "apiPrivilege",
    "adopt",
] as const;

/** The arguments of a {@link AttackType}. */
export interface AttackTypeArgs {
    /**
     * Attack Data Type Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Take over a attack type of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the attack type must match the existing one. Without `adopt`, creating a attack type whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link AttackType} resolves to once the appliance has answered. */
export interface AttackTypeOutputs {
    /**
     * Attack Data Type Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Take over a attack type of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the attack type must match the existing one. Without `adopt`, creating a attack type whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link AttackType} registers with the engine. */
export const attackTypeOutputNames = ["name", "adopt"] as const;

/** The arguments of a {@link AttackPattern}. */
export interface AttackPatternArgs {
    /**
     * The attack type the attack pattern belongs to: a `AttackType` of the program, or the name of one on the appliance. Changing it replaces the attack pattern.
     */
    attackType: pulumi.Input<string> | AttackType;
    /**
     * Pattern Regex (`regex` on the appliance): text of at most 512 characters.
     */
    regex: pulumi.Input<string>;
    /**
     * Operating Mode (`mode` on the appliance): one of `Passive`, `Active`, `Off`.
     */
    mode?: pulumi.Input<AttackPatternMode>;
    /**
     * Pattern Description (`description` on the appliance): text of at most 512 characters.
     */
    description?: pulumi.Input<string>;
    /**
     * Pattern Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Pattern Algorithm (`algorithm` on the appliance): one of `None`, `Credit Card Check Digit`, `Korean Resident Registration Number Check Digit`, `Poland National Identification Number Check Digit`, `Czech National Identity Card Number Check Digit`, `Hungarian Identity Card Number Check Digit`.
     */
    algorithm?: pulumi.Input<AttackPatternAlgorithm>;
    /**
     * Case Sensitivity (`case-sensitive` on the appliance): on (`true`) or off (`false`).
     */
    caseSensitive?: pulumi.Input<boolean>;
    /**
     * Take over a attack pattern of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the attack pattern must match the existing one. Without `adopt`, creating a attack pattern whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link AttackPattern} resolves to once the appliance has answered. */
export interface AttackPatternOutputs {
    /**
     * The attack type the attack pattern belongs to: a `AttackType` of the program, or the name of one on the appliance. Changing it replaces the attack pattern.
     */
    readonly attackType: pulumi.Output<string>;
    /**
     * Pattern Regex (`regex` on the appliance): text of at most 512 characters.
     */
    readonly regex: pulumi.Output<string>;
    /**
     * Operating Mode (`mode` on the appliance): one of `Passive`, `Active`, `Off`.
     */
    readonly mode: pulumi.Output<AttackPatternMode | undefined>;
    /**
     * Pattern Description (`description` on the appliance): text of at most 512 characters.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * Pattern Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Pattern Algorithm (`algorithm` on the appliance): one of `None`, `Credit Card Check Digit`, `Korean Resident Registration Number Check Digit`, `Poland National Identification Number Check Digit`, `Czech National Identity Card Number Check Digit`, `Hungarian Identity Card Number Check Digit`.
     */
    readonly algorithm: pulumi.Output<AttackPatternAlgorithm | undefined>;
    /**
     * Case Sensitivity (`case-sensitive` on the appliance): on (`true`) or off (`false`).
     */
    readonly caseSensitive: pulumi.Output<boolean | undefined>;
    /**
     * Take over a attack pattern of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the attack pattern must match the existing one. Without `adopt`, creating a attack pattern whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link AttackPattern} registers with the engine. */
export const attackPatternOutputNames = [
    "attackType",
    "regex",
    "mode",
    "description",
    "name",
    "algorithm",
    "caseSensitive",
    "adopt",
] as const;

/** The arguments of a {@link Bond}. */
export interface BondArgs {
    /**
     * Ports (`bond-ports` on the appliance): text.
     */
    bondPorts: pulumi.Input<string>;
    /**
     * Minimum Links (`min-link` on the appliance): a whole number.
     */
    minLink?: pulumi.Input<number>;
    /**
     * Cannot have VLAN(s) on LAN interface when enabling Network Port Configuration (`mode` on the appliance): one of `Round Robin`, `Active-Backup`, `Dynamic Link Aggregation`.
     */
    mode?: pulumi.Input<BondMode>;
    /**
     * Name (`name` on the appliance): text.
     */
    name: pulumi.Input<string>;
    /**
     * Duplexity of the port (`duplexity` on the appliance): one of `Automatic`, `Half`, `Full`.
     */
    duplexity?: pulumi.Input<BondDuplexity>;
    /**
     * Maximum Transmission Unit (MTU) (`mtu` on the appliance): a whole number from 68 to 9216.
     */
    mtu?: pulumi.Input<number>;
    /**
     * Speed of the port (`speed` on the appliance): one of `10`, `100`, `1000`, `10000`, `Automatic`.
     */
    speed?: pulumi.Input<BondSpeed>;
    /**
     * Take over a bond of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the bond must match the existing one. Without `adopt`, creating a bond whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link Bond} resolves to once the appliance has answered. */
export interface BondOutputs {
    /**
     * Ports (`bond-ports` on the appliance): text.
     */
    readonly bondPorts: pulumi.Output<string>;
    /**
     * Minimum Links (`min-link` on the appliance): a whole number.
     */
    readonly minLink: pulumi.Output<number | undefined>;
    /**
     * Cannot have VLAN(s) on LAN interface when enabling Network Port Configuration (`mode` on the appliance): one of `Round Robin`, `Active-Backup`, `Dynamic Link Aggregation`.
     */
    readonly mode: pulumi.Output<BondMode | undefined>;
    /**
     * Name (`name` on the appliance): text.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Duplexity of the port (`duplexity` on the appliance): one of `Automatic`, `Half`, `Full`.
     */
    readonly duplexity: pulumi.Output<BondDuplexity | undefined>;
    /**
     * Maximum Transmission Unit (MTU) (`mtu` on the appliance): a whole number from 68 to 9216.
     */
    readonly mtu: pulumi.Output<number | undefined>;
    /**
     * Speed of the port (`speed` on the appliance): one of `10`, `100`, `1000`, `10000`, `Automatic`.
     */
    readonly speed: pulumi.Output<BondSpeed | undefined>;
    /**
     * Take over a bond of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the bond must match the existing one. Without `adopt`, creating a bond whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link Bond} registers with the engine. */
export const bondOutputNames = [
    "bondPorts",
    "minLink",
    "mode",
    "name",
    "duplexity",
    "mtu",
    "speed",
    "adopt",
] as const;

/** The arguments of a {@link BotSpamType}. */
export interface BotSpamTypeArgs {
    /**
     * Attack Data Type Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Take over a bot spam type of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the bot spam type must match the existing one. Without `adopt`, creating a bot spam type whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link BotSpamType} resolves to once the appliance has answered. */
export interface BotSpamTypeOutputs {
    /**
     * Attack Data Type Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Take over a bot spam type of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the bot spam type must match the existing one. Without `adopt`, creating a bot spam type whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link BotSpamType} registers with the engine. */
export const botSpamTypeOutputNames = ["name", "adopt"] as const;

/** The arguments of a {@link BotSpamPattern}. */
export interface BotSpamPatternArgs {
    /**
     * The bot spam type the bot spam pattern belongs to: a `BotSpamType` of the program, or the name of one on the appliance. Changing it replaces the bot spam pattern.
     */
    botSpamType: pulumi.Input<string> | BotSpamType;
    /**
     * Case Sensitivity (`case-sensitive` on the appliance): on (`true`) or off (`false`).
     */
    caseSensitive?: pulumi.Input<boolean>;
    /**
     * Pattern Algorithm (`algorithm` on the appliance): one of `None`.
     */
    algorithm?: pulumi.Input<BotSpamPatternAlgorithm>;
    /**
     * Pattern Regex (`regex` on the appliance): text of at most 512 characters.
     */
    regex: pulumi.Input<string>;
    /**
     * Pattern Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Pattern Description (`description` on the appliance): text of at most 512 characters.
     */
    description?: pulumi.Input<string>;
    /**
     * Operating Mode (`mode` on the appliance): one of `Active`, `Passive`, `Off`.
     */
    mode?: pulumi.Input<BotSpamPatternMode>;
    /**
     * Take over a bot spam pattern of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the bot spam pattern must match the existing one. Without `adopt`, creating a bot spam pattern whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link BotSpamPattern} resolves to once the appliance has answered. */
export interface BotSpamPatternOutputs {
    /**
     * The bot spam type the bot spam pattern belongs to: a `BotSpamType` of the program, or the name of one on the appliance. Changing it replaces the bot spam pattern.
     */
    readonly botSpamType: pulumi.Output<string>;
    /**
     * Case Sensitivity (`case-sensitive` on the appliance): on (`true`) or off (`false`).
     */
    readonly caseSensitive: pulumi.Output<boolean | undefined>;
    /**
     * Pattern Algorithm (`algorithm` on the appliance): one of `None`.
     */
    readonly algorithm: pulumi.Output<BotSpamPatternAlgorithm | undefined>;
    /**
     * Pattern Regex (`regex` on the appliance): text of at most 512 characters.
     */
    readonly regex: pulumi.Output<string>;
    /**
     * Pattern Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Pattern Description (`description` on the appliance): text of at most 512 characters.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * Operating Mode (`mode` on the appliance): one of `Active`, `Passive`, `Off`.
     */
    readonly mode: pulumi.Output<BotSpamPatternMode | undefined>;
    /**
     * Take over a bot spam pattern of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the bot spam pattern must match the existing one. Without `adopt`, creating a bot spam pattern whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link BotSpamPattern} registers with the engine. */
export const botSpamPatternOutputNames = [
    "botSpamType",
    "caseSensitive",
    "algorithm",
    "regex",
    "name",
    "description",
    "mode",
    "adopt",
] as const;

/** The arguments of a {@link SignedCertificate}. */
export interface SignedCertificateArgs {
    /**
     * Assign-associated-key (`assign-associated-key` on the appliance): on (`true`) or off (`false`).
     */
    assignAssociatedKey?: pulumi.Input<boolean>;
    /**
     * Select Key Type (`key-type` on the appliance): one of `RSA`, `ECDSA`.
     */
    keyType?: pulumi.Input<SignedCertificateKeyType>;
    /**
     * Signed Certificate content as a Base64 encoded string (`signed-certificate` on the appliance): text.
     */
    signedCertificate?: pulumi.Input<string>;
    /**
     * Allow-private-key-export (`allow-private-key-export` on the appliance): on (`true`) or off (`false`).
     */
    allowPrivateKeyExport?: pulumi.Input<boolean>;
    /**
     * Certificate-password (`certificate-password` on the appliance): text.
     */
    certificatePassword?: pulumi.Input<string>;
    /**
     * Certificate key as a Base64 encoded string (`certificate-key` on the appliance): text.
     */
    certificateKey?: pulumi.Input<string>;
    /**
     * Lid_45069 (`schedule-renewal-day` on the appliance): one of `15 days`, `30 days`, `45 days`, `60 days`, `90 days`.
     */
    scheduleRenewalDay?: pulumi.Input<SignedCertificateScheduleRenewalDay>;
    /**
     * Lid_45068 (`auto-renew-cert` on the appliance): on (`true`) or off (`false`).
     */
    autoRenewCert?: pulumi.Input<boolean>;
    /**
     * Certificate Name (`name` on the appliance): text.
     */
    name: pulumi.Input<string>;
    /**
     * Certificate-type (`certificate-type` on the appliance): one of `PKCS12 Token`, `PEM Certificate`.
     */
    certificateType?: pulumi.Input<SignedCertificateCertificateType>;
    /**
     * List of Base64 encoded Intermediary Certificate strings (`intermediary-certificates` on the appliance): a list of strings.
     */
    intermediaryCertificates?: pulumi.Input<string[]>;
    /**
     * Encryption Password is used to extract the private key from PKCS #12 token (`encrypt-password` on the appliance): text.
     */
    encryptPassword?: pulumi.Input<string>;
    /**
     * A Certificate Signing Request (CSR) and/or Certificate can be downloaded (`download-type` on the appliance): one of `pem`, `pkcs`, `csr`.
     */
    downloadType?: pulumi.Input<SignedCertificateDownloadType>;
    /**
     * The signed certificate's Signed Certificate ocsp stapling.
     */
    ocspStapling?: pulumi.Input<SignedCertificateOcspStaplingArgs>;
    /**
     * Take over a signed certificate of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the signed certificate must match the existing one. Without `adopt`, creating a signed certificate whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link SignedCertificate} resolves to once the appliance has answered. */
export interface SignedCertificateOutputs {
    /**
     * Assign-associated-key (`assign-associated-key` on the appliance): on (`true`) or off (`false`).
     */
    readonly assignAssociatedKey: pulumi.Output<boolean | undefined>;
    /**
     * Select Key Type (`key-type` on the appliance): one of `RSA`, `ECDSA`.
     */
    readonly keyType: pulumi.Output<SignedCertificateKeyType | undefined>;
    /**
     * Signed Certificate content as a Base64 encoded string (`signed-certificate` on the appliance): text.
     */
    readonly signedCertificate: pulumi.Output<string | undefined>;
    /**
     * Allow-private-key-export (`allow-private-key-export` on the appliance): on (`true`) or off (`false`).
     */
    readonly allowPrivateKeyExport: pulumi.Output<boolean | undefined>;
    /**
     * Certificate-password (`certificate-password` on the appliance): text.
     */
    readonly certificatePassword: pulumi.Output<string | undefined>;
    /**
     * Certificate key as a Base64 encoded string (`certificate-key` on the appliance): text.
     */
    readonly certificateKey: pulumi.Output<string | undefined>;
    /**
     * Lid_45069 (`schedule-renewal-day` on the appliance): one of `15 days`, `30 days`, `45 days`, `60 days`, `90 days`.
     */
    readonly scheduleRenewalDay: pulumi.Output<SignedCertificateScheduleRenewalDay | undefined>;
    /**
     * Lid_45068 (`auto-renew-cert` on the appliance): on (`true`) or off (`false`).
     */
    readonly autoRenewCert: pulumi.Output<boolean | undefined>;
    /**
     * Certificate Name (`name` on the appliance): text.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Certificate-type (`certificate-type` on the appliance): one of `PKCS12 Token`, `PEM Certificate`.
     */
    readonly certificateType: pulumi.Output<SignedCertificateCertificateType | undefined>;
    /**
     * List of Base64 encoded Intermediary Certificate strings (`intermediary-certificates` on the appliance): a list of strings.
     */
    readonly intermediaryCertificates: pulumi.Output<string[] | undefined>;
    /**
     * Encryption Password is used to extract the private key from PKCS #12 token (`encrypt-password` on the appliance): text.
     */
    readonly encryptPassword: pulumi.Output<string | undefined>;
    /**
     * A Certificate Signing Request (CSR) and/or Certificate can be downloaded (`download-type` on the appliance): one of `pem`, `pkcs`, `csr`.
     */
    readonly downloadType: pulumi.Output<SignedCertificateDownloadType | undefined>;
    /**
     * The signed certificate's Signed Certificate ocsp stapling.
     */
    readonly ocspStapling: pulumi.Output<SignedCertificateOcspStapling | undefined>;
    /**
     * Take over a signed certificate of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the signed certificate must match the existing one. Without `adopt`, creating a signed certificate whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link SignedCertificate} registers with the engine. */
export const signedCertificateOutputNames = [
    "assignAssociatedKey",
    "keyType",
    "signedCertificate",
    "allowPrivateKeyExport",
    "certificatePassword",
    "certificateKey",
    "scheduleRenewalDay",
    "autoRenewCert",
    "name",
    "certificateType",
    "intermediaryCertificates",
    "encryptPassword",
    "downloadType",
    "ocspStapling",
    "adopt",
] as const;

/** The arguments of a {@link TrustedCaCertificate}. */
export interface TrustedCaCertificateArgs {
    /**
     * Certificate Name (`name` on the appliance): text.
     */
    name: pulumi.Input<string>;
    /**
     * Trusted CA Certificate content as a Base64 encoded string (`certificate` on the appliance): text.
     */
    certificate?: pulumi.Input<string>;
    /**
     * A Certificate Signing Request (CSR) and/or Certificate can be downloaded (`download-type` on the appliance): one of `pem`.
     */
    downloadType?: pulumi.Input<TrustedCaCertificateDownloadType>;
    /**
     * Take over a trusted CA certificate of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the trusted CA certificate must match the existing one. Without `adopt`, creating a trusted CA certificate whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link TrustedCaCertificate} resolves to once the appliance has answered. */
export interface TrustedCaCertificateOutputs {
    /**
     * Certificate Name (`name` on the appliance): text.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Trusted CA Certificate content as a Base64 encoded string (`certificate` on the appliance): text.
     */
    readonly certificate: pulumi.Output<string | undefined>;
    /**
     * A Certificate Signing Request (CSR) and/or Certificate can be downloaded (`download-type` on the appliance): one of `pem`.
     */
    readonly downloadType: pulumi.Output<TrustedCaCertificateDownloadType | undefined>;
    /**
     * Take over a trusted CA certificate of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the trusted CA certificate must match the existing one. Without `adopt`, creating a trusted CA certificate whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link TrustedCaCertificate} registers with the engine. */
export const trustedCaCertificateOutputNames = ["name", "certificate", "downloadType", "adopt"] as const;

/** The arguments of a {@link TrustedServerCertificate}. */
export interface TrustedServerCertificateArgs {
    /**
     * Trusted Server Certificate content as a Base64 encoded string (`certificate` on the appliance): text.
     */
    certificate?: pulumi.Input<string>;
    /**
     * Certificate Name (`name` on the appliance): text.
     */
    name: pulumi.Input<string>;
    /**
     * A Certificate Signing Request (CSR) and/or Certificate can be downloaded (`download-type` on the appliance): one of `pem`.
     */
    downloadType?: pulumi.Input<TrustedServerCertificateDownloadType>;
    /**
     * Take over a trusted server certificate of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the trusted server certificate must match the existing one. Without `adopt`, creating a trusted server certificate whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link TrustedServerCertificate} resolves to once the appliance has answered. */
export interface TrustedServerCertificateOutputs {
    /**
     * Trusted Server Certificate content as a Base64 encoded string (`certificate` on the appliance): text.
     */
    readonly certificate: pulumi.Output<string | undefined>;
    /**
     * Certificate Name (`name` on the appliance): text.
     */
    readonly name: pulumi.Output<string>;
    /**
     * A Certificate Signing Request (CSR) and/or Certificate can be downloaded (`download-type` on the appliance): one of `pem`.
     */
    readonly downloadType: pulumi.Output<TrustedServerCertificateDownloadType | undefined>;
    /**
     * Take over a trusted server certificate of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the trusted server certificate must match the existing one. Without `adopt`, creating a trusted server certificate whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link TrustedServerCertificate} registers with the engine. */
export const trustedServerCertificateOutputNames = ["certificate", "name", "downloadType", "adopt"] as const;

/** The arguments of a {@link CredentialServer}. */
export interface CredentialServerArgs {
    /**
     * Redirect URL (`redirect-url` on the appliance): text.
     */
    redirectUrl?: pulumi.Input<string>;
    /**
     * Armored Browser Type (`armored-browser-type` on the appliance): one of `Quarri - Protect on Q`.
     */
    armoredBrowserType: pulumi.Input<CredentialServerArmoredBrowserType>;
    /**
     * Policy Name (`policy-name` on the appliance): text.
     */
    policyName: pulumi.Input<string>;
    /**
     * Server Name/IP Address (`ip-address` on the appliance): text.
     */
    ipAddress: pulumi.Input<string>;
    /**
     * Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Cache Expiry (Seconds) (`cache-expiry` on the appliance): a whole number from 300 to 86400.
     */
    cacheExpiry?: pulumi.Input<number>;
    /**
     * Server Port (`port` on the appliance): a whole number from 0 to 65535.
     */
    port?: pulumi.Input<number>;
    /**
     * Cache Valid Sessions (`cache-valid-sessions` on the appliance): on (`true`) or off (`false`).
     */
    cacheValidSessions?: pulumi.Input<boolean>;
    /**
     * Take over a credential server of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the credential server must match the existing one. Without `adopt`, creating a credential server whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link CredentialServer} resolves to once the appliance has answered. */
export interface CredentialServerOutputs {
    /**
     * Redirect URL (`redirect-url` on the appliance): text.
     */
    readonly redirectUrl: pulumi.Output<string | undefined>;
    /**
     * Armored Browser Type (`armored-browser-type` on the appliance): one of `Quarri - Protect on Q`.
     */
    readonly armoredBrowserType: pulumi.Output<CredentialServerArmoredBrowserType>;
    /**
     * Policy Name (`policy-name` on the appliance): text.
     */
    readonly policyName: pulumi.Output<string>;
    /**
     * Server Name/IP Address (`ip-address` on the appliance): text.
     */
    readonly ipAddress: pulumi.Output<string>;
    /**
     * Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Cache Expiry (Seconds) (`cache-expiry` on the appliance): a whole number from 300 to 86400.
     */
    readonly cacheExpiry: pulumi.Output<number | undefined>;
    /**
     * Server Port (`port` on the appliance): a whole number from 0 to 65535.
     */
    readonly port: pulumi.Output<number | undefined>;
    /**
     * Cache Valid Sessions (`cache-valid-sessions` on the appliance): on (`true`) or off (`false`).
     */
    readonly cacheValidSessions: pulumi.Output<boolean | undefined>;
    /**
     * Take over a credential server of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the credential server must match the existing one. Without `adopt`, creating a credential server whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link CredentialServer} registers with the engine. */
export const credentialServerOutputNames = [
    "redirectUrl",
    "armoredBrowserType",
    "policyName",
    "ipAddress",
    "name",
    "cacheExpiry",
    "port",
    "cacheValidSessions",
    "adopt",
] as const;

/** The arguments of a {@link CustomParameterClass}. */
export interface CustomParameterClassArgs {
    /**
     * Custom Parameter Class Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Custom Blocked Attack Types (`custom-blocked-attack-types` on the appliance): a list of strings.
     */
    customBlockedAttackTypes?: pulumi.Input<string[]>;
    /**
     * Custom Input Type Validation (`custom-input-type-validation` on the appliance): one of `&lt;NONE&gt;`.
     */
    customInputTypeValidation?: pulumi.Input<CustomParameterClassCustomInputTypeValidation>;
    /**
     * Denied Metacharacters (`denied-metacharacters` on the appliance): text of at most 239 characters.
     */
    deniedMetacharacters?: pulumi.Input<string>;
    /**
     * Blocked Attack Types (`blocked-attack-types` on the appliance): a list of `SQL Injection`, `OS Command Injection`, `Directory Traversal`, `Cross-Site Scripting`, `Remote File Inclusion`, `SQL Injection strict`, `OS Command Injection strict`, `Directory Traversal strict`, `Cross-Site Scripting strict`, `Remote File Inclusion strict`, `LDAP Injection`, `Python-PHP attacks`, `HTTP Specific Injection`, `Apache Struts attacks`, `Apache struts attacks strict`, `Spam URL List`.
     */
    blockedAttackTypes?: pulumi.Input<CustomParameterClassBlockedAttackTypes[]>;
    /**
     * Input Type Validation (`input-type-validation` on the appliance): one of `CUSTOM`, `NONE`, `Numeric`, `Hex Number`, `Alpha`, `Alphanumeric`, `Credit Cards`, `Date`, `String`, `Name`, `Email`.
     */
    inputTypeValidation?: pulumi.Input<CustomParameterClassInputTypeValidation>;
    /**
     * Take over a custom parameter class of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the custom parameter class must match the existing one. Without `adopt`, creating a custom parameter class whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link CustomParameterClass} resolves to once the appliance has answered. */
export interface CustomParameterClassOutputs {
    /**
     * Custom Parameter Class Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Custom Blocked Attack Types (`custom-blocked-attack-types` on the appliance): a list of strings.
     */
    readonly customBlockedAttackTypes: pulumi.Output<string[] | undefined>;
    /**
     * Custom Input Type Validation (`custom-input-type-validation` on the appliance): one of `&lt;NONE&gt;`.
     */
    readonly customInputTypeValidation: pulumi.Output<
        CustomParameterClassCustomInputTypeValidation | undefined
    >;
    /**
     * Denied Metacharacters (`denied-metacharacters` on the appliance): text of at most 239 characters.
     */
    readonly deniedMetacharacters: pulumi.Output<string | undefined>;
    /**
     * Blocked Attack Types (`blocked-attack-types` on the appliance): a list of `SQL Injection`, `OS Command Injection`, `Directory Traversal`, `Cross-Site Scripting`, `Remote File Inclusion`, `SQL Injection strict`, `OS Command Injection strict`, `Directory Traversal strict`, `Cross-Site Scripting strict`, `Remote File Inclusion strict`, `LDAP Injection`, `Python-PHP attacks`, `HTTP Specific Injection`, `Apache Struts attacks`, `Apache struts attacks strict`, `Spam URL List`.
     */
    readonly blockedAttackTypes: pulumi.Output<CustomParameterClassBlockedAttackTypes[] | undefined>;
    /**
     * Input Type Validation (`input-type-validation` on the appliance): one of `CUSTOM`, `NONE`, `Numeric`, `Hex Number`, `Alpha`, `Alphanumeric`, `Credit Cards`, `Date`, `String`, `Name`, `Email`.
     */
    readonly inputTypeValidation: pulumi.Output<CustomParameterClassInputTypeValidation | undefined>;
    /**
     * Take over a custom parameter class of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the custom parameter class must match the existing one. Without `adopt`, creating a custom parameter class whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link CustomParameterClass} registers with the engine. */
export const customParameterClassOutputNames = [
    "name",
    "customBlockedAttackTypes",
    "customInputTypeValidation",
    "deniedMetacharacters",
    "blockedAttackTypes",
    "inputTypeValidation",
    "adopt",
] as const;

/** The arguments of a {@link ExternalLdapService}. */
export interface ExternalLdapServiceArgs {
    /**
     * Group Filter (`group-filter` on the appliance): text.
     */
    groupFilter?: pulumi.Input<string>;
    /**
     * Realm Name (`name` on the appliance): text.
     */
    name: pulumi.Input<string>;
    /**
     * LDAP Search Base (`search-base` on the appliance): text.
     */
    searchBase?: pulumi.Input<string>;
    /**
     * WAF-LDAP Role group priority (`role-order` on the appliance): text.
     */
    roleOrder?: pulumi.Input<string>;
    /**
     * Group Member UID Attribute (`group-member-uid-attribute` on the appliance): text.
     */
    groupMemberUidAttribute: pulumi.Input<string>;
    /**
     * Bind DN (`bind-dn` on the appliance): text.
     */
    bindDn: pulumi.Input<string>;
    /**
     * Encryption (`encryption` on the appliance): one of `None`, `TLS`, `SSL`.
     */
    encryption: pulumi.Input<ExternalLdapServiceEncryption>;
    /**
     * Allow Nested Groups (`allow-nested-groups` on the appliance): on (`true`) or off (`false`).
     */
    allowNestedGroups?: pulumi.Input<boolean>;
    /**
     * Bind Password (`bind-password` on the appliance): text.
     */
    bindPassword?: pulumi.Input<string>;
    /**
     * WAF-LDAP Role group Mapping (`role-map` on the appliance): text.
     */
    roleMap?: pulumi.Input<string>;
    /**
     * IP Address (`ip-address` on the appliance): text.
     */
    ipAddress: pulumi.Input<string>;
    /**
     * Port (`port` on the appliance): a whole number.
     */
    port?: pulumi.Input<number>;
    /**
     * Query For Group (`group-name-attribute` on the appliance): text.
     */
    groupNameAttribute?: pulumi.Input<string>;
    /**
     * Default Role (`default-role` on the appliance): one of `None`, `admin`, `audit-manager`, `certificate-manager`, `service-manager`, `policy-manager`, `network-manager`, `monitoring-manager`, `guest`.
     */
    defaultRole: pulumi.Input<ExternalLdapServiceDefaultRole>;
    /**
     * Validate Server Certificate (`validate-server-certificate` on the appliance): on (`true`) or off (`false`).
     */
    validateServerCertificate?: pulumi.Input<boolean>;
    /**
     * UID Attribute (`uid-attribute` on the appliance): text.
     */
    uidAttribute?: pulumi.Input<string>;
    /**
     * Group Membership format description (`group-membership-format` on the appliance): one of `UserDn`, `User`.
     */
    groupMembershipFormat?: pulumi.Input<ExternalLdapServiceGroupMembershipFormat>;
    /**
     * LDAP Server Type (`ldap-server-type` on the appliance): one of `OpenLDAP`, `Active Directory`, `Others`.
     */
    ldapServerType?: pulumi.Input<ExternalLdapServiceLdapServerType>;
    /**
     * Re-enter Bind Password (`retype-bind-password` on the appliance): text.
     */
    retypeBindPassword?: pulumi.Input<string>;
    /**
     * Take over a external LDAP service of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the external LDAP service must match the existing one. Without `adopt`, creating a external LDAP service whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link ExternalLdapService} resolves to once the appliance has answered. */
export interface ExternalLdapServiceOutputs {
    /**
     * Group Filter (`group-filter` on the appliance): text.
     */
    readonly groupFilter: pulumi.Output<string | undefined>;
    /**
     * Realm Name (`name` on the appliance): text.
     */
    readonly name: pulumi.Output<string>;
    /**
     * LDAP Search Base (`search-base` on the appliance): text.
     */
    readonly searchBase: pulumi.Output<string | undefined>;
    /**
     * WAF-LDAP Role group priority (`role-order` on the appliance): text.
     */
    readonly roleOrder: pulumi.Output<string | undefined>;
    /**
     * Group Member UID Attribute (`group-member-uid-attribute` on the appliance): text.
     */
    readonly groupMemberUidAttribute: pulumi.Output<string>;
    /**
     * Bind DN (`bind-dn` on the appliance): text.
     */
    readonly bindDn: pulumi.Output<string>;
    /**
     * Encryption (`encryption` on the appliance): one of `None`, `TLS`, `SSL`.
     */
    readonly encryption: pulumi.Output<ExternalLdapServiceEncryption>;
    /**
     * Allow Nested Groups (`allow-nested-groups` on the appliance): on (`true`) or off (`false`).
     */
    readonly allowNestedGroups: pulumi.Output<boolean | undefined>;
    /**
     * Bind Password (`bind-password` on the appliance): text.
     */
    readonly bindPassword: pulumi.Output<string | undefined>;
    /**
     * WAF-LDAP Role group Mapping (`role-map` on the appliance): text.
     */
    readonly roleMap: pulumi.Output<string | undefined>;
    /**
     * IP Address (`ip-address` on the appliance): text.
     */
    readonly ipAddress: pulumi.Output<string>;
    /**
     * Port (`port` on the appliance): a whole number.
     */
    readonly port: pulumi.Output<number | undefined>;
    /**
     * Query For Group (`group-name-attribute` on the appliance): text.
     */
    readonly groupNameAttribute: pulumi.Output<string | undefined>;
    /**
     * Default Role (`default-role` on the appliance): one of `None`, `admin`, `audit-manager`, `certificate-manager`, `service-manager`, `policy-manager`, `network-manager`, `monitoring-manager`, `guest`.
     */
    readonly defaultRole: pulumi.Output<ExternalLdapServiceDefaultRole>;
    /**
     * Validate Server Certificate (`validate-server-certificate` on the appliance): on (`true`) or off (`false`).
     */
    readonly validateServerCertificate: pulumi.Output<boolean | undefined>;
    /**
     * UID Attribute (`uid-attribute` on the appliance): text.
     */
    readonly uidAttribute: pulumi.Output<string | undefined>;
    /**
     * Group Membership format description (`group-membership-format` on the appliance): one of `UserDn`, `User`.
     */
    readonly groupMembershipFormat: pulumi.Output<ExternalLdapServiceGroupMembershipFormat | undefined>;
    /**
     * LDAP Server Type (`ldap-server-type` on the appliance): one of `OpenLDAP`, `Active Directory`, `Others`.
     */
    readonly ldapServerType: pulumi.Output<ExternalLdapServiceLdapServerType | undefined>;
    /**
     * Re-enter Bind Password (`retype-bind-password` on the appliance): text.
     */
    readonly retypeBindPassword: pulumi.Output<string | undefined>;
    /**
     * Take over a external LDAP service of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the external LDAP service must match the existing one. Without `adopt`, creating a external LDAP service whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link ExternalLdapService} registers with the engine. */
export const externalLdapServiceOutputNames = [
    "groupFilter",
    "name",
    "searchBase",
    "roleOrder",
    "groupMemberUidAttribute",
    "bindDn",
    "encryption",
    "allowNestedGroups",
    "bindPassword",
    "roleMap",
    "ipAddress",
    "port",
    "groupNameAttribute",
    "defaultRole",
    "validateServerCertificate",
    "uidAttribute",
    "groupMembershipFormat",
    "ldapServerType",
    "retypeBindPassword",
    "adopt",
] as const;

/** The arguments of a {@link ExternalRadiusService}. */
export interface ExternalRadiusServiceArgs {
    /**
     * Timeout (`timeout` on the appliance): a whole number from 1 to 30.
     */
    timeout?: pulumi.Input<number>;
    /**
     * Server Port (`port` on the appliance): a whole number.
     */
    port?: pulumi.Input<number>;
    /**
     * Realm Name (`name` on the appliance): text.
     */
    name: pulumi.Input<string>;
    /**
     * Default Role (`default-role` on the appliance): one of ``, `admin`, `audit-manager`, `certificate-manager`, `service-manager`, `policy-manager`, `network-manager`, `monitoring-manager`, `guest`.
     */
    defaultRole: pulumi.Input<ExternalRadiusServiceDefaultRole>;
    /**
     * Shared Secret (`shared-secret` on the appliance): text.
     */
    sharedSecret?: pulumi.Input<string>;
    /**
     * Server IP (`server-ip` on the appliance): text.
     */
    serverIp: pulumi.Input<string>;
    /**
     * Take over a external RADIUS service of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the external RADIUS service must match the existing one. Without `adopt`, creating a external RADIUS service whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link ExternalRadiusService} resolves to once the appliance has answered. */
export interface ExternalRadiusServiceOutputs {
    /**
     * Timeout (`timeout` on the appliance): a whole number from 1 to 30.
     */
    readonly timeout: pulumi.Output<number | undefined>;
    /**
     * Server Port (`port` on the appliance): a whole number.
     */
    readonly port: pulumi.Output<number | undefined>;
    /**
     * Realm Name (`name` on the appliance): text.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Default Role (`default-role` on the appliance): one of ``, `admin`, `audit-manager`, `certificate-manager`, `service-manager`, `policy-manager`, `network-manager`, `monitoring-manager`, `guest`.
     */
    readonly defaultRole: pulumi.Output<ExternalRadiusServiceDefaultRole>;
    /**
     * Shared Secret (`shared-secret` on the appliance): text.
     */
    readonly sharedSecret: pulumi.Output<string | undefined>;
    /**
     * Server IP (`server-ip` on the appliance): text.
     */
    readonly serverIp: pulumi.Output<string>;
    /**
     * Take over a external RADIUS service of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the external RADIUS service must match the existing one. Without `adopt`, creating a external RADIUS service whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link ExternalRadiusService} registers with the engine. */
export const externalRadiusServiceOutputNames = [
    "timeout",
    "port",
    "name",
    "defaultRole",
    "sharedSecret",
    "serverIp",
    "adopt",
] as const;

/** The arguments of a {@link GeoPool}. */
export interface GeoPoolArgs {
    /**
     * Available Categories (`region` on the appliance): text.
     */
    region?: pulumi.Input<string>;
    /**
     * Geo Pool Name (`name` on the appliance): text of at most 80 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Take over a GEO pool of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the GEO pool must match the existing one. Without `adopt`, creating a GEO pool whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link GeoPool} resolves to once the appliance has answered. */
export interface GeoPoolOutputs {
    /**
     * Available Categories (`region` on the appliance): text.
     */
    readonly region: pulumi.Output<string | undefined>;
    /**
     * Geo Pool Name (`name` on the appliance): text of at most 80 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Take over a GEO pool of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the GEO pool must match the existing one. Without `adopt`, creating a GEO pool whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link GeoPool} registers with the engine. */
export const geoPoolOutputNames = ["region", "name", "adopt"] as const;

/** The arguments of a {@link IdentityType}. */
export interface IdentityTypeArgs {
    /**
     * Identity Theft Data Type Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Take over a identity type of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the identity type must match the existing one. Without `adopt`, creating a identity type whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link IdentityType} resolves to once the appliance has answered. */
export interface IdentityTypeOutputs {
    /**
     * Identity Theft Data Type Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Take over a identity type of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the identity type must match the existing one. Without `adopt`, creating a identity type whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link IdentityType} registers with the engine. */
export const identityTypeOutputNames = ["name", "adopt"] as const;

/** The arguments of a {@link IdentityTheftPattern}. */
export interface IdentityTheftPatternArgs {
    /**
     * The identity type the identity theft pattern belongs to: a `IdentityType` of the program, or the name of one on the appliance. Changing it replaces the identity theft pattern.
     */
    identityType: pulumi.Input<string> | IdentityType;
    /**
     * Pattern Regex (`regex` on the appliance): text of at most 512 characters.
     */
    regex: pulumi.Input<string>;
    /**
     * Pattern Description (`description` on the appliance): text of at most 512 characters.
     */
    description?: pulumi.Input<string>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    status?: pulumi.Input<IdentityTheftPatternStatus>;
    /**
     * Pattern Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Pattern Algorithm (`algorithm` on the appliance): one of `None`, `Credit Card Check Digit`, `Korean Resident Registration Number Check Digit`, `Poland National Identification Number Check Digit`, `Czech National Identity Card Number Check Digit`, `Hungarian Identity Card Number Check Digit`.
     */
    algorithm?: pulumi.Input<IdentityTheftPatternAlgorithm>;
    /**
     * Case Sensitivity (`case-sensitive` on the appliance): on (`true`) or off (`false`).
     */
    caseSensitive?: pulumi.Input<boolean>;
    /**
     * Take over a identity theft pattern of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the identity theft pattern must match the existing one. Without `adopt`, creating a identity theft pattern whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link IdentityTheftPattern} resolves to once the appliance has answered. */
export interface IdentityTheftPatternOutputs {
    /**
     * The identity type the identity theft pattern belongs to: a `IdentityType` of the program, or the name of one on the appliance. Changing it replaces the identity theft pattern.
     */
    readonly identityType: pulumi.Output<string>;
    /**
     * Pattern Regex (`regex` on the appliance): text of at most 512 characters.
     */
    readonly regex: pulumi.Output<string>;
    /**
     * Pattern Description (`description` on the appliance): text of at most 512 characters.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    readonly status: pulumi.Output<IdentityTheftPatternStatus | undefined>;
    /**
     * Pattern Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Pattern Algorithm (`algorithm` on the appliance): one of `None`, `Credit Card Check Digit`, `Korean Resident Registration Number Check Digit`, `Poland National Identification Number Check Digit`, `Czech National Identity Card Number Check Digit`, `Hungarian Identity Card Number Check Digit`.
     */
    readonly algorithm: pulumi.Output<IdentityTheftPatternAlgorithm | undefined>;
    /**
     * Case Sensitivity (`case-sensitive` on the appliance): on (`true`) or off (`false`).
     */
    readonly caseSensitive: pulumi.Output<boolean | undefined>;
    /**
     * Take over a identity theft pattern of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the identity theft pattern must match the existing one. Without `adopt`, creating a identity theft pattern whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link IdentityTheftPattern} registers with the engine. */
export const identityTheftPatternOutputNames = [
    "identityType",
    "regex",
    "description",
    "status",
    "name",
    "algorithm",
    "caseSensitive",
    "adopt",
] as const;

/** The arguments of a {@link InputType}. */
export interface InputTypeArgs {
    /**
     * Input Data Type Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Take over a input type of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the input type must match the existing one. Without `adopt`, creating a input type whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link InputType} resolves to once the appliance has answered. */
export interface InputTypeOutputs {
    /**
     * Input Data Type Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Take over a input type of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the input type must match the existing one. Without `adopt`, creating a input type whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link InputType} registers with the engine. */
export const inputTypeOutputNames = ["name", "adopt"] as const;

/** The arguments of a {@link InputPattern}. */
export interface InputPatternArgs {
    /**
     * The input type the input pattern belongs to: a `InputType` of the program, or the name of one on the appliance. Changing it replaces the input pattern.
     */
    inputType: pulumi.Input<string> | InputType;
    /**
     * Pattern Algorithm (`algorithm` on the appliance): one of `None`, `Credit Card Check Digit`, `Korean Resident Registration Number Check Digit`, `Poland National Identification Number Check Digit`, `Czech National Identity Card Number Check Digit`, `Hungarian Identity Card Number Check Digit`.
     */
    algorithm?: pulumi.Input<InputPatternAlgorithm>;
    /**
     * Case Sensitivity (`case-sensitive` on the appliance): on (`true`) or off (`false`).
     */
    caseSensitive?: pulumi.Input<boolean>;
    /**
     * Pattern Regex (`regex` on the appliance): text of at most 512 characters.
     */
    regex: pulumi.Input<string>;
    /**
     * Pattern Description (`description` on the appliance): text of at most 512 characters.
     */
    description?: pulumi.Input<string>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    status?: pulumi.Input<InputPatternStatus>;
    /**
     * Pattern Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Take over a input pattern of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the input pattern must match the existing one. Without `adopt`, creating a input pattern whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link InputPattern} resolves to once the appliance has answered. */
export interface InputPatternOutputs {
    /**
     * The input type the input pattern belongs to: a `InputType` of the program, or the name of one on the appliance. Changing it replaces the input pattern.
     */
    readonly inputType: pulumi.Output<string>;
    /**
     * Pattern Algorithm (`algorithm` on the appliance): one of `None`, `Credit Card Check Digit`, `Korean Resident Registration Number Check Digit`, `Poland National Identification Number Check Digit`, `Czech National Identity Card Number Check Digit`, `Hungarian Identity Card Number Check Digit`.
     */
    readonly algorithm: pulumi.Output<InputPatternAlgorithm | undefined>;
    /**
     * Case Sensitivity (`case-sensitive` on the appliance): on (`true`) or off (`false`).
     */
    readonly caseSensitive: pulumi.Output<boolean | undefined>;
    /**
     * Pattern Regex (`regex` on the appliance): text of at most 512 characters.
     */
    readonly regex: pulumi.Output<string>;
    /**
     * Pattern Description (`description` on the appliance): text of at most 512 characters.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    readonly status: pulumi.Output<InputPatternStatus | undefined>;
    /**
     * Pattern Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Take over a input pattern of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the input pattern must match the existing one. Without `adopt`, creating a input pattern whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link InputPattern} registers with the engine. */
export const inputPatternOutputNames = [
    "inputType",
    "algorithm",
    "caseSensitive",
    "regex",
    "description",
    "status",
    "name",
    "adopt",
] as const;

/** The arguments of a {@link JsonSecurityPolicy}. */
export interface JsonSecurityPolicyArgs {
    /**
     * Max Value Length (`max-value-length` on the appliance): a whole number from 0 to 8192.
     */
    maxValueLength: pulumi.Input<number>;
    /**
     * Max Object Depth (`max-object-depth` on the appliance): a whole number from 0 to 64.
     */
    maxObjectDepth?: pulumi.Input<number>;
    /**
     * Max Key Length (`max-key-length` on the appliance): a whole number from 0 to 1024.
     */
    maxKeyLength: pulumi.Input<number>;
    /**
     * Max Keys (`max-keys` on the appliance): a whole number from 0 to 16384.
     */
    maxKeys: pulumi.Input<number>;
    /**
     * Min Number Value (`min-number-value` on the appliance): text.
     */
    minNumberValue?: pulumi.Input<string>;
    /**
     * Policy Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Max Array Elements (`max-array-elements` on the appliance): a whole number from 0 to 8192.
     */
    maxArrayElements?: pulumi.Input<number>;
    /**
     * Max Siblings (`max-siblings` on the appliance): a whole number from 0 to 8192.
     */
    maxSiblings?: pulumi.Input<number>;
    /**
     * Max Number Value (`max-number-value` on the appliance): a whole number.
     */
    maxNumberValue?: pulumi.Input<number>;
    /**
     * Take over a JSON security policy of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the JSON security policy must match the existing one. Without `adopt`, creating a JSON security policy whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link JsonSecurityPolicy} resolves to once the appliance has answered. */
export interface JsonSecurityPolicyOutputs {
    /**
     * Max Value Length (`max-value-length` on the appliance): a whole number from 0 to 8192.
     */
    readonly maxValueLength: pulumi.Output<number>;
    /**
     * Max Object Depth (`max-object-depth` on the appliance): a whole number from 0 to 64.
     */
    readonly maxObjectDepth: pulumi.Output<number | undefined>;
    /**
     * Max Key Length (`max-key-length` on the appliance): a whole number from 0 to 1024.
     */
    readonly maxKeyLength: pulumi.Output<number>;
    /**
     * Max Keys (`max-keys` on the appliance): a whole number from 0 to 16384.
     */
    readonly maxKeys: pulumi.Output<number>;
    /**
     * Min Number Value (`min-number-value` on the appliance): text.
     */
    readonly minNumberValue: pulumi.Output<string | undefined>;
    /**
     * Policy Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Max Array Elements (`max-array-elements` on the appliance): a whole number from 0 to 8192.
     */
    readonly maxArrayElements: pulumi.Output<number | undefined>;
    /**
     * Max Siblings (`max-siblings` on the appliance): a whole number from 0 to 8192.
     */
    readonly maxSiblings: pulumi.Output<number | undefined>;
    /**
     * Max Number Value (`max-number-value` on the appliance): a whole number.
     */
    readonly maxNumberValue: pulumi.Output<number | undefined>;
    /**
     * Take over a JSON security policy of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the JSON security policy must match the existing one. Without `adopt`, creating a JSON security policy whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link JsonSecurityPolicy} registers with the engine. */
export const jsonSecurityPolicyOutputNames = [
    "maxValueLength",
    "maxObjectDepth",
    "maxKeyLength",
    "maxKeys",
    "minNumberValue",
    "name",
    "maxArrayElements",
    "maxSiblings",
    "maxNumberValue",
    "adopt",
] as const;

/** The arguments of a {@link JwtPublicKey}. */
export interface JwtPublicKeyArgs {
    /**
     * Name (`public-keys-name` on the appliance): text.
     */
    name: pulumi.Input<string>;
    /**
     * Trusted CA Certificate content as a Base64 encoded string (`key-contents` on the appliance): text.
     */
    keyContents?: pulumi.Input<string>;
    /**
     * Take over a JWT public key of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the JWT public key must match the existing one. Without `adopt`, creating a JWT public key whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link JwtPublicKey} resolves to once the appliance has answered. */
export interface JwtPublicKeyOutputs {
    /**
     * Name (`public-keys-name` on the appliance): text.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Trusted CA Certificate content as a Base64 encoded string (`key-contents` on the appliance): text.
     */
    readonly keyContents: pulumi.Output<string | undefined>;
    /**
     * Take over a JWT public key of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the JWT public key must match the existing one. Without `adopt`, creating a JWT public key whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link JwtPublicKey} registers with the engine. */
export const jwtPublicKeyOutputNames = ["name", "keyContents", "adopt"] as const;

/** The arguments of a {@link JwtValidatorEndpoint}. */
export interface JwtValidatorEndpointArgs {
    /**
     * Validate Server (`validate-server` on the appliance): on (`true`) or off (`false`).
     */
    validateServer?: pulumi.Input<boolean>;
    /**
     * JWT Claim Key ID (`public-keys-kid` on the appliance): text.
     */
    publicKeysKid?: pulumi.Input<string>;
    /**
     * Lid_46937 (`shared-keys-kid` on the appliance): text.
     */
    sharedKeysKid?: pulumi.Input<string>;
    /**
     * Type (`type` on the appliance): one of `Internal`, `External`.
     */
    type?: pulumi.Input<JwtValidatorEndpointType>;
    /**
     * JWKS URI (`verify-jwks-uri` on the appliance): text of at most 255 characters.
     */
    verifyJwksUri?: pulumi.Input<string>;
    /**
     * Public Keys (`verify-public-keys` on the appliance): text.
     */
    verifyPublicKeys?: pulumi.Input<string> | JwtPublicKey;
    /**
     * Token Param Name (`token-param-name` on the appliance): text.
     */
    tokenParamName?: pulumi.Input<string>;
    /**
     * Client ID (`client-id` on the appliance): text of at most 255 characters.
     */
    clientId?: pulumi.Input<string>;
    /**
     * Lid_47041 (`max-cache-size` on the appliance): text.
     */
    maxCacheSize?: pulumi.Input<string>;
    /**
     * Client Secret (`client-secret` on the appliance): text of at most 255 characters.
     */
    clientSecret?: pulumi.Input<string>;
    /**
     * Introspection Endpoint (`endpoint` on the appliance): text of at most 255 characters.
     */
    endpoint?: pulumi.Input<string>;
    /**
     * Extra POST Parameters (`post-params` on the appliance): text.
     */
    postParams?: pulumi.Input<string>;
    /**
     * Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Auth Mechanism (`auth-mechanism` on the appliance): one of `Client Secret Basic`, `lid_47045`, `lid_47046`, `Bearer Acess Token`, `None`.
     */
    authMechanism?: pulumi.Input<JwtValidatorEndpointAuthMechanism>;
    /**
     * Shared Keys (`verify-shared-keys` on the appliance): text.
     */
    verifySharedKeys?: pulumi.Input<string>;
    /**
     * Token (`bearer-access-token` on the appliance): text of at most 1024 characters.
     */
    bearerAccessToken?: pulumi.Input<string>;
    /**
     * Take over a JWT validator endpoint of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the JWT validator endpoint must match the existing one. Without `adopt`, creating a JWT validator endpoint whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link JwtValidatorEndpoint} resolves to once the appliance has answered. */
export interface JwtValidatorEndpointOutputs {
    /**
     * Validate Server (`validate-server` on the appliance): on (`true`) or off (`false`).
     */
    readonly validateServer: pulumi.Output<boolean | undefined>;
    /**
     * JWT Claim Key ID (`public-keys-kid` on the appliance): text.
     */
    readonly publicKeysKid: pulumi.Output<string | undefined>;
    /**
     * Lid_46937 (`shared-keys-kid` on the appliance): text.
     */
    readonly sharedKeysKid: pulumi.Output<string | undefined>;
    /**
     * Type (`type` on the appliance): one of `Internal`, `External`.
     */
    readonly type: pulumi.Output<JwtValidatorEndpointType | undefined>;
    /**
     * JWKS URI (`verify-jwks-uri` on the appliance): text of at most 255 characters.
     */
    readonly verifyJwksUri: pulumi.Output<string | undefined>;
    /**
     * Public Keys (`verify-public-keys` on the appliance): text.
     */
    readonly verifyPublicKeys: pulumi.Output<string | undefined>;
    /**
     * Token Param Name (`token-param-name` on the appliance): text.
     */
    readonly tokenParamName: pulumi.Output<string | undefined>;
    /**
     * Client ID (`client-id` on the appliance): text of at most 255 characters.
     */
    readonly clientId: pulumi.Output<string | undefined>;
    /**
     * Lid_47041 (`max-cache-size` on the appliance): text.
     */
    readonly maxCacheSize: pulumi.Output<string | undefined>;
    /**
     * Client Secret (`client-secret` on the appliance): text of at most 255 characters.
     */
    readonly clientSecret: pulumi.Output<string | undefined>;
    /**
     * Introspection Endpoint (`endpoint` on the appliance): text of at most 255 characters.
     */
    readonly endpoint: pulumi.Output<string | undefined>;
    /**
     * Extra POST Parameters (`post-params` on the appliance): text.
     */
    readonly postParams: pulumi.Output<string | undefined>;
    /**
     * Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Auth Mechanism (`auth-mechanism` on the appliance): one of `Client Secret Basic`, `lid_47045`, `lid_47046`, `Bearer Acess Token`, `None`.
     */
    readonly authMechanism: pulumi.Output<JwtValidatorEndpointAuthMechanism | undefined>;
    /**
     * Shared Keys (`verify-shared-keys` on the appliance): text.
     */
    readonly verifySharedKeys: pulumi.Output<string | undefined>;
    /**
     * Token (`bearer-access-token` on the appliance): text of at most 1024 characters.
     */
    readonly bearerAccessToken: pulumi.Output<string | undefined>;
    /**
     * Take over a JWT validator endpoint of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the JWT validator endpoint must match the existing one. Without `adopt`, creating a JWT validator endpoint whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link JwtValidatorEndpoint} registers with the engine. */
export const jwtValidatorEndpointOutputNames = [
    "validateServer",
    "publicKeysKid",
    "sharedKeysKid",
    "type",
    "verifyJwksUri",
    "verifyPublicKeys",
    "tokenParamName",
    "clientId",
    "maxCacheSize",
    "clientSecret",
    "endpoint",
    "postParams",
    "name",
    "authMechanism",
    "verifySharedKeys",
    "bearerAccessToken",
    "adopt",
] as const;

/** The arguments of a {@link KerberosService}. */
export interface KerberosServiceArgs {
    /**
     * Realm Name (`name` on the appliance): text of at most 63 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Take over a kerberos service of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the kerberos service must match the existing one. Without `adopt`, creating a kerberos service whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link KerberosService} resolves to once the appliance has answered. */
export interface KerberosServiceOutputs {
    /**
     * Realm Name (`name` on the appliance): text of at most 63 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Take over a kerberos service of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the kerberos service must match the existing one. Without `adopt`, creating a kerberos service whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link KerberosService} registers with the engine. */
export const kerberosServiceOutputNames = ["name", "adopt"] as const;

/** The arguments of a {@link LdapService}. */
export interface LdapServiceArgs {
    /**
     * Realm Name (`name` on the appliance): text of at most 63 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Take over a LDAP service of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the LDAP service must match the existing one. Without `adopt`, creating a LDAP service whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link LdapService} resolves to once the appliance has answered. */
export interface LdapServiceOutputs {
    /**
     * Realm Name (`name` on the appliance): text of at most 63 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Take over a LDAP service of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the LDAP service must match the existing one. Without `adopt`, creating a LDAP service whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link LdapService} registers with the engine. */
export const ldapServiceOutputNames = ["name", "adopt"] as const;

/** The arguments of a {@link LocalGroup}. */
export interface LocalGroupArgs {
    /**
     * New Group Name (`name` on the appliance): text of at most 63 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Take over a local group of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the local group must match the existing one. Without `adopt`, creating a local group whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link LocalGroup} resolves to once the appliance has answered. */
export interface LocalGroupOutputs {
    /**
     * New Group Name (`name` on the appliance): text of at most 63 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Take over a local group of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the local group must match the existing one. Without `adopt`, creating a local group whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link LocalGroup} registers with the engine. */
export const localGroupOutputNames = ["name", "adopt"] as const;

/** The arguments of a {@link LocalUser}. */
export interface LocalUserArgs {
    /**
     * Password (`password` on the appliance): text.
     */
    password: pulumi.Input<string>;
    /**
     * User Groups (`user-groups` on the appliance): a list of strings.
     */
    userGroups?: pulumi.Input<string[]>;
    /**
     * New user name (`name` on the appliance): text.
     */
    name: pulumi.Input<string>;
    /**
     * Take over a local user of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the local user must match the existing one. Without `adopt`, creating a local user whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link LocalUser} resolves to once the appliance has answered. */
export interface LocalUserOutputs {
    /**
     * Password (`password` on the appliance): text.
     */
    readonly password: pulumi.Output<string>;
    /**
     * User Groups (`user-groups` on the appliance): a list of strings.
     */
    readonly userGroups: pulumi.Output<string[] | undefined>;
    /**
     * New user name (`name` on the appliance): text.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Take over a local user of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the local user must match the existing one. Without `adopt`, creating a local user whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link LocalUser} registers with the engine. */
export const localUserOutputNames = ["password", "userGroups", "name", "adopt"] as const;

/** The arguments of a {@link NetworkAcl}. */
export interface NetworkAclArgs {
    /**
     * Source Netmask (`ipv6-source-netmask` on the appliance): text.
     */
    ipv6SourceNetmask?: pulumi.Input<string>;
    /**
     * IP Protocol Version (`ip-version` on the appliance): one of `IPv4`, `IPv6`.
     */
    ipVersion?: pulumi.Input<NetworkAclIpVersion>;
    /**
     * Action (`action` on the appliance): one of `ACCEPT`, `REJECT`.
     */
    action?: pulumi.Input<NetworkAclAction>;
    /**
     * Priority (`priority` on the appliance): a whole number.
     */
    priority: pulumi.Input<number>;
    /**
     * Source IP Address (`source-address` on the appliance): text.
     */
    sourceAddress?: pulumi.Input<string>;
    /**
     * Log Status (`enable-logging` on the appliance): one of `On`, `Off`.
     */
    enableLogging?: pulumi.Input<NetworkAclEnableLogging>;
    /**
     * Destination IP Address (`ipv6-destination-address` on the appliance): text.
     */
    ipv6DestinationAddress?: pulumi.Input<string>;
    /**
     * Destination Port Range (`destination-port` on the appliance): text.
     */
    destinationPort?: pulumi.Input<string>;
    /**
     * Destination IP Address (`destination-address` on the appliance): text.
     */
    destinationAddress?: pulumi.Input<string>;
    /**
     * Interface (`interface` on the appliance): text.
     */
    interface?: pulumi.Input<string>;
    /**
     * Network Group (`vsite` on the appliance): one of `System`, `Management`, `default`.
     */
    vsite?: pulumi.Input<NetworkAclVsite>;
    /**
     * Max Number of Connections (`max-connections` on the appliance): a whole number.
     */
    maxConnections?: pulumi.Input<number>;
    /**
     * Source Port Range (`source-port` on the appliance): text.
     */
    sourcePort?: pulumi.Input<string>;
    /**
     * Comments (`comments` on the appliance): text.
     */
    comments?: pulumi.Input<string>;
    /**
     * ICMP Response (`icmp-response` on the appliance): text.
     */
    icmpResponse?: pulumi.Input<string>;
    /**
     * Destination Netmask (`destination-netmask` on the appliance): text.
     */
    destinationNetmask?: pulumi.Input<string>;
    /**
     * Enabled (`status` on the appliance): on (`true`) or off (`false`).
     */
    status?: pulumi.Input<boolean>;
    /**
     * Name (`name` on the appliance): text.
     */
    name: pulumi.Input<string>;
    /**
     * Source Netmask (`source-netmask` on the appliance): text.
     */
    sourceNetmask?: pulumi.Input<string>;
    /**
     * Max Connection Rate (`max-half-open-connections` on the appliance): a whole number.
     */
    maxHalfOpenConnections?: pulumi.Input<number>;
    /**
     * Protocol (`protocol` on the appliance): one of `ALL-PROTOCOLS`, `ICMP(1)`, `IGMP(2)`, `GGP(3)`, `IPV4(4)`, `ST(5)`, `TCP(6)`, `CBT(7)`, `EGP(8)`, `IGP(9)`, `BBN-RCC-MON(10)`, `NVP-II(11)`, `PUP(12)`, `ARGUS(13)`, `EMCON(14)`, `XNET(15)`, `CHAOS(16)`, `UDP(17)`, `MUX(18)`, `DCN-MEAS(19)`, `HMP(20)`, `PRM(21)`, `XNS-IDP(22)`, `TRUNK-1(23)`, `TRUNK-2(24)`, `LEAF-1(25)`, `LEAF-2(26)`, `RDP(27)`, `IRTP(28)`, `ISO-TP4(29)`, `NETBLT(30)`, `MFE-NSP(31)`, `MERIT-INP(32)`, `SEP(33)`, `Third-Party-Connect(34)`, `IDPR(35)`, `XTP(36)`, `DDP(37)`, `IDPR-CMTP(38)`, `TPXX(39)`, `IL(40)`, `IPv6(41)`, `SDRP(42)`, `IPv6-Route(43)`, `IPv6-Frag(44)`, `IDRP(45)`, `RSVP(46)`, `GRE(47)`, `MHRP(48)`, `BNA(49)`, `ESP(50)`, `AH(51)`, `I-NLSP(52)`, `SWIPE(53)`, `NARP(54)`, `MOBILE(55)`, `TLSP(56)`, `SKIP(57)`, `IPv6-ICMP(58)`, `IPv6-NoNxt(59)`, `IPv6-Opts(60)`, `Any-Host-Internal-Protocol(61)`, `CFTP(62)`, `any-local-network(63)`, `SAT-EXPAK(64)`, `KRYPTOLAN(65)`, `RVD(66)`, `IPPC(67)`, `Any-Distributed-File-System(68)`, `SAT-MON(69)`, `VISA(70)`, `IPCV(71)`, `CPNX(72)`, `CPHB(73)`, `WSN(74)`, `PVP(75)`, `BR-SAT-MON(76)`, `SUN-ND(77)`, `WB-MON(78)`, `WB-EXPAK(79)`, `ISO-IP(80)`, `VMTP(81)`, `SECURE-VMTP(82)`, `VINES(83)`, `TTP(84)`, `NSFNET-IGP(85)`, `DGP(86)`, `TCF(87)`, `EIGRP(88)`, `OSPFIGP(89)`, `Sprite-RPC(90)`, `LARP(91)`, `MTP(92)`, `AX.25(93)`, `IPIP(94)`, `MICP(95)`, `SCC-SP(96)`, `ETHERIP(97)`, `ENCAP(98)`, `Any-Private-Encryption-Scheme(99)`, `GMTP(100)`, `IFMP(101)`, `PNNI(102)`, `PIM(103)`, `ARIS(104)`, `SCPS(105)`, `QNX(106)`, `Active-Network(107)`, `IPComp(108)`, `SNP(109)`, `Compaq-Peer(110)`, `IPX-in-IP(111)`, `VRRP(112)`, `PGM(113)`, `Any-0-hop-Protocol(114)`, `L2TP(115)`, `DDX(116)`, `IATP(117)`, `STP(118)`, `SRP(119)`, `UTI(120)`, `SMP(121)`, `SM(122)`, `PTP(123)`, `ISIS-over-IPv4(124)`, `FIRE(125)`, `CRTP(126)`, `CRUDP(127)`, `SSCOPMCE(128)`, `IPLT(129)`, `SPS(130)`, `PIPE(131)`, `SCTP(132)`, `FC(133)`, `RSVP-E2E-IGNORE(134)`, `Mobility-Header(135)`.
     */
    protocol?: pulumi.Input<NetworkAclProtocol>;
    /**
     * Source IP Address (`ipv6-source-address` on the appliance): text.
     */
    ipv6SourceAddress?: pulumi.Input<string>;
    /**
     * Destination Netmask (`ipv6-destination-netmask` on the appliance): text.
     */
    ipv6DestinationNetmask?: pulumi.Input<string>;
    /**
     * Take over a network ACL of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the network ACL must match the existing one. Without `adopt`, creating a network ACL whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link NetworkAcl} resolves to once the appliance has answered. */
export interface NetworkAclOutputs {
    /**
     * Source Netmask (`ipv6-source-netmask` on the appliance): text.
     */
    readonly ipv6SourceNetmask: pulumi.Output<string | undefined>;
    /**
     * IP Protocol Version (`ip-version` on the appliance): one of `IPv4`, `IPv6`.
     */
    readonly ipVersion: pulumi.Output<NetworkAclIpVersion | undefined>;
    /**
     * Action (`action` on the appliance): one of `ACCEPT`, `REJECT`.
     */
    readonly action: pulumi.Output<NetworkAclAction | undefined>;
    /**
     * Priority (`priority` on the appliance): a whole number.
     */
    readonly priority: pulumi.Output<number>;
    /**
     * Source IP Address (`source-address` on the appliance): text.
     */
    readonly sourceAddress: pulumi.Output<string | undefined>;
    /**
     * Log Status (`enable-logging` on the appliance): one of `On`, `Off`.
     */
    readonly enableLogging: pulumi.Output<NetworkAclEnableLogging | undefined>;
    /**
     * Destination IP Address (`ipv6-destination-address` on the appliance): text.
     */
    readonly ipv6DestinationAddress: pulumi.Output<string | undefined>;
    /**
     * Destination Port Range (`destination-port` on the appliance): text.
     */
    readonly destinationPort: pulumi.Output<string | undefined>;
    /**
     * Destination IP Address (`destination-address` on the appliance): text.
     */
    readonly destinationAddress: pulumi.Output<string | undefined>;
    /**
     * Interface (`interface` on the appliance): text.
     */
    readonly interface: pulumi.Output<string | undefined>;
    /**
     * Network Group (`vsite` on the appliance): one of `System`, `Management`, `default`.
     */
    readonly vsite: pulumi.Output<NetworkAclVsite | undefined>;
    /**
     * Max Number of Connections (`max-connections` on the appliance): a whole number.
     */
    readonly maxConnections: pulumi.Output<number | undefined>;
    /**
     * Source Port Range (`source-port` on the appliance): text.
     */
    readonly sourcePort: pulumi.Output<string | undefined>;
    /**
     * Comments (`comments` on the appliance): text.
     */
    readonly comments: pulumi.Output<string | undefined>;
    /**
     * ICMP Response (`icmp-response` on the appliance): text.
     */
    readonly icmpResponse: pulumi.Output<string | undefined>;
    /**
     * Destination Netmask (`destination-netmask` on the appliance): text.
     */
    readonly destinationNetmask: pulumi.Output<string | undefined>;
    /**
     * Enabled (`status` on the appliance): on (`true`) or off (`false`).
     */
    readonly status: pulumi.Output<boolean | undefined>;
    /**
     * Name (`name` on the appliance): text.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Source Netmask (`source-netmask` on the appliance): text.
     */
    readonly sourceNetmask: pulumi.Output<string | undefined>;
    /**
     * Max Connection Rate (`max-half-open-connections` on the appliance): a whole number.
     */
    readonly maxHalfOpenConnections: pulumi.Output<number | undefined>;
    /**
     * Protocol (`protocol` on the appliance): one of `ALL-PROTOCOLS`, `ICMP(1)`, `IGMP(2)`, `GGP(3)`, `IPV4(4)`, `ST(5)`, `TCP(6)`, `CBT(7)`, `EGP(8)`, `IGP(9)`, `BBN-RCC-MON(10)`, `NVP-II(11)`, `PUP(12)`, `ARGUS(13)`, `EMCON(14)`, `XNET(15)`, `CHAOS(16)`, `UDP(17)`, `MUX(18)`, `DCN-MEAS(19)`, `HMP(20)`, `PRM(21)`, `XNS-IDP(22)`, `TRUNK-1(23)`, `TRUNK-2(24)`, `LEAF-1(25)`, `LEAF-2(26)`, `RDP(27)`, `IRTP(28)`, `ISO-TP4(29)`, `NETBLT(30)`, `MFE-NSP(31)`, `MERIT-INP(32)`, `SEP(33)`, `Third-Party-Connect(34)`, `IDPR(35)`, `XTP(36)`, `DDP(37)`, `IDPR-CMTP(38)`, `TPXX(39)`, `IL(40)`, `IPv6(41)`, `SDRP(42)`, `IPv6-Route(43)`, `IPv6-Frag(44)`, `IDRP(45)`, `RSVP(46)`, `GRE(47)`, `MHRP(48)`, `BNA(49)`, `ESP(50)`, `AH(51)`, `I-NLSP(52)`, `SWIPE(53)`, `NARP(54)`, `MOBILE(55)`, `TLSP(56)`, `SKIP(57)`, `IPv6-ICMP(58)`, `IPv6-NoNxt(59)`, `IPv6-Opts(60)`, `Any-Host-Internal-Protocol(61)`, `CFTP(62)`, `any-local-network(63)`, `SAT-EXPAK(64)`, `KRYPTOLAN(65)`, `RVD(66)`, `IPPC(67)`, `Any-Distributed-File-System(68)`, `SAT-MON(69)`, `VISA(70)`, `IPCV(71)`, `CPNX(72)`, `CPHB(73)`, `WSN(74)`, `PVP(75)`, `BR-SAT-MON(76)`, `SUN-ND(77)`, `WB-MON(78)`, `WB-EXPAK(79)`, `ISO-IP(80)`, `VMTP(81)`, `SECURE-VMTP(82)`, `VINES(83)`, `TTP(84)`, `NSFNET-IGP(85)`, `DGP(86)`, `TCF(87)`, `EIGRP(88)`, `OSPFIGP(89)`, `Sprite-RPC(90)`, `LARP(91)`, `MTP(92)`, `AX.25(93)`, `IPIP(94)`, `MICP(95)`, `SCC-SP(96)`, `ETHERIP(97)`, `ENCAP(98)`, `Any-Private-Encryption-Scheme(99)`, `GMTP(100)`, `IFMP(101)`, `PNNI(102)`, `PIM(103)`, `ARIS(104)`, `SCPS(105)`, `QNX(106)`, `Active-Network(107)`, `IPComp(108)`, `SNP(109)`, `Compaq-Peer(110)`, `IPX-in-IP(111)`, `VRRP(112)`, `PGM(113)`, `Any-0-hop-Protocol(114)`, `L2TP(115)`, `DDX(116)`, `IATP(117)`, `STP(118)`, `SRP(119)`, `UTI(120)`, `SMP(121)`, `SM(122)`, `PTP(123)`, `ISIS-over-IPv4(124)`, `FIRE(125)`, `CRTP(126)`, `CRUDP(127)`, `SSCOPMCE(128)`, `IPLT(129)`, `SPS(130)`, `PIPE(131)`, `SCTP(132)`, `FC(133)`, `RSVP-E2E-IGNORE(134)`, `Mobility-Header(135)`.
     */
    readonly protocol: pulumi.Output<NetworkAclProtocol | undefined>;
    /**
     * Source IP Address (`ipv6-source-address` on the appliance): text.
     */
    readonly ipv6SourceAddress: pulumi.Output<string | undefined>;
    /**
     * Destination Netmask (`ipv6-destination-netmask` on the appliance): text.
     */
    readonly ipv6DestinationNetmask: pulumi.Output<string | undefined>;
    /**
     * Take over a network ACL of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the network ACL must match the existing one. Without `adopt`, creating a network ACL whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link NetworkAcl} registers with the engine. */
export const networkAclOutputNames = [
    "ipv6SourceNetmask",
    "ipVersion",
    "action",
    "priority",
    "sourceAddress",
    "enableLogging",
    "ipv6DestinationAddress",
    "destinationPort",
    "destinationAddress",
    "interface",
    "vsite",
    "maxConnections",
    "sourcePort",
    "comments",
    "icmpResponse",
    "destinationNetmask",
    "status",
    "name",
    "sourceNetmask",
    "maxHalfOpenConnections",
    "protocol",
    "ipv6SourceAddress",
    "ipv6DestinationNetmask",
    "adopt",
] as const;

/** The arguments of a {@link OpenidcService}. */
export interface OpenidcServiceArgs {
    /**
     * Realm Name (`name` on the appliance): text of at most 63 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Take over a openidc service of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the openidc service must match the existing one. Without `adopt`, creating a openidc service whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link OpenidcService} resolves to once the appliance has answered. */
export interface OpenidcServiceOutputs {
    /**
     * Realm Name (`name` on the appliance): text of at most 63 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Take over a openidc service of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the openidc service must match the existing one. Without `adopt`, creating a openidc service whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link OpenidcService} registers with the engine. */
export const openidcServiceOutputNames = ["name", "adopt"] as const;

/** The arguments of a {@link OpenidcIdentityProvider}. */
export interface OpenidcIdentityProviderArgs {
    /**
     * The openidc service the openidc identity provider belongs to: a `OpenidcService` of the program, or the name of one on the appliance. Changing it replaces the openidc identity provider.
     */
    openidcService: pulumi.Input<string> | OpenidcService;
    /**
     * OpenID Connect Alias (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Metadata URL (`metadata-url` on the appliance): text of at most 256 characters.
     */
    metadataUrl?: pulumi.Input<string>;
    /**
     * Token Endpoint (`token-endpoint` on the appliance): text of at most 256 characters.
     */
    tokenEndpoint: pulumi.Input<string>;
    /**
     * Endpoint Configuration (`endpoint-configuration` on the appliance): one of `Discovery URL`, `Manual`.
     */
    endpointConfiguration?: pulumi.Input<OpenidcIdentityProviderEndpointConfiguration>;
    /**
     * Type (`type-openidc` on the appliance): a whole number.
     */
    typeOpenidc?: pulumi.Input<number>;
    /**
     * JSON Web Key(JWK) URL (`jwks-url` on the appliance): text of at most 256 characters.
     */
    jwksUrl: pulumi.Input<string>;
    /**
     * Client Secret (`client-secret` on the appliance): text of at most 256 characters.
     */
    clientSecret: pulumi.Input<string>;
    /**
     * UserInfo Endpoint (`userinfo-endpoint` on the appliance): text.
     */
    userinfoEndpoint?: pulumi.Input<string>;
    /**
     * Issuer (`openidc-issuer` on the appliance): text of at most 256 characters.
     */
    openidcIssuer: pulumi.Input<string>;
    /**
     * Auth Endpoint (`auth-endpoint` on the appliance): text of at most 256 characters.
     */
    authEndpoint: pulumi.Input<string>;
    /**
     * Client ID (`client-id` on the appliance): text of at most 256 characters.
     */
    clientId: pulumi.Input<string>;
    /**
     * Take over a openidc identity provider of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the openidc identity provider must match the existing one. Without `adopt`, creating a openidc identity provider whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link OpenidcIdentityProvider} resolves to once the appliance has answered. */
export interface OpenidcIdentityProviderOutputs {
    /**
     * The openidc service the openidc identity provider belongs to: a `OpenidcService` of the program, or the name of one on the appliance. Changing it replaces the openidc identity provider.
     */
    readonly openidcService: pulumi.Output<string>;
    /**
     * OpenID Connect Alias (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Metadata URL (`metadata-url` on the appliance): text of at most 256 characters.
     */
    readonly metadataUrl: pulumi.Output<string | undefined>;
    /**
     * Token Endpoint (`token-endpoint` on the appliance): text of at most 256 characters.
     */
    readonly tokenEndpoint: pulumi.Output<string>;
    /**
     * Endpoint Configuration (`endpoint-configuration` on the appliance): one of `Discovery URL`, `Manual`.
     */
    readonly endpointConfiguration: pulumi.Output<OpenidcIdentityProviderEndpointConfiguration | undefined>;
    /**
     * Type (`type-openidc` on the appliance): a whole number.
     */
    readonly typeOpenidc: pulumi.Output<number | undefined>;
    /**
     * JSON Web Key(JWK) URL (`jwks-url` on the appliance): text of at most 256 characters.
     */
    readonly jwksUrl: pulumi.Output<string>;
    /**
     * Client Secret (`client-secret` on the appliance): text of at most 256 characters.
     */
    readonly clientSecret: pulumi.Output<string>;
    /**
     * UserInfo Endpoint (`userinfo-endpoint` on the appliance): text.
     */
    readonly userinfoEndpoint: pulumi.Output<string | undefined>;
    /**
     * Issuer (`openidc-issuer` on the appliance): text of at most 256 characters.
     */
    readonly openidcIssuer: pulumi.Output<string>;
    /**
     * Auth Endpoint (`auth-endpoint` on the appliance): text of at most 256 characters.
     */
    readonly authEndpoint: pulumi.Output<string>;
    /**
     * Client ID (`client-id` on the appliance): text of at most 256 characters.
     */
    readonly clientId: pulumi.Output<string>;
    /**
     * Take over a openidc identity provider of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the openidc identity provider must match the existing one. Without `adopt`, creating a openidc identity provider whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link OpenidcIdentityProvider} registers with the engine. */
export const openidcIdentityProviderOutputNames = [
    "openidcService",
    "name",
    "metadataUrl",
    "tokenEndpoint",
    "endpointConfiguration",
    "typeOpenidc",
    "jwksUrl",
    "clientSecret",
    "userinfoEndpoint",
    "openidcIssuer",
    "authEndpoint",
    "clientId",
    "adopt",
] as const;

/** The arguments of a {@link RadiusService}. */
export interface RadiusServiceArgs {
    /**
     * Realm Name (`name` on the appliance): text of at most 63 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Take over a RADIUS service of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the RADIUS service must match the existing one. Without `adopt`, creating a RADIUS service whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link RadiusService} resolves to once the appliance has answered. */
export interface RadiusServiceOutputs {
    /**
     * Realm Name (`name` on the appliance): text of at most 63 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Take over a RADIUS service of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the RADIUS service must match the existing one. Without `adopt`, creating a RADIUS service whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link RadiusService} registers with the engine. */
export const radiusServiceOutputNames = ["name", "adopt"] as const;

/** The arguments of a {@link RateControlPool}. */
export interface RateControlPoolArgs {
    /**
     * Maximum Per Client Backlog (`max-per-client-backlog` on the appliance): a whole number from 0 to 100.
     */
    maxPerClientBacklog?: pulumi.Input<number>;
    /**
     * Rate Control Pool Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Maximum Active Requests (`max-active-requests` on the appliance): a whole number from 1 to 32767.
     */
    maxActiveRequests?: pulumi.Input<number>;
    /**
     * Maximum Unconfigured Clients (`max-unconfigured-clients` on the appliance): a whole number from 1 to 32767.
     */
    maxUnconfiguredClients?: pulumi.Input<number>;
    /**
     * Take over a rate control pool of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the rate control pool must match the existing one. Without `adopt`, creating a rate control pool whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link RateControlPool} resolves to once the appliance has answered. */
export interface RateControlPoolOutputs {
    /**
     * Maximum Per Client Backlog (`max-per-client-backlog` on the appliance): a whole number from 0 to 100.
     */
    readonly maxPerClientBacklog: pulumi.Output<number | undefined>;
    /**
     * Rate Control Pool Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Maximum Active Requests (`max-active-requests` on the appliance): a whole number from 1 to 32767.
     */
    readonly maxActiveRequests: pulumi.Output<number | undefined>;
    /**
     * Maximum Unconfigured Clients (`max-unconfigured-clients` on the appliance): a whole number from 1 to 32767.
     */
    readonly maxUnconfiguredClients: pulumi.Output<number | undefined>;
    /**
     * Take over a rate control pool of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the rate control pool must match the existing one. Without `adopt`, creating a rate control pool whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link RateControlPool} registers with the engine. */
export const rateControlPoolOutputNames = [
    "maxPerClientBacklog",
    "name",
    "maxActiveRequests",
    "maxUnconfiguredClients",
    "adopt",
] as const;

/** The arguments of a {@link PreferredClient}. */
export interface PreferredClientArgs {
    /**
     * The rate control pool the preferred client belongs to: a `RateControlPool` of the program, or the name of one on the appliance. Changing it replaces the preferred client.
     */
    rateControlPool: pulumi.Input<string> | RateControlPool;
    /**
     * Weight (`weight` on the appliance): a whole number from 1 to 100.
     */
    weight: pulumi.Input<number>;
    /**
     * Client IP Range (`ip-range` on the appliance): text.
     */
    ipRange: pulumi.Input<string>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    status?: pulumi.Input<PreferredClientStatus>;
    /**
     * Preferred Clients Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Take over a preferred client of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the preferred client must match the existing one. Without `adopt`, creating a preferred client whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link PreferredClient} resolves to once the appliance has answered. */
export interface PreferredClientOutputs {
    /**
     * The rate control pool the preferred client belongs to: a `RateControlPool` of the program, or the name of one on the appliance. Changing it replaces the preferred client.
     */
    readonly rateControlPool: pulumi.Output<string>;
    /**
     * Weight (`weight` on the appliance): a whole number from 1 to 100.
     */
    readonly weight: pulumi.Output<number>;
    /**
     * Client IP Range (`ip-range` on the appliance): text.
     */
    readonly ipRange: pulumi.Output<string>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    readonly status: pulumi.Output<PreferredClientStatus | undefined>;
    /**
     * Preferred Clients Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Take over a preferred client of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the preferred client must match the existing one. Without `adopt`, creating a preferred client whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link PreferredClient} registers with the engine. */
export const preferredClientOutputNames = [
    "rateControlPool",
    "weight",
    "ipRange",
    "status",
    "name",
    "adopt",
] as const;

/** The arguments of a {@link Report}. */
export interface ReportArgs {
    /**
     * Report Type (`report-types` on the appliance): a list of `Top Accessed Servers By Hour`, `Administrative Accounts`, `Flagged Requests by Services`, `Application Summary`, `Attack Summary By AppId`, `Attacked Services By Hour`, `Attacks by Category`, `Attack by Day`, `Attack by Hour`, `Top Attacking Region/Country`, `Bandwidth by Hour`, `Blocked Requests by Services`, `Bot Traffic Analysis`, `Bot Summary Report`, `Bots by Category`, `Captcha Summary Report`, `Certificate Status Report`, `Bot Spam Report`, `CPU Utilization`, `Credential Stuffing Trend`, `Exception List`, `Server Response Summary`, `Server Response Summary by Day`, `Server Response Summary by Hour`, `Memory Utilization`, `PCI Attacks`, `PCI Compliance (PCI DSS V3.1)`, `Services : Incoming Connections`, `Services : Live Sessions`, `Performance Summary By Hour`, `Performance Summary on Selected Service`, `RBA Activity`, `Top Region/Country By Request`, `Requests by Hour`, `Server Monitoring`, `Server Summary`, `System Summary`, `Top Accessed Servers`, `Top Accessed Servers Per Service`, `Top Attacking Clients`, `Top Attacked Domains`, `Attacks By Services`, `Top Attacked URLs`, `Top Bad Bots`, `Top Clients By Bandwidth`, `Top Domains by Bandwidth`, `Top Services By Bandwidth`, `Top URLs By Bandwitdh`, `Top Good Bots`, `Top Clients by Request`, `Top Domains by Request`, `Top Services By Request`, `Top URLs By Request`, `Top User Agents By Bandwidth`, `Top User Agents By Request`, `Total Bandwidth`, `URL Profile Summary`, `URL Profile and ACLs Summary`, `User Agents Per Service`, `Requests By Device Type`.
     */
    reportTypes: pulumi.Input<ReportReportTypes[]>;
    /**
     * Folder/Path (`ftp-directory` on the appliance): text.
     */
    ftpDirectory?: pulumi.Input<string>;
    /**
     * Frequency (`frequency` on the appliance): one of `Once`, `Daily`, `Weekly`, `Monthly`.
     */
    frequency?: pulumi.Input<ReportFrequency>;
    /**
     * Email Report to (`email-id` on the appliance): text.
     */
    emailId?: pulumi.Input<string>;
    /**
     * Chart Type (`delivery-options` on the appliance): one of `Email`, `FTP`.
     */
    deliveryOptions?: pulumi.Input<ReportDeliveryOptions>;
    /**
     * Report Name (`name` on the appliance): text.
     */
    name: pulumi.Input<string>;
    /**
     * Port (`ftp-port` on the appliance): a whole number.
     */
    ftpPort?: pulumi.Input<number>;
    /**
     * Username (`ftp-username` on the appliance): text.
     */
    ftpUsername?: pulumi.Input<string>;
    /**
     * Server Name/IP (`ftp-ip-address` on the appliance): text.
     */
    ftpIpAddress?: pulumi.Input<string>;
    /**
     * Password (`ftp-password` on the appliance): text.
     */
    ftpPassword?: pulumi.Input<string>;
    /**
     * Format (`report-format` on the appliance): one of `HTML`, `PDF`.
     */
    reportFormat?: pulumi.Input<ReportReportFormat>;
    /**
     * Take over a report of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the report must match the existing one. Without `adopt`, creating a report whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link Report} resolves to once the appliance has answered. */
export interface ReportOutputs {
    /**
     * Report Type (`report-types` on the appliance): a list of `Top Accessed Servers By Hour`, `Administrative Accounts`, `Flagged Requests by Services`, `Application Summary`, `Attack Summary By AppId`, `Attacked Services By Hour`, `Attacks by Category`, `Attack by Day`, `Attack by Hour`, `Top Attacking Region/Country`, `Bandwidth by Hour`, `Blocked Requests by Services`, `Bot Traffic Analysis`, `Bot Summary Report`, `Bots by Category`, `Captcha Summary Report`, `Certificate Status Report`, `Bot Spam Report`, `CPU Utilization`, `Credential Stuffing Trend`, `Exception List`, `Server Response Summary`, `Server Response Summary by Day`, `Server Response Summary by Hour`, `Memory Utilization`, `PCI Attacks`, `PCI Compliance (PCI DSS V3.1)`, `Services : Incoming Connections`, `Services : Live Sessions`, `Performance Summary By Hour`, `Performance Summary on Selected Service`, `RBA Activity`, `Top Region/Country By Request`, `Requests by Hour`, `Server Monitoring`, `Server Summary`, `System Summary`, `Top Accessed Servers`, `Top Accessed Servers Per Service`, `Top Attacking Clients`, `Top Attacked Domains`, `Attacks By Services`, `Top Attacked URLs`, `Top Bad Bots`, `Top Clients By Bandwidth`, `Top Domains by Bandwidth`, `Top Services By Bandwidth`, `Top URLs By Bandwitdh`, `Top Good Bots`, `Top Clients by Request`, `Top Domains by Request`, `Top Services By Request`, `Top URLs By Request`, `Top User Agents By Bandwidth`, `Top User Agents By Request`, `Total Bandwidth`, `URL Profile Summary`, `URL Profile and ACLs Summary`, `User Agents Per Service`, `Requests By Device Type`.
     */
    readonly reportTypes: pulumi.Output<ReportReportTypes[]>;
    /**
     * Folder/Path (`ftp-directory` on the appliance): text.
     */
    readonly ftpDirectory: pulumi.Output<string | undefined>;
    /**
     * Frequency (`frequency` on the appliance): one of `Once`, `Daily`, `Weekly`, `Monthly`.
     */
    readonly frequency: pulumi.Output<ReportFrequency | undefined>;
    /**
     * Email Report to (`email-id` on the appliance): text.
     */
    readonly emailId: pulumi.Output<string | undefined>;
    /**
     * Chart Type (`delivery-options` on the appliance): one of `Email`, `FTP`.
     */
    readonly deliveryOptions: pulumi.Output<ReportDeliveryOptions | undefined>;
    /**
     * Report Name (`name` on the appliance): text.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Port (`ftp-port` on the appliance): a whole number.
     */
    readonly ftpPort: pulumi.Output<number | undefined>;
    /**
     * Username (`ftp-username` on the appliance): text.
     */
    readonly ftpUsername: pulumi.Output<string | undefined>;
    /**
     * Server Name/IP (`ftp-ip-address` on the appliance): text.
     */
    readonly ftpIpAddress: pulumi.Output<string | undefined>;
    /**
     * Password (`ftp-password` on the appliance): text.
     */
    readonly ftpPassword: pulumi.Output<string | undefined>;
    /**
     * Format (`report-format` on the appliance): one of `HTML`, `PDF`.
     */
    readonly reportFormat: pulumi.Output<ReportReportFormat | undefined>;
    /**
     * Take over a report of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the report must match the existing one. Without `adopt`, creating a report whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link Report} registers with the engine. */
export const reportOutputNames = [
    "reportTypes",
    "ftpDirectory",
    "frequency",
    "emailId",
    "deliveryOptions",
    "name",
    "ftpPort",
    "ftpUsername",
    "ftpIpAddress",
    "ftpPassword",
    "reportFormat",
    "adopt",
] as const;

/** The arguments of a {@link ResponsePage}. */
export interface ResponsePageArgs {
    /**
     * Status Code (`status-code` on the appliance): text of at most 128 characters.
     */
    statusCode: pulumi.Input<string>;
    /**
     * Body (`body` on the appliance): text of at most 65535 characters.
     */
    body?: pulumi.Input<string>;
    /**
     * Response Page Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Headers (`headers` on the appliance): text of at most 4096 characters.
     */
    headers?: pulumi.Input<string>;
    /**
     * Session Token Type (`type` on the appliance): one of `Error Pages`, `Captcha Pages`, `Access Control Pages`, `Other Pages`.
     */
    type?: pulumi.Input<ResponsePageType>;
    /**
     * Take over a response page of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the response page must match the existing one. Without `adopt`, creating a response page whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link ResponsePage} resolves to once the appliance has answered. */
export interface ResponsePageOutputs {
    /**
     * Status Code (`status-code` on the appliance): text of at most 128 characters.
     */
    readonly statusCode: pulumi.Output<string>;
    /**
     * Body (`body` on the appliance): text of at most 65535 characters.
     */
    readonly body: pulumi.Output<string | undefined>;
    /**
     * Response Page Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Headers (`headers` on the appliance): text of at most 4096 characters.
     */
    readonly headers: pulumi.Output<string | undefined>;
    /**
     * Session Token Type (`type` on the appliance): one of `Error Pages`, `Captcha Pages`, `Access Control Pages`, `Other Pages`.
     */
    readonly type: pulumi.Output<ResponsePageType | undefined>;
    /**
     * Take over a response page of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the response page must match the existing one. Without `adopt`, creating a response page whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link ResponsePage} registers with the engine. */
export const responsePageOutputNames = ["statusCode", "body", "name", "headers", "type", "adopt"] as const;

/** The arguments of a {@link RsaSecuridService}. */
export interface RsaSecuridServiceArgs {
    /**
     * Realm Name (`name` on the appliance): text of at most 63 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Take over a RSA securid service of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the RSA securid service must match the existing one. Without `adopt`, creating a RSA securid service whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link RsaSecuridService} resolves to once the appliance has answered. */
export interface RsaSecuridServiceOutputs {
    /**
     * Realm Name (`name` on the appliance): text of at most 63 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Take over a RSA securid service of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the RSA securid service must match the existing one. Without `adopt`, creating a RSA securid service whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link RsaSecuridService} registers with the engine. */
export const rsaSecuridServiceOutputNames = ["name", "adopt"] as const;

/** The arguments of a {@link SamlService}. */
export interface SamlServiceArgs {
    /**
     * Realm Name (`name` on the appliance): text of at most 63 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Take over a SAML service of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the SAML service must match the existing one. Without `adopt`, creating a SAML service whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link SamlService} resolves to once the appliance has answered. */
export interface SamlServiceOutputs {
    /**
     * Realm Name (`name` on the appliance): text of at most 63 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Take over a SAML service of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the SAML service must match the existing one. Without `adopt`, creating a SAML service whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link SamlService} registers with the engine. */
export const samlServiceOutputNames = ["name", "adopt"] as const;

/** The arguments of a {@link SamlIdentityProvider}. */
export interface SamlIdentityProviderArgs {
    /**
     * The SAML service the SAML identity provider belongs to: a `SamlService` of the program, or the name of one on the appliance. Changing it replaces the SAML identity provider.
     */
    samlService: pulumi.Input<string> | SamlService;
    /**
     * Identity Provider Name (`name` on the appliance): text.
     */
    name: pulumi.Input<string>;
    /**
     * Must be a Base64 encoded value (`metadata-content` on the appliance): text.
     */
    metadataContent?: pulumi.Input<string>;
    /**
     * Metadata URL (`metadata-url` on the appliance): text.
     */
    metadataUrl?: pulumi.Input<string>;
    /**
     * Identity Provider Metadata Type (`metadata-type` on the appliance): one of `URL`, `File Upload`.
     */
    metadataType?: pulumi.Input<SamlIdentityProviderMetadataType>;
    /**
     * Name of the metadata file being uploaded (`metadata-file` on the appliance): text.
     */
    metadataFile?: pulumi.Input<string>;
    /**
     * Auto Update Metadata (`autoupdate-metadata` on the appliance): on (`true`) or off (`false`).
     */
    autoupdateMetadata?: pulumi.Input<boolean>;
    /**
     * Take over a SAML identity provider of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the SAML identity provider must match the existing one. Without `adopt`, creating a SAML identity provider whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link SamlIdentityProvider} resolves to once the appliance has answered. */
export interface SamlIdentityProviderOutputs {
    /**
     * The SAML service the SAML identity provider belongs to: a `SamlService` of the program, or the name of one on the appliance. Changing it replaces the SAML identity provider.
     */
    readonly samlService: pulumi.Output<string>;
    /**
     * Identity Provider Name (`name` on the appliance): text.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Must be a Base64 encoded value (`metadata-content` on the appliance): text.
     */
    readonly metadataContent: pulumi.Output<string | undefined>;
    /**
     * Metadata URL (`metadata-url` on the appliance): text.
     */
    readonly metadataUrl: pulumi.Output<string | undefined>;
    /**
     * Identity Provider Metadata Type (`metadata-type` on the appliance): one of `URL`, `File Upload`.
     */
    readonly metadataType: pulumi.Output<SamlIdentityProviderMetadataType | undefined>;
    /**
     * Name of the metadata file being uploaded (`metadata-file` on the appliance): text.
     */
    readonly metadataFile: pulumi.Output<string | undefined>;
    /**
     * Auto Update Metadata (`autoupdate-metadata` on the appliance): on (`true`) or off (`false`).
     */
    readonly autoupdateMetadata: pulumi.Output<boolean | undefined>;
    /**
     * Take over a SAML identity provider of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the SAML identity provider must match the existing one. Without `adopt`, creating a SAML identity provider whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link SamlIdentityProvider} registers with the engine. */
export const samlIdentityProviderOutputNames = [
    "samlService",
    "name",
    "metadataContent",
    "metadataUrl",
    "metadataType",
    "metadataFile",
    "autoupdateMetadata",
    "adopt",
] as const;

/** The arguments of a {@link SecurityPolicy}. */
export interface SecurityPolicyArgs {
    /**
     * Policy Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Based-on (`based-on` on the appliance): one of `Create New`, `default`, `saml`, `sharepoint`, `sharepoint2013`, `owa`, `owa2010`, `owa2013`, `oracle`.
     */
    basedOn?: pulumi.Input<SecurityPolicyBasedOn>;
    /**
     * The security policy's Security Policy client profile.
     */
    clientProfile?: pulumi.Input<SecurityPolicyClientProfileArgs>;
    /**
     * The security policy's Security Policy cloaking.
     */
    cloaking?: pulumi.Input<SecurityPolicyCloakingArgs>;
    /**
     * The security policy's Security Policy cookie security.
     */
    cookieSecurity?: pulumi.Input<SecurityPolicyCookieSecurityArgs>;
    /**
     * The security policy's Security Policy parameter protection.
     */
    parameterProtection?: pulumi.Input<SecurityPolicyParameterProtectionArgs>;
    /**
     * The security policy's Security Policy request limits.
     */
    requestLimits?: pulumi.Input<SecurityPolicyRequestLimitsArgs>;
    /**
     * The security policy's Security Policy tarpit profile.
     */
    tarpitProfile?: pulumi.Input<SecurityPolicyTarpitProfileArgs>;
    /**
     * The security policy's Security Policy url normalization.
     */
    urlNormalization?: pulumi.Input<SecurityPolicyUrlNormalizationArgs>;
    /**
     * The security policy's Security Policy url protection.
     */
    urlProtection?: pulumi.Input<SecurityPolicyUrlProtectionArgs>;
    /**
     * Take over a security policy of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the security policy must match the existing one. Without `adopt`, creating a security policy whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link SecurityPolicy} resolves to once the appliance has answered. */
export interface SecurityPolicyOutputs {
    /**
     * Policy Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Based-on (`based-on` on the appliance): one of `Create New`, `default`, `saml`, `sharepoint`, `sharepoint2013`, `owa`, `owa2010`, `owa2013`, `oracle`.
     */
    readonly basedOn: pulumi.Output<SecurityPolicyBasedOn | undefined>;
    /**
     * The security policy's Security Policy client profile.
     */
    readonly clientProfile: pulumi.Output<SecurityPolicyClientProfile | undefined>;
    /**
     * The security policy's Security Policy cloaking.
     */
    readonly cloaking: pulumi.Output<SecurityPolicyCloaking | undefined>;
    /**
     * The security policy's Security Policy cookie security.
     */
    readonly cookieSecurity: pulumi.Output<SecurityPolicyCookieSecurity | undefined>;
    /**
     * The security policy's Security Policy parameter protection.
     */
    readonly parameterProtection: pulumi.Output<SecurityPolicyParameterProtection | undefined>;
    /**
     * The security policy's Security Policy request limits.
     */
    readonly requestLimits: pulumi.Output<SecurityPolicyRequestLimits | undefined>;
    /**
     * The security policy's Security Policy tarpit profile.
     */
    readonly tarpitProfile: pulumi.Output<SecurityPolicyTarpitProfile | undefined>;
    /**
     * The security policy's Security Policy url normalization.
     */
    readonly urlNormalization: pulumi.Output<SecurityPolicyUrlNormalization | undefined>;
    /**
     * The security policy's Security Policy url protection.
     */
    readonly urlProtection: pulumi.Output<SecurityPolicyUrlProtection | undefined>;
    /**
     * Take over a security policy of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the security policy must match the existing one. Without `adopt`, creating a security policy whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link SecurityPolicy} registers with the engine. */
export const securityPolicyOutputNames = [
    "name",
    "basedOn",
    "clientProfile",
    "cloaking",
    "cookieSecurity",
    "parameterProtection",
    "requestLimits",
    "tarpitProfile",
    "urlNormalization",
    "urlProtection",
    "adopt",
] as const;

/** The arguments of a {@link GlobalAcl}. */
export interface GlobalAclArgs {
    /**
     * The security policy the global ACL belongs to: a `SecurityPolicy` of the program, or the name of one on the appliance. Changing it replaces the global ACL.
     */
    securityPolicy: pulumi.Input<string> | SecurityPolicy;
    /**
     * URL ACL Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Follow Up Action (`follow-up-action` on the appliance): one of `None`, `Block Client-IP`, `Challenge with CAPTCHA`, `Block Client Fingerprint`, `Tarpit Client`.
     */
    followUpAction?: pulumi.Input<GlobalAclFollowUpAction>;
    /**
     * Action (`action` on the appliance): one of `Process`, `Allow`, `Allow and Log`, `Deny and Log`, `Deny with no Log`, `Temporary Redirect`, `Permanent Redirect`, `Send Internal response irrespective of mode`.
     */
    action?: pulumi.Input<GlobalAclAction>;
    /**
     * Extended Match Sequence (`extended-match-sequence` on the appliance): a whole number from 0 to 1000.
     */
    extendedMatchSequence?: pulumi.Input<number>;
    /**
     * URL Match (`url` on the appliance): text of at most 5000 characters.
     */
    url?: pulumi.Input<string>;
    /**
     * Comments (`comments` on the appliance): text of at most 256 characters.
     */
    comments?: pulumi.Input<string>;
    /**
     * Redirect URL (`redirect-url` on the appliance): text of at most 1024 characters.
     */
    redirectUrl?: pulumi.Input<string>;
    /**
     * Deny Response (`deny-response` on the appliance): one of `Reset`, `Response Page`, `Temporary Redirect`, `Permanent Redirect`.
     */
    denyResponse?: pulumi.Input<GlobalAclDenyResponse>;
    /**
     * Extended Match (`extended-match` on the appliance): text of at most 4096 characters.
     */
    extendedMatch?: pulumi.Input<string>;
    /**
     * Follow Up Action Time (`follow-up-action-time` on the appliance): a whole number from 1 to 600000.
     */
    followUpActionTime?: pulumi.Input<number>;
    /**
     * Response Page (`response-page` on the appliance): one of `default`, `default-virus`, `default-error-resp`, `default-captcha-tries-error-page`, `default-captcha-sessions-error-page`, `default-suspected-activity-error-page`, `default-captcha-response-page`, `default-json-response-page`, `default-hsts-redirect-page`, `default-fingerprint-challenges-exceeded-page`.
     */
    responsePage?: pulumi.Input<GlobalAclResponsePage>;
    /**
     * Enable URL ACL (`enable` on the appliance): on (`true`) or off (`false`).
     */
    enable?: pulumi.Input<boolean>;
    /**
     * Take over a global ACL of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the global ACL must match the existing one. Without `adopt`, creating a global ACL whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link GlobalAcl} resolves to once the appliance has answered. */
export interface GlobalAclOutputs {
    /**
     * The security policy the global ACL belongs to: a `SecurityPolicy` of the program, or the name of one on the appliance. Changing it replaces the global ACL.
     */
    readonly securityPolicy: pulumi.Output<string>;
    /**
     * URL ACL Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Follow Up Action (`follow-up-action` on the appliance): one of `None`, `Block Client-IP`, `Challenge with CAPTCHA`, `Block Client Fingerprint`, `Tarpit Client`.
     */
    readonly followUpAction: pulumi.Output<GlobalAclFollowUpAction | undefined>;
    /**
     * Action (`action` on the appliance): one of `Process`, `Allow`, `Allow and Log`, `Deny and Log`, `Deny with no Log`, `Temporary Redirect`, `Permanent Redirect`, `Send Internal response irrespective of mode`.
     */
    readonly action: pulumi.Output<GlobalAclAction | undefined>;
    /**
     * Extended Match Sequence (`extended-match-sequence` on the appliance): a whole number from 0 to 1000.
     */
    readonly extendedMatchSequence: pulumi.Output<number | undefined>;
    /**
     * URL Match (`url` on the appliance): text of at most 5000 characters.
     */
    readonly url: pulumi.Output<string | undefined>;
    /**
     * Comments (`comments` on the appliance): text of at most 256 characters.
     */
    readonly comments: pulumi.Output<string | undefined>;
    /**
     * Redirect URL (`redirect-url` on the appliance): text of at most 1024 characters.
     */
    readonly redirectUrl: pulumi.Output<string | undefined>;
    /**
     * Deny Response (`deny-response` on the appliance): one of `Reset`, `Response Page`, `Temporary Redirect`, `Permanent Redirect`.
     */
    readonly denyResponse: pulumi.Output<GlobalAclDenyResponse | undefined>;
    /**
     * Extended Match (`extended-match` on the appliance): text of at most 4096 characters.
     */
    readonly extendedMatch: pulumi.Output<string | undefined>;
    /**
     * Follow Up Action Time (`follow-up-action-time` on the appliance): a whole number from 1 to 600000.
     */
    readonly followUpActionTime: pulumi.Output<number | undefined>;
    /**
     * Response Page (`response-page` on the appliance): one of `default`, `default-virus`, `default-error-resp`, `default-captcha-tries-error-page`, `default-captcha-sessions-error-page`, `default-suspected-activity-error-page`, `default-captcha-response-page`, `default-json-response-page`, `default-hsts-redirect-page`, `default-fingerprint-challenges-exceeded-page`.
     */
    readonly responsePage: pulumi.Output<GlobalAclResponsePage | undefined>;
    /**
     * Enable URL ACL (`enable` on the appliance): on (`true`) or off (`false`).
     */
    readonly enable: pulumi.Output<boolean | undefined>;
    /**
     * Take over a global ACL of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the global ACL must match the existing one. Without `adopt`, creating a global ACL whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link GlobalAcl} registers with the engine. */
export const globalAclOutputNames = [
    "securityPolicy",
    "name",
    "followUpAction",
    "action",
    "extendedMatchSequence",
    "url",
    "comments",
    "redirectUrl",
    "denyResponse",
    "extendedMatch",
    "followUpActionTime",
    "responsePage",
    "enable",
    "adopt",
] as const;

/** The arguments of a {@link ProtectedDataType}. */
export interface ProtectedDataTypeArgs {
    /**
     * The security policy the protected data type belongs to: a `SecurityPolicy` of the program, or the name of one on the appliance. Changing it replaces the protected data type.
     */
    securityPolicy: pulumi.Input<string> | SecurityPolicy;
    /**
     * Enabled (`enable` on the appliance): on (`true`) or off (`false`).
     */
    enable?: pulumi.Input<boolean>;
    /**
     * Custom Identity Theft Type (`custom-identity-theft-type` on the appliance): text.
     */
    customIdentityTheftType?: pulumi.Input<string> | IdentityType;
    /**
     * Data Theft Element Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Identity Theft Type (`identity-theft-type` on the appliance): one of `CUSTOM`, `Credit Cards`, `Social Security Numbers`, `Directory Indexing`, `Microsoft Errors`, `Oracle Errors`, `PHP Errors`, `PostgreS Errors`, `MySQL Errors`, `AWS Meta Checks`.
     */
    identityTheftType?: pulumi.Input<ProtectedDataTypeIdentityTheftType>;
    /**
     * Action (`action` on the appliance): one of `Block`, `Cloak`.
     */
    action?: pulumi.Input<ProtectedDataTypeAction>;
    /**
     * Initial Characters to Keep (`initial-characters-to-keep` on the appliance): a whole number from 0 to 100.
     */
    initialCharactersToKeep?: pulumi.Input<number>;
    /**
     * Trailing Characters to Keep (`trailing-characters-to-keep` on the appliance): a whole number from 0 to 100.
     */
    trailingCharactersToKeep?: pulumi.Input<number>;
    /**
     * Take over a protected data type of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the protected data type must match the existing one. Without `adopt`, creating a protected data type whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link ProtectedDataType} resolves to once the appliance has answered. */
export interface ProtectedDataTypeOutputs {
    /**
     * The security policy the protected data type belongs to: a `SecurityPolicy` of the program, or the name of one on the appliance. Changing it replaces the protected data type.
     */
    readonly securityPolicy: pulumi.Output<string>;
    /**
     * Enabled (`enable` on the appliance): on (`true`) or off (`false`).
     */
    readonly enable: pulumi.Output<boolean | undefined>;
    /**
     * Custom Identity Theft Type (`custom-identity-theft-type` on the appliance): text.
     */
    readonly customIdentityTheftType: pulumi.Output<string | undefined>;
    /**
     * Data Theft Element Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Identity Theft Type (`identity-theft-type` on the appliance): one of `CUSTOM`, `Credit Cards`, `Social Security Numbers`, `Directory Indexing`, `Microsoft Errors`, `Oracle Errors`, `PHP Errors`, `PostgreS Errors`, `MySQL Errors`, `AWS Meta Checks`.
     */
    readonly identityTheftType: pulumi.Output<ProtectedDataTypeIdentityTheftType | undefined>;
    /**
     * Action (`action` on the appliance): one of `Block`, `Cloak`.
     */
    readonly action: pulumi.Output<ProtectedDataTypeAction | undefined>;
    /**
     * Initial Characters to Keep (`initial-characters-to-keep` on the appliance): a whole number from 0 to 100.
     */
    readonly initialCharactersToKeep: pulumi.Output<number | undefined>;
    /**
     * Trailing Characters to Keep (`trailing-characters-to-keep` on the appliance): a whole number from 0 to 100.
     */
    readonly trailingCharactersToKeep: pulumi.Output<number | undefined>;
    /**
     * Take over a protected data type of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the protected data type must match the existing one. Without `adopt`, creating a protected data type whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link ProtectedDataType} registers with the engine. */
export const protectedDataTypeOutputNames = [
    "securityPolicy",
    "enable",
    "customIdentityTheftType",
    "name",
    "identityTheftType",
    "action",
    "initialCharactersToKeep",
    "trailingCharactersToKeep",
    "adopt",
] as const;

/** The arguments of a {@link AccessRule}. */
export interface AccessRuleArgs {
    /**
     * The service the access rule belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the access rule.
     */
    service: pulumi.Input<string> | Service;
    /**
     * Access Rule Name (`name` on the appliance): text.
     */
    name: pulumi.Input<string>;
    /**
     * Access Rule Attribute Names (`attribute-names` on the appliance): a list of strings.
     */
    attributeNames?: pulumi.Input<string[]>;
    /**
     * Access Rule Attribute Values (`attribute-values` on the appliance): a list of strings.
     */
    attributeValues?: pulumi.Input<string[]>;
    /**
     * Take over a access rule of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the access rule must match the existing one. Without `adopt`, creating a access rule whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link AccessRule} resolves to once the appliance has answered. */
export interface AccessRuleOutputs {
    /**
     * The service the access rule belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the access rule.
     */
    readonly service: pulumi.Output<string>;
    /**
     * Access Rule Name (`name` on the appliance): text.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Access Rule Attribute Names (`attribute-names` on the appliance): a list of strings.
     */
    readonly attributeNames: pulumi.Output<string[] | undefined>;
    /**
     * Access Rule Attribute Values (`attribute-values` on the appliance): a list of strings.
     */
    readonly attributeValues: pulumi.Output<string[] | undefined>;
    /**
     * Take over a access rule of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the access rule must match the existing one. Without `adopt`, creating a access rule whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link AccessRule} registers with the engine. */
export const accessRuleOutputNames = [
    "service",
    "name",
    "attributeNames",
    "attributeValues",
    "adopt",
] as const;

/** The arguments of a {@link AdaptiveProfilingRule}. */
export interface AdaptiveProfilingRuleArgs {
    /**
     * The service the adaptive profiling rule belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the adaptive profiling rule.
     */
    service: pulumi.Input<string> | Service;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    status?: pulumi.Input<AdaptiveProfilingRuleStatus>;
    /**
     * Learn From Response (`learn-from-response` on the appliance): on (`true`) or off (`false`).
     */
    learnFromResponse?: pulumi.Input<boolean>;
    /**
     * Learn Rule Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Host Match (`host` on the appliance): text of at most 128 characters.
     */
    host: pulumi.Input<string>;
    /**
     * URL Match (`url` on the appliance): text of at most 5000 characters.
     */
    url: pulumi.Input<string>;
    /**
     * Learn From Request (`learn-from-request` on the appliance): on (`true`) or off (`false`).
     */
    learnFromRequest?: pulumi.Input<boolean>;
    /**
     * Take over a adaptive profiling rule of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the adaptive profiling rule must match the existing one. Without `adopt`, creating a adaptive profiling rule whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link AdaptiveProfilingRule} resolves to once the appliance has answered. */
export interface AdaptiveProfilingRuleOutputs {
    /**
     * The service the adaptive profiling rule belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the adaptive profiling rule.
     */
    readonly service: pulumi.Output<string>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    readonly status: pulumi.Output<AdaptiveProfilingRuleStatus | undefined>;
    /**
     * Learn From Response (`learn-from-response` on the appliance): on (`true`) or off (`false`).
     */
    readonly learnFromResponse: pulumi.Output<boolean | undefined>;
    /**
     * Learn Rule Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Host Match (`host` on the appliance): text of at most 128 characters.
     */
    readonly host: pulumi.Output<string>;
    /**
     * URL Match (`url` on the appliance): text of at most 5000 characters.
     */
    readonly url: pulumi.Output<string>;
    /**
     * Learn From Request (`learn-from-request` on the appliance): on (`true`) or off (`false`).
     */
    readonly learnFromRequest: pulumi.Output<boolean | undefined>;
    /**
     * Take over a adaptive profiling rule of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the adaptive profiling rule must match the existing one. Without `adopt`, creating a adaptive profiling rule whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link AdaptiveProfilingRule} registers with the engine. */
export const adaptiveProfilingRuleOutputNames = [
    "service",
    "status",
    "learnFromResponse",
    "name",
    "host",
    "url",
    "learnFromRequest",
    "adopt",
] as const;

/** The arguments of a {@link AllowDenyClient}. */
export interface AllowDenyClientArgs {
    /**
     * The service the allow deny client belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the allow deny client.
     */
    service: pulumi.Input<string> | Service;
    /**
     * Certificate Serial Number (`certificate-serial` on the appliance): text of at most 64 characters.
     */
    certificateSerial?: pulumi.Input<string>;
    /**
     * Action (`action` on the appliance): one of `Allow`, `Deny`.
     */
    action?: pulumi.Input<AllowDenyClientAction>;
    /**
     * Rule Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    status?: pulumi.Input<AllowDenyClientStatus>;
    /**
     * State (`state` on the appliance): text.
     */
    state?: pulumi.Input<string>;
    /**
     * Country (`country` on the appliance): text.
     */
    country?: pulumi.Input<string>;
    /**
     * Organization (`organization` on the appliance): text.
     */
    organization?: pulumi.Input<string>;
    /**
     * Sequence (`sequence` on the appliance): a whole number from 1 to 10000.
     */
    sequence?: pulumi.Input<number>;
    /**
     * Organizational Unit (`organizational-unit` on the appliance): text.
     */
    organizationalUnit?: pulumi.Input<string>;
    /**
     * Common Name (`common-name` on the appliance): text.
     */
    commonName?: pulumi.Input<string>;
    /**
     * Locality (`locality` on the appliance): text.
     */
    locality?: pulumi.Input<string>;
    /**
     * Take over a allow deny client of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the allow deny client must match the existing one. Without `adopt`, creating a allow deny client whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link AllowDenyClient} resolves to once the appliance has answered. */
export interface AllowDenyClientOutputs {
    /**
     * The service the allow deny client belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the allow deny client.
     */
    readonly service: pulumi.Output<string>;
    /**
     * Certificate Serial Number (`certificate-serial` on the appliance): text of at most 64 characters.
     */
    readonly certificateSerial: pulumi.Output<string | undefined>;
    /**
     * Action (`action` on the appliance): one of `Allow`, `Deny`.
     */
    readonly action: pulumi.Output<AllowDenyClientAction | undefined>;
    /**
     * Rule Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    readonly status: pulumi.Output<AllowDenyClientStatus | undefined>;
    /**
     * State (`state` on the appliance): text.
     */
    readonly state: pulumi.Output<string | undefined>;
    /**
     * Country (`country` on the appliance): text.
     */
    readonly country: pulumi.Output<string | undefined>;
    /**
     * Organization (`organization` on the appliance): text.
     */
    readonly organization: pulumi.Output<string | undefined>;
    /**
     * Sequence (`sequence` on the appliance): a whole number from 1 to 10000.
     */
    readonly sequence: pulumi.Output<number | undefined>;
    /**
     * Organizational Unit (`organizational-unit` on the appliance): text.
     */
    readonly organizationalUnit: pulumi.Output<string | undefined>;
    /**
     * Common Name (`common-name` on the appliance): text.
     */
    readonly commonName: pulumi.Output<string | undefined>;
    /**
     * Locality (`locality` on the appliance): text.
     */
    readonly locality: pulumi.Output<string | undefined>;
    /**
     * Take over a allow deny client of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the allow deny client must match the existing one. Without `adopt`, creating a allow deny client whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link AllowDenyClient} registers with the engine. */
export const allowDenyClientOutputNames = [
    "service",
    "certificateSerial",
    "action",
    "name",
    "status",
    "state",
    "country",
    "organization",
    "sequence",
    "organizationalUnit",
    "commonName",
    "locality",
    "adopt",
] as const;

/** The arguments of a {@link AuthorizationPolicy}. */
export interface AuthorizationPolicyArgs {
    /**
     * The service the authorization policy belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the authorization policy.
     */
    service: pulumi.Input<string> | Service;
    /**
     * Scope (`openidc-scope` on the appliance): text of at most 2048 characters.
     */
    openidcScope?: pulumi.Input<string>;
    /**
     * Use Persistent Cookie (`use-persistent-cookie` on the appliance): on (`true`) or off (`false`).
     */
    usePersistentCookie?: pulumi.Input<boolean>;
    /**
     * Host Match (`host` on the appliance): text.
     */
    host?: pulumi.Input<string>;
    /**
     * Kerberos SPN (`kerberos-spn` on the appliance): text.
     */
    kerberosSpn?: pulumi.Input<string>;
    /**
     * AuthnContextClassRef (`auth-context-classref` on the appliance): text.
     */
    authContextClassref?: pulumi.Input<string>;
    /**
     * Allowed Users (`allowed-users` on the appliance): text of at most 45 characters.
     */
    allowedUsers?: pulumi.Input<string>;
    /**
     * Enable Signing on AuthRequest (`enable-signing-on-authrequest` on the appliance): on (`true`) or off (`false`).
     */
    enableSigningOnAuthrequest?: pulumi.Input<boolean>;
    /**
     * Extended Match Sequence (`extended-match-sequence` on the appliance): a whole number from 0 to 1000.
     */
    extendedMatchSequence?: pulumi.Input<number>;
    /**
     * Auth Not Done URL (`login-url` on the appliance): text of at most 255 characters.
     */
    loginUrl?: pulumi.Input<string>;
    /**
     * URL Match (`url` on the appliance): text.
     */
    url: pulumi.Input<string>;
    /**
     * Digest Algorithm (`digest-algorithm` on the appliance): one of `SHA-1`, `SHA-256`.
     */
    digestAlgorithm?: pulumi.Input<AuthorizationPolicyDigestAlgorithm>;
    /**
     * Send Basic Authentication (`send-basic-auth` on the appliance): on (`true`) or off (`false`).
     */
    sendBasicAuth?: pulumi.Input<boolean>;
    /**
     * Access Denied URL (`access-denied-url` on the appliance): text of at most 255 characters.
     */
    accessDeniedUrl?: pulumi.Input<string>;
    /**
     * Policy Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    status?: pulumi.Input<AuthorizationPolicyStatus>;
    /**
     * Allowed Groups (`allowed-groups` on the appliance): text of at most 64 characters.
     */
    allowedGroups?: pulumi.Input<string>;
    /**
     * Comments (`comments` on the appliance): text.
     */
    comments?: pulumi.Input<string>;
    /**
     * Extended Match (`extended-match` on the appliance): text.
     */
    extendedMatch?: pulumi.Input<string>;
    /**
     * Login Method (`login-method` on the appliance): one of `HTML Form`, `HTTP Basic Authentication`, `HTTP ActiveSync`.
     */
    loginMethod?: pulumi.Input<AuthorizationPolicyLoginMethod>;
    /**
     * Allow any Authenticated User (`allow-any-authenticated-user` on the appliance): on (`true`) or off (`false`).
     */
    allowAnyAuthenticatedUser?: pulumi.Input<boolean>;
    /**
     * Send Domain in Basic Authentication (`send-domain-in-basic-auth` on the appliance): on (`true`) or off (`false`).
     */
    sendDomainInBasicAuth?: pulumi.Input<boolean>;
    /**
     * Persistent Cookie Timeout (`cookie-timeout` on the appliance): a whole number from 5 to 600.
     */
    cookieTimeout?: pulumi.Input<number>;
    /**
     * Access Rules (`access-rules` on the appliance): text.
     */
    accessRules?: pulumi.Input<string>;
    /**
     * Take over a authorization policy of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the authorization policy must match the existing one. Without `adopt`, creating a authorization policy whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link AuthorizationPolicy} resolves to once the appliance has answered. */
export interface AuthorizationPolicyOutputs {
    /**
     * The service the authorization policy belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the authorization policy.
     */
    readonly service: pulumi.Output<string>;
    /**
     * Scope (`openidc-scope` on the appliance): text of at most 2048 characters.
     */
    readonly openidcScope: pulumi.Output<string | undefined>;
    /**
     * Use Persistent Cookie (`use-persistent-cookie` on the appliance): on (`true`) or off (`false`).
     */
    readonly usePersistentCookie: pulumi.Output<boolean | undefined>;
    /**
     * Host Match (`host` on the appliance): text.
     */
    readonly host: pulumi.Output<string | undefined>;
    /**
     * Kerberos SPN (`kerberos-spn` on the appliance): text.
     */
    readonly kerberosSpn: pulumi.Output<string | undefined>;
    /**
     * AuthnContextClassRef (`auth-context-classref` on the appliance): text.
     */
    readonly authContextClassref: pulumi.Output<string | undefined>;
    /**
     * Allowed Users (`allowed-users` on the appliance): text of at most 45 characters.
     */
    readonly allowedUsers: pulumi.Output<string | undefined>;
    /**
     * Enable Signing on AuthRequest (`enable-signing-on-authrequest` on the appliance): on (`true`) or off (`false`).
     */
    readonly enableSigningOnAuthrequest: pulumi.Output<boolean | undefined>;
    /**
     * Extended Match Sequence (`extended-match-sequence` on the appliance): a whole number from 0 to 1000.
     */
    readonly extendedMatchSequence: pulumi.Output<number | undefined>;
    /**
     * Auth Not Done URL (`login-url` on the appliance): text of at most 255 characters.
     */
    readonly loginUrl: pulumi.Output<string | undefined>;
    /**
     * URL Match (`url` on the appliance): text.
     */
    readonly url: pulumi.Output<string>;
    /**
     * Digest Algorithm (`digest-algorithm` on the appliance): one of `SHA-1`, `SHA-256`.
     */
    readonly digestAlgorithm: pulumi.Output<AuthorizationPolicyDigestAlgorithm | undefined>;
    /**
     * Send Basic Authentication (`send-basic-auth` on the appliance): on (`true`) or off (`false`).
     */
    readonly sendBasicAuth: pulumi.Output<boolean | undefined>;
    /**
     * Access Denied URL (`access-denied-url` on the appliance): text of at most 255 characters.
     */
    readonly accessDeniedUrl: pulumi.Output<string | undefined>;
    /**
     * Policy Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    readonly status: pulumi.Output<AuthorizationPolicyStatus | undefined>;
    /**
     * Allowed Groups (`allowed-groups` on the appliance): text of at most 64 characters.
     */
    readonly allowedGroups: pulumi.Output<string | undefined>;
    /**
     * Comments (`comments` on the appliance): text.
     */
    readonly comments: pulumi.Output<string | undefined>;
    /**
     * Extended Match (`extended-match` on the appliance): text.
     */
    readonly extendedMatch: pulumi.Output<string | undefined>;
    /**
     * Login Method (`login-method` on the appliance): one of `HTML Form`, `HTTP Basic Authentication`, `HTTP ActiveSync`.
     */
    readonly loginMethod: pulumi.Output<AuthorizationPolicyLoginMethod | undefined>;
    /**
     * Allow any Authenticated User (`allow-any-authenticated-user` on the appliance): on (`true`) or off (`false`).
     */
    readonly allowAnyAuthenticatedUser: pulumi.Output<boolean | undefined>;
    /**
     * Send Domain in Basic Authentication (`send-domain-in-basic-auth` on the appliance): on (`true`) or off (`false`).
     */
    readonly sendDomainInBasicAuth: pulumi.Output<boolean | undefined>;
    /**
     * Persistent Cookie Timeout (`cookie-timeout` on the appliance): a whole number from 5 to 600.
     */
    readonly cookieTimeout: pulumi.Output<number | undefined>;
    /**
     * Access Rules (`access-rules` on the appliance): text.
     */
    readonly accessRules: pulumi.Output<string | undefined>;
    /**
     * Take over a authorization policy of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the authorization policy must match the existing one. Without `adopt`, creating a authorization policy whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link AuthorizationPolicy} registers with the engine. */
export const authorizationPolicyOutputNames = [
    "service",
    "openidcScope",
    "usePersistentCookie",
    "host",
    "kerberosSpn",
    "authContextClassref",
    "allowedUsers",
    "enableSigningOnAuthrequest",
    "extendedMatchSequence",
    "loginUrl",
    "url",
    "digestAlgorithm",
    "sendBasicAuth",
    "accessDeniedUrl",
    "name",
    "status",
    "allowedGroups",
    "comments",
    "extendedMatch",
    "loginMethod",
    "allowAnyAuthenticatedUser",
    "sendDomainInBasicAuth",
    "cookieTimeout",
    "accessRules",
    "adopt",
] as const;

/** The arguments of a {@link ClientCertificateCrl}. */
export interface ClientCertificateCrlArgs {
    /**
     * The service the client certificate CRL belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the client certificate CRL.
     */
    service: pulumi.Input<string> | Service;
    /**
     * Enable CRL (`enable` on the appliance): on (`true`) or off (`false`).
     */
    enable?: pulumi.Input<boolean>;
    /**
     * Day Of Week (`day-of-week` on the appliance): one of `Sunday`, `Monday`, `Tuesday`, `Wednesday`, `Thursday`, `Friday`, `Saturday`.
     */
    dayOfWeek?: pulumi.Input<ClientCertificateCrlDayOfWeek>;
    /**
     * Number of Retries (`number-of-retries` on the appliance): one of `1`, `2`, `3`.
     */
    numberOfRetries?: pulumi.Input<ClientCertificateCrlNumberOfRetries>;
    /**
     * CRL Auto Update (`auto-update` on the appliance): on (`true`) or off (`false`).
     */
    autoUpdate?: pulumi.Input<boolean>;
    /**
     * Time Of Day (`time-of-day` on the appliance): text of at most 29 characters.
     */
    timeOfDay?: pulumi.Input<string>;
    /**
     * CRL Name (`name` on the appliance): text of at most 60 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Date Of Month (`date-of-month` on the appliance): text.
     */
    dateOfMonth?: pulumi.Input<string>;
    /**
     * CRL URL (`url` on the appliance): text.
     */
    url: pulumi.Input<string>;
    /**
     * Auto Update Type (`auto-update-type` on the appliance): one of `Daily`, `Weekly`, `Monthly`.
     */
    autoUpdateType?: pulumi.Input<ClientCertificateCrlAutoUpdateType>;
    /**
     * Take over a client certificate CRL of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the client certificate CRL must match the existing one. Without `adopt`, creating a client certificate CRL whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link ClientCertificateCrl} resolves to once the appliance has answered. */
export interface ClientCertificateCrlOutputs {
    /**
     * The service the client certificate CRL belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the client certificate CRL.
     */
    readonly service: pulumi.Output<string>;
    /**
     * Enable CRL (`enable` on the appliance): on (`true`) or off (`false`).
     */
    readonly enable: pulumi.Output<boolean | undefined>;
    /**
     * Day Of Week (`day-of-week` on the appliance): one of `Sunday`, `Monday`, `Tuesday`, `Wednesday`, `Thursday`, `Friday`, `Saturday`.
     */
    readonly dayOfWeek: pulumi.Output<ClientCertificateCrlDayOfWeek | undefined>;
    /**
     * Number of Retries (`number-of-retries` on the appliance): one of `1`, `2`, `3`.
     */
    readonly numberOfRetries: pulumi.Output<ClientCertificateCrlNumberOfRetries | undefined>;
    /**
     * CRL Auto Update (`auto-update` on the appliance): on (`true`) or off (`false`).
     */
    readonly autoUpdate: pulumi.Output<boolean | undefined>;
    /**
     * Time Of Day (`time-of-day` on the appliance): text of at most 29 characters.
     */
    readonly timeOfDay: pulumi.Output<string | undefined>;
    /**
     * CRL Name (`name` on the appliance): text of at most 60 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Date Of Month (`date-of-month` on the appliance): text.
     */
    readonly dateOfMonth: pulumi.Output<string | undefined>;
    /**
     * CRL URL (`url` on the appliance): text.
     */
    readonly url: pulumi.Output<string>;
    /**
     * Auto Update Type (`auto-update-type` on the appliance): one of `Daily`, `Weekly`, `Monthly`.
     */
    readonly autoUpdateType: pulumi.Output<ClientCertificateCrlAutoUpdateType | undefined>;
    /**
     * Take over a client certificate CRL of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the client certificate CRL must match the existing one. Without `adopt`, creating a client certificate CRL whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link ClientCertificateCrl} registers with the engine. */
export const clientCertificateCrlOutputNames = [
    "service",
    "enable",
    "dayOfWeek",
    "numberOfRetries",
    "autoUpdate",
    "timeOfDay",
    "name",
    "dateOfMonth",
    "url",
    "autoUpdateType",
    "adopt",
] as const;

/** The arguments of a {@link ClientSideProtection}. */
export interface ClientSideProtectionArgs {
    /**
     * The service the client side protection belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the client side protection.
     */
    service: pulumi.Input<string> | Service;
    /**
     * Mode (`csp-mode` on the appliance): a list of `Block`, `Report Only`.
     */
    cspMode?: pulumi.Input<ClientSideProtectionCspMode[]>;
    /**
     * Extended Match (`extended-match` on the appliance): text of at most 4096 characters.
     */
    extendedMatch?: pulumi.Input<string>;
    /**
     * Extended Match Sequence (`extended-match-sequence` on the appliance): a whole number from 0 to 1000.
     */
    extendedMatchSequence?: pulumi.Input<number>;
    /**
     * Host Match (`host` on the appliance): text of at most 128 characters.
     */
    host: pulumi.Input<string>;
    /**
     * Rule Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Sri-hash (`sri-hash` on the appliance): text.
     */
    sriHash?: pulumi.Input<string>;
    /**
     * Sri-src (`sri-src` on the appliance): text.
     */
    sriSrc?: pulumi.Input<string>;
    /**
     * URL Match (`sri-url` on the appliance): text of at most 5000 characters.
     */
    sriUrl?: pulumi.Input<string>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    status?: pulumi.Input<ClientSideProtectionStatus>;
    /**
     * URL Match (`url` on the appliance): text of at most 5000 characters.
     */
    url: pulumi.Input<string>;
    /**
     * Take over a client side protection of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the client side protection must match the existing one. Without `adopt`, creating a client side protection whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link ClientSideProtection} resolves to once the appliance has answered. */
export interface ClientSideProtectionOutputs {
    /**
     * The service the client side protection belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the client side protection.
     */
    readonly service: pulumi.Output<string>;
    /**
     * Mode (`csp-mode` on the appliance): a list of `Block`, `Report Only`.
     */
    readonly cspMode: pulumi.Output<ClientSideProtectionCspMode[] | undefined>;
    /**
     * Extended Match (`extended-match` on the appliance): text of at most 4096 characters.
     */
    readonly extendedMatch: pulumi.Output<string | undefined>;
    /**
     * Extended Match Sequence (`extended-match-sequence` on the appliance): a whole number from 0 to 1000.
     */
    readonly extendedMatchSequence: pulumi.Output<number | undefined>;
    /**
     * Host Match (`host` on the appliance): text of at most 128 characters.
     */
    readonly host: pulumi.Output<string>;
    /**
     * Rule Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Sri-hash (`sri-hash` on the appliance): text.
     */
    readonly sriHash: pulumi.Output<string | undefined>;
    /**
     * Sri-src (`sri-src` on the appliance): text.
     */
    readonly sriSrc: pulumi.Output<string | undefined>;
    /**
     * URL Match (`sri-url` on the appliance): text of at most 5000 characters.
     */
    readonly sriUrl: pulumi.Output<string | undefined>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    readonly status: pulumi.Output<ClientSideProtectionStatus | undefined>;
    /**
     * URL Match (`url` on the appliance): text of at most 5000 characters.
     */
    readonly url: pulumi.Output<string>;
    /**
     * Take over a client side protection of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the client side protection must match the existing one. Without `adopt`, creating a client side protection whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link ClientSideProtection} registers with the engine. */
export const clientSideProtectionOutputNames = [
    "service",
    "cspMode",
    "extendedMatch",
    "extendedMatchSequence",
    "host",
    "name",
    "sriHash",
    "sriSrc",
    "sriUrl",
    "status",
    "url",
    "adopt",
] as const;

/** The arguments of a {@link CspPolicy}. */
export interface CspPolicyArgs {
    /**
     * The service the CSP policy belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the CSP policy.
     */
    service: pulumi.Input<string> | Service;
    /**
     * The client side protection the CSP policy belongs to: a `ClientSideProtection` of the program, or the name of one on the appliance. Changing it replaces the CSP policy.
     */
    clientSideProtection: pulumi.Input<string> | ClientSideProtection;
    /**
     * Disown Opener (`disown-opener` on the appliance): on (`true`) or off (`false`).
     */
    disownOpener?: pulumi.Input<boolean>;
    /**
     * Style Source Attribute (`style-src-attr` on the appliance): a list of `None`, `All`, `Self`, `Data`, `Unsafe Inline`, `Unsafe Hashes`.
     */
    styleSrcAttr?: pulumi.Input<CspPolicyStyleSrcAttr[]>;
    /**
     * Manifest-src-host-list (`manifest-src-host-list` on the appliance): text.
     */
    manifestSrcHostList?: pulumi.Input<string>;
    /**
     * Child-src-host-list (`child-src-host-list` on the appliance): text.
     */
    childSrcHostList?: pulumi.Input<string>;
    /**
     * Sand Box (`sand-box` on the appliance): a list of `Allow Forms`, `Allow Same Origin`, `Allow Scripts`, `Allow Top Navigation`, `Allow Popups`, `Allow Pointer Lock`.
     */
    sandBox?: pulumi.Input<CspPolicySandBox[]>;
    /**
     * Script-src-host-list (`script-src-host-list` on the appliance): text.
     */
    scriptSrcHostList?: pulumi.Input<string>;
    /**
     * Form-action-host-list (`form-action-host-list` on the appliance): text.
     */
    formActionHostList?: pulumi.Input<string>;
    /**
     * Script Source Attribute (`script-src-attr` on the appliance): a list of `None`, `All`, `Self`, `Data`, `Unsafe Inline`, `Unsafe Hashes`, `Unsafe Eval`.
     */
    scriptSrcAttr?: pulumi.Input<CspPolicyScriptSrcAttr[]>;
    /**
     * Script-src-attr-host-list (`script-src-attr-host-list` on the appliance): text.
     */
    scriptSrcAttrHostList?: pulumi.Input<string>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    status?: pulumi.Input<CspPolicyStatus>;
    /**
     * Font Source (`font-src` on the appliance): a list of `None`, `All`, `Self`, `Data`.
     */
    fontSrc?: pulumi.Input<CspPolicyFontSrc[]>;
    /**
     * Style-src-attr-host-list (`style-src-attr-host-list` on the appliance): text.
     */
    styleSrcAttrHostList?: pulumi.Input<string>;
    /**
     * Mode (`csp-mode` on the appliance): one of `Block`, `Report Only`.
     */
    cspMode?: pulumi.Input<CspPolicyCspMode>;
    /**
     * Script Source (`script-src` on the appliance): a list of `None`, `All`, `Self`, `Data`, `Unsafe Inline`, `Unsafe Hashes`, `Unsafe Eval`, `Include Nonce`.
     */
    scriptSrc?: pulumi.Input<CspPolicyScriptSrc[]>;
    /**
     * Style-src-host-list (`style-src-host-list` on the appliance): text.
     */
    styleSrcHostList?: pulumi.Input<string>;
    /**
     * Style-except-inline-attr-host-list (`style-except-inline-attr-host-list` on the appliance): text.
     */
    styleExceptInlineAttrHostList?: pulumi.Input<string>;
    /**
     * Object Source (`object-src` on the appliance): a list of `None`, `All`, `Self`.
     */
    objectSrc?: pulumi.Input<CspPolicyObjectSrc[]>;
    /**
     * Script Source Element (`script-src-elem` on the appliance): a list of `None`, `All`, `Self`, `Data`, `Unsafe Inline`, `Unsafe Hashes`, `Unsafe Eval`, `Include Nonce`.
     */
    scriptSrcElem?: pulumi.Input<CspPolicyScriptSrcElem[]>;
    /**
     * Script-src-elem-host-list (`script-src-elem-host-list` on the appliance): text.
     */
    scriptSrcElemHostList?: pulumi.Input<string>;
    /**
     * Connect-src-host-list (`connect-src-host-list` on the appliance): text.
     */
    connectSrcHostList?: pulumi.Input<string>;
    /**
     * Frame-src-host-list (`frame-src-host-list` on the appliance): text.
     */
    frameSrcHostList?: pulumi.Input<string>;
    /**
     * Forms Action (`form-action` on the appliance): a list of `None`, `All`, `Self`.
     */
    formAction?: pulumi.Input<CspPolicyFormAction[]>;
    /**
     * Image Source (`img-src` on the appliance): a list of `None`, `All`, `Self`, `Data`.
     */
    imgSrc?: pulumi.Input<CspPolicyImgSrc[]>;
    /**
     * Default-src-host-list (`default-src-host-list` on the appliance): text.
     */
    defaultSrcHostList?: pulumi.Input<string>;
    /**
     * Worker-src-host-list (`worker-src-host-list` on the appliance): text.
     */
    workerSrcHostList?: pulumi.Input<string>;
    /**
     * Plugin Types (`plugin-types` on the appliance): a list of strings.
     */
    pluginTypes?: pulumi.Input<string[]>;
    /**
     * Connect Source (`connect-src` on the appliance): a list of `None`, `All`, `Self`.
     */
    connectSrc?: pulumi.Input<CspPolicyConnectSrc[]>;
    /**
     * Child Source (`child-src` on the appliance): a list of `None`, `All`, `Self`.
     */
    childSrc?: pulumi.Input<CspPolicyChildSrc[]>;
    /**
     * Media-src-host-list (`media-src-host-list` on the appliance): text.
     */
    mediaSrcHostList?: pulumi.Input<string>;
    /**
     * Frames-ancestors-host-list (`frames-ancestors-host-list` on the appliance): text.
     */
    framesAncestorsHostList?: pulumi.Input<string>;
    /**
     * Default Source (`default-src` on the appliance): a list of `None`, `All`, `Self`, `Data`, `Unsafe Inline`, `Unsafe Hashes`, `Unsafe Eval`.
     */
    defaultSrc?: pulumi.Input<CspPolicyDefaultSrc[]>;
    /**
     * Img-src-host-list (`img-src-host-list` on the appliance): text.
     */
    imgSrcHostList?: pulumi.Input<string>;
    /**
     * Upgrade Insecure Requests (`upgrade-unsecure-req` on the appliance): on (`true`) or off (`false`).
     */
    upgradeUnsecureReq?: pulumi.Input<boolean>;
    /**
     * Worker Source (`worker-src` on the appliance): a list of `None`, `All`, `Self`.
     */
    workerSrc?: pulumi.Input<CspPolicyWorkerSrc[]>;
    /**
     * Frame Source (`frame-src` on the appliance): a list of `None`, `All`, `Self`.
     */
    frameSrc?: pulumi.Input<CspPolicyFrameSrc[]>;
    /**
     * Object-src-host-list (`object-src-host-list` on the appliance): text.
     */
    objectSrcHostList?: pulumi.Input<string>;
    /**
     * Style Source (`style-src` on the appliance): a list of `None`, `All`, `Self`, `Data`, `Unsafe Inline`, `Unsafe Hashes`, `Include Nonce`.
     */
    styleSrc?: pulumi.Input<CspPolicyStyleSrc[]>;
    /**
     * Frames Ancestors (`frames-ancestors` on the appliance): a list of `None`, `All`, `Self`.
     */
    framesAncestors?: pulumi.Input<CspPolicyFramesAncestors[]>;
    /**
     * Base URI (`base-uri` on the appliance): a list of `None`, `All`, `Self`.
     */
    baseUri?: pulumi.Input<CspPolicyBaseUri[]>;
    /**
     * Font-src-host-list (`font-src-host-list` on the appliance): text.
     */
    fontSrcHostList?: pulumi.Input<string>;
    /**
     * Manifest Source (`manifest-src` on the appliance): a list of `None`, `All`, `Self`.
     */
    manifestSrc?: pulumi.Input<CspPolicyManifestSrc[]>;
    /**
     * Prefetch-src-host-list (`prefetch-src-host-list` on the appliance): text.
     */
    prefetchSrcHostList?: pulumi.Input<string>;
    /**
     * Media Source (`media-src` on the appliance): a list of `None`, `All`, `Self`.
     */
    mediaSrc?: pulumi.Input<CspPolicyMediaSrc[]>;
    /**
     * Report Only (`send-to` on the appliance): on (`true`) or off (`false`).
     */
    sendTo?: pulumi.Input<boolean>;
    /**
     * Report Only (`report-only` on the appliance): a list of `lid_46990`.
     */
    reportOnly?: pulumi.Input<CspPolicyReportOnly[]>;
    /**
     * Block All Mixed Content (`mixed-box-content` on the appliance): on (`true`) or off (`false`).
     */
    mixedBoxContent?: pulumi.Input<boolean>;
    /**
     * Status (`sri-status` on the appliance): one of `On`, `Off`.
     */
    sriStatus?: pulumi.Input<CspPolicySriStatus>;
    /**
     * Report URI (`report-uri` on the appliance): text.
     */
    reportUri?: pulumi.Input<string>;
    /**
     * Report To (`report-to` on the appliance): text.
     */
    reportTo?: pulumi.Input<string>;
    /**
     * CSP Policy Name (`csp-policy-name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Prefetch Source (`prefetch-src` on the appliance): a list of `None`, `All`, `Self`.
     */
    prefetchSrc?: pulumi.Input<CspPolicyPrefetchSrc[]>;
    /**
     * Upload Policy (`csp-policy` on the appliance): a list of `Create Policy`, `Upload Policy`.
     */
    cspPolicy?: pulumi.Input<CspPolicyCspPolicy[]>;
    /**
     * Base-uri-document (`base-uri-document` on the appliance): a list of strings.
     */
    baseUriDocument?: pulumi.Input<string[]>;
    /**
     * Style except inline Attribute (`style-except-inline-attr` on the appliance): a list of `None`, `All`, `Self`, `Data`, `Unsafe Inline`, `Unsafe Hashes`, `Include Nonce`.
     */
    styleExceptInlineAttr?: pulumi.Input<CspPolicyStyleExceptInlineAttr[]>;
    /**
     * Take over a CSP policy of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the CSP policy must match the existing one. Without `adopt`, creating a CSP policy whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link CspPolicy} resolves to once the appliance has answered. */
export interface CspPolicyOutputs {
    /**
     * The service the CSP policy belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the CSP policy.
     */
    readonly service: pulumi.Output<string>;
    /**
     * The client side protection the CSP policy belongs to: a `ClientSideProtection` of the program, or the name of one on the appliance. Changing it replaces the CSP policy.
     */
    readonly clientSideProtection: pulumi.Output<string>;
    /**
     * Disown Opener (`disown-opener` on the appliance): on (`true`) or off (`false`).
     */
    readonly disownOpener: pulumi.Output<boolean | undefined>;
    /**
     * Style Source Attribute (`style-src-attr` on the appliance): a list of `None`, `All`, `Self`, `Data`, `Unsafe Inline`, `Unsafe Hashes`.
     */
    readonly styleSrcAttr: pulumi.Output<CspPolicyStyleSrcAttr[] | undefined>;
    /**
     * Manifest-src-host-list (`manifest-src-host-list` on the appliance): text.
     */
    readonly manifestSrcHostList: pulumi.Output<string | undefined>;
    /**
     * Child-src-host-list (`child-src-host-list` on the appliance): text.
     */
    readonly childSrcHostList: pulumi.Output<string | undefined>;
    /**
     * Sand Box (`sand-box` on the appliance): a list of `Allow Forms`, `Allow Same Origin`, `Allow Scripts`, `Allow Top Navigation`, `Allow Popups`, `Allow Pointer Lock`.
     */
    readonly sandBox: pulumi.Output<CspPolicySandBox[] | undefined>;
    /**
     * Script-src-host-list (`script-src-host-list` on the appliance): text.
     */
    readonly scriptSrcHostList: pulumi.Output<string | undefined>;
    /**
     * Form-action-host-list (`form-action-host-list` on the appliance): text.
     */
    readonly formActionHostList: pulumi.Output<string | undefined>;
    /**
     * Script Source Attribute (`script-src-attr` on the appliance): a list of `None`, `All`, `Self`, `Data`, `Unsafe Inline`, `Unsafe Hashes`, `Unsafe Eval`.
     */
    readonly scriptSrcAttr: pulumi.Output<CspPolicyScriptSrcAttr[] | undefined>;
    /**
     * Script-src-attr-host-list (`script-src-attr-host-list` on the appliance): text.
     */
    readonly scriptSrcAttrHostList: pulumi.Output<string | undefined>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    readonly status: pulumi.Output<CspPolicyStatus | undefined>;
    /**
     * Font Source (`font-src` on the appliance): a list of `None`, `All`, `Self`, `Data`.
     */
    readonly fontSrc: pulumi.Output<CspPolicyFontSrc[] | undefined>;
    /**
     * Style-src-attr-host-list (`style-src-attr-host-list` on the appliance): text.
     */
    readonly styleSrcAttrHostList: pulumi.Output<string | undefined>;
    /**
     * Mode (`csp-mode` on the appliance): one of `Block`, `Report Only`.
     */
    readonly cspMode: pulumi.Output<CspPolicyCspMode | undefined>;
    /**
     * Script Source (`script-src` on the appliance): a list of `None`, `All`, `Self`, `Data`, `Unsafe Inline`, `Unsafe Hashes`, `Unsafe Eval`, `Include Nonce`.
     */
    readonly scriptSrc: pulumi.Output<CspPolicyScriptSrc[] | undefined>;
    /**
     * Style-src-host-list (`style-src-host-list` on the appliance): text.
     */
    readonly styleSrcHostList: pulumi.Output<string | undefined>;
    /**
     * Style-except-inline-attr-host-list (`style-except-inline-attr-host-list` on the appliance): text.
     */
    readonly styleExceptInlineAttrHostList: pulumi.Output<string | undefined>;
    /**
     * Object Source (`object-src` on the appliance): a list of `None`, `All`, `Self`.
     */
    readonly objectSrc: pulumi.Output<CspPolicyObjectSrc[] | undefined>;
    /**
     * Script Source Element (`script-src-elem` on the appliance): a list of `None`, `All`, `Self`, `Data`, `Unsafe Inline`, `Unsafe Hashes`, `Unsafe Eval`, `Include Nonce`.
     */
    readonly scriptSrcElem: pulumi.Output<CspPolicyScriptSrcElem[] | undefined>;
    /**
     * Script-src-elem-host-list (`script-src-elem-host-list` on the appliance): text.
     */
    readonly scriptSrcElemHostList: pulumi.Output<string | undefined>;
    /**
     * Connect-src-host-list (`connect-src-host-list` on the appliance): text.
     */
    readonly connectSrcHostList: pulumi.Output<string | undefined>;
    /**
     * Frame-src-host-list (`frame-src-host-list` on the appliance): text.
     */
    readonly frameSrcHostList: pulumi.Output<string | undefined>;
    /**
     * Forms Action (`form-action` on the appliance): a list of `None`, `All`, `Self`.
     */
    readonly formAction: pulumi.Output<CspPolicyFormAction[] | undefined>;
    /**
     * Image Source (`img-src` on the appliance): a list of `None`, `All`, `Self`, `Data`.
     */
    readonly imgSrc: pulumi.Output<CspPolicyImgSrc[] | undefined>;
    /**
     * Default-src-host-list (`default-src-host-list` on the appliance): text.
     */
    readonly defaultSrcHostList: pulumi.Output<string | undefined>;
    /**
     * Worker-src-host-list (`worker-src-host-list` on the appliance): text.
     */
    readonly workerSrcHostList: pulumi.Output<string | undefined>;
    /**
     * Plugin Types (`plugin-types` on the appliance): a list of strings.
     */
    readonly pluginTypes: pulumi.Output<string[] | undefined>;
    /**
     * Connect Source (`connect-src` on the appliance): a list of `None`, `All`, `Self`.
     */
    readonly connectSrc: pulumi.Output<CspPolicyConnectSrc[] | undefined>;
    /**
     * Child Source (`child-src` on the appliance): a list of `None`, `All`, `Self`.
     */
    readonly childSrc: pulumi.Output<CspPolicyChildSrc[] | undefined>;
    /**
     * Media-src-host-list (`media-src-host-list` on the appliance): text.
     */
    readonly mediaSrcHostList: pulumi.Output<string | undefined>;
    /**
     * Frames-ancestors-host-list (`frames-ancestors-host-list` on the appliance): text.
     */
    readonly framesAncestorsHostList: pulumi.Output<string | undefined>;
    /**
     * Default Source (`default-src` on the appliance): a list of `None`, `All`, `Self`, `Data`, `Unsafe Inline`, `Unsafe Hashes`, `Unsafe Eval`.
     */
    readonly defaultSrc: pulumi.Output<CspPolicyDefaultSrc[] | undefined>;
    /**
     * Img-src-host-list (`img-src-host-list` on the appliance): text.
     */
    readonly imgSrcHostList: pulumi.Output<string | undefined>;
    /**
     * Upgrade Insecure Requests (`upgrade-unsecure-req` on the appliance): on (`true`) or off (`false`).
     */
    readonly upgradeUnsecureReq: pulumi.Output<boolean | undefined>;
    /**
     * Worker Source (`worker-src` on the appliance): a list of `None`, `All`, `Self`.
     */
    readonly workerSrc: pulumi.Output<CspPolicyWorkerSrc[] | undefined>;
    /**
     * Frame Source (`frame-src` on the appliance): a list of `None`, `All`, `Self`.
     */
    readonly frameSrc: pulumi.Output<CspPolicyFrameSrc[] | undefined>;
    /**
     * Object-src-host-list (`object-src-host-list` on the appliance): text.
     */
    readonly objectSrcHostList: pulumi.Output<string | undefined>;
    /**
     * Style Source (`style-src` on the appliance): a list of `None`, `All`, `Self`, `Data`, `Unsafe Inline`, `Unsafe Hashes`, `Include Nonce`.
     */
    readonly styleSrc: pulumi.Output<CspPolicyStyleSrc[] | undefined>;
    /**
     * Frames Ancestors (`frames-ancestors` on the appliance): a list of `None`, `All`, `Self`.
     */
    readonly framesAncestors: pulumi.Output<CspPolicyFramesAncestors[] | undefined>;
    /**
     * Base URI (`base-uri` on the appliance): a list of `None`, `All`, `Self`.
     */
    readonly baseUri: pulumi.Output<CspPolicyBaseUri[] | undefined>;
    /**
     * Font-src-host-list (`font-src-host-list` on the appliance): text.
     */
    readonly fontSrcHostList: pulumi.Output<string | undefined>;
    /**
     * Manifest Source (`manifest-src` on the appliance): a list of `None`, `All`, `Self`.
     */
    readonly manifestSrc: pulumi.Output<CspPolicyManifestSrc[] | undefined>;
    /**
     * Prefetch-src-host-list (`prefetch-src-host-list` on the appliance): text.
     */
    readonly prefetchSrcHostList: pulumi.Output<string | undefined>;
    /**
     * Media Source (`media-src` on the appliance): a list of `None`, `All`, `Self`.
     */
    readonly mediaSrc: pulumi.Output<CspPolicyMediaSrc[] | undefined>;
    /**
     * Report Only (`send-to` on the appliance): on (`true`) or off (`false`).
     */
    readonly sendTo: pulumi.Output<boolean | undefined>;
    /**
     * Report Only (`report-only` on the appliance): a list of `lid_46990`.
     */
    readonly reportOnly: pulumi.Output<CspPolicyReportOnly[] | undefined>;
    /**
     * Block All Mixed Content (`mixed-box-content` on the appliance): on (`true`) or off (`false`).
     */
    readonly mixedBoxContent: pulumi.Output<boolean | undefined>;
    /**
     * Status (`sri-status` on the appliance): one of `On`, `Off`.
     */
    readonly sriStatus: pulumi.Output<CspPolicySriStatus | undefined>;
    /**
     * Report URI (`report-uri` on the appliance): text.
     */
    readonly reportUri: pulumi.Output<string | undefined>;
    /**
     * Report To (`report-to` on the appliance): text.
     */
    readonly reportTo: pulumi.Output<string | undefined>;
    /**
     * CSP Policy Name (`csp-policy-name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Prefetch Source (`prefetch-src` on the appliance): a list of `None`, `All`, `Self`.
     */
    readonly prefetchSrc: pulumi.Output<CspPolicyPrefetchSrc[] | undefined>;
    /**
     * Upload Policy (`csp-policy` on the appliance): a list of `Create Policy`, `Upload Policy`.
     */
    readonly cspPolicy: pulumi.Output<CspPolicyCspPolicy[] | undefined>;
    /**
     * Base-uri-document (`base-uri-document` on the appliance): a list of strings.
     */
    readonly baseUriDocument: pulumi.Output<string[] | undefined>;
    /**
     * Style except inline Attribute (`style-except-inline-attr` on the appliance): a list of `None`, `All`, `Self`, `Data`, `Unsafe Inline`, `Unsafe Hashes`, `Include Nonce`.
     */
    readonly styleExceptInlineAttr: pulumi.Output<CspPolicyStyleExceptInlineAttr[] | undefined>;
    /**
     * Take over a CSP policy of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the CSP policy must match the existing one. Without `adopt`, creating a CSP policy whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link CspPolicy} registers with the engine. */
export const cspPolicyOutputNames = [
    "service",
    "clientSideProtection",
    "disownOpener",
    "styleSrcAttr",
    "manifestSrcHostList",
    "childSrcHostList",
    "sandBox",
    "scriptSrcHostList",
    "formActionHostList",
    "scriptSrcAttr",
    "scriptSrcAttrHostList",
    "status",
    "fontSrc",
    "styleSrcAttrHostList",
    "cspMode",
    "scriptSrc",
    "styleSrcHostList",
    "styleExceptInlineAttrHostList",
    "objectSrc",
    "scriptSrcElem",
    "scriptSrcElemHostList",
    "connectSrcHostList",
    "frameSrcHostList",
    "formAction",
    "imgSrc",
    "defaultSrcHostList",
    "workerSrcHostList",
    "pluginTypes",
    "connectSrc",
    "childSrc",
    "mediaSrcHostList",
    "framesAncestorsHostList",
    "defaultSrc",
    "imgSrcHostList",
    "upgradeUnsecureReq",
    "workerSrc",
    "frameSrc",
    "objectSrcHostList",
    "styleSrc",
    "framesAncestors",
    "baseUri",
    "fontSrcHostList",
    "manifestSrc",
    "prefetchSrcHostList",
    "mediaSrc",
    "sendTo",
    "reportOnly",
    "mixedBoxContent",
    "sriStatus",
    "reportUri",
    "reportTo",
    "name",
    "prefetchSrc",
    "cspPolicy",
    "baseUriDocument",
    "styleExceptInlineAttr",
    "adopt",
] as const;

/** The arguments of a {@link SubResourceIntegrity}. */
export interface SubResourceIntegrityArgs {
    /**
     * The service the sub resource integrity belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the sub resource integrity.
     */
    service: pulumi.Input<string> | Service;
    /**
     * The client side protection the sub resource integrity belongs to: a `ClientSideProtection` of the program, or the name of one on the appliance. Changing it replaces the sub resource integrity.
     */
    clientSideProtection: pulumi.Input<string> | ClientSideProtection;
    /**
     * Rule Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * CSP Policy (`mode` on the appliance): a list of `Manually`, `Automatically`.
     */
    mode?: pulumi.Input<SubResourceIntegrityMode[]>;
    /**
     * Take over a sub resource integrity of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the sub resource integrity must match the existing one. Without `adopt`, creating a sub resource integrity whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link SubResourceIntegrity} resolves to once the appliance has answered. */
export interface SubResourceIntegrityOutputs {
    /**
     * The service the sub resource integrity belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the sub resource integrity.
     */
    readonly service: pulumi.Output<string>;
    /**
     * The client side protection the sub resource integrity belongs to: a `ClientSideProtection` of the program, or the name of one on the appliance. Changing it replaces the sub resource integrity.
     */
    readonly clientSideProtection: pulumi.Output<string>;
    /**
     * Rule Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * CSP Policy (`mode` on the appliance): a list of `Manually`, `Automatically`.
     */
    readonly mode: pulumi.Output<SubResourceIntegrityMode[] | undefined>;
    /**
     * Take over a sub resource integrity of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the sub resource integrity must match the existing one. Without `adopt`, creating a sub resource integrity whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link SubResourceIntegrity} registers with the engine. */
export const subResourceIntegrityOutputNames = [
    "service",
    "clientSideProtection",
    "name",
    "mode",
    "adopt",
] as const;

/** The arguments of a {@link ContentRule}. */
export interface ContentRuleArgs {
    /**
     * The service the content rule belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the content rule.
     */
    service: pulumi.Input<string> | Service;
    /**
     * Comments (`comments` on the appliance): text.
     */
    comments?: pulumi.Input<string>;
    /**
     * Extended Match (`extended-match` on the appliance): text of at most 4096 characters.
     */
    extendedMatch?: pulumi.Input<string>;
    /**
     * Mode (`mode` on the appliance): one of `Passive`, `Active`.
     */
    mode?: pulumi.Input<ContentRuleMode>;
    /**
     * URL Match (`url-match` on the appliance): text.
     */
    urlMatch: pulumi.Input<string>;
    /**
     * Extended Match Sequence (`extended-match-sequence` on the appliance): a whole number from 0 to 1000.
     */
    extendedMatchSequence?: pulumi.Input<number>;
    /**
     * Rule App Id (`app-id` on the appliance): text of at most 63 characters.
     */
    appId?: pulumi.Input<string>;
    /**
     * Access Log (`access-log` on the appliance): one of `Enable`, `Disable`.
     */
    accessLog?: pulumi.Input<ContentRuleAccessLog>;
    /**
     * Rule Group Name (`name` on the appliance): text of at most 63 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Web Firewall Policy (`web-firewall-policy` on the appliance): one of ``, `default`, `saml`, `sharepoint`, `sharepoint2013`, `owa`, `owa2010`, `owa2013`, `oracle`.
     */
    webFirewallPolicy?: pulumi.Input<ContentRuleWebFirewallPolicy>;
    /**
     * Host Match (`host-match` on the appliance): text.
     */
    hostMatch: pulumi.Input<string>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    status?: pulumi.Input<ContentRuleStatus>;
    /**
     * The content rule's Rule Group advanced client analysis.
     */
    advancedClientAnalysis?: pulumi.Input<ContentRuleAdvancedClientAnalysisArgs>;
    /**
     * The content rule's Rule Group caching.
     */
    caching?: pulumi.Input<ContentRuleCachingArgs>;
    /**
     * The content rule's Rule Group compression.
     */
    compression?: pulumi.Input<ContentRuleCompressionArgs>;
    /**
     * The content rule's Rule Group load balancing.
     */
    loadBalancing?: pulumi.Input<ContentRuleLoadBalancingArgs>;
    /**
     * The content rule's Rule Group captcha settings.
     */
    rgCaptchaSettings?: pulumi.Input<ContentRuleRgCaptchaSettingsArgs>;
    /**
     * Take over a content rule of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the content rule must match the existing one. Without `adopt`, creating a content rule whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link ContentRule} resolves to once the appliance has answered. */
export interface ContentRuleOutputs {
    /**
     * The service the content rule belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the content rule.
     */
    readonly service: pulumi.Output<string>;
    /**
     * Comments (`comments` on the appliance): text.
     */
    readonly comments: pulumi.Output<string | undefined>;
    /**
     * Extended Match (`extended-match` on the appliance): text of at most 4096 characters.
     */
    readonly extendedMatch: pulumi.Output<string | undefined>;
    /**
     * Mode (`mode` on the appliance): one of `Passive`, `Active`.
     */
    readonly mode: pulumi.Output<ContentRuleMode | undefined>;
    /**
     * URL Match (`url-match` on the appliance): text.
     */
    readonly urlMatch: pulumi.Output<string>;
    /**
     * Extended Match Sequence (`extended-match-sequence` on the appliance): a whole number from 0 to 1000.
     */
    readonly extendedMatchSequence: pulumi.Output<number | undefined>;
    /**
     * Rule App Id (`app-id` on the appliance): text of at most 63 characters.
     */
    readonly appId: pulumi.Output<string | undefined>;
    /**
     * Access Log (`access-log` on the appliance): one of `Enable`, `Disable`.
     */
    readonly accessLog: pulumi.Output<ContentRuleAccessLog | undefined>;
    /**
     * Rule Group Name (`name` on the appliance): text of at most 63 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Web Firewall Policy (`web-firewall-policy` on the appliance): one of ``, `default`, `saml`, `sharepoint`, `sharepoint2013`, `owa`, `owa2010`, `owa2013`, `oracle`.
     */
    readonly webFirewallPolicy: pulumi.Output<ContentRuleWebFirewallPolicy | undefined>;
    /**
     * Host Match (`host-match` on the appliance): text.
     */
    readonly hostMatch: pulumi.Output<string>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    readonly status: pulumi.Output<ContentRuleStatus | undefined>;
    /**
     * The content rule's Rule Group advanced client analysis.
     */
    readonly advancedClientAnalysis: pulumi.Output<ContentRuleAdvancedClientAnalysis | undefined>;
    /**
     * The content rule's Rule Group caching.
     */
    readonly caching: pulumi.Output<ContentRuleCaching | undefined>;
    /**
     * The content rule's Rule Group compression.
     */
    readonly compression: pulumi.Output<ContentRuleCompression | undefined>;
    /**
     * The content rule's Rule Group load balancing.
     */
    readonly loadBalancing: pulumi.Output<ContentRuleLoadBalancing | undefined>;
    /**
     * The content rule's Rule Group captcha settings.
     */
    readonly rgCaptchaSettings: pulumi.Output<ContentRuleRgCaptchaSettings | undefined>;
    /**
     * Take over a content rule of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the content rule must match the existing one. Without `adopt`, creating a content rule whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link ContentRule} registers with the engine. */
export const contentRuleOutputNames = [
    "service",
    "comments",
    "extendedMatch",
    "mode",
    "urlMatch",
    "extendedMatchSequence",
    "appId",
    "accessLog",
    "name",
    "webFirewallPolicy",
    "hostMatch",
    "status",
    "advancedClientAnalysis",
    "caching",
    "compression",
    "loadBalancing",
    "rgCaptchaSettings",
    "adopt",
] as const;

/** The arguments of a {@link ContentRuleServer}. */
export interface ContentRuleServerArgs {
    /**
     * The service the content rule server belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the content rule server.
     */
    service: pulumi.Input<string> | Service;
    /**
     * The content rule the content rule server belongs to: a `ContentRule` of the program, or the name of one on the appliance. Changing it replaces the content rule server.
     */
    contentRule: pulumi.Input<string> | ContentRule;
    /**
     * Status (`status` on the appliance): one of `In Service`, `Out of Service Maintenance`, `Out of Service Sticky`, `Out of Service All`.
     */
    status?: pulumi.Input<ContentRuleServerStatus>;
    /**
     * Identifier (`identifier` on the appliance): one of `IP Address`, `Hostname`.
     */
    identifier?: pulumi.Input<ContentRuleServerIdentifier>;
    /**
     * Web Server Name (`name` on the appliance): text of at most 255 characters.
     */
    name: pulumi.Input<string>;
    /**
     * IP Address (`ip-address` on the appliance): text.
     */
    ipAddress?: pulumi.Input<string>;
    /**
     * Hostname (`hostname` on the appliance): text.
     */
    hostname?: pulumi.Input<string>;
    /**
     * Version (`address-version` on the appliance): one of `IPv4`, `IPv6`.
     */
    addressVersion?: pulumi.Input<ContentRuleServerAddressVersion>;
    /**
     * Port (`port` on the appliance): a whole number from 0 to 65535.
     */
    port?: pulumi.Input<number>;
    /**
     * Comments (`comments` on the appliance): text.
     */
    comments?: pulumi.Input<string>;
    /**
     * The content rule server's Rule Group Server advanced configuration.
     */
    advancedConfiguration?: pulumi.Input<ContentRuleServerAdvancedConfigurationArgs>;
    /**
     * The content rule server's Rule Group Server application layer health checks.
     */
    applicationLayerHealthChecks?: pulumi.Input<ContentRuleServerApplicationLayerHealthChecksArgs>;
    /**
     * The content rule server's Rule Group Server connection pooling.
     */
    connectionPooling?: pulumi.Input<ContentRuleServerConnectionPoolingArgs>;
    /**
     * The content rule server's Rule Group Server in band health checks.
     */
    inBandHealthChecks?: pulumi.Input<ContentRuleServerInBandHealthChecksArgs>;
    /**
     * The content rule server's Rule Group Server load balancing.
     */
    loadBalancing?: pulumi.Input<ContentRuleServerLoadBalancingArgs>;
    /**
     * The content rule server's Rule Group Server out of band health checks.
     */
    outOfBandHealthChecks?: pulumi.Input<ContentRuleServerOutOfBandHealthChecksArgs>;
    /**
     * The content rule server's Rule Group Server ssl policy.
     */
    sslPolicy?: pulumi.Input<ContentRuleServerSslPolicyArgs>;
    /**
     * Take over a content rule server of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the content rule server must match the existing one. Without `adopt`, creating a content rule server whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link ContentRuleServer} resolves to once the appliance has answered. */
export interface ContentRuleServerOutputs {
    /**
     * The service the content rule server belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the content rule server.
     */
    readonly service: pulumi.Output<string>;
    /**
     * The content rule the content rule server belongs to: a `ContentRule` of the program, or the name of one on the appliance. Changing it replaces the content rule server.
     */
    readonly contentRule: pulumi.Output<string>;
    /**
     * Status (`status` on the appliance): one of `In Service`, `Out of Service Maintenance`, `Out of Service Sticky`, `Out of Service All`.
     */
    readonly status: pulumi.Output<ContentRuleServerStatus | undefined>;
    /**
     * Identifier (`identifier` on the appliance): one of `IP Address`, `Hostname`.
     */
    readonly identifier: pulumi.Output<ContentRuleServerIdentifier | undefined>;
    /**
     * Web Server Name (`name` on the appliance): text of at most 255 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * IP Address (`ip-address` on the appliance): text.
     */
    readonly ipAddress: pulumi.Output<string | undefined>;
    /**
     * Hostname (`hostname` on the appliance): text.
     */
    readonly hostname: pulumi.Output<string | undefined>;
    /**
     * Version (`address-version` on the appliance): one of `IPv4`, `IPv6`.
     */
    readonly addressVersion: pulumi.Output<ContentRuleServerAddressVersion | undefined>;
    /**
     * Port (`port` on the appliance): a whole number from 0 to 65535.
     */
    readonly port: pulumi.Output<number | undefined>;
    /**
     * Comments (`comments` on the appliance): text.
     */
    readonly comments: pulumi.Output<string | undefined>;
    /**
     * The content rule server's Rule Group Server advanced configuration.
     */
    readonly advancedConfiguration: pulumi.Output<ContentRuleServerAdvancedConfiguration | undefined>;
    /**
     * The content rule server's Rule Group Server application layer health checks.
     */
    readonly applicationLayerHealthChecks: pulumi.Output<
        ContentRuleServerApplicationLayerHealthChecks | undefined
    >;
    /**
     * The content rule server's Rule Group Server connection pooling.
     */
    readonly connectionPooling: pulumi.Output<ContentRuleServerConnectionPooling | undefined>;
    /**
     * The content rule server's Rule Group Server in band health checks.
     */
    readonly inBandHealthChecks: pulumi.Output<ContentRuleServerInBandHealthChecks | undefined>;
    /**
     * The content rule server's Rule Group Server load balancing.
     */
    readonly loadBalancing: pulumi.Output<ContentRuleServerLoadBalancing | undefined>;
    /**
     * The content rule server's Rule Group Server out of band health checks.
     */
    readonly outOfBandHealthChecks: pulumi.Output<ContentRuleServerOutOfBandHealthChecks | undefined>;
    /**
     * The content rule server's Rule Group Server ssl policy.
     */
    readonly sslPolicy: pulumi.Output<ContentRuleServerSslPolicy | undefined>;
    /**
     * Take over a content rule server of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the content rule server must match the existing one. Without `adopt`, creating a content rule server whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link ContentRuleServer} registers with the engine. */
export const contentRuleServerOutputNames = [
    "service",
    "contentRule",
    "status",
    "identifier",
    "name",
    "ipAddress",
    "hostname",
    "addressVersion",
    "port",
    "comments",
    "advancedConfiguration",
    "applicationLayerHealthChecks",
    "connectionPooling",
    "inBandHealthChecks",
    "loadBalancing",
    "outOfBandHealthChecks",
    "sslPolicy",
    "adopt",
] as const;

/** The arguments of a {@link DdosPolicy}. */
export interface DdosPolicyArgs {
    /**
     * The service the ddos policy belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the ddos policy.
     */
    service: pulumi.Input<string> | Service;
    /**
     * Detect Mouse Event (`mouse-check` on the appliance): one of `On`, `Off`.
     */
    mouseCheck?: pulumi.Input<DdosPolicyMouseCheck>;
    /**
     * Host Match (`host` on the appliance): text of at most 128 characters.
     */
    host?: pulumi.Input<string>;
    /**
     * Comments (`comments` on the appliance): text of at most 256 characters.
     */
    comments?: pulumi.Input<string>;
    /**
     * Extended Match (`extended-match` on the appliance): text of at most 4096 characters.
     */
    extendedMatch?: pulumi.Input<string>;
    /**
     * Enable URL ACL (`evaluate-clients` on the appliance): one of `On`, `Off`.
     */
    evaluateClients?: pulumi.Input<DdosPolicyEvaluateClients>;
    /**
     * Max CAPTCHA Attempts (`num-captcha-tries` on the appliance): a whole number from 1 to 128.
     */
    numCaptchaTries?: pulumi.Input<number>;
    /**
     * Enforce CAPTCHA (`enforce-captcha` on the appliance): one of `Do not Enforce`, `Suspicious clients only`, `All clients`.
     */
    enforceCaptcha?: pulumi.Input<DdosPolicyEnforceCaptcha>;
    /**
     * DDos Policy Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Extended Match Sequence (`extended-match-sequence` on the appliance): a whole number from 0 to 1000.
     */
    extendedMatchSequence?: pulumi.Input<number>;
    /**
     * URL Match (`url` on the appliance): text of at most 5000 characters.
     */
    url?: pulumi.Input<string>;
    /**
     * Max Unanswered CAPTCHA (`num-unanswered-captcha` on the appliance): a whole number from 1 to 2096.
     */
    numUnansweredCaptcha?: pulumi.Input<number>;
    /**
     * Expiry time (`expiry-time` on the appliance): a whole number from 60 to 3600.
     */
    expiryTime?: pulumi.Input<number>;
    /**
     * Take over a ddos policy of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the ddos policy must match the existing one. Without `adopt`, creating a ddos policy whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link DdosPolicy} resolves to once the appliance has answered. */
export interface DdosPolicyOutputs {
    /**
     * The service the ddos policy belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the ddos policy.
     */
    readonly service: pulumi.Output<string>;
    /**
     * Detect Mouse Event (`mouse-check` on the appliance): one of `On`, `Off`.
     */
    readonly mouseCheck: pulumi.Output<DdosPolicyMouseCheck | undefined>;
    /**
     * Host Match (`host` on the appliance): text of at most 128 characters.
     */
    readonly host: pulumi.Output<string | undefined>;
    /**
     * Comments (`comments` on the appliance): text of at most 256 characters.
     */
    readonly comments: pulumi.Output<string | undefined>;
    /**
     * Extended Match (`extended-match` on the appliance): text of at most 4096 characters.
     */
    readonly extendedMatch: pulumi.Output<string | undefined>;
    /**
     * Enable URL ACL (`evaluate-clients` on the appliance): one of `On`, `Off`.
     */
    readonly evaluateClients: pulumi.Output<DdosPolicyEvaluateClients | undefined>;
    /**
     * Max CAPTCHA Attempts (`num-captcha-tries` on the appliance): a whole number from 1 to 128.
     */
    readonly numCaptchaTries: pulumi.Output<number | undefined>;
    /**
     * Enforce CAPTCHA (`enforce-captcha` on the appliance): one of `Do not Enforce`, `Suspicious clients only`, `All clients`.
     */
    readonly enforceCaptcha: pulumi.Output<DdosPolicyEnforceCaptcha | undefined>;
    /**
     * DDos Policy Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Extended Match Sequence (`extended-match-sequence` on the appliance): a whole number from 0 to 1000.
     */
    readonly extendedMatchSequence: pulumi.Output<number | undefined>;
    /**
     * URL Match (`url` on the appliance): text of at most 5000 characters.
     */
    readonly url: pulumi.Output<string | undefined>;
    /**
     * Max Unanswered CAPTCHA (`num-unanswered-captcha` on the appliance): a whole number from 1 to 2096.
     */
    readonly numUnansweredCaptcha: pulumi.Output<number | undefined>;
    /**
     * Expiry time (`expiry-time` on the appliance): a whole number from 60 to 3600.
     */
    readonly expiryTime: pulumi.Output<number | undefined>;
    /**
     * Take over a ddos policy of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the ddos policy must match the existing one. Without `adopt`, creating a ddos policy whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link DdosPolicy} registers with the engine. */
export const ddosPolicyOutputNames = [
    "service",
    "mouseCheck",
    "host",
    "comments",
    "extendedMatch",
    "evaluateClients",
    "numCaptchaTries",
    "enforceCaptcha",
    "name",
    "extendedMatchSequence",
    "url",
    "numUnansweredCaptcha",
    "expiryTime",
    "adopt",
] as const;

/** The arguments of a {@link FormSpamForm}. */
export interface FormSpamFormArgs {
    /**
     * The service the form spam form belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the form spam form.
     */
    service: pulumi.Input<string> | Service;
    /**
     * Parameter Name (`parameter-name` on the appliance): a list of strings.
     */
    parameterName?: pulumi.Input<string[]>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    status?: pulumi.Input<FormSpamFormStatus>;
    /**
     * Mode (`mode` on the appliance): one of `Learning`, `Passive`, `Active`.
     */
    mode?: pulumi.Input<FormSpamFormMode>;
    /**
     * Form Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Minimum Form Fill Time (`minimum-form-fill-time` on the appliance): a whole number from 1 to 1024.
     */
    minimumFormFillTime?: pulumi.Input<number>;
    /**
     * Parameter Class (`parameter-class` on the appliance): a list of `Login`, `Search`, `Password`, `Comments`, `Integer`, `Hex Number`, `Alpha`, `Alphanumeric`, `Email`, `String`, `Generic`, `No validation`.
     */
    parameterClass?: pulumi.Input<FormSpamFormParameterClass[]>;
    /**
     * Action URL (`action-url` on the appliance): text of at most 5000 characters.
     */
    actionUrl: pulumi.Input<string>;
    /**
     * Take over a form spam form of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the form spam form must match the existing one. Without `adopt`, creating a form spam form whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link FormSpamForm} resolves to once the appliance has answered. */
export interface FormSpamFormOutputs {
    /**
     * The service the form spam form belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the form spam form.
     */
    readonly service: pulumi.Output<string>;
    /**
     * Parameter Name (`parameter-name` on the appliance): a list of strings.
     */
    readonly parameterName: pulumi.Output<string[] | undefined>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    readonly status: pulumi.Output<FormSpamFormStatus | undefined>;
    /**
     * Mode (`mode` on the appliance): one of `Learning`, `Passive`, `Active`.
     */
    readonly mode: pulumi.Output<FormSpamFormMode | undefined>;
    /**
     * Form Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Minimum Form Fill Time (`minimum-form-fill-time` on the appliance): a whole number from 1 to 1024.
     */
    readonly minimumFormFillTime: pulumi.Output<number | undefined>;
    /**
     * Parameter Class (`parameter-class` on the appliance): a list of `Login`, `Search`, `Password`, `Comments`, `Integer`, `Hex Number`, `Alpha`, `Alphanumeric`, `Email`, `String`, `Generic`, `No validation`.
     */
    readonly parameterClass: pulumi.Output<FormSpamFormParameterClass[] | undefined>;
    /**
     * Action URL (`action-url` on the appliance): text of at most 5000 characters.
     */
    readonly actionUrl: pulumi.Output<string>;
    /**
     * Take over a form spam form of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the form spam form must match the existing one. Without `adopt`, creating a form spam form whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link FormSpamForm} registers with the engine. */
export const formSpamFormOutputNames = [
    "service",
    "parameterName",
    "status",
    "mode",
    "name",
    "minimumFormFillTime",
    "parameterClass",
    "actionUrl",
    "adopt",
] as const;

/** The arguments of a {@link HeaderAcl}. */
export interface HeaderAclArgs {
    /**
     * The service the header ACL belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the header ACL.
     */
    service: pulumi.Input<string> | Service;
    /**
     * Custom Blocked Attack Types (`custom-blocked-attack-types` on the appliance): a list of strings.
     */
    customBlockedAttackTypes?: pulumi.Input<string[]>;
    /**
     * Mode (`mode` on the appliance): one of `Active`, `Passive`.
     */
    mode?: pulumi.Input<HeaderAclMode>;
    /**
     * Denied Metacharacters (`denied-metachars` on the appliance): text of at most 239 characters.
     */
    deniedMetachars?: pulumi.Input<string>;
    /**
     * Comments (`comments` on the appliance): text.
     */
    comments?: pulumi.Input<string>;
    /**
     * Header Name (`header-name` on the appliance): text.
     */
    headerName: pulumi.Input<string>;
    /**
     * Max Header Value Length (`max-header-value-length` on the appliance): a whole number from 0 to 65536.
     */
    maxHeaderValueLength?: pulumi.Input<number>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    status?: pulumi.Input<HeaderAclStatus>;
    /**
     * Exception Patterns (`exception-patterns` on the appliance): a list of strings.
     */
    exceptionPatterns?: pulumi.Input<string[]>;
    /**
     * Header ACL Name (`name` on the appliance): text of at most 78 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Blocked Attack Types (`blocked-attack-types` on the appliance): a list of `SQL Injection`, `OS Command Injection`, `Directory Traversal`, `Cross-Site Scripting`, `Remote File Inclusion`, `SQL Injection strict`, `OS Command Injection strict`, `Directory Traversal strict`, `Cross-Site Scripting strict`, `Remote File Inclusion strict`, `LDAP Injection`, `Python-PHP attacks`, `HTTP Specific Injection`, `Apache Struts attacks`, `Apache struts attacks strict`.
     */
    blockedAttackTypes?: pulumi.Input<HeaderAclBlockedAttackTypes[]>;
    /**
     * Take over a header ACL of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the header ACL must match the existing one. Without `adopt`, creating a header ACL whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link HeaderAcl} resolves to once the appliance has answered. */
export interface HeaderAclOutputs {
    /**
     * The service the header ACL belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the header ACL.
     */
    readonly service: pulumi.Output<string>;
    /**
     * Custom Blocked Attack Types (`custom-blocked-attack-types` on the appliance): a list of strings.
     */
    readonly customBlockedAttackTypes: pulumi.Output<string[] | undefined>;
    /**
     * Mode (`mode` on the appliance): one of `Active`, `Passive`.
     */
    readonly mode: pulumi.Output<HeaderAclMode | undefined>;
    /**
     * Denied Metacharacters (`denied-metachars` on the appliance): text of at most 239 characters.
     */
    readonly deniedMetachars: pulumi.Output<string | undefined>;
    /**
     * Comments (`comments` on the appliance): text.
     */
    readonly comments: pulumi.Output<string | undefined>;
    /**
     * Header Name (`header-name` on the appliance): text.
     */
    readonly headerName: pulumi.Output<string>;
    /**
     * Max Header Value Length (`max-header-value-length` on the appliance): a whole number from 0 to 65536.
     */
    readonly maxHeaderValueLength: pulumi.Output<number | undefined>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    readonly status: pulumi.Output<HeaderAclStatus | undefined>;
    /**
     * Exception Patterns (`exception-patterns` on the appliance): a list of strings.
     */
    readonly exceptionPatterns: pulumi.Output<string[] | undefined>;
    /**
     * Header ACL Name (`name` on the appliance): text of at most 78 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Blocked Attack Types (`blocked-attack-types` on the appliance): a list of `SQL Injection`, `OS Command Injection`, `Directory Traversal`, `Cross-Site Scripting`, `Remote File Inclusion`, `SQL Injection strict`, `OS Command Injection strict`, `Directory Traversal strict`, `Cross-Site Scripting strict`, `Remote File Inclusion strict`, `LDAP Injection`, `Python-PHP attacks`, `HTTP Specific Injection`, `Apache Struts attacks`, `Apache struts attacks strict`.
     */
    readonly blockedAttackTypes: pulumi.Output<HeaderAclBlockedAttackTypes[] | undefined>;
    /**
     * Take over a header ACL of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the header ACL must match the existing one. Without `adopt`, creating a header ACL whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link HeaderAcl} registers with the engine. */
export const headerAclOutputNames = [
    "service",
    "customBlockedAttackTypes",
    "mode",
    "deniedMetachars",
    "comments",
    "headerName",
    "maxHeaderValueLength",
    "status",
    "exceptionPatterns",
    "name",
    "blockedAttackTypes",
    "adopt",
] as const;

/** The arguments of a {@link HttpRequestRewriteRule}. */
export interface HttpRequestRewriteRuleArgs {
    /**
     * The service the HTTP request rewrite rule belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the HTTP request rewrite rule.
     */
    service: pulumi.Input<string> | Service;
    /**
     * Header Name (`header` on the appliance): text of at most 512 characters.
     */
    header?: pulumi.Input<string>;
    /**
     * Rule Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Action (`action` on the appliance): one of `Insert Header`, `Remove Header`, `Rewrite Header`, `Rewrite URL`, `Redirect URL`.
     */
    action?: pulumi.Input<HttpRequestRewriteRuleAction>;
    /**
     * Comments (`comments` on the appliance): text.
     */
    comments?: pulumi.Input<string>;
    /**
     * Rewrite Value (`rewrite-value` on the appliance): text of at most 512 characters.
     */
    rewriteValue?: pulumi.Input<string>;
    /**
     * Continue Processing (`continue-processing` on the appliance): on (`true`) or off (`false`).
     */
    continueProcessing?: pulumi.Input<boolean>;
    /**
     * Rewrite Condition (`condition` on the appliance): text of at most 4096 characters.
     */
    condition?: pulumi.Input<string>;
    /**
     * Sequence Number (`sequence-number` on the appliance): a whole number from 1 to 1499.
     */
    sequenceNumber: pulumi.Input<number>;
    /**
     * Old Value (`old-value` on the appliance): text of at most 512 characters.
     */
    oldValue?: pulumi.Input<string>;
    /**
     * Take over a HTTP request rewrite rule of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the HTTP request rewrite rule must match the existing one. Without `adopt`, creating a HTTP request rewrite rule whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link HttpRequestRewriteRule} resolves to once the appliance has answered. */
export interface HttpRequestRewriteRuleOutputs {
    /**
     * The service the HTTP request rewrite rule belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the HTTP request rewrite rule.
     */
    readonly service: pulumi.Output<string>;
    /**
     * Header Name (`header` on the appliance): text of at most 512 characters.
     */
    readonly header: pulumi.Output<string | undefined>;
    /**
     * Rule Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Action (`action` on the appliance): one of `Insert Header`, `Remove Header`, `Rewrite Header`, `Rewrite URL`, `Redirect URL`.
     */
    readonly action: pulumi.Output<HttpRequestRewriteRuleAction | undefined>;
    /**
     * Comments (`comments` on the appliance): text.
     */
    readonly comments: pulumi.Output<string | undefined>;
    /**
     * Rewrite Value (`rewrite-value` on the appliance): text of at most 512 characters.
     */
    readonly rewriteValue: pulumi.Output<string | undefined>;
    /**
     * Continue Processing (`continue-processing` on the appliance): on (`true`) or off (`false`).
     */
    readonly continueProcessing: pulumi.Output<boolean | undefined>;
    /**
     * Rewrite Condition (`condition` on the appliance): text of at most 4096 characters.
     */
    readonly condition: pulumi.Output<string | undefined>;
    /**
     * Sequence Number (`sequence-number` on the appliance): a whole number from 1 to 1499.
     */
    readonly sequenceNumber: pulumi.Output<number>;
    /**
     * Old Value (`old-value` on the appliance): text of at most 512 characters.
     */
    readonly oldValue: pulumi.Output<string | undefined>;
    /**
     * Take over a HTTP request rewrite rule of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the HTTP request rewrite rule must match the existing one. Without `adopt`, creating a HTTP request rewrite rule whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link HttpRequestRewriteRule} registers with the engine. */
export const httpRequestRewriteRuleOutputNames = [
    "service",
    "header",
    "name",
    "action",
    "comments",
    "rewriteValue",
    "continueProcessing",
    "condition",
    "sequenceNumber",
    "oldValue",
    "adopt",
] as const;

/** The arguments of a {@link HttpResponseRewriteRule}. */
export interface HttpResponseRewriteRuleArgs {
    /**
     * The service the HTTP response rewrite rule belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the HTTP response rewrite rule.
     */
    service: pulumi.Input<string> | Service;
    /**
     * Rule Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Header Name (`header` on the appliance): text of at most 512 characters.
     */
    header?: pulumi.Input<string>;
    /**
     * Action (`action` on the appliance): one of `Insert Header`, `Remove Header`, `Rewrite Header`.
     */
    action: pulumi.Input<HttpResponseRewriteRuleAction>;
    /**
     * Sequence number (`sequence-number` on the appliance): a whole number from 1 to 2048.
     */
    sequenceNumber: pulumi.Input<number>;
    /**
     * Rewrite Condition (`condition` on the appliance): text of at most 4096 characters.
     */
    condition?: pulumi.Input<string>;
    /**
     * Old Value (`old-value` on the appliance): text of at most 1024 characters.
     */
    oldValue?: pulumi.Input<string>;
    /**
     * Comments (`comments` on the appliance): text.
     */
    comments?: pulumi.Input<string>;
    /**
     * Rewrite Value (`rewrite-value` on the appliance): text of at most 1024 characters.
     */
    rewriteValue?: pulumi.Input<string>;
    /**
     * Continue Processing (`continue-processing` on the appliance): on (`true`) or off (`false`).
     */
    continueProcessing?: pulumi.Input<boolean>;
    /**
     * Take over a HTTP response rewrite rule of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the HTTP response rewrite rule must match the existing one. Without `adopt`, creating a HTTP response rewrite rule whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link HttpResponseRewriteRule} resolves to once the appliance has answered. */
export interface HttpResponseRewriteRuleOutputs {
    /**
     * The service the HTTP response rewrite rule belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the HTTP response rewrite rule.
     */
    readonly service: pulumi.Output<string>;
    /**
     * Rule Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Header Name (`header` on the appliance): text of at most 512 characters.
     */
    readonly header: pulumi.Output<string | undefined>;
    /**
     * Action (`action` on the appliance): one of `Insert Header`, `Remove Header`, `Rewrite Header`.
     */
    readonly action: pulumi.Output<HttpResponseRewriteRuleAction>;
    /**
     * Sequence number (`sequence-number` on the appliance): a whole number from 1 to 2048.
     */
    readonly sequenceNumber: pulumi.Output<number>;
    /**
     * Rewrite Condition (`condition` on the appliance): text of at most 4096 characters.
     */
    readonly condition: pulumi.Output<string | undefined>;
    /**
     * Old Value (`old-value` on the appliance): text of at most 1024 characters.
     */
    readonly oldValue: pulumi.Output<string | undefined>;
    /**
     * Comments (`comments` on the appliance): text.
     */
    readonly comments: pulumi.Output<string | undefined>;
    /**
     * Rewrite Value (`rewrite-value` on the appliance): text of at most 1024 characters.
     */
    readonly rewriteValue: pulumi.Output<string | undefined>;
    /**
     * Continue Processing (`continue-processing` on the appliance): on (`true`) or off (`false`).
     */
    readonly continueProcessing: pulumi.Output<boolean | undefined>;
    /**
     * Take over a HTTP response rewrite rule of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the HTTP response rewrite rule must match the existing one. Without `adopt`, creating a HTTP response rewrite rule whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link HttpResponseRewriteRule} registers with the engine. */
export const httpResponseRewriteRuleOutputNames = [
    "service",
    "name",
    "header",
    "action",
    "sequenceNumber",
    "condition",
    "oldValue",
    "comments",
    "rewriteValue",
    "continueProcessing",
    "adopt",
] as const;

/** The arguments of a {@link JsonProfile}. */
export interface JsonProfileArgs {
    /**
     * The service the JSON profile belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the JSON profile.
     */
    service: pulumi.Input<string> | Service;
    /**
     * Ignore Keys (`ignore-keys` on the appliance): a list of strings.
     */
    ignoreKeys?: pulumi.Input<string[]>;
    /**
     * JSON Policy (`json-policy` on the appliance): one of `default-policy`.
     */
    jsonPolicy?: pulumi.Input<JsonProfileJsonPolicy>;
    /**
     * Mode (`mode` on the appliance): one of `Active`, `Passive`.
     */
    mode?: pulumi.Input<JsonProfileMode>;
    /**
     * Inspect Mime Types (`allowed-content-types` on the appliance): a list of strings.
     */
    allowedContentTypes?: pulumi.Input<string[]>;
    /**
     * Comments (`comment` on the appliance): text of at most 256 characters.
     */
    comment?: pulumi.Input<string>;
    /**
     * Methods (`method` on the appliance): a list of strings.
     */
    method: pulumi.Input<string[]>;
    /**
     * URL Match (`url-match` on the appliance): text of at most 5000 characters.
     */
    urlMatch: pulumi.Input<string>;
    /**
     * Host Match (`host-match` on the appliance): text of at most 5000 characters.
     */
    hostMatch: pulumi.Input<string>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    status?: pulumi.Input<JsonProfileStatus>;
    /**
     * Exception Patterns (`exception-patterns` on the appliance): a list of strings.
     */
    exceptionPatterns?: pulumi.Input<string[]>;
    /**
     * JSON Profile Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Validate Key (`validate-key` on the appliance): on (`true`) or off (`false`).
     */
    validateKey?: pulumi.Input<boolean>;
    /**
     * Take over a JSON profile of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the JSON profile must match the existing one. Without `adopt`, creating a JSON profile whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link JsonProfile} resolves to once the appliance has answered. */
export interface JsonProfileOutputs {
    /**
     * The service the JSON profile belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the JSON profile.
     */
    readonly service: pulumi.Output<string>;
    /**
     * Ignore Keys (`ignore-keys` on the appliance): a list of strings.
     */
    readonly ignoreKeys: pulumi.Output<string[] | undefined>;
    /**
     * JSON Policy (`json-policy` on the appliance): one of `default-policy`.
     */
    readonly jsonPolicy: pulumi.Output<JsonProfileJsonPolicy | undefined>;
    /**
     * Mode (`mode` on the appliance): one of `Active`, `Passive`.
     */
    readonly mode: pulumi.Output<JsonProfileMode | undefined>;
    /**
     * Inspect Mime Types (`allowed-content-types` on the appliance): a list of strings.
     */
    readonly allowedContentTypes: pulumi.Output<string[] | undefined>;
    /**
     * Comments (`comment` on the appliance): text of at most 256 characters.
     */
    readonly comment: pulumi.Output<string | undefined>;
    /**
     * Methods (`method` on the appliance): a list of strings.
     */
    readonly method: pulumi.Output<string[]>;
    /**
     * URL Match (`url-match` on the appliance): text of at most 5000 characters.
     */
    readonly urlMatch: pulumi.Output<string>;
    /**
     * Host Match (`host-match` on the appliance): text of at most 5000 characters.
     */
    readonly hostMatch: pulumi.Output<string>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    readonly status: pulumi.Output<JsonProfileStatus | undefined>;
    /**
     * Exception Patterns (`exception-patterns` on the appliance): a list of strings.
     */
    readonly exceptionPatterns: pulumi.Output<string[] | undefined>;
    /**
     * JSON Profile Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Validate Key (`validate-key` on the appliance): on (`true`) or off (`false`).
     */
    readonly validateKey: pulumi.Output<boolean | undefined>;
    /**
     * Take over a JSON profile of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the JSON profile must match the existing one. Without `adopt`, creating a JSON profile whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link JsonProfile} registers with the engine. */
export const jsonProfileOutputNames = [
    "service",
    "ignoreKeys",
    "jsonPolicy",
    "mode",
    "allowedContentTypes",
    "comment",
    "method",
    "urlMatch",
    "hostMatch",
    "status",
    "exceptionPatterns",
    "name",
    "validateKey",
    "adopt",
] as const;

/** The arguments of a {@link JsonKeyProfile}. */
export interface JsonKeyProfileArgs {
    /**
     * The service the JSON key profile belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the JSON key profile.
     */
    service: pulumi.Input<string> | Service;
    /**
     * The JSON profile the JSON key profile belongs to: a `JsonProfile` of the program, or the name of one on the appliance. Changing it replaces the JSON key profile.
     */
    jsonProfile: pulumi.Input<string> | JsonProfile;
    /**
     * Base64 Decode (`base64-decode-parameter-value` on the appliance): on (`true`) or off (`false`).
     */
    base64DecodeParameterValue?: pulumi.Input<boolean>;
    /**
     * Max Number Of Keys (`max-keys` on the appliance): a whole number from 0 to 16384.
     */
    maxKeys?: pulumi.Input<number>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    status?: pulumi.Input<JsonKeyProfileStatus>;
    /**
     * Profile Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Allow NULL (`allow-null` on the appliance): on (`true`) or off (`false`).
     */
    allowNull?: pulumi.Input<boolean>;
    /**
     * Allowed Metacharacters (`allowed-metachars` on the appliance): text of at most 239 characters.
     */
    allowedMetachars?: pulumi.Input<string>;
    /**
     * Comments (`comments` on the appliance): text of at most 256 characters.
     */
    comments?: pulumi.Input<string>;
    /**
     * Max Number Value (`max-number-value` on the appliance): a whole number.
     */
    maxNumberValue?: pulumi.Input<number>;
    /**
     * Value Type (`value-type` on the appliance): one of `Any`, `String`, `Number`, `Array`, `Object`.
     */
    valueType?: pulumi.Input<JsonKeyProfileValueType>;
    /**
     * Max Array Elements (`max-array-elements` on the appliance): a whole number from 0 to 8192.
     */
    maxArrayElements?: pulumi.Input<number>;
    /**
     * Exception Patterns (`exception-patterns` on the appliance): a list of strings.
     */
    exceptionPatterns?: pulumi.Input<string[]>;
    /**
     * Custom Parameter Class (`value-class` on the appliance): one of ``, `CommentSpam`, `Login`, `Search`, `Password`, `Comments`, `Integer`, `Hex Number`, `Alpha`, `Alphanumeric`, `String`, `Generic`, `Email`, `No validation`.
     */
    valueClass: pulumi.Input<JsonKeyProfileValueClass>;
    /**
     * Max Length (`max-length` on the appliance): a whole number from 0 to 8192.
     */
    maxLength?: pulumi.Input<number>;
    /**
     * Key (`key` on the appliance): text of at most 5000 characters.
     */
    key: pulumi.Input<string>;
    /**
     * Max Number Value (`min-number-value` on the appliance): text.
     */
    minNumberValue?: pulumi.Input<string>;
    /**
     * Validate Key (`validate-key` on the appliance): on (`true`) or off (`false`).
     */
    validateKey?: pulumi.Input<boolean>;
    /**
     * Take over a JSON key profile of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the JSON key profile must match the existing one. Without `adopt`, creating a JSON key profile whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link JsonKeyProfile} resolves to once the appliance has answered. */
export interface JsonKeyProfileOutputs {
    /**
     * The service the JSON key profile belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the JSON key profile.
     */
    readonly service: pulumi.Output<string>;
    /**
     * The JSON profile the JSON key profile belongs to: a `JsonProfile` of the program, or the name of one on the appliance. Changing it replaces the JSON key profile.
     */
    readonly jsonProfile: pulumi.Output<string>;
    /**
     * Base64 Decode (`base64-decode-parameter-value` on the appliance): on (`true`) or off (`false`).
     */
    readonly base64DecodeParameterValue: pulumi.Output<boolean | undefined>;
    /**
     * Max Number Of Keys (`max-keys` on the appliance): a whole number from 0 to 16384.
     */
    readonly maxKeys: pulumi.Output<number | undefined>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    readonly status: pulumi.Output<JsonKeyProfileStatus | undefined>;
    /**
     * Profile Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Allow NULL (`allow-null` on the appliance): on (`true`) or off (`false`).
     */
    readonly allowNull: pulumi.Output<boolean | undefined>;
    /**
     * Allowed Metacharacters (`allowed-metachars` on the appliance): text of at most 239 characters.
     */
    readonly allowedMetachars: pulumi.Output<string | undefined>;
    /**
     * Comments (`comments` on the appliance): text of at most 256 characters.
     */
    readonly comments: pulumi.Output<string | undefined>;
    /**
     * Max Number Value (`max-number-value` on the appliance): a whole number.
     */
    readonly maxNumberValue: pulumi.Output<number | undefined>;
    /**
     * Value Type (`value-type` on the appliance): one of `Any`, `String`, `Number`, `Array`, `Object`.
     */
    readonly valueType: pulumi.Output<JsonKeyProfileValueType | undefined>;
    /**
     * Max Array Elements (`max-array-elements` on the appliance): a whole number from 0 to 8192.
     */
    readonly maxArrayElements: pulumi.Output<number | undefined>;
    /**
     * Exception Patterns (`exception-patterns` on the appliance): a list of strings.
     */
    readonly exceptionPatterns: pulumi.Output<string[] | undefined>;
    /**
     * Custom Parameter Class (`value-class` on the appliance): one of ``, `CommentSpam`, `Login`, `Search`, `Password`, `Comments`, `Integer`, `Hex Number`, `Alpha`, `Alphanumeric`, `String`, `Generic`, `Email`, `No validation`.
     */
    readonly valueClass: pulumi.Output<JsonKeyProfileValueClass>;
    /**
     * Max Length (`max-length` on the appliance): a whole number from 0 to 8192.
     */
    readonly maxLength: pulumi.Output<number | undefined>;
    /**
     * Key (`key` on the appliance): text of at most 5000 characters.
     */
    readonly key: pulumi.Output<string>;
    /**
     * Max Number Value (`min-number-value` on the appliance): text.
     */
    readonly minNumberValue: pulumi.Output<string | undefined>;
    /**
     * Validate Key (`validate-key` on the appliance): on (`true`) or off (`false`).
     */
    readonly validateKey: pulumi.Output<boolean | undefined>;
    /**
     * Take over a JSON key profile of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the JSON key profile must match the existing one. Without `adopt`, creating a JSON key profile whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link JsonKeyProfile} registers with the engine. */
export const jsonKeyProfileOutputNames = [
    "service",
    "jsonProfile",
    "base64DecodeParameterValue",
    "maxKeys",
    "status",
    "name",
    "allowNull",
    "allowedMetachars",
    "comments",
    "maxNumberValue",
    "valueType",
    "maxArrayElements",
    "exceptionPatterns",
    "valueClass",
    "maxLength",
    "key",
    "minNumberValue",
    "validateKey",
    "adopt",
] as const;

/** The arguments of a {@link JwtUrlProfile}. */
export interface JwtUrlProfileArgs {
    /**
     * The service the JWT URL profile belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the JWT URL profile.
     */
    service: pulumi.Input<string> | Service;
    /**
     * JWT Profile Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    status?: pulumi.Input<JwtUrlProfileStatus>;
    /**
     * Extended Match (`extended-match` on the appliance): text of at most 4096 characters.
     */
    extendedMatch: pulumi.Input<string>;
    /**
     * Host Match (`host-match` on the appliance): text of at most 5000 characters.
     */
    hostMatch: pulumi.Input<string>;
    /**
     * Validator (`validator-policy` on the appliance): text.
     */
    validatorPolicy: pulumi.Input<string>;
    /**
     * Extended Match Sequence (`extended-match-sequence` on the appliance): a whole number from 0 to 1000.
     */
    extendedMatchSequence?: pulumi.Input<number>;
    /**
     * URL Match (`url` on the appliance): text of at most 5000 characters.
     */
    url: pulumi.Input<string>;
    /**
     * Take over a JWT URL profile of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the JWT URL profile must match the existing one. Without `adopt`, creating a JWT URL profile whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link JwtUrlProfile} resolves to once the appliance has answered. */
export interface JwtUrlProfileOutputs {
    /**
     * The service the JWT URL profile belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the JWT URL profile.
     */
    readonly service: pulumi.Output<string>;
    /**
     * JWT Profile Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    readonly status: pulumi.Output<JwtUrlProfileStatus | undefined>;
    /**
     * Extended Match (`extended-match` on the appliance): text of at most 4096 characters.
     */
    readonly extendedMatch: pulumi.Output<string>;
    /**
     * Host Match (`host-match` on the appliance): text of at most 5000 characters.
     */
    readonly hostMatch: pulumi.Output<string>;
    /**
     * Validator (`validator-policy` on the appliance): text.
     */
    readonly validatorPolicy: pulumi.Output<string>;
    /**
     * Extended Match Sequence (`extended-match-sequence` on the appliance): a whole number from 0 to 1000.
     */
    readonly extendedMatchSequence: pulumi.Output<number | undefined>;
    /**
     * URL Match (`url` on the appliance): text of at most 5000 characters.
     */
    readonly url: pulumi.Output<string>;
    /**
     * Take over a JWT URL profile of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the JWT URL profile must match the existing one. Without `adopt`, creating a JWT URL profile whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link JwtUrlProfile} registers with the engine. */
export const jwtUrlProfileOutputNames = [
    "service",
    "name",
    "status",
    "extendedMatch",
    "hostMatch",
    "validatorPolicy",
    "extendedMatchSequence",
    "url",
    "adopt",
] as const;

/** The arguments of a {@link ParameterOptimizer}. */
export interface ParameterOptimizerArgs {
    /**
     * The service the parameter optimizer belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the parameter optimizer.
     */
    service: pulumi.Input<string> | Service;
    /**
     * Start Token (`start-token` on the appliance): text of at most 50 characters.
     */
    startToken: pulumi.Input<string>;
    /**
     * Optimizer Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Take over a parameter optimizer of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the parameter optimizer must match the existing one. Without `adopt`, creating a parameter optimizer whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link ParameterOptimizer} resolves to once the appliance has answered. */
export interface ParameterOptimizerOutputs {
    /**
     * The service the parameter optimizer belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the parameter optimizer.
     */
    readonly service: pulumi.Output<string>;
    /**
     * Start Token (`start-token` on the appliance): text of at most 50 characters.
     */
    readonly startToken: pulumi.Output<string>;
    /**
     * Optimizer Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Take over a parameter optimizer of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the parameter optimizer must match the existing one. Without `adopt`, creating a parameter optimizer whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link ParameterOptimizer} registers with the engine. */
export const parameterOptimizerOutputNames = ["service", "startToken", "name", "adopt"] as const;

/** The arguments of a {@link ResponseBodyRewriteRule}. */
export interface ResponseBodyRewriteRuleArgs {
    /**
     * The service the response body rewrite rule belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the response body rewrite rule.
     */
    service: pulumi.Input<string> | Service;
    /**
     * Sequence number (`sequence-number` on the appliance): a whole number from 1 to 1499.
     */
    sequenceNumber: pulumi.Input<number>;
    /**
     * Replace String (`replace-string` on the appliance): text of at most 512 characters.
     */
    replaceString?: pulumi.Input<string>;
    /**
     * Search String (`search-string` on the appliance): text of at most 512 characters.
     */
    searchString: pulumi.Input<string>;
    /**
     * URL Match (`url` on the appliance): text.
     */
    url: pulumi.Input<string>;
    /**
     * Comments (`comments` on the appliance): text.
     */
    comments?: pulumi.Input<string>;
    /**
     * Rule Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Host Match (`host` on the appliance): text.
     */
    host: pulumi.Input<string>;
    /**
     * Take over a response body rewrite rule of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the response body rewrite rule must match the existing one. Without `adopt`, creating a response body rewrite rule whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link ResponseBodyRewriteRule} resolves to once the appliance has answered. */
export interface ResponseBodyRewriteRuleOutputs {
    /**
     * The service the response body rewrite rule belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the response body rewrite rule.
     */
    readonly service: pulumi.Output<string>;
    /**
     * Sequence number (`sequence-number` on the appliance): a whole number from 1 to 1499.
     */
    readonly sequenceNumber: pulumi.Output<number>;
    /**
     * Replace String (`replace-string` on the appliance): text of at most 512 characters.
     */
    readonly replaceString: pulumi.Output<string | undefined>;
    /**
     * Search String (`search-string` on the appliance): text of at most 512 characters.
     */
    readonly searchString: pulumi.Output<string>;
    /**
     * URL Match (`url` on the appliance): text.
     */
    readonly url: pulumi.Output<string>;
    /**
     * Comments (`comments` on the appliance): text.
     */
    readonly comments: pulumi.Output<string | undefined>;
    /**
     * Rule Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Host Match (`host` on the appliance): text.
     */
    readonly host: pulumi.Output<string>;
    /**
     * Take over a response body rewrite rule of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the response body rewrite rule must match the existing one. Without `adopt`, creating a response body rewrite rule whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link ResponseBodyRewriteRule} registers with the engine. */
export const responseBodyRewriteRuleOutputNames = [
    "service",
    "sequenceNumber",
    "replaceString",
    "searchString",
    "url",
    "comments",
    "name",
    "host",
    "adopt",
] as const;

/** The arguments of a {@link SecureBrowsingPolicy}. */
export interface SecureBrowsingPolicyArgs {
    /**
     * The service the secure browsing policy belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the secure browsing policy.
     */
    service: pulumi.Input<string> | Service;
    /**
     * Extended Match (`extended-match` on the appliance): text.
     */
    extendedMatch?: pulumi.Input<string>;
    /**
     * Comments (`comments` on the appliance): text.
     */
    comments?: pulumi.Input<string>;
    /**
     * Host Match (`host` on the appliance): text.
     */
    host?: pulumi.Input<string>;
    /**
     * URL Match (`url` on the appliance): text.
     */
    url: pulumi.Input<string>;
    /**
     * Extended Match Sequence (`extended-match-sequence` on the appliance): a whole number from 0 to 1000.
     */
    extendedMatchSequence?: pulumi.Input<number>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    status?: pulumi.Input<SecureBrowsingPolicyStatus>;
    /**
     * Policy Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Credential Server (`credential-server` on the appliance): text.
     */
    credentialServer: pulumi.Input<string>;
    /**
     * Take over a secure browsing policy of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the secure browsing policy must match the existing one. Without `adopt`, creating a secure browsing policy whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link SecureBrowsingPolicy} resolves to once the appliance has answered. */
export interface SecureBrowsingPolicyOutputs {
    /**
     * The service the secure browsing policy belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the secure browsing policy.
     */
    readonly service: pulumi.Output<string>;
    /**
     * Extended Match (`extended-match` on the appliance): text.
     */
    readonly extendedMatch: pulumi.Output<string | undefined>;
    /**
     * Comments (`comments` on the appliance): text.
     */
    readonly comments: pulumi.Output<string | undefined>;
    /**
     * Host Match (`host` on the appliance): text.
     */
    readonly host: pulumi.Output<string | undefined>;
    /**
     * URL Match (`url` on the appliance): text.
     */
    readonly url: pulumi.Output<string>;
    /**
     * Extended Match Sequence (`extended-match-sequence` on the appliance): a whole number from 0 to 1000.
     */
    readonly extendedMatchSequence: pulumi.Output<number | undefined>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    readonly status: pulumi.Output<SecureBrowsingPolicyStatus | undefined>;
    /**
     * Policy Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Credential Server (`credential-server` on the appliance): text.
     */
    readonly credentialServer: pulumi.Output<string>;
    /**
     * Take over a secure browsing policy of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the secure browsing policy must match the existing one. Without `adopt`, creating a secure browsing policy whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link SecureBrowsingPolicy} registers with the engine. */
export const secureBrowsingPolicyOutputNames = [
    "service",
    "extendedMatch",
    "comments",
    "host",
    "url",
    "extendedMatchSequence",
    "status",
    "name",
    "credentialServer",
    "adopt",
] as const;

/** The arguments of a {@link UrlAcl}. */
export interface UrlAclArgs {
    /**
     * The service the URL ACL belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the URL ACL.
     */
    service: pulumi.Input<string> | Service;
    /**
     * Comments (`comments` on the appliance): text of at most 256 characters.
     */
    comments?: pulumi.Input<string>;
    /**
     * Redirect URL (`redirect-url` on the appliance): text of at most 1024 characters.
     */
    redirectUrl?: pulumi.Input<string>;
    /**
     * Extended Match (`extended-match` on the appliance): text of at most 4096 characters.
     */
    extendedMatch?: pulumi.Input<string>;
    /**
     * Deny Response (`deny-response` on the appliance): one of `Reset`, `Response Page`, `Temporary Redirect`, `Permanent Redirect`.
     */
    denyResponse?: pulumi.Input<UrlAclDenyResponse>;
    /**
     * Follow Up Action Time (`follow-up-action-time` on the appliance): a whole number from 1 to 600000.
     */
    followUpActionTime?: pulumi.Input<number>;
    /**
     * Host Match (`host` on the appliance): text of at most 128 characters.
     */
    host?: pulumi.Input<string>;
    /**
     * Response Page (`response-page` on the appliance): one of `default`, `default-virus`, `default-error-resp`, `default-captcha-tries-error-page`, `default-captcha-sessions-error-page`, `default-suspected-activity-error-page`, `default-captcha-response-page`, `default-json-response-page`, `default-hsts-redirect-page`, `default-fingerprint-challenges-exceeded-page`.
     */
    responsePage?: pulumi.Input<UrlAclResponsePage>;
    /**
     * Enable URL ACL (`enable` on the appliance): one of `On`, `Off`.
     */
    enable?: pulumi.Input<UrlAclEnable>;
    /**
     * URL ACL Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Action (`action` on the appliance): one of `Process`, `Allow`, `Allow and Log`, `Deny and Log`, `Deny with no Log`, `Temporary Redirect`, `Permanent Redirect`, `Send Internal response irrespective of mode`.
     */
    action?: pulumi.Input<UrlAclAction>;
    /**
     * Follow Up Action (`follow-up-action` on the appliance): one of `None`, `Block Client-IP`, `Challenge with CAPTCHA`, `Block Client Fingerprint`, `Tarpit Client`.
     */
    followUpAction?: pulumi.Input<UrlAclFollowUpAction>;
    /**
     * Extended Match Sequence (`extended-match-sequence` on the appliance): a whole number from 0 to 1000.
     */
    extendedMatchSequence?: pulumi.Input<number>;
    /**
     * URL Match (`url` on the appliance): text of at most 5000 characters.
     */
    url?: pulumi.Input<string>;
    /**
     * Take over a URL ACL of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the URL ACL must match the existing one. Without `adopt`, creating a URL ACL whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link UrlAcl} resolves to once the appliance has answered. */
export interface UrlAclOutputs {
    /**
     * The service the URL ACL belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the URL ACL.
     */
    readonly service: pulumi.Output<string>;
    /**
     * Comments (`comments` on the appliance): text of at most 256 characters.
     */
    readonly comments: pulumi.Output<string | undefined>;
    /**
     * Redirect URL (`redirect-url` on the appliance): text of at most 1024 characters.
     */
    readonly redirectUrl: pulumi.Output<string | undefined>;
    /**
     * Extended Match (`extended-match` on the appliance): text of at most 4096 characters.
     */
    readonly extendedMatch: pulumi.Output<string | undefined>;
    /**
     * Deny Response (`deny-response` on the appliance): one of `Reset`, `Response Page`, `Temporary Redirect`, `Permanent Redirect`.
     */
    readonly denyResponse: pulumi.Output<UrlAclDenyResponse | undefined>;
    /**
     * Follow Up Action Time (`follow-up-action-time` on the appliance): a whole number from 1 to 600000.
     */
    readonly followUpActionTime: pulumi.Output<number | undefined>;
    /**
     * Host Match (`host` on the appliance): text of at most 128 characters.
     */
    readonly host: pulumi.Output<string | undefined>;
    /**
     * Response Page (`response-page` on the appliance): one of `default`, `default-virus`, `default-error-resp`, `default-captcha-tries-error-page`, `default-captcha-sessions-error-page`, `default-suspected-activity-error-page`, `default-captcha-response-page`, `default-json-response-page`, `default-hsts-redirect-page`, `default-fingerprint-challenges-exceeded-page`.
     */
    readonly responsePage: pulumi.Output<UrlAclResponsePage | undefined>;
    /**
     * Enable URL ACL (`enable` on the appliance): one of `On`, `Off`.
     */
    readonly enable: pulumi.Output<UrlAclEnable | undefined>;
    /**
     * URL ACL Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Action (`action` on the appliance): one of `Process`, `Allow`, `Allow and Log`, `Deny and Log`, `Deny with no Log`, `Temporary Redirect`, `Permanent Redirect`, `Send Internal response irrespective of mode`.
     */
    readonly action: pulumi.Output<UrlAclAction | undefined>;
    /**
     * Follow Up Action (`follow-up-action` on the appliance): one of `None`, `Block Client-IP`, `Challenge with CAPTCHA`, `Block Client Fingerprint`, `Tarpit Client`.
     */
    readonly followUpAction: pulumi.Output<UrlAclFollowUpAction | undefined>;
    /**
     * Extended Match Sequence (`extended-match-sequence` on the appliance): a whole number from 0 to 1000.
     */
    readonly extendedMatchSequence: pulumi.Output<number | undefined>;
    /**
     * URL Match (`url` on the appliance): text of at most 5000 characters.
     */
    readonly url: pulumi.Output<string | undefined>;
    /**
     * Take over a URL ACL of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the URL ACL must match the existing one. Without `adopt`, creating a URL ACL whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link UrlAcl} registers with the engine. */
export const urlAclOutputNames = [
    "service",
    "comments",
    "redirectUrl",
    "extendedMatch",
    "denyResponse",
    "followUpActionTime",
    "host",
    "responsePage",
    "enable",
    "name",
    "action",
    "followUpAction",
    "extendedMatchSequence",
    "url",
    "adopt",
] as const;

/** The arguments of a {@link UrlEncryptionRule}. */
export interface UrlEncryptionRuleArgs {
    /**
     * The service the URL encryption rule belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the URL encryption rule.
     */
    service: pulumi.Input<string> | Service;
    /**
     * URL Match (`url` on the appliance): text of at most 5000 characters.
     */
    url: pulumi.Input<string>;
    /**
     * Exclude URL Patterns (`exclude-urls` on the appliance): a list of strings.
     */
    excludeUrls?: pulumi.Input<string[]>;
    /**
     * Host Match (`host` on the appliance): text of at most 128 characters.
     */
    host: pulumi.Input<string>;
    /**
     * Allow Unencrypted Request (`allow-unencrypted-requests` on the appliance): on (`true`) or off (`false`).
     */
    allowUnencryptedRequests?: pulumi.Input<boolean>;
    /**
     * URL Encryption Rule Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    status?: pulumi.Input<UrlEncryptionRuleStatus>;
    /**
     * Take over a URL encryption rule of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the URL encryption rule must match the existing one. Without `adopt`, creating a URL encryption rule whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link UrlEncryptionRule} resolves to once the appliance has answered. */
export interface UrlEncryptionRuleOutputs {
    /**
     * The service the URL encryption rule belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the URL encryption rule.
     */
    readonly service: pulumi.Output<string>;
    /**
     * URL Match (`url` on the appliance): text of at most 5000 characters.
     */
    readonly url: pulumi.Output<string>;
    /**
     * Exclude URL Patterns (`exclude-urls` on the appliance): a list of strings.
     */
    readonly excludeUrls: pulumi.Output<string[] | undefined>;
    /**
     * Host Match (`host` on the appliance): text of at most 128 characters.
     */
    readonly host: pulumi.Output<string>;
    /**
     * Allow Unencrypted Request (`allow-unencrypted-requests` on the appliance): on (`true`) or off (`false`).
     */
    readonly allowUnencryptedRequests: pulumi.Output<boolean | undefined>;
    /**
     * URL Encryption Rule Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    readonly status: pulumi.Output<UrlEncryptionRuleStatus | undefined>;
    /**
     * Take over a URL encryption rule of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the URL encryption rule must match the existing one. Without `adopt`, creating a URL encryption rule whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link UrlEncryptionRule} registers with the engine. */
export const urlEncryptionRuleOutputNames = [
    "service",
    "url",
    "excludeUrls",
    "host",
    "allowUnencryptedRequests",
    "name",
    "status",
    "adopt",
] as const;

/** The arguments of a {@link UrlOptimizer}. */
export interface UrlOptimizerArgs {
    /**
     * The service the URL optimizer belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the URL optimizer.
     */
    service: pulumi.Input<string> | Service;
    /**
     * Optimizer Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * End Delimiter (`end-delimiter` on the appliance): text of at most 1 characters.
     */
    endDelimiter?: pulumi.Input<string>;
    /**
     * Start Token (`start-token` on the appliance): text of at most 50 characters.
     */
    startToken: pulumi.Input<string>;
    /**
     * Take over a URL optimizer of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the URL optimizer must match the existing one. Without `adopt`, creating a URL optimizer whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link UrlOptimizer} resolves to once the appliance has answered. */
export interface UrlOptimizerOutputs {
    /**
     * The service the URL optimizer belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the URL optimizer.
     */
    readonly service: pulumi.Output<string>;
    /**
     * Optimizer Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * End Delimiter (`end-delimiter` on the appliance): text of at most 1 characters.
     */
    readonly endDelimiter: pulumi.Output<string | undefined>;
    /**
     * Start Token (`start-token` on the appliance): text of at most 50 characters.
     */
    readonly startToken: pulumi.Output<string>;
    /**
     * Take over a URL optimizer of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the URL optimizer must match the existing one. Without `adopt`, creating a URL optimizer whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link UrlOptimizer} registers with the engine. */
export const urlOptimizerOutputNames = ["service", "name", "endDelimiter", "startToken", "adopt"] as const;

/** The arguments of a {@link UrlPolicy}. */
export interface UrlPolicyArgs {
    /**
     * The service the URL policy belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the URL policy.
     */
    service: pulumi.Input<string> | Service;
    /**
     * Max Failed Accesses From All Sources (`max-failed-accesses-from-all-sources` on the appliance): a whole number from 0 to 65535.
     */
    maxFailedAccessesFromAllSources?: pulumi.Input<number>;
    /**
     * Password Parameter (`credential-stuffing-password-field` on the appliance): text of at most 64 characters.
     */
    credentialStuffingPasswordField?: pulumi.Input<string>;
    /**
     * Mode (`mode` on the appliance): one of `Passive`, `Active`.
     */
    mode?: pulumi.Input<UrlPolicyMode>;
    /**
     * Comments (`comments` on the appliance): text of at most 256 characters.
     */
    comments?: pulumi.Input<string>;
    /**
     * Username Parameter (`credential-stuffing-username-field` on the appliance): text of at most 64 characters.
     */
    credentialStuffingUsernameField?: pulumi.Input<string>;
    /**
     * Enable Virus Scan (`enable-virus-scan` on the appliance): on (`true`) or off (`false`).
     */
    enableVirusScan?: pulumi.Input<boolean>;
    /**
     * Enable Data Theft Protection (`enable-data-theft-protection` on the appliance): on (`true`) or off (`false`).
     */
    enableDataTheftProtection?: pulumi.Input<boolean>;
    /**
     * Parse URLs in Scripts (`parse-urls-in-scripts` on the appliance): on (`true`) or off (`false`).
     */
    parseUrlsInScripts?: pulumi.Input<boolean>;
    /**
     * Enable Bruteforce Prevention (`enable-bruteforce-prevention` on the appliance): on (`true`) or off (`false`).
     */
    enableBruteforcePrevention?: pulumi.Input<boolean>;
    /**
     * Max Bandwidth Per Client Fingerprint (`max-bandwidth-per-fingerprint` on the appliance): a whole number from 0 to 1048576.
     */
    maxBandwidthPerFingerprint?: pulumi.Input<number>;
    /**
     * Exception Clients (`exception-clients` on the appliance): text.
     */
    exceptionClients?: pulumi.Input<string>;
    /**
     * Protection Type (`credential-protection-type` on the appliance): one of `Credential Stuffing Protection`, `Credential Spraying Protection`.
     */
    credentialProtectionType?: pulumi.Input<UrlPolicyCredentialProtectionType>;
    /**
     * Authentication Type (`credential-authentication-type` on the appliance): one of `HTML Form`, `HTTP Basic Authentication`, `JSON/AJAX Request`.
     */
    credentialAuthenticationType?: pulumi.Input<UrlPolicyCredentialAuthenticationType>;
    /**
     * Exception Fingerprints (`exception-fingerprints` on the appliance): text.
     */
    exceptionFingerprints?: pulumi.Input<string>;
    /**
     * Extended Match Sequence (`extended-match-sequence` on the appliance): a whole number from 0 to 1000.
     */
    extendedMatchSequence?: pulumi.Input<number>;
    /**
     * Count Auth Responses (`enable-count-auth-resp-code` on the appliance): on (`true`) or off (`false`).
     */
    enableCountAuthRespCode?: pulumi.Input<boolean>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    status?: pulumi.Input<UrlPolicyStatus>;
    /**
     * URL Policy Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Counting Criterion (`counting-criterion` on the appliance): one of `By Client`, `All Sources`.
     */
    countingCriterion?: pulumi.Input<UrlPolicyCountingCriterion>;
    /**
     * Web Scraping Policy (`web-scraping-policy` on the appliance): one of `NONE`.
     */
    webScrapingPolicy?: pulumi.Input<UrlPolicyWebScrapingPolicy>;
    /**
     * Max Bandwidth Per IP (`max-bandwidth-per-ip` on the appliance): a whole number from 0 to 1048576.
     */
    maxBandwidthPerIp?: pulumi.Input<number>;
    /**
     * Extended Match (`extended-match` on the appliance): text of at most 4096 characters.
     */
    extendedMatch?: pulumi.Input<string>;
    /**
     * Max Allowed Accesses Per Client Fingerprint (`max-allowed-accesses-per-fingerprint` on the appliance): a whole number from 0 to 65535.
     */
    maxAllowedAccessesPerFingerprint?: pulumi.Input<number>;
    /**
     * Max Failed Accesses Per Client Fingerprint (`max-failed-accesses-per-fingerprint` on the appliance): a whole number from 0 to 65535.
     */
    maxFailedAccessesPerFingerprint?: pulumi.Input<number>;
    /**
     * Response Charset (`response-charset` on the appliance): one of `ASCII`, `ISO-8859-1`, `UTF-8`, `GBK`, `GB2312`, `ISO-2022-CN`, `HZ`, `BIG5`, `EUC-TW`, `Shift-JIS`, `EUC-JP`, `ISO-2022-JP`, `EUC-KR`, `JOHAB`, `ISO-2022-KR`, `NONE`.
     */
    responseCharset?: pulumi.Input<UrlPolicyResponseCharset>;
    /**
     * Rate Control Pool (`rate-control-pool` on the appliance): one of `NONE`, `default-pool`.
     */
    rateControlPool?: pulumi.Input<UrlPolicyRateControlPool>;
    /**
     * Max Allowed Accesses Per IP (`max-allowed-accesses-per-ip` on the appliance): a whole number from 0 to 65535.
     */
    maxAllowedAccessesPerIp?: pulumi.Input<number>;
    /**
     * Block Threshold (`credential-spraying-blocking-threshold` on the appliance): a whole number from 1 to 1000.
     */
    credentialSprayingBlockingThreshold?: pulumi.Input<number>;
    /**
     * Host Match (`host` on the appliance): text of at most 128 characters.
     */
    host?: pulumi.Input<string>;
    /**
     * Text to match (`count-auth-resp-text-to-match` on the appliance): text of at most 128 characters.
     */
    countAuthRespTextToMatch?: pulumi.Input<string>;
    /**
     * Auth Response Identifier (`count-auth-resp-identifier` on the appliance): one of `Auth Failure Response Codes`, `Response Page Text`.
     */
    countAuthRespIdentifier?: pulumi.Input<UrlPolicyCountAuthRespIdentifier>;
    /**
     * Enable BATP Scan (`enable-batd-scan` on the appliance): on (`true`) or off (`false`).
     */
    enableBatdScan?: pulumi.Input<boolean>;
    /**
     * Count Window (`count-window` on the appliance): a whole number from 1 to 3600.
     */
    countWindow?: pulumi.Input<number>;
    /**
     * URL Match (`url` on the appliance): text of at most 5000 characters.
     */
    url: pulumi.Input<string>;
    /**
     * Max Allowed Accesses From All Sources (`max-allowed-accesses-from-all-sources` on the appliance): a whole number from 0 to 65535.
     */
    maxAllowedAccessesFromAllSources?: pulumi.Input<number>;
    /**
     * Max Bandwidth From All Sources (`max-bandwidth-from-all-sources` on the appliance): a whole number from 0 to 10485760.
     */
    maxBandwidthFromAllSources?: pulumi.Input<number>;
    /**
     * Max Failed Accesses Per IP (`max-failed-accesses-per-ip` on the appliance): a whole number from 0 to 65535.
     */
    maxFailedAccessesPerIp?: pulumi.Input<number>;
    /**
     * Take over a URL policy of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the URL policy must match the existing one. Without `adopt`, creating a URL policy whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link UrlPolicy} resolves to once the appliance has answered. */
export interface UrlPolicyOutputs {
    /**
     * The service the URL policy belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the URL policy.
     */
    readonly service: pulumi.Output<string>;
    /**
     * Max Failed Accesses From All Sources (`max-failed-accesses-from-all-sources` on the appliance): a whole number from 0 to 65535.
     */
    readonly maxFailedAccessesFromAllSources: pulumi.Output<number | undefined>;
    /**
     * Password Parameter (`credential-stuffing-password-field` on the appliance): text of at most 64 characters.
     */
    readonly credentialStuffingPasswordField: pulumi.Output<string | undefined>;
    /**
     * Mode (`mode` on the appliance): one of `Passive`, `Active`.
     */
    readonly mode: pulumi.Output<UrlPolicyMode | undefined>;
    /**
     * Comments (`comments` on the appliance): text of at most 256 characters.
     */
    readonly comments: pulumi.Output<string | undefined>;
    /**
     * Username Parameter (`credential-stuffing-username-field` on the appliance): text of at most 64 characters.
     */
    readonly credentialStuffingUsernameField: pulumi.Output<string | undefined>;
    /**
     * Enable Virus Scan (`enable-virus-scan` on the appliance): on (`true`) or off (`false`).
     */
    readonly enableVirusScan: pulumi.Output<boolean | undefined>;
    /**
     * Enable Data Theft Protection (`enable-data-theft-protection` on the appliance): on (`true`) or off (`false`).
     */
    readonly enableDataTheftProtection: pulumi.Output<boolean | undefined>;
    /**
     * Parse URLs in Scripts (`parse-urls-in-scripts` on the appliance): on (`true`) or off (`false`).
     */
    readonly parseUrlsInScripts: pulumi.Output<boolean | undefined>;
    /**
     * Enable Bruteforce Prevention (`enable-bruteforce-prevention` on the appliance): on (`true`) or off (`false`).
     */
    readonly enableBruteforcePrevention: pulumi.Output<boolean | undefined>;
    /**
     * Max Bandwidth Per Client Fingerprint (`max-bandwidth-per-fingerprint` on the appliance): a whole number from 0 to 1048576.
     */
    readonly maxBandwidthPerFingerprint: pulumi.Output<number | undefined>;
    /**
     * Exception Clients (`exception-clients` on the appliance): text.
     */
    readonly exceptionClients: pulumi.Output<string | undefined>;
    /**
     * Protection Type (`credential-protection-type` on the appliance): one of `Credential Stuffing Protection`, `Credential Spraying Protection`.
     */
    readonly credentialProtectionType: pulumi.Output<UrlPolicyCredentialProtectionType | undefined>;
    /**
     * Authentication Type (`credential-authentication-type` on the appliance): one of `HTML Form`, `HTTP Basic Authentication`, `JSON/AJAX Request`.
     */
    readonly credentialAuthenticationType: pulumi.Output<UrlPolicyCredentialAuthenticationType | undefined>;
    /**
     * Exception Fingerprints (`exception-fingerprints` on the appliance): text.
     */
    readonly exceptionFingerprints: pulumi.Output<string | undefined>;
    /**
     * Extended Match Sequence (`extended-match-sequence` on the appliance): a whole number from 0 to 1000.
     */
    readonly extendedMatchSequence: pulumi.Output<number | undefined>;
    /**
     * Count Auth Responses (`enable-count-auth-resp-code` on the appliance): on (`true`) or off (`false`).
     */
    readonly enableCountAuthRespCode: pulumi.Output<boolean | undefined>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    readonly status: pulumi.Output<UrlPolicyStatus | undefined>;
    /**
     * URL Policy Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Counting Criterion (`counting-criterion` on the appliance): one of `By Client`, `All Sources`.
     */
    readonly countingCriterion: pulumi.Output<UrlPolicyCountingCriterion | undefined>;
    /**
     * Web Scraping Policy (`web-scraping-policy` on the appliance): one of `NONE`.
     */
    readonly webScrapingPolicy: pulumi.Output<UrlPolicyWebScrapingPolicy | undefined>;
    /**
     * Max Bandwidth Per IP (`max-bandwidth-per-ip` on the appliance): a whole number from 0 to 1048576.
     */
    readonly maxBandwidthPerIp: pulumi.Output<number | undefined>;
    /**
     * Extended Match (`extended-match` on the appliance): text of at most 4096 characters.
     */
    readonly extendedMatch: pulumi.Output<string | undefined>;
    /**
     * Max Allowed Accesses Per Client Fingerprint (`max-allowed-accesses-per-fingerprint` on the appliance): a whole number from 0 to 65535.
     */
    readonly maxAllowedAccessesPerFingerprint: pulumi.Output<number | undefined>;
    /**
     * Max Failed Accesses Per Client Fingerprint (`max-failed-accesses-per-fingerprint` on the appliance): a whole number from 0 to 65535.
     */
    readonly maxFailedAccessesPerFingerprint: pulumi.Output<number | undefined>;
    /**
     * Response Charset (`response-charset` on the appliance): one of `ASCII`, `ISO-8859-1`, `UTF-8`, `GBK`, `GB2312`, `ISO-2022-CN`, `HZ`, `BIG5`, `EUC-TW`, `Shift-JIS`, `EUC-JP`, `ISO-2022-JP`, `EUC-KR`, `JOHAB`, `ISO-2022-KR`, `NONE`.
     */
    readonly responseCharset: pulumi.Output<UrlPolicyResponseCharset | undefined>;
    /**
     * Rate Control Pool (`rate-control-pool` on the appliance): one of `NONE`, `default-pool`.
     */
    readonly rateControlPool: pulumi.Output<UrlPolicyRateControlPool | undefined>;
    /**
     * Max Allowed Accesses Per IP (`max-allowed-accesses-per-ip` on the appliance): a whole number from 0 to 65535.
     */
    readonly maxAllowedAccessesPerIp: pulumi.Output<number | undefined>;
    /**
     * Block Threshold (`credential-spraying-blocking-threshold` on the appliance): a whole number from 1 to 1000.
     */
    readonly credentialSprayingBlockingThreshold: pulumi.Output<number | undefined>;
    /**
     * Host Match (`host` on the appliance): text of at most 128 characters.
     */
    readonly host: pulumi.Output<string | undefined>;
    /**
     * Text to match (`count-auth-resp-text-to-match` on the appliance): text of at most 128 characters.
     */
    readonly countAuthRespTextToMatch: pulumi.Output<string | undefined>;
    /**
     * Auth Response Identifier (`count-auth-resp-identifier` on the appliance): one of `Auth Failure Response Codes`, `Response Page Text`.
     */
    readonly countAuthRespIdentifier: pulumi.Output<UrlPolicyCountAuthRespIdentifier | undefined>;
    /**
     * Enable BATP Scan (`enable-batd-scan` on the appliance): on (`true`) or off (`false`).
     */
    readonly enableBatdScan: pulumi.Output<boolean | undefined>;
    /**
     * Count Window (`count-window` on the appliance): a whole number from 1 to 3600.
     */
    readonly countWindow: pulumi.Output<number | undefined>;
    /**
     * URL Match (`url` on the appliance): text of at most 5000 characters.
     */
    readonly url: pulumi.Output<string>;
    /**
     * Max Allowed Accesses From All Sources (`max-allowed-accesses-from-all-sources` on the appliance): a whole number from 0 to 65535.
     */
    readonly maxAllowedAccessesFromAllSources: pulumi.Output<number | undefined>;
    /**
     * Max Bandwidth From All Sources (`max-bandwidth-from-all-sources` on the appliance): a whole number from 0 to 10485760.
     */
    readonly maxBandwidthFromAllSources: pulumi.Output<number | undefined>;
    /**
     * Max Failed Accesses Per IP (`max-failed-accesses-per-ip` on the appliance): a whole number from 0 to 65535.
     */
    readonly maxFailedAccessesPerIp: pulumi.Output<number | undefined>;
    /**
     * Take over a URL policy of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the URL policy must match the existing one. Without `adopt`, creating a URL policy whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link UrlPolicy} registers with the engine. */
export const urlPolicyOutputNames = [
    "service",
    "maxFailedAccessesFromAllSources",
    "credentialStuffingPasswordField",
    "mode",
    "comments",
    "credentialStuffingUsernameField",
    "enableVirusScan",
    "enableDataTheftProtection",
    "parseUrlsInScripts",
    "enableBruteforcePrevention",
    "maxBandwidthPerFingerprint",
    "exceptionClients",
    "credentialProtectionType",
    "credentialAuthenticationType",
    "exceptionFingerprints",
    "extendedMatchSequence",
    "enableCountAuthRespCode",
    "status",
    "name",
    "countingCriterion",
    "webScrapingPolicy",
    "maxBandwidthPerIp",
    "extendedMatch",
    "maxAllowedAccessesPerFingerprint",
    "maxFailedAccessesPerFingerprint",
    "responseCharset",
    "rateControlPool",
    "maxAllowedAccessesPerIp",
    "credentialSprayingBlockingThreshold",
    "host",
    "countAuthRespTextToMatch",
    "countAuthRespIdentifier",
    "enableBatdScan",
    "countWindow",
    "url",
    "maxAllowedAccessesFromAllSources",
    "maxBandwidthFromAllSources",
    "maxFailedAccessesPerIp",
    "adopt",
] as const;

/** The arguments of a {@link UrlProfile}. */
export interface UrlProfileArgs {
    /**
     * The service the URL profile belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the URL profile.
     */
    service: pulumi.Input<string> | Service;
    /**
     * Maximum Parameter Name Length (`maximum-parameter-name-length` on the appliance): a whole number from 0 to 1024.
     */
    maximumParameterNameLength?: pulumi.Input<number>;
    /**
     * Exception Patterns (`exception-patterns` on the appliance): a list of strings.
     */
    exceptionPatterns?: pulumi.Input<string[]>;
    /**
     * Display Name (`display-name` on the appliance): text of at most 64 characters.
     */
    displayName?: pulumi.Input<string>;
    /**
     * Custom Blocked Attack Types (`custom-blocked-attack-types` on the appliance): a list of strings.
     */
    customBlockedAttackTypes?: pulumi.Input<string[]>;
    /**
     * Comments (`comment` on the appliance): text of at most 256 characters.
     */
    comment?: pulumi.Input<string>;
    /**
     * CSRF Prevention (`csrf-prevention` on the appliance): one of `None`, `Forms`, `Forms and URLs`.
     */
    csrfPrevention?: pulumi.Input<UrlProfileCsrfPrevention>;
    /**
     * Mode (`mode` on the appliance): one of `Learning`, `Passive`, `Active`.
     */
    mode?: pulumi.Input<UrlProfileMode>;
    /**
     * Extended Match (`extended-match` on the appliance): text of at most 4096 characters.
     */
    extendedMatch?: pulumi.Input<string>;
    /**
     * Maximum Upload Files (`maximum-upload-files` on the appliance): a whole number from 0 to 1024.
     */
    maximumUploadFiles?: pulumi.Input<number>;
    /**
     * Referrers for the URL Profile (`referrers-for-the-url-profile` on the appliance): a list of strings.
     */
    referrersForTheUrlProfile?: pulumi.Input<string[]>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    status?: pulumi.Input<UrlProfileStatus>;
    /**
     * Minimum Form Fill Time (`minimum-form-fill-time` on the appliance): a whole number from 1 to 1024.
     */
    minimumFormFillTime?: pulumi.Input<number>;
    /**
     * URL Profile Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * URL (`url` on the appliance): text of at most 5000 characters.
     */
    url: pulumi.Input<string>;
    /**
     * Hidden Parameter Protection (`hidden-parameter-protection` on the appliance): one of `None`, `Forms`, `Forms and URLs`.
     */
    hiddenParameterProtection?: pulumi.Input<UrlProfileHiddenParameterProtection>;
    /**
     * Extended Match Sequence (`extended-match-sequence` on the appliance): a whole number from 0 to 1000.
     */
    extendedMatchSequence?: pulumi.Input<number>;
    /**
     * Blocked Attack Types (`blocked-attack-types` on the appliance): a list of `SQL Injection`, `OS Command Injection`, `Cross-Site Scripting`, `Remote File Inclusion`, `SQL Injection strict`, `OS Command Injection strict`, `Cross-Site Scripting strict`, `Remote File Inclusion strict`, `LDAP Injection`, `Python-PHP attacks`, `HTTP Specific Injection`, `Apache Struts attacks`, `Apache struts attacks strict`.
     */
    blockedAttackTypes?: pulumi.Input<UrlProfileBlockedAttackTypes[]>;
    /**
     * Allowed Methods (`allowed-methods` on the appliance): a list of strings.
     */
    allowedMethods?: pulumi.Input<string[]>;
    /**
     * Allowed Content Types (`allowed-content-types` on the appliance): a list of strings.
     */
    allowedContentTypes?: pulumi.Input<string[]>;
    /**
     * Max Content Length (`max-content-length` on the appliance): a whole number from 0 to 1073741824.
     */
    maxContentLength?: pulumi.Input<number>;
    /**
     * Allow Query String (`allow-query-string` on the appliance): on (`true`) or off (`false`).
     */
    allowQueryString?: pulumi.Input<boolean>;
    /**
     * Take over a URL profile of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the URL profile must match the existing one. Without `adopt`, creating a URL profile whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link UrlProfile} resolves to once the appliance has answered. */
export interface UrlProfileOutputs {
    /**
     * The service the URL profile belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the URL profile.
     */
    readonly service: pulumi.Output<string>;
    /**
     * Maximum Parameter Name Length (`maximum-parameter-name-length` on the appliance): a whole number from 0 to 1024.
     */
    readonly maximumParameterNameLength: pulumi.Output<number | undefined>;
    /**
     * Exception Patterns (`exception-patterns` on the appliance): a list of strings.
     */
    readonly exceptionPatterns: pulumi.Output<string[] | undefined>;
    /**
     * Display Name (`display-name` on the appliance): text of at most 64 characters.
     */
    readonly displayName: pulumi.Output<string | undefined>;
    /**
     * Custom Blocked Attack Types (`custom-blocked-attack-types` on the appliance): a list of strings.
     */
    readonly customBlockedAttackTypes: pulumi.Output<string[] | undefined>;
    /**
     * Comments (`comment` on the appliance): text of at most 256 characters.
     */
    readonly comment: pulumi.Output<string | undefined>;
    /**
     * CSRF Prevention (`csrf-prevention` on the appliance): one of `None`, `Forms`, `Forms and URLs`.
     */
    readonly csrfPrevention: pulumi.Output<UrlProfileCsrfPrevention | undefined>;
    /**
     * Mode (`mode` on the appliance): one of `Learning`, `Passive`, `Active`.
     */
    readonly mode: pulumi.Output<UrlProfileMode | undefined>;
    /**
     * Extended Match (`extended-match` on the appliance): text of at most 4096 characters.
     */
    readonly extendedMatch: pulumi.Output<string | undefined>;
    /**
     * Maximum Upload Files (`maximum-upload-files` on the appliance): a whole number from 0 to 1024.
     */
    readonly maximumUploadFiles: pulumi.Output<number | undefined>;
    /**
     * Referrers for the URL Profile (`referrers-for-the-url-profile` on the appliance): a list of strings.
     */
    readonly referrersForTheUrlProfile: pulumi.Output<string[] | undefined>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    readonly status: pulumi.Output<UrlProfileStatus | undefined>;
    /**
     * Minimum Form Fill Time (`minimum-form-fill-time` on the appliance): a whole number from 1 to 1024.
     */
    readonly minimumFormFillTime: pulumi.Output<number | undefined>;
    /**
     * URL Profile Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * URL (`url` on the appliance): text of at most 5000 characters.
     */
    readonly url: pulumi.Output<string>;
    /**
     * Hidden Parameter Protection (`hidden-parameter-protection` on the appliance): one of `None`, `Forms`, `Forms and URLs`.
     */
    readonly hiddenParameterProtection: pulumi.Output<UrlProfileHiddenParameterProtection | undefined>;
    /**
     * Extended Match Sequence (`extended-match-sequence` on the appliance): a whole number from 0 to 1000.
     */
    readonly extendedMatchSequence: pulumi.Output<number | undefined>;
    /**
     * Blocked Attack Types (`blocked-attack-types` on the appliance): a list of `SQL Injection`, `OS Command Injection`, `Cross-Site Scripting`, `Remote File Inclusion`, `SQL Injection strict`, `OS Command Injection strict`, `Cross-Site Scripting strict`, `Remote File Inclusion strict`, `LDAP Injection`, `Python-PHP attacks`, `HTTP Specific Injection`, `Apache Struts attacks`, `Apache struts attacks strict`.
     */
    readonly blockedAttackTypes: pulumi.Output<UrlProfileBlockedAttackTypes[] | undefined>;
    /**
     * Allowed Methods (`allowed-methods` on the appliance): a list of strings.
     */
    readonly allowedMethods: pulumi.Output<string[] | undefined>;
    /**
     * Allowed Content Types (`allowed-content-types` on the appliance): a list of strings.
     */
    readonly allowedContentTypes: pulumi.Output<string[] | undefined>;
    /**
     * Max Content Length (`max-content-length` on the appliance): a whole number from 0 to 1073741824.
     */
    readonly maxContentLength: pulumi.Output<number | undefined>;
    /**
     * Allow Query String (`allow-query-string` on the appliance): on (`true`) or off (`false`).
     */
    readonly allowQueryString: pulumi.Output<boolean | undefined>;
    /**
     * Take over a URL profile of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the URL profile must match the existing one. Without `adopt`, creating a URL profile whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link UrlProfile} registers with the engine. */
export const urlProfileOutputNames = [
    "service",
    "maximumParameterNameLength",
    "exceptionPatterns",
    "displayName",
    "customBlockedAttackTypes",
    "comment",
    "csrfPrevention",
    "mode",
    "extendedMatch",
    "maximumUploadFiles",
    "referrersForTheUrlProfile",
    "status",
    "minimumFormFillTime",
    "name",
    "url",
    "hiddenParameterProtection",
    "extendedMatchSequence",
    "blockedAttackTypes",
    "allowedMethods",
    "allowedContentTypes",
    "maxContentLength",
    "allowQueryString",
    "adopt",
] as const;

/** The arguments of a {@link ParameterProfile}. */
export interface ParameterProfileArgs {
    /**
     * The service the parameter profile belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the parameter profile.
     */
    service: pulumi.Input<string> | Service;
    /**
     * The URL profile the parameter profile belongs to: a `UrlProfile` of the program, or the name of one on the appliance. Changing it replaces the parameter profile.
     */
    urlProfile: pulumi.Input<string> | UrlProfile;
    /**
     * Parameter (`parameter` on the appliance): text of at most 512 characters.
     */
    parameter: pulumi.Input<string>;
    /**
     * Ignore (`ignore` on the appliance): on (`true`) or off (`false`).
     */
    ignore?: pulumi.Input<boolean>;
    /**
     * Required (`required` on the appliance): on (`true`) or off (`false`).
     */
    required?: pulumi.Input<boolean>;
    /**
     * File Upload Mime Types (`file-upload-mime-types` on the appliance): a list of strings.
     */
    fileUploadMimeTypes?: pulumi.Input<string[]>;
    /**
     * Base64 Decode Parameter Value (`base64-decode-parameter-value` on the appliance): on (`true`) or off (`false`).
     */
    base64DecodeParameterValue?: pulumi.Input<boolean>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    status?: pulumi.Input<ParameterProfileStatus>;
    /**
     * Parameter Profile Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Custom Parameter Class (`custom-parameter-class` on the appliance): one of ``, `CommentSpam`.
     */
    customParameterClass?: pulumi.Input<ParameterProfileCustomParameterClass>;
    /**
     * Parameter Class (`parameter-class` on the appliance): one of `CUSTOM`, `Login`, `Search`, `Password`, `Comments`, `Integer`, `Hex Number`, `Alpha`, `Alphanumeric`, `String`, `Generic`, `Email`, `No validation`.
     */
    parameterClass: pulumi.Input<ParameterProfileParameterClass>;
    /**
     * Max Value Length (`max-value-length` on the appliance): a whole number from 0 to 1073741824.
     */
    maxValueLength?: pulumi.Input<number>;
    /**
     * File Upload Extensions (`file-upload-extensions` on the appliance): a list of strings.
     */
    fileUploadExtensions?: pulumi.Input<string[]>;
    /**
     * Comments (`comments` on the appliance): text of at most 256 characters.
     */
    comments?: pulumi.Input<string>;
    /**
     * Values (`values` on the appliance): a list of strings.
     */
    values?: pulumi.Input<string[]>;
    /**
     * Allowed File Upload Type (`allowed-file-upload-type` on the appliance): one of `Extensions`, `Mime Types`.
     */
    allowedFileUploadType?: pulumi.Input<ParameterProfileAllowedFileUploadType>;
    /**
     * Maximum Instances (`maximum-instances` on the appliance): a whole number from 0 to 32767.
     */
    maximumInstances?: pulumi.Input<number>;
    /**
     * Allowed Metacharacters (`allowed-metachars` on the appliance): text of at most 239 characters.
     */
    allowedMetachars?: pulumi.Input<string>;
    /**
     * Type (`type` on the appliance): one of `Input`, `Read Only`, `Session Choice`, `Global Choice`, `Session Invariant`, `File Upload`.
     */
    type?: pulumi.Input<ParameterProfileType>;
    /**
     * Exception Patterns (`exception-patterns` on the appliance): a list of strings.
     */
    exceptionPatterns?: pulumi.Input<string[]>;
    /**
     * Validate Parameter Name (`validate-parameter-name` on the appliance): on (`true`) or off (`false`).
     */
    validateParameterName?: pulumi.Input<boolean>;
    /**
     * Take over a parameter profile of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the parameter profile must match the existing one. Without `adopt`, creating a parameter profile whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link ParameterProfile} resolves to once the appliance has answered. */
export interface ParameterProfileOutputs {
    /**
     * The service the parameter profile belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the parameter profile.
     */
    readonly service: pulumi.Output<string>;
    /**
     * The URL profile the parameter profile belongs to: a `UrlProfile` of the program, or the name of one on the appliance. Changing it replaces the parameter profile.
     */
    readonly urlProfile: pulumi.Output<string>;
    /**
     * Parameter (`parameter` on the appliance): text of at most 512 characters.
     */
    readonly parameter: pulumi.Output<string>;
    /**
     * Ignore (`ignore` on the appliance): on (`true`) or off (`false`).
     */
    readonly ignore: pulumi.Output<boolean | undefined>;
    /**
     * Required (`required` on the appliance): on (`true`) or off (`false`).
     */
    readonly required: pulumi.Output<boolean | undefined>;
    /**
     * File Upload Mime Types (`file-upload-mime-types` on the appliance): a list of strings.
     */
    readonly fileUploadMimeTypes: pulumi.Output<string[] | undefined>;
    /**
     * Base64 Decode Parameter Value (`base64-decode-parameter-value` on the appliance): on (`true`) or off (`false`).
     */
    readonly base64DecodeParameterValue: pulumi.Output<boolean | undefined>;
    /**
     * Status (`status` on the appliance): one of `On`, `Off`.
     */
    readonly status: pulumi.Output<ParameterProfileStatus | undefined>;
    /**
     * Parameter Profile Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Custom Parameter Class (`custom-parameter-class` on the appliance): one of ``, `CommentSpam`.
     */
    readonly customParameterClass: pulumi.Output<ParameterProfileCustomParameterClass | undefined>;
    /**
     * Parameter Class (`parameter-class` on the appliance): one of `CUSTOM`, `Login`, `Search`, `Password`, `Comments`, `Integer`, `Hex Number`, `Alpha`, `Alphanumeric`, `String`, `Generic`, `Email`, `No validation`.
     */
    readonly parameterClass: pulumi.Output<ParameterProfileParameterClass>;
    /**
     * Max Value Length (`max-value-length` on the appliance): a whole number from 0 to 1073741824.
     */
    readonly maxValueLength: pulumi.Output<number | undefined>;
    /**
     * File Upload Extensions (`file-upload-extensions` on the appliance): a list of strings.
     */
    readonly fileUploadExtensions: pulumi.Output<string[] | undefined>;
    /**
     * Comments (`comments` on the appliance): text of at most 256 characters.
     */
    readonly comments: pulumi.Output<string | undefined>;
    /**
     * Values (`values` on the appliance): a list of strings.
     */
    readonly values: pulumi.Output<string[] | undefined>;
    /**
     * Allowed File Upload Type (`allowed-file-upload-type` on the appliance): one of `Extensions`, `Mime Types`.
     */
    readonly allowedFileUploadType: pulumi.Output<ParameterProfileAllowedFileUploadType | undefined>;
    /**
     * Maximum Instances (`maximum-instances` on the appliance): a whole number from 0 to 32767.
     */
    readonly maximumInstances: pulumi.Output<number | undefined>;
    /**
     * Allowed Metacharacters (`allowed-metachars` on the appliance): text of at most 239 characters.
     */
    readonly allowedMetachars: pulumi.Output<string | undefined>;
    /**
     * Type (`type` on the appliance): one of `Input`, `Read Only`, `Session Choice`, `Global Choice`, `Session Invariant`, `File Upload`.
     */
    readonly type: pulumi.Output<ParameterProfileType | undefined>;
    /**
     * Exception Patterns (`exception-patterns` on the appliance): a list of strings.
     */
    readonly exceptionPatterns: pulumi.Output<string[] | undefined>;
    /**
     * Validate Parameter Name (`validate-parameter-name` on the appliance): on (`true`) or off (`false`).
     */
    readonly validateParameterName: pulumi.Output<boolean | undefined>;
    /**
     * Take over a parameter profile of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the parameter profile must match the existing one. Without `adopt`, creating a parameter profile whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link ParameterProfile} registers with the engine. */
export const parameterProfileOutputNames = [
    "service",
    "urlProfile",
    "parameter",
    "ignore",
    "required",
    "fileUploadMimeTypes",
    "base64DecodeParameterValue",
    "status",
    "name",
    "customParameterClass",
    "parameterClass",
    "maxValueLength",
    "fileUploadExtensions",
    "comments",
    "values",
    "allowedFileUploadType",
    "maximumInstances",
    "allowedMetachars",
    "type",
    "exceptionPatterns",
    "validateParameterName",
    "adopt",
] as const;

/** The arguments of a {@link UrlTranslation}. */
export interface UrlTranslationArgs {
    /**
     * The service the URL translation belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the URL translation.
     */
    service: pulumi.Input<string> | Service;
    /**
     * Outside Prefix (`outside-prefix` on the appliance): text of at most 512 characters.
     */
    outsidePrefix: pulumi.Input<string>;
    /**
     * Inside Domain (`inside-domain` on the appliance): text of at most 254 characters.
     */
    insideDomain: pulumi.Input<string>;
    /**
     * Rule Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Inside Prefix (`inside-prefix` on the appliance): text of at most 512 characters.
     */
    insidePrefix: pulumi.Input<string>;
    /**
     * Comments (`comments` on the appliance): text.
     */
    comments?: pulumi.Input<string>;
    /**
     * Outside Domain (`outside-domain` on the appliance): text of at most 254 characters.
     */
    outsideDomain: pulumi.Input<string>;
    /**
     * Take over a URL translation of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the URL translation must match the existing one. Without `adopt`, creating a URL translation whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link UrlTranslation} resolves to once the appliance has answered. */
export interface UrlTranslationOutputs {
    /**
     * The service the URL translation belongs to: a `Service` of the program, or the name of one on the appliance. Changing it replaces the URL translation.
     */
    readonly service: pulumi.Output<string>;
    /**
     * Outside Prefix (`outside-prefix` on the appliance): text of at most 512 characters.
     */
    readonly outsidePrefix: pulumi.Output<string>;
    /**
     * Inside Domain (`inside-domain` on the appliance): text of at most 254 characters.
     */
    readonly insideDomain: pulumi.Output<string>;
    /**
     * Rule Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Inside Prefix (`inside-prefix` on the appliance): text of at most 512 characters.
     */
    readonly insidePrefix: pulumi.Output<string>;
    /**
     * Comments (`comments` on the appliance): text.
     */
    readonly comments: pulumi.Output<string | undefined>;
    /**
     * Outside Domain (`outside-domain` on the appliance): text of at most 254 characters.
     */
    readonly outsideDomain: pulumi.Output<string>;
    /**
     * Take over a URL translation of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the URL translation must match the existing one. Without `adopt`, creating a URL translation whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link UrlTranslation} registers with the engine. */
export const urlTranslationOutputNames = [
    "service",
    "outsidePrefix",
    "insideDomain",
    "name",
    "insidePrefix",
    "comments",
    "outsideDomain",
    "adopt",
] as const;

/** The arguments of a {@link SessionIdentifier}. */
export interface SessionIdentifierArgs {
    /**
     * Session Identifier Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Session Token Type (`token-type` on the appliance): one of `Parameter`, `Parameter Suffix`, `Parameter Prefix`, `Cookie`, `Cookie Suffix`, `Cookie Prefix`, `URL Path`, `URL Path Suffix`, `URL Path Prefix`.
     */
    tokenType: pulumi.Input<SessionIdentifierTokenType>;
    /**
     * URL Session Token Start Delimiter (`start-delimiter` on the appliance): text. The appliance starts with `=`.
     */
    startDelimiter?: pulumi.Input<string>;
    /**
     * URL Session Token End Delimiter (`end-delimiter` on the appliance): text. The appliance starts with `;`.
     */
    endDelimiter?: pulumi.Input<string>;
    /**
     * Session Token Name (`token-name` on the appliance): text.
     */
    tokenName: pulumi.Input<string>;
    /**
     * Take over a session identifier of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the session identifier must match the existing one. Without `adopt`, creating a session identifier whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link SessionIdentifier} resolves to once the appliance has answered. */
export interface SessionIdentifierOutputs {
    /**
     * Session Identifier Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Session Token Type (`token-type` on the appliance): one of `Parameter`, `Parameter Suffix`, `Parameter Prefix`, `Cookie`, `Cookie Suffix`, `Cookie Prefix`, `URL Path`, `URL Path Suffix`, `URL Path Prefix`.
     */
    readonly tokenType: pulumi.Output<SessionIdentifierTokenType>;
    /**
     * URL Session Token Start Delimiter (`start-delimiter` on the appliance): text. The appliance starts with `=`.
     */
    readonly startDelimiter: pulumi.Output<string | undefined>;
    /**
     * URL Session Token End Delimiter (`end-delimiter` on the appliance): text. The appliance starts with `;`.
     */
    readonly endDelimiter: pulumi.Output<string | undefined>;
    /**
     * Session Token Name (`token-name` on the appliance): text.
     */
    readonly tokenName: pulumi.Output<string>;
    /**
     * Take over a session identifier of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the session identifier must match the existing one. Without `adopt`, creating a session identifier whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link SessionIdentifier} registers with the engine. */
export const sessionIdentifierOutputNames = [
    "name",
    "tokenType",
    "startDelimiter",
    "endDelimiter",
    "tokenName",
    "adopt",
] as const;

/** The arguments of a {@link SyslogServer}. */
export interface SyslogServerArgs {
    /**
     * Send Barracuda Custom Logs to OMS (`oms-custom-log` on the appliance): one of `All`, `Web Firewall Logs`.
     */
    omsCustomLog?: pulumi.Input<SyslogServerOmsCustomLog>;
    /**
     * Server Type (`server-type` on the appliance): one of `Syslog NG`, `Cloud Syslog Service`, `AMQP`, `AMQPS`, `Azure Event Hub`, `Barracuda Reporting Service`, `Microsoft Azure OMS`.
     */
    serverType?: pulumi.Input<SyslogServerServerType>;
    /**
     * IP Address (`ip-address` on the appliance): text.
     */
    ipAddress?: pulumi.Input<string>;
    /**
     * Port (`port` on the appliance): a whole number.
     */
    port?: pulumi.Input<number>;
    /**
     * Log Group Name (`log-group` on the appliance): text.
     */
    logGroup?: pulumi.Input<string>;
    /**
     * Comment (`comments` on the appliance): text.
     */
    comments?: pulumi.Input<string>;
    /**
     * Token (`cloud-syslog-token` on the appliance): text.
     */
    cloudSyslogToken?: pulumi.Input<string>;
    /**
     * IP Address (`brs-host` on the appliance): text.
     */
    brsHost?: pulumi.Input<string>;
    /**
     * Validate Server Certificate (`validate-server-certificate` on the appliance): on (`true`) or off (`false`).
     */
    validateServerCertificate?: pulumi.Input<boolean>;
    /**
     * Connection Type (`connection-type` on the appliance): one of `UDP`, `TCP`, `SSL`.
     */
    connectionType?: pulumi.Input<SyslogServerConnectionType>;
    /**
     * OMS Primary Key (`oms-key` on the appliance): text.
     */
    omsKey?: pulumi.Input<string>;
    /**
     * Password (`password` on the appliance): text.
     */
    password?: pulumi.Input<string>;
    /**
     * Policy Name (`policy-name` on the appliance): text.
     */
    policyName?: pulumi.Input<string>;
    /**
     * Client Certificate (`client-certificate` on the appliance): on (`true`) or off (`false`).
     */
    clientCertificate?: pulumi.Input<boolean>;
    /**
     * Select <b>On</b> for Azure GovCloud Workspace (`oms-govcloud` on the appliance): one of `On`, `Off`.
     */
    omsGovcloud?: pulumi.Input<SyslogServerOmsGovcloud>;
    /**
     * Username (`username` on the appliance): text.
     */
    username?: pulumi.Input<string>;
    /**
     * Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Event Queue Name (`event-queue-name` on the appliance): text.
     */
    eventQueueName?: pulumi.Input<string>;
    /**
     * Log Timestamp and Hostname (`timestamp-and-hostname` on the appliance): on (`true`) or off (`false`).
     */
    timestampAndHostname?: pulumi.Input<boolean>;
    /**
     * Shared Secret (`brs-shared-secret` on the appliance): text.
     */
    brsSharedSecret?: pulumi.Input<string>;
    /**
     * OMS Workspace ID (`oms-workspace` on the appliance): text.
     */
    omsWorkspace?: pulumi.Input<string>;
    /**
     * Service Bus Name (`service-bus-name` on the appliance): text.
     */
    serviceBusName?: pulumi.Input<string>;
    /**
     * BRS System Serial Number (`brs-system-serial` on the appliance): a whole number.
     */
    brsSystemSerial?: pulumi.Input<number>;
    /**
     * Event Hub Name (`event-hub-name` on the appliance): text.
     */
    eventHubName?: pulumi.Input<string>;
    /**
     * Policy SAS key (`policy-sas-key` on the appliance): text.
     */
    policySasKey?: pulumi.Input<string>;
    /**
     * Take over a syslog server of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the syslog server must match the existing one. Without `adopt`, creating a syslog server whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link SyslogServer} resolves to once the appliance has answered. */
export interface SyslogServerOutputs {
    /**
     * Send Barracuda Custom Logs to OMS (`oms-custom-log` on the appliance): one of `All`, `Web Firewall Logs`.
     */
    readonly omsCustomLog: pulumi.Output<SyslogServerOmsCustomLog | undefined>;
    /**
     * Server Type (`server-type` on the appliance): one of `Syslog NG`, `Cloud Syslog Service`, `AMQP`, `AMQPS`, `Azure Event Hub`, `Barracuda Reporting Service`, `Microsoft Azure OMS`.
     */
    readonly serverType: pulumi.Output<SyslogServerServerType | undefined>;
    /**
     * IP Address (`ip-address` on the appliance): text.
     */
    readonly ipAddress: pulumi.Output<string | undefined>;
    /**
     * Port (`port` on the appliance): a whole number.
     */
    readonly port: pulumi.Output<number | undefined>;
    /**
     * Log Group Name (`log-group` on the appliance): text.
     */
    readonly logGroup: pulumi.Output<string | undefined>;
    /**
     * Comment (`comments` on the appliance): text.
     */
    readonly comments: pulumi.Output<string | undefined>;
    /**
     * Token (`cloud-syslog-token` on the appliance): text.
     */
    readonly cloudSyslogToken: pulumi.Output<string | undefined>;
    /**
     * IP Address (`brs-host` on the appliance): text.
     */
    readonly brsHost: pulumi.Output<string | undefined>;
    /**
     * Validate Server Certificate (`validate-server-certificate` on the appliance): on (`true`) or off (`false`).
     */
    readonly validateServerCertificate: pulumi.Output<boolean | undefined>;
    /**
     * Connection Type (`connection-type` on the appliance): one of `UDP`, `TCP`, `SSL`.
     */
    readonly connectionType: pulumi.Output<SyslogServerConnectionType | undefined>;
    /**
     * OMS Primary Key (`oms-key` on the appliance): text.
     */
    readonly omsKey: pulumi.Output<string | undefined>;
    /**
     * Password (`password` on the appliance): text.
     */
    readonly password: pulumi.Output<string | undefined>;
    /**
     * Policy Name (`policy-name` on the appliance): text.
     */
    readonly policyName: pulumi.Output<string | undefined>;
    /**
     * Client Certificate (`client-certificate` on the appliance): on (`true`) or off (`false`).
     */
    readonly clientCertificate: pulumi.Output<boolean | undefined>;
    /**
     * Select <b>On</b> for Azure GovCloud Workspace (`oms-govcloud` on the appliance): one of `On`, `Off`.
     */
    readonly omsGovcloud: pulumi.Output<SyslogServerOmsGovcloud | undefined>;
    /**
     * Username (`username` on the appliance): text.
     */
    readonly username: pulumi.Output<string | undefined>;
    /**
     * Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Event Queue Name (`event-queue-name` on the appliance): text.
     */
    readonly eventQueueName: pulumi.Output<string | undefined>;
    /**
     * Log Timestamp and Hostname (`timestamp-and-hostname` on the appliance): on (`true`) or off (`false`).
     */
    readonly timestampAndHostname: pulumi.Output<boolean | undefined>;
    /**
     * Shared Secret (`brs-shared-secret` on the appliance): text.
     */
    readonly brsSharedSecret: pulumi.Output<string | undefined>;
    /**
     * OMS Workspace ID (`oms-workspace` on the appliance): text.
     */
    readonly omsWorkspace: pulumi.Output<string | undefined>;
    /**
     * Service Bus Name (`service-bus-name` on the appliance): text.
     */
    readonly serviceBusName: pulumi.Output<string | undefined>;
    /**
     * BRS System Serial Number (`brs-system-serial` on the appliance): a whole number.
     */
    readonly brsSystemSerial: pulumi.Output<number | undefined>;
    /**
     * Event Hub Name (`event-hub-name` on the appliance): text.
     */
    readonly eventHubName: pulumi.Output<string | undefined>;
    /**
     * Policy SAS key (`policy-sas-key` on the appliance): text.
     */
    readonly policySasKey: pulumi.Output<string | undefined>;
    /**
     * Take over a syslog server of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the syslog server must match the existing one. Without `adopt`, creating a syslog server whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link SyslogServer} registers with the engine. */
export const syslogServerOutputNames = [
    "omsCustomLog",
    "serverType",
    "ipAddress",
    "port",
    "logGroup",
    "comments",
    "cloudSyslogToken",
    "brsHost",
    "validateServerCertificate",
    "connectionType",
    "omsKey",
    "password",
    "policyName",
    "clientCertificate",
    "omsGovcloud",
    "username",
    "name",
    "eventQueueName",
    "timestampAndHostname",
    "brsSharedSecret",
    "omsWorkspace",
    "serviceBusName",
    "brsSystemSerial",
    "eventHubName",
    "policySasKey",
    "adopt",
] as const;

/** The arguments of a {@link ModuleLogLevel}. */
export interface ModuleLogLevelArgs {
    /**
     * Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Comment (`comments` on the appliance): text.
     */
    comments?: pulumi.Input<string>;
    /**
     * Module (`module` on the appliance): one of `AAA`, `Adaptive Profiling`, `Cache`, `Compression`, `Cookie`, `Connection Pool`, `Crypto`, `DNS`, `Failover`, `FTP Service`, `HTTP Service`, `TPS`, `Kernel Module`, `Load Balancer`, `Memory`, `Rewrite`, `Response Page`, `Service`, `Share Secret Key`, `SSL`, `STM`, `Web Log`, `Web Address Translation`, `Web Firewall`.
     */
    module: pulumi.Input<ModuleLogLevelModule>;
    /**
     * Log Level (`log-level` on the appliance): one of `0-Emergency`, `1-Alert`, `2-Critical`, `3-Error`, `4-Warning`, `5-Notice`, `6-Information`, `7-Debug`.
     */
    logLevel: pulumi.Input<ModuleLogLevelLogLevel>;
    /**
     * Take over a module log level of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the module log level must match the existing one. Without `adopt`, creating a module log level whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link ModuleLogLevel} resolves to once the appliance has answered. */
export interface ModuleLogLevelOutputs {
    /**
     * Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Comment (`comments` on the appliance): text.
     */
    readonly comments: pulumi.Output<string | undefined>;
    /**
     * Module (`module` on the appliance): one of `AAA`, `Adaptive Profiling`, `Cache`, `Compression`, `Cookie`, `Connection Pool`, `Crypto`, `DNS`, `Failover`, `FTP Service`, `HTTP Service`, `TPS`, `Kernel Module`, `Load Balancer`, `Memory`, `Rewrite`, `Response Page`, `Service`, `Share Secret Key`, `SSL`, `STM`, `Web Log`, `Web Address Translation`, `Web Firewall`.
     */
    readonly module: pulumi.Output<ModuleLogLevelModule>;
    /**
     * Log Level (`log-level` on the appliance): one of `0-Emergency`, `1-Alert`, `2-Critical`, `3-Error`, `4-Warning`, `5-Notice`, `6-Information`, `7-Debug`.
     */
    readonly logLevel: pulumi.Output<ModuleLogLevelLogLevel>;
    /**
     * Take over a module log level of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the module log level must match the existing one. Without `adopt`, creating a module log level whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link ModuleLogLevel} registers with the engine. */
export const moduleLogLevelOutputNames = ["name", "comments", "module", "logLevel", "adopt"] as const;

/** The arguments of a {@link NtpServer}. */
export interface NtpServerArgs {
    /**
     * Description (`description` on the appliance): text.
     */
    description?: pulumi.Input<string>;
    /**
     * System NTP Server IP/Address (`ip-address` on the appliance): text of at most 512 characters.
     */
    ipAddress: pulumi.Input<string>;
    /**
     * System NTP Server Name (`name` on the appliance): text.
     */
    name: pulumi.Input<string>;
    /**
     * Take over a NTP server of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the NTP server must match the existing one. Without `adopt`, creating a NTP server whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link NtpServer} resolves to once the appliance has answered. */
export interface NtpServerOutputs {
    /**
     * Description (`description` on the appliance): text.
     */
    readonly description: pulumi.Output<string | undefined>;
    /**
     * System NTP Server IP/Address (`ip-address` on the appliance): text of at most 512 characters.
     */
    readonly ipAddress: pulumi.Output<string>;
    /**
     * System NTP Server Name (`name` on the appliance): text.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Take over a NTP server of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the NTP server must match the existing one. Without `adopt`, creating a NTP server whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link NtpServer} registers with the engine. */
export const ntpServerOutputNames = ["description", "ipAddress", "name", "adopt"] as const;

/** The arguments of a {@link TrustedHostGroup}. */
export interface TrustedHostGroupArgs {
    /**
     * Trusted Host Group Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Take over a trusted host group of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the trusted host group must match the existing one. Without `adopt`, creating a trusted host group whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link TrustedHostGroup} resolves to once the appliance has answered. */
export interface TrustedHostGroupOutputs {
    /**
     * Trusted Host Group Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Take over a trusted host group of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the trusted host group must match the existing one. Without `adopt`, creating a trusted host group whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link TrustedHostGroup} registers with the engine. */
export const trustedHostGroupOutputNames = ["name", "adopt"] as const;

/** The arguments of a {@link TrustedHost}. */
export interface TrustedHostArgs {
    /**
     * The trusted host group the trusted host belongs to: a `TrustedHostGroup` of the program, or the name of one on the appliance. Changing it replaces the trusted host.
     */
    trustedHostGroup: pulumi.Input<string> | TrustedHostGroup;
    /**
     * Trusted Host Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * IP Address (`ip-address` on the appliance): text.
     */
    ipAddress?: pulumi.Input<string>;
    /**
     * Comments (`comments` on the appliance): text of at most 256 characters.
     */
    comments?: pulumi.Input<string>;
    /**
     * Mask (`ipv6-mask` on the appliance): text.
     */
    ipv6Mask?: pulumi.Input<string>;
    /**
     * Mask (`mask` on the appliance): text.
     */
    mask?: pulumi.Input<string>;
    /**
     * Version (`version` on the appliance): one of `IPv4`, `IPv6`.
     */
    version?: pulumi.Input<TrustedHostVersion>;
    /**
     * IPv6 Address (`ipv6-address` on the appliance): text.
     */
    ipv6Address?: pulumi.Input<string>;
    /**
     * Take over a trusted host of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the trusted host must match the existing one. Without `adopt`, creating a trusted host whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link TrustedHost} resolves to once the appliance has answered. */
export interface TrustedHostOutputs {
    /**
     * The trusted host group the trusted host belongs to: a `TrustedHostGroup` of the program, or the name of one on the appliance. Changing it replaces the trusted host.
     */
    readonly trustedHostGroup: pulumi.Output<string>;
    /**
     * Trusted Host Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * IP Address (`ip-address` on the appliance): text.
     */
    readonly ipAddress: pulumi.Output<string | undefined>;
    /**
     * Comments (`comments` on the appliance): text of at most 256 characters.
     */
    readonly comments: pulumi.Output<string | undefined>;
    /**
     * Mask (`ipv6-mask` on the appliance): text.
     */
    readonly ipv6Mask: pulumi.Output<string | undefined>;
    /**
     * Mask (`mask` on the appliance): text.
     */
    readonly mask: pulumi.Output<string | undefined>;
    /**
     * Version (`version` on the appliance): one of `IPv4`, `IPv6`.
     */
    readonly version: pulumi.Output<TrustedHostVersion | undefined>;
    /**
     * IPv6 Address (`ipv6-address` on the appliance): text.
     */
    readonly ipv6Address: pulumi.Output<string | undefined>;
    /**
     * Take over a trusted host of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the trusted host must match the existing one. Without `adopt`, creating a trusted host whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link TrustedHost} registers with the engine. */
export const trustedHostOutputNames = [
    "trustedHostGroup",
    "name",
    "ipAddress",
    "comments",
    "ipv6Mask",
    "mask",
    "version",
    "ipv6Address",
    "adopt",
] as const;

/** The arguments of a {@link User}. */
export interface UserArgs {
    /**
     * Password (`password` on the appliance): text.
     */
    password?: pulumi.Input<string>;
    /**
     * Username (`name` on the appliance): text.
     */
    name: pulumi.Input<string>;
    /**
     * Re-enter Password (`re-enter-password` on the appliance): text.
     */
    reEnterPassword?: pulumi.Input<string>;
    /**
     * Email Address (`email-address` on the appliance): text.
     */
    emailAddress: pulumi.Input<string>;
    /**
     * Role (`role` on the appliance): one of ``, `admin`, `audit-manager`, `certificate-manager`, `service-manager`, `policy-manager`, `network-manager`, `monitoring-manager`, `guest`.
     */
    role: pulumi.Input<UserRole>;
    /**
     * Take over a user of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the user must match the existing one. Without `adopt`, creating a user whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link User} resolves to once the appliance has answered. */
export interface UserOutputs {
    /**
     * Password (`password` on the appliance): text.
     */
    readonly password: pulumi.Output<string | undefined>;
    /**
     * Username (`name` on the appliance): text.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Re-enter Password (`re-enter-password` on the appliance): text.
     */
    readonly reEnterPassword: pulumi.Output<string | undefined>;
    /**
     * Email Address (`email-address` on the appliance): text.
     */
    readonly emailAddress: pulumi.Output<string>;
    /**
     * Role (`role` on the appliance): one of ``, `admin`, `audit-manager`, `certificate-manager`, `service-manager`, `policy-manager`, `network-manager`, `monitoring-manager`, `guest`.
     */
    readonly role: pulumi.Output<UserRole>;
    /**
     * Take over a user of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the user must match the existing one. Without `adopt`, creating a user whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link User} registers with the engine. */
export const userOutputNames = [
    "password",
    "name",
    "reEnterPassword",
    "emailAddress",
    "role",
    "adopt",
] as const;

/** The arguments of a {@link Vlan}. */
export interface VlanArgs {
    /**
     * VLAN Interface (`interface` on the appliance): text.
     */
    interface: pulumi.Input<string>;
    /**
     * Network Group (`vsite` on the appliance): one of `System`, `Management`, `default`.
     */
    vsite: pulumi.Input<VlanVsite>;
    /**
     * VLAN ID (`vlan-id` on the appliance): a whole number from 1 to 4095.
     */
    vlanId: pulumi.Input<number>;
    /**
     * Comments (`comments` on the appliance): text.
     */
    comments?: pulumi.Input<string>;
    /**
     * VLAN Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Take over a VLAN of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the VLAN must match the existing one. Without `adopt`, creating a VLAN whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link Vlan} resolves to once the appliance has answered. */
export interface VlanOutputs {
    /**
     * VLAN Interface (`interface` on the appliance): text.
     */
    readonly interface: pulumi.Output<string>;
    /**
     * Network Group (`vsite` on the appliance): one of `System`, `Management`, `default`.
     */
    readonly vsite: pulumi.Output<VlanVsite>;
    /**
     * VLAN ID (`vlan-id` on the appliance): a whole number from 1 to 4095.
     */
    readonly vlanId: pulumi.Output<number>;
    /**
     * Comments (`comments` on the appliance): text.
     */
    readonly comments: pulumi.Output<string | undefined>;
    /**
     * VLAN Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Take over a VLAN of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the VLAN must match the existing one. Without `adopt`, creating a VLAN whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link Vlan} registers with the engine. */
export const vlanOutputNames = ["interface", "vsite", "vlanId", "comments", "name", "adopt"] as const;

/** The arguments of a {@link WebScrapingPolicy}. */
export interface WebScrapingPolicyArgs {
    /**
     * Detect Mouse Event (`detect-mouse-event` on the appliance): on (`true`) or off (`false`).
     */
    detectMouseEvent?: pulumi.Input<boolean>;
    /**
     * Insert Delay in Robots.txt (`insert-delay` on the appliance): on (`true`) or off (`false`).
     */
    insertDelay?: pulumi.Input<boolean>;
    /**
     * Allow-listed Bots (`whitelisted-bots` on the appliance): a list of `Google`, `Baidu`, `Microsoft`, `Yandex`, `Twitter`, `Yahoo`.
     */
    whitelistedBots?: pulumi.Input<WebScrapingPolicyWhitelistedBots[]>;
    /**
     * Comment (`comments` on the appliance): text of at most 256 characters.
     */
    comments?: pulumi.Input<string>;
    /**
     * Blocklisted Categories (`blacklisted-categories` on the appliance): a list of `Uncategorised`, `Search engine bot`, `Site monitor`, `Screenshot creator`, `Link checker`, `Web scraper`, `Vulnerability scanner`, `Virus scanner`, `Speed tester`, `Feed Fetcher`, `Tool`, `Marketing`, `Unrecognized`.
     */
    blacklistedCategories?: pulumi.Input<WebScrapingPolicyBlacklistedCategories[]>;
    /**
     * Delay Time (`delay-time` on the appliance): text of at most 64 characters.
     */
    delayTime?: pulumi.Input<string>;
    /**
     * Insert Disallowed URLs in Robots.txt (`insert-disallowed-urls` on the appliance): on (`true`) or off (`false`).
     */
    insertDisallowedUrls?: pulumi.Input<boolean>;
    /**
     * Web Scraping Policy Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * Insert Hidden Links in Response (`insert-hidden-links` on the appliance): on (`true`) or off (`false`).
     */
    insertHiddenLinks?: pulumi.Input<boolean>;
    /**
     * Insert JavaScript in Response (`insert-javascript-in-response` on the appliance): on (`true`) or off (`false`).
     */
    insertJavascriptInResponse?: pulumi.Input<boolean>;
    /**
     * Take over a web scraping policy of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the web scraping policy must match the existing one. Without `adopt`, creating a web scraping policy whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link WebScrapingPolicy} resolves to once the appliance has answered. */
export interface WebScrapingPolicyOutputs {
    /**
     * Detect Mouse Event (`detect-mouse-event` on the appliance): on (`true`) or off (`false`).
     */
    readonly detectMouseEvent: pulumi.Output<boolean | undefined>;
    /**
     * Insert Delay in Robots.txt (`insert-delay` on the appliance): on (`true`) or off (`false`).
     */
    readonly insertDelay: pulumi.Output<boolean | undefined>;
    /**
     * Allow-listed Bots (`whitelisted-bots` on the appliance): a list of `Google`, `Baidu`, `Microsoft`, `Yandex`, `Twitter`, `Yahoo`.
     */
    readonly whitelistedBots: pulumi.Output<WebScrapingPolicyWhitelistedBots[] | undefined>;
    /**
     * Comment (`comments` on the appliance): text of at most 256 characters.
     */
    readonly comments: pulumi.Output<string | undefined>;
    /**
     * Blocklisted Categories (`blacklisted-categories` on the appliance): a list of `Uncategorised`, `Search engine bot`, `Site monitor`, `Screenshot creator`, `Link checker`, `Web scraper`, `Vulnerability scanner`, `Virus scanner`, `Speed tester`, `Feed Fetcher`, `Tool`, `Marketing`, `Unrecognized`.
     */
    readonly blacklistedCategories: pulumi.Output<WebScrapingPolicyBlacklistedCategories[] | undefined>;
    /**
     * Delay Time (`delay-time` on the appliance): text of at most 64 characters.
     */
    readonly delayTime: pulumi.Output<string | undefined>;
    /**
     * Insert Disallowed URLs in Robots.txt (`insert-disallowed-urls` on the appliance): on (`true`) or off (`false`).
     */
    readonly insertDisallowedUrls: pulumi.Output<boolean | undefined>;
    /**
     * Web Scraping Policy Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Insert Hidden Links in Response (`insert-hidden-links` on the appliance): on (`true`) or off (`false`).
     */
    readonly insertHiddenLinks: pulumi.Output<boolean | undefined>;
    /**
     * Insert JavaScript in Response (`insert-javascript-in-response` on the appliance): on (`true`) or off (`false`).
     */
    readonly insertJavascriptInResponse: pulumi.Output<boolean | undefined>;
    /**
     * Take over a web scraping policy of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the web scraping policy must match the existing one. Without `adopt`, creating a web scraping policy whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link WebScrapingPolicy} registers with the engine. */
export const webScrapingPolicyOutputNames = [
    "detectMouseEvent",
    "insertDelay",
    "whitelistedBots",
    "comments",
    "blacklistedCategories",
    "delayTime",
    "insertDisallowedUrls",
    "name",
    "insertHiddenLinks",
    "insertJavascriptInResponse",
    "adopt",
] as const;

/** The arguments of a {@link WhitelistedBot}. */
export interface WhitelistedBotArgs {
    /**
     * Allow-list Identifier (`identifier` on the appliance): one of `Host`, `IP Addresses`.
     */
    identifier?: pulumi.Input<WhitelistedBotIdentifier>;
    /**
     * Parent Name (`name` on the appliance): text of at most 64 characters.
     */
    name: pulumi.Input<string>;
    /**
     * IP Addresses (`ip-address` on the appliance): text.
     */
    ipAddress?: pulumi.Input<string>;
    /**
     * Host (`host` on the appliance): a list of strings.
     */
    host?: pulumi.Input<string[]>;
    /**
     * User Agent (`user-agent` on the appliance): text of at most 4096 characters.
     */
    userAgent: pulumi.Input<string>;
    /**
     * Take over a whitelisted bot of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the whitelisted bot must match the existing one. Without `adopt`, creating a whitelisted bot whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    adopt?: pulumi.Input<boolean>;
}

/** The properties a {@link WhitelistedBot} resolves to once the appliance has answered. */
export interface WhitelistedBotOutputs {
    /**
     * Allow-list Identifier (`identifier` on the appliance): one of `Host`, `IP Addresses`.
     */
    readonly identifier: pulumi.Output<WhitelistedBotIdentifier | undefined>;
    /**
     * Parent Name (`name` on the appliance): text of at most 64 characters.
     */
    readonly name: pulumi.Output<string>;
    /**
     * IP Addresses (`ip-address` on the appliance): text.
     */
    readonly ipAddress: pulumi.Output<string | undefined>;
    /**
     * Host (`host` on the appliance): a list of strings.
     */
    readonly host: pulumi.Output<string[] | undefined>;
    /**
     * User Agent (`user-agent` on the appliance): text of at most 4096 characters.
     */
    readonly userAgent: pulumi.Output<string>;
    /**
     * Take over a whitelisted bot of this name that already exists on the appliance instead of creating a new one: on create the provider updates it in place to match these inputs and records it in the state. Properties that replace the whitelisted bot must match the existing one. Without `adopt`, creating a whitelisted bot whose name is taken fails, so nothing is taken over by accident. It only matters on create. Defaults to `false`.
     */
    readonly adopt: pulumi.Output<boolean | undefined>;
}

/** The output properties a {@link WhitelistedBot} registers with the engine. */
export const whitelistedBotOutputNames = [
    "identifier",
    "name",
    "ipAddress",
    "host",
    "userAgent",
    "adopt",
] as const;

// Generated from schema.json by scripts/generate.ts. Do not edit: run `npm run generate`.
/* eslint-disable */
import * as pulumi from "@pulumi/pulumi";
import { DynamicResource } from "../dynamic-resource";
import { resourceInputs, withSecretOutputs, type ResourceInputSpec } from "../resource-inputs";
import { claimObject } from "../object-owners";
import type {
    ServiceArgs,
    ServiceOutputs,
    SystemConfigurationArgs,
    SystemConfigurationOutputs,
    SystemArgs,
    SystemOutputs,
    VsiteArgs,
    VsiteOutputs,
    ServiceGroupArgs,
    ServiceGroupOutputs,
    SelfSignedCertificateArgs,
    SelfSignedCertificateOutputs,
    SignedCertificateArgs,
    SignedCertificateOutputs,
    ServerArgs,
    ServerOutputs,
    WebSocketPolicyArgs,
    WebSocketPolicyOutputs,
    AdminIpRangeArgs,
    AdminIpRangeOutputs,
    AdministratorRoleArgs,
    AdministratorRoleOutputs,
    AttackTypeArgs,
    AttackTypeOutputs,
    AttackPatternArgs,
    AttackPatternOutputs,
    BondArgs,
    BondOutputs,
    BotSpamTypeArgs,
    BotSpamTypeOutputs,
    BotSpamPatternArgs,
    BotSpamPatternOutputs,
    TrustedCaCertificateArgs,
    TrustedCaCertificateOutputs,
    TrustedServerCertificateArgs,
    TrustedServerCertificateOutputs,
    CredentialServerArgs,
    CredentialServerOutputs,
    CustomParameterClassArgs,
    CustomParameterClassOutputs,
    DestinationNatArgs,
    DestinationNatOutputs,
    ExternalLdapServiceArgs,
    ExternalLdapServiceOutputs,
    ExternalRadiusServiceArgs,
    ExternalRadiusServiceOutputs,
    GeoPoolArgs,
    GeoPoolOutputs,
    IdentityTypeArgs,
    IdentityTypeOutputs,
    IdentityTheftPatternArgs,
    IdentityTheftPatternOutputs,
    InputTypeArgs,
    InputTypeOutputs,
    InputPatternArgs,
    InputPatternOutputs,
    InterfaceRouteArgs,
    InterfaceRouteOutputs,
    JsonSecurityPolicyArgs,
    JsonSecurityPolicyOutputs,
    JwtPublicKeyArgs,
    JwtPublicKeyOutputs,
    JwtValidatorEndpointArgs,
    JwtValidatorEndpointOutputs,
    KerberosServiceArgs,
    KerberosServiceOutputs,
    KerberosServerArgs,
    KerberosServerOutputs,
    LdapServiceArgs,
    LdapServiceOutputs,
    LdapServerArgs,
    LdapServerOutputs,
    LocalGroupArgs,
    LocalGroupOutputs,
    LocalUserArgs,
    LocalUserOutputs,
    NetworkAclArgs,
    NetworkAclOutputs,
    OpenidcServiceArgs,
    OpenidcServiceOutputs,
    OpenidcIdentityProviderArgs,
    OpenidcIdentityProviderOutputs,
    RadiusServiceArgs,
    RadiusServiceOutputs,
    RadiusServerArgs,
    RadiusServerOutputs,
    RateControlPoolArgs,
    RateControlPoolOutputs,
    PreferredClientArgs,
    PreferredClientOutputs,
    ReportArgs,
    ReportOutputs,
    ResponsePageArgs,
    ResponsePageOutputs,
    RsaSecuridServiceArgs,
    RsaSecuridServiceOutputs,
    RsaSecuridServerArgs,
    RsaSecuridServerOutputs,
    SamlServiceArgs,
    SamlServiceOutputs,
    SamlIdentityProviderArgs,
    SamlIdentityProviderOutputs,
    SamlspServiceArgs,
    SamlspServiceOutputs,
    SecurityPolicyArgs,
    SecurityPolicyOutputs,
    GlobalAclArgs,
    GlobalAclOutputs,
    ProtectedDataTypeArgs,
    ProtectedDataTypeOutputs,
    AccessRuleArgs,
    AccessRuleOutputs,
    AdaptiveProfilingRuleArgs,
    AdaptiveProfilingRuleOutputs,
    AllowDenyClientArgs,
    AllowDenyClientOutputs,
    AuthorizationPolicyArgs,
    AuthorizationPolicyOutputs,
    ClientCertificateCrlArgs,
    ClientCertificateCrlOutputs,
    ClientSideProtectionArgs,
    ClientSideProtectionOutputs,
    CspPolicyArgs,
    CspPolicyOutputs,
    SubResourceIntegrityArgs,
    SubResourceIntegrityOutputs,
    ContentRuleArgs,
    ContentRuleOutputs,
    ContentRuleServerArgs,
    ContentRuleServerOutputs,
    DdosPolicyArgs,
    DdosPolicyOutputs,
    FormSpamFormArgs,
    FormSpamFormOutputs,
    GeoipAllowedNetworkArgs,
    GeoipAllowedNetworkOutputs,
    GeoipBlockedNetworkArgs,
    GeoipBlockedNetworkOutputs,
    HeaderAclArgs,
    HeaderAclOutputs,
    HttpRequestRewriteRuleArgs,
    HttpRequestRewriteRuleOutputs,
    HttpResponseRewriteRuleArgs,
    HttpResponseRewriteRuleOutputs,
    JsonProfileArgs,
    JsonProfileOutputs,
    JsonKeyProfileArgs,
    JsonKeyProfileOutputs,
    JwtUrlProfileArgs,
    JwtUrlProfileOutputs,
    ParameterOptimizerArgs,
    ParameterOptimizerOutputs,
    ResponseBodyRewriteRuleArgs,
    ResponseBodyRewriteRuleOutputs,
    SecureBrowsingPolicyArgs,
    SecureBrowsingPolicyOutputs,
    UrlAclArgs,
    UrlAclOutputs,
    UrlEncryptionRuleArgs,
    UrlEncryptionRuleOutputs,
    UrlOptimizerArgs,
    UrlOptimizerOutputs,
    UrlPolicyArgs,
    UrlPolicyOutputs,
    UrlProfileArgs,
    UrlProfileOutputs,
    ParameterProfileArgs,
    ParameterProfileOutputs,
    UrlTranslationArgs,
    UrlTranslationOutputs,
    SessionIdentifierArgs,
    SessionIdentifierOutputs,
    SourceNatArgs,
    SourceNatOutputs,
    StaticRouteArgs,
    StaticRouteOutputs,
    SyslogServerArgs,
    SyslogServerOutputs,
    LocalHostArgs,
    LocalHostOutputs,
    ModuleLogLevelArgs,
    ModuleLogLevelOutputs,
    NtpServerArgs,
    NtpServerOutputs,
    TrapReceiverArgs,
    TrapReceiverOutputs,
    TrustedHostGroupArgs,
    TrustedHostGroupOutputs,
    TrustedHostArgs,
    TrustedHostOutputs,
    UserArgs,
    UserOutputs,
    VirtualInterfaceArgs,
    VirtualInterfaceOutputs,
    VlanArgs,
    VlanOutputs,
    WebScrapingPolicyArgs,
    WebScrapingPolicyOutputs,
    WhitelistedBotArgs,
    WhitelistedBotOutputs,
    AutoSystemAclArgs,
    AutoSystemAclOutputs,
    NetworkInterfaceArgs,
    NetworkInterfaceOutputs,
    ActionPolicyArgs,
    ActionPolicyOutputs,
    ClusterArgs,
    ClusterOutputs,
    ClusterNodesArgs,
    ClusterNodesOutputs,
    ControlCenterArgs,
    ControlCenterOutputs,
    CustomIpBlocklistArgs,
    CustomIpBlocklistOutputs,
    SamlspRbaIdentityProvidersArgs,
    SamlspRbaIdentityProvidersOutputs,
    ServiceFtpSecurityArgs,
    ServiceFtpSecurityOutputs,
    ServiceSensitiveParameterNamesArgs,
    ServiceSensitiveParameterNamesOutputs,
    ServiceSlowClientAttackArgs,
    ServiceSlowClientAttackOutputs,
    SystemAccountLockoutSettingsArgs,
    SystemAccountLockoutSettingsOutputs,
    SystemAppearanceArgs,
    SystemAppearanceOutputs,
    SystemAzureConfigArgs,
    SystemAzureConfigOutputs,
    SystemCookiesAndParametersArgs,
    SystemCookiesAndParametersOutputs,
    SystemCustomHeadersArgs,
    SystemCustomHeadersOutputs,
    SystemDnsArgs,
    SystemDnsOutputs,
    SystemEmailNotificationsArgs,
    SystemEmailNotificationsOutputs,
    SystemEncryptionKeyArgs,
    SystemEncryptionKeyOutputs,
    SystemEnergizeUpdatesArgs,
    SystemEnergizeUpdatesOutputs,
    SystemExceptionHeuristicsArgs,
    SystemExceptionHeuristicsOutputs,
    SystemExportLogFiltersArgs,
    SystemExportLogFiltersOutputs,
    SystemExportLogSettingsArgs,
    SystemExportLogSettingsOutputs,
    SystemFormLearningAdvancedSettingsArgs,
    SystemFormLearningAdvancedSettingsOutputs,
    SystemFtpAccessLogsArgs,
    SystemFtpAccessLogsOutputs,
    SystemLanConfigurationArgs,
    SystemLanConfigurationOutputs,
    SystemLocationArgs,
    SystemLocationOutputs,
    SystemLogsFormatArgs,
    SystemLogsFormatOutputs,
    SystemManagementConfigurationArgs,
    SystemManagementConfigurationOutputs,
    SystemNetworkConfigurationArgs,
    SystemNetworkConfigurationOutputs,
    SystemNgFirewallArgs,
    SystemNgFirewallOutputs,
    SystemPasswordPolicyArgs,
    SystemPasswordPolicyOutputs,
    SystemPatternModeArgs,
    SystemPatternModeOutputs,
    SystemProxyServerArgs,
    SystemProxyServerOutputs,
    SystemSecureAdministrationArgs,
    SystemSecureAdministrationOutputs,
    SystemSelfSignedManagementCertificateArgs,
    SystemSelfSignedManagementCertificateOutputs,
    SystemSnmpArgs,
    SystemSnmpOutputs,
    SystemSyslogSettingsArgs,
    SystemSyslogSettingsOutputs,
    SystemTwoFactorAuthArgs,
    SystemTwoFactorAuthOutputs,
    SystemWanConfigurationArgs,
    SystemWanConfigurationOutputs,
    SystemWebInterfaceArgs,
    SystemWebInterfaceOutputs,
} from "./types";
import {
    serviceOutputNames,
    systemConfigurationOutputNames,
    systemOutputNames,
    vsiteOutputNames,
    serviceGroupOutputNames,
    selfSignedCertificateOutputNames,
    signedCertificateOutputNames,
    serverOutputNames,
    webSocketPolicyOutputNames,
    adminIpRangeOutputNames,
    administratorRoleOutputNames,
    attackTypeOutputNames,
    attackPatternOutputNames,
    bondOutputNames,
    botSpamTypeOutputNames,
    botSpamPatternOutputNames,
    trustedCaCertificateOutputNames,
    trustedServerCertificateOutputNames,
    credentialServerOutputNames,
    customParameterClassOutputNames,
    destinationNatOutputNames,
    externalLdapServiceOutputNames,
    externalRadiusServiceOutputNames,
    geoPoolOutputNames,
    identityTypeOutputNames,
    identityTheftPatternOutputNames,
    inputTypeOutputNames,
    inputPatternOutputNames,
    interfaceRouteOutputNames,
    jsonSecurityPolicyOutputNames,
    jwtPublicKeyOutputNames,
    jwtValidatorEndpointOutputNames,
    kerberosServiceOutputNames,
    kerberosServerOutputNames,
    ldapServiceOutputNames,
    ldapServerOutputNames,
    localGroupOutputNames,
    localUserOutputNames,
    networkAclOutputNames,
    openidcServiceOutputNames,
    openidcIdentityProviderOutputNames,
    radiusServiceOutputNames,
    radiusServerOutputNames,
    rateControlPoolOutputNames,
    preferredClientOutputNames,
    reportOutputNames,
    responsePageOutputNames,
    rsaSecuridServiceOutputNames,
    rsaSecuridServerOutputNames,
    samlServiceOutputNames,
    samlIdentityProviderOutputNames,
    samlspServiceOutputNames,
    securityPolicyOutputNames,
    globalAclOutputNames,
    protectedDataTypeOutputNames,
    accessRuleOutputNames,
    adaptiveProfilingRuleOutputNames,
    allowDenyClientOutputNames,
    authorizationPolicyOutputNames,
    clientCertificateCrlOutputNames,
    clientSideProtectionOutputNames,
    cspPolicyOutputNames,
    subResourceIntegrityOutputNames,
    contentRuleOutputNames,
    contentRuleServerOutputNames,
    ddosPolicyOutputNames,
    formSpamFormOutputNames,
    geoipAllowedNetworkOutputNames,
    geoipBlockedNetworkOutputNames,
    headerAclOutputNames,
    httpRequestRewriteRuleOutputNames,
    httpResponseRewriteRuleOutputNames,
    jsonProfileOutputNames,
    jsonKeyProfileOutputNames,
    jwtUrlProfileOutputNames,
    parameterOptimizerOutputNames,
    responseBodyRewriteRuleOutputNames,
    secureBrowsingPolicyOutputNames,
    urlAclOutputNames,
    urlEncryptionRuleOutputNames,
    urlOptimizerOutputNames,
    urlPolicyOutputNames,
    urlProfileOutputNames,
    parameterProfileOutputNames,
    urlTranslationOutputNames,
    sessionIdentifierOutputNames,
    sourceNatOutputNames,
    staticRouteOutputNames,
    syslogServerOutputNames,
    localHostOutputNames,
    moduleLogLevelOutputNames,
    ntpServerOutputNames,
    trapReceiverOutputNames,
    trustedHostGroupOutputNames,
    trustedHostOutputNames,
    userOutputNames,
    virtualInterfaceOutputNames,
    vlanOutputNames,
    webScrapingPolicyOutputNames,
    whitelistedBotOutputNames,
    autoSystemAclOutputNames,
    networkInterfaceOutputNames,
    actionPolicyOutputNames,
    clusterOutputNames,
    clusterNodesOutputNames,
    controlCenterOutputNames,
    customIpBlocklistOutputNames,
    samlspRbaIdentityProvidersOutputNames,
    serviceFtpSecurityOutputNames,
    serviceSensitiveParameterNamesOutputNames,
    serviceSlowClientAttackOutputNames,
    systemAccountLockoutSettingsOutputNames,
    systemAppearanceOutputNames,
    systemAzureConfigOutputNames,
    systemCookiesAndParametersOutputNames,
    systemCustomHeadersOutputNames,
    systemDnsOutputNames,
    systemEmailNotificationsOutputNames,
    systemEncryptionKeyOutputNames,
    systemEnergizeUpdatesOutputNames,
    systemExceptionHeuristicsOutputNames,
    systemExportLogFiltersOutputNames,
    systemExportLogSettingsOutputNames,
    systemFormLearningAdvancedSettingsOutputNames,
    systemFtpAccessLogsOutputNames,
    systemLanConfigurationOutputNames,
    systemLocationOutputNames,
    systemLogsFormatOutputNames,
    systemManagementConfigurationOutputNames,
    systemNetworkConfigurationOutputNames,
    systemNgFirewallOutputNames,
    systemPasswordPolicyOutputNames,
    systemPatternModeOutputNames,
    systemProxyServerOutputNames,
    systemSecureAdministrationOutputNames,
    systemSelfSignedManagementCertificateOutputNames,
    systemSnmpOutputNames,
    systemSyslogSettingsOutputNames,
    systemTwoFactorAuthOutputNames,
    systemWanConfigurationOutputNames,
    systemWebInterfaceOutputNames,
} from "./types";

const serviceInputs: ResourceInputSpec = {
    outputNames: serviceOutputNames,
    names: { vsite: [], group: [], certificate: [] },
    resources: { systemConfiguration: ["showAdvancedSettings"] },
    secrets: ["captchaSettings"],
};

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
            resourceInputs(serviceInputs, args),
            withSecretOutputs(serviceInputs, opts),
        );
    }
}

const systemConfigurationInputs: ResourceInputSpec = {
    outputNames: systemConfigurationOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

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
            resourceInputs(systemConfigurationInputs, args),
            withSecretOutputs(systemConfigurationInputs, opts),
        );
    }
}

const systemInputs: ResourceInputSpec = {
    outputNames: systemOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface System extends SystemOutputs {}

/**
 * The appliance's own identity and basic settings (`/system`): its host name, domain, time zone, firewall name, mode of operation, language and IPv6. There is one per appliance: its ID is derived from `barracudawaf:address`. On create the provider records the values it finds (`originalSettings`) and then writes only the ones you set; on delete it writes the recorded values back. Some of these change the appliance's behaviour at once (a new `operationMode` re-plumbs its network, a new `hostname` its name on the network): set only what you mean to manage. `firmwareVersion`, `model`, `serial`, `attackDefinition` and `virusDefinition` are the appliance's facts; `getSystem()` reads them without managing anything.
 */
export class System extends DynamicResource {
    constructor(name: string, args: SystemArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimObject("System", name, []);
        super(
            "system",
            "System",
            name,
            resourceInputs(systemInputs, args),
            withSecretOutputs(systemInputs, opts),
        );
    }
}

const vsiteInputs: ResourceInputSpec = {
    outputNames: vsiteOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

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
            resourceInputs(vsiteInputs, args),
            withSecretOutputs(vsiteInputs, opts),
        );
    }
}

const serviceGroupInputs: ResourceInputSpec = {
    outputNames: serviceGroupOutputNames,
    names: { vsite: [] },
    resources: {},
    secrets: [],
};

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
            resourceInputs(serviceGroupInputs, args),
            withSecretOutputs(serviceGroupInputs, opts),
        );
    }
}

const selfSignedCertificateInputs: ResourceInputSpec = {
    outputNames: selfSignedCertificateOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

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
            resourceInputs(selfSignedCertificateInputs, args),
            withSecretOutputs(selfSignedCertificateInputs, opts),
        );
    }
}

const signedCertificateInputs: ResourceInputSpec = {
    outputNames: signedCertificateOutputNames,
    names: {},
    resources: {},
    secrets: ["certificateKey", "certificatePassword", "encryptPassword"],
};

export interface SignedCertificate extends SignedCertificateOutputs {}

/**
 * A certificate signed by a certificate authority, uploaded with its private key (BASIC > Certificates > Upload Certificate), so that an HTTPS service can be given `certificate` in the same program. Give the certificate, its key and the chain as PEM text, e.g. `fs.readFileSync("shop.crt", "utf8")`: the provider checks that each is a PEM block of the right kind and sends it base64-encoded, as the appliance takes it. The appliance never shows the certificate, the chain or the key again, so the state keeps what the program gave (the key encrypted, as a secret) and a refresh cannot show a change made to them on the appliance; `commonName`, `expiry` and `serial` are the appliance's reading of the certificate. Its ID is its name. A certificate cannot be changed once uploaded, so a change of it replaces it: Pulumi uploads the new certificate first, moves the services that use it over, then deletes the old one. Names are unique on the appliance, so give a changed certificate a new `name` as well.
 */
export class SignedCertificate extends DynamicResource {
    constructor(name: string, args: SignedCertificateArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("SignedCertificate", name, [args.name]);
        super(
            "signedCertificate",
            "SignedCertificate",
            name,
            resourceInputs(signedCertificateInputs, args),
            withSecretOutputs(signedCertificateInputs, opts),
        );
    }
}

const serverInputs: ResourceInputSpec = {
    outputNames: serverOutputNames,
    names: { service: [] },
    resources: {},
    secrets: [],
};

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
            resourceInputs(serverInputs, args),
            withSecretOutputs(serverInputs, opts),
        );
    }
}

const webSocketPolicyInputs: ResourceInputSpec = {
    outputNames: webSocketPolicyOutputNames,
    names: { service: ["enableWebSocket"] },
    resources: {},
    secrets: [],
};

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
            resourceInputs(webSocketPolicyInputs, args),
            withSecretOutputs(webSocketPolicyInputs, opts),
        );
    }
}

const adminIpRangeInputs: ResourceInputSpec = {
    outputNames: adminIpRangeOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface AdminIpRange extends AdminIpRangeOutputs {}

/**
 * A admin IP range of the appliance (`/admin-ip-range/{adminIpRangeName}`, the spec's Admin IP Range). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class AdminIpRange extends DynamicResource {
    constructor(name: string, args: AdminIpRangeArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("AdminIpRange", name, [args.name]);
        super(
            "adminIpRange",
            "AdminIpRange",
            name,
            resourceInputs(adminIpRangeInputs, args),
            withSecretOutputs(adminIpRangeInputs, opts),
        );
    }
}

const administratorRoleInputs: ResourceInputSpec = {
    outputNames: administratorRoleOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface AdministratorRole extends AdministratorRoleOutputs {}

/**
 * A administrator role of the appliance (`/administrator-roles/{administratorRoleName}`, the spec's Administrator Role). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class AdministratorRole extends DynamicResource {
    constructor(name: string, args: AdministratorRoleArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("AdministratorRole", name, [args.name]);
        super(
            "administratorRole",
            "AdministratorRole",
            name,
            resourceInputs(administratorRoleInputs, args),
            withSecretOutputs(administratorRoleInputs, opts),
        );
    }
}

const attackTypeInputs: ResourceInputSpec = {
    outputNames: attackTypeOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface AttackType extends AttackTypeOutputs {}

/**
 * A attack type of the appliance (`/attack-types/{attackTypeName}`, the spec's Custom Attack Type). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class AttackType extends DynamicResource {
    constructor(name: string, args: AttackTypeArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("AttackType", name, [args.name]);
        super(
            "attackType",
            "AttackType",
            name,
            resourceInputs(attackTypeInputs, args),
            withSecretOutputs(attackTypeInputs, opts),
        );
    }
}

const attackPatternInputs: ResourceInputSpec = {
    outputNames: attackPatternOutputNames,
    names: { attackType: [] },
    resources: {},
    secrets: [],
};

export interface AttackPattern extends AttackPatternOutputs {}

/**
 * A attack pattern of the appliance (`/attack-types/{attackTypeName}/attack-patterns/{attackPatternName}`, the spec's Attack Type Pattern). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class AttackPattern extends DynamicResource {
    constructor(name: string, args: AttackPatternArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("AttackPattern", name, [args.attackType, args.name]);
        super(
            "attackPattern",
            "AttackPattern",
            name,
            resourceInputs(attackPatternInputs, args),
            withSecretOutputs(attackPatternInputs, opts),
        );
    }
}

const bondInputs: ResourceInputSpec = { outputNames: bondOutputNames, names: {}, resources: {}, secrets: [] };

export interface Bond extends BondOutputs {}

/**
 * A bond of the appliance (`/bonds/{bondName}`, the spec's Bond). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class Bond extends DynamicResource {
    constructor(name: string, args: BondArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("Bond", name, [args.name]);
        super("bond", "Bond", name, resourceInputs(bondInputs, args), withSecretOutputs(bondInputs, opts));
    }
}

const botSpamTypeInputs: ResourceInputSpec = {
    outputNames: botSpamTypeOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface BotSpamType extends BotSpamTypeOutputs {}

/**
 * A bot spam type of the appliance (`/bot-spam-types/{botSpamTypeName}`, the spec's Custom Referer Bot). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class BotSpamType extends DynamicResource {
    constructor(name: string, args: BotSpamTypeArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("BotSpamType", name, [args.name]);
        super(
            "botSpamType",
            "BotSpamType",
            name,
            resourceInputs(botSpamTypeInputs, args),
            withSecretOutputs(botSpamTypeInputs, opts),
        );
    }
}

const botSpamPatternInputs: ResourceInputSpec = {
    outputNames: botSpamPatternOutputNames,
    names: { botSpamType: [] },
    resources: {},
    secrets: [],
};

export interface BotSpamPattern extends BotSpamPatternOutputs {}

/**
 * A bot spam pattern of the appliance (`/bot-spam-types/{botSpamTypeName}/bot-spam-patterns/{botSpamPatternName}`, the spec's Referer Spam Pattern). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class BotSpamPattern extends DynamicResource {
    constructor(name: string, args: BotSpamPatternArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("BotSpamPattern", name, [args.botSpamType, args.name]);
        super(
            "botSpamPattern",
            "BotSpamPattern",
            name,
            resourceInputs(botSpamPatternInputs, args),
            withSecretOutputs(botSpamPatternInputs, opts),
        );
    }
}

const trustedCaCertificateInputs: ResourceInputSpec = {
    outputNames: trustedCaCertificateOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface TrustedCaCertificate extends TrustedCaCertificateOutputs {}

/**
 * A trusted CA certificate of the appliance (`/certificates/trusted-ca-certificate/{trustedCaCertificateName}`, the spec's Trusted CA Certificate). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class TrustedCaCertificate extends DynamicResource {
    constructor(name: string, args: TrustedCaCertificateArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("TrustedCaCertificate", name, [args.name]);
        super(
            "trustedCaCertificate",
            "TrustedCaCertificate",
            name,
            resourceInputs(trustedCaCertificateInputs, args),
            withSecretOutputs(trustedCaCertificateInputs, opts),
        );
    }
}

const trustedServerCertificateInputs: ResourceInputSpec = {
    outputNames: trustedServerCertificateOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface TrustedServerCertificate extends TrustedServerCertificateOutputs {}

/**
 * A trusted server certificate of the appliance (`/certificates/trusted-server-certificate/{trustedServerCertificateName}`, the spec's Trusted Server Certificate). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class TrustedServerCertificate extends DynamicResource {
    constructor(name: string, args: TrustedServerCertificateArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("TrustedServerCertificate", name, [args.name]);
        super(
            "trustedServerCertificate",
            "TrustedServerCertificate",
            name,
            resourceInputs(trustedServerCertificateInputs, args),
            withSecretOutputs(trustedServerCertificateInputs, opts),
        );
    }
}

const credentialServerInputs: ResourceInputSpec = {
    outputNames: credentialServerOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface CredentialServer extends CredentialServerOutputs {}

/**
 * A credential server of the appliance (`/credential-servers/{credentialServerName}`, the spec's Credential Server). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class CredentialServer extends DynamicResource {
    constructor(name: string, args: CredentialServerArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("CredentialServer", name, [args.name]);
        super(
            "credentialServer",
            "CredentialServer",
            name,
            resourceInputs(credentialServerInputs, args),
            withSecretOutputs(credentialServerInputs, opts),
        );
    }
}

const customParameterClassInputs: ResourceInputSpec = {
    outputNames: customParameterClassOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface CustomParameterClass extends CustomParameterClassOutputs {}

/**
 * A custom parameter class of the appliance (`/custom-parameter-classes/{customParameterClassName}`, the spec's Custom Parameter Class). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class CustomParameterClass extends DynamicResource {
    constructor(name: string, args: CustomParameterClassArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("CustomParameterClass", name, [args.name]);
        super(
            "customParameterClass",
            "CustomParameterClass",
            name,
            resourceInputs(customParameterClassInputs, args),
            withSecretOutputs(customParameterClassInputs, opts),
        );
    }
}

const destinationNatInputs: ResourceInputSpec = {
    outputNames: destinationNatOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface DestinationNat extends DestinationNatOutputs {}

/**
 * A destination NAT of the appliance (`/destination-nats/{destinationNatName}`, the spec's Destination NAT). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class DestinationNat extends DynamicResource {
    constructor(name: string, args: DestinationNatArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("DestinationNat", name, [args.name]);
        super(
            "destinationNat",
            "DestinationNat",
            name,
            resourceInputs(destinationNatInputs, args),
            withSecretOutputs(destinationNatInputs, opts),
        );
    }
}

const externalLdapServiceInputs: ResourceInputSpec = {
    outputNames: externalLdapServiceOutputNames,
    names: {},
    resources: {},
    secrets: ["bindPassword", "retypeBindPassword"],
};

export interface ExternalLdapService extends ExternalLdapServiceOutputs {}

/**
 * A external LDAP service of the appliance (`/external-ldap-services/{externalLdapServiceName}`, the spec's External LDAP Service). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class ExternalLdapService extends DynamicResource {
    constructor(name: string, args: ExternalLdapServiceArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("ExternalLdapService", name, [args.name]);
        super(
            "externalLdapService",
            "ExternalLdapService",
            name,
            resourceInputs(externalLdapServiceInputs, args),
            withSecretOutputs(externalLdapServiceInputs, opts),
        );
    }
}

const externalRadiusServiceInputs: ResourceInputSpec = {
    outputNames: externalRadiusServiceOutputNames,
    names: {},
    resources: {},
    secrets: ["sharedSecret"],
};

export interface ExternalRadiusService extends ExternalRadiusServiceOutputs {}

/**
 * A external RADIUS service of the appliance (`/external-radius-services/{externalRadiusServiceName}`, the spec's External RADIUS Service). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class ExternalRadiusService extends DynamicResource {
    constructor(name: string, args: ExternalRadiusServiceArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("ExternalRadiusService", name, [args.name]);
        super(
            "externalRadiusService",
            "ExternalRadiusService",
            name,
            resourceInputs(externalRadiusServiceInputs, args),
            withSecretOutputs(externalRadiusServiceInputs, opts),
        );
    }
}

const geoPoolInputs: ResourceInputSpec = {
    outputNames: geoPoolOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface GeoPool extends GeoPoolOutputs {}

/**
 * A GEO pool of the appliance (`/geo-pools/{geoPoolName}`, the spec's GEO Pool). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class GeoPool extends DynamicResource {
    constructor(name: string, args: GeoPoolArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("GeoPool", name, [args.name]);
        super(
            "geoPool",
            "GeoPool",
            name,
            resourceInputs(geoPoolInputs, args),
            withSecretOutputs(geoPoolInputs, opts),
        );
    }
}

const identityTypeInputs: ResourceInputSpec = {
    outputNames: identityTypeOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface IdentityType extends IdentityTypeOutputs {}

/**
 * A identity type of the appliance (`/identity-types/{identityTypeName}`, the spec's Custom Identity Theft Protection). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class IdentityType extends DynamicResource {
    constructor(name: string, args: IdentityTypeArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("IdentityType", name, [args.name]);
        super(
            "identityType",
            "IdentityType",
            name,
            resourceInputs(identityTypeInputs, args),
            withSecretOutputs(identityTypeInputs, opts),
        );
    }
}

const identityTheftPatternInputs: ResourceInputSpec = {
    outputNames: identityTheftPatternOutputNames,
    names: { identityType: [] },
    resources: {},
    secrets: [],
};

export interface IdentityTheftPattern extends IdentityTheftPatternOutputs {}

/**
 * A identity theft pattern of the appliance (`/identity-types/{identityTypeName}/identity-theft-patterns/{identityTheftPatternName}`, the spec's Identity Theft Pattern). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class IdentityTheftPattern extends DynamicResource {
    constructor(name: string, args: IdentityTheftPatternArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("IdentityTheftPattern", name, [args.identityType, args.name]);
        super(
            "identityTheftPattern",
            "IdentityTheftPattern",
            name,
            resourceInputs(identityTheftPatternInputs, args),
            withSecretOutputs(identityTheftPatternInputs, opts),
        );
    }
}

const inputTypeInputs: ResourceInputSpec = {
    outputNames: inputTypeOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface InputType extends InputTypeOutputs {}

/**
 * A input type of the appliance (`/input-types/{inputTypeName}`, the spec's Custom Input Type). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class InputType extends DynamicResource {
    constructor(name: string, args: InputTypeArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("InputType", name, [args.name]);
        super(
            "inputType",
            "InputType",
            name,
            resourceInputs(inputTypeInputs, args),
            withSecretOutputs(inputTypeInputs, opts),
        );
    }
}

const inputPatternInputs: ResourceInputSpec = {
    outputNames: inputPatternOutputNames,
    names: { inputType: [] },
    resources: {},
    secrets: [],
};

export interface InputPattern extends InputPatternOutputs {}

/**
 * A input pattern of the appliance (`/input-types/{inputTypeName}/input-patterns/{inputPatternName}`, the spec's Input Type Pattern). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class InputPattern extends DynamicResource {
    constructor(name: string, args: InputPatternArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("InputPattern", name, [args.inputType, args.name]);
        super(
            "inputPattern",
            "InputPattern",
            name,
            resourceInputs(inputPatternInputs, args),
            withSecretOutputs(inputPatternInputs, opts),
        );
    }
}

const interfaceRouteInputs: ResourceInputSpec = {
    outputNames: interfaceRouteOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface InterfaceRoute extends InterfaceRouteOutputs {}

/**
 * A interface route of the appliance (`/interface-routes/{interfaceRouteName}`, the spec's Interface Route). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class InterfaceRoute extends DynamicResource {
    constructor(name: string, args: InterfaceRouteArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("InterfaceRoute", name, [args.name]);
        super(
            "interfaceRoute",
            "InterfaceRoute",
            name,
            resourceInputs(interfaceRouteInputs, args),
            withSecretOutputs(interfaceRouteInputs, opts),
        );
    }
}

const jsonSecurityPolicyInputs: ResourceInputSpec = {
    outputNames: jsonSecurityPolicyOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface JsonSecurityPolicy extends JsonSecurityPolicyOutputs {}

/**
 * A JSON security policy of the appliance (`/json-security-policies/{jsonSecurityPolicyName}`, the spec's JSON Security Policy). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class JsonSecurityPolicy extends DynamicResource {
    constructor(name: string, args: JsonSecurityPolicyArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("JsonSecurityPolicy", name, [args.name]);
        super(
            "jsonSecurityPolicy",
            "JsonSecurityPolicy",
            name,
            resourceInputs(jsonSecurityPolicyInputs, args),
            withSecretOutputs(jsonSecurityPolicyInputs, opts),
        );
    }
}

const jwtPublicKeyInputs: ResourceInputSpec = {
    outputNames: jwtPublicKeyOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface JwtPublicKey extends JwtPublicKeyOutputs {}

/**
 * A JWT public key of the appliance (`/jwt-public-keys/{jwtPublicKeyName}`, the spec's JWT Public Keys). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class JwtPublicKey extends DynamicResource {
    constructor(name: string, args: JwtPublicKeyArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("JwtPublicKey", name, [args.name]);
        super(
            "jwtPublicKey",
            "JwtPublicKey",
            name,
            resourceInputs(jwtPublicKeyInputs, args),
            withSecretOutputs(jwtPublicKeyInputs, opts),
        );
    }
}

const jwtValidatorEndpointInputs: ResourceInputSpec = {
    outputNames: jwtValidatorEndpointOutputNames,
    names: { verifyPublicKeys: [] },
    resources: {},
    secrets: ["clientSecret", "bearerAccessToken"],
};

export interface JwtValidatorEndpoint extends JwtValidatorEndpointOutputs {}

/**
 * A JWT validator endpoint of the appliance (`/jwt-validator-endpoints/{jwtValidatorEndpointName}`, the spec's JWT OIDC OAUTH Validator). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class JwtValidatorEndpoint extends DynamicResource {
    constructor(name: string, args: JwtValidatorEndpointArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("JwtValidatorEndpoint", name, [args.name]);
        super(
            "jwtValidatorEndpoint",
            "JwtValidatorEndpoint",
            name,
            resourceInputs(jwtValidatorEndpointInputs, args),
            withSecretOutputs(jwtValidatorEndpointInputs, opts),
        );
    }
}

const kerberosServiceInputs: ResourceInputSpec = {
    outputNames: kerberosServiceOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface KerberosService extends KerberosServiceOutputs {}

/**
 * A kerberos service of the appliance (`/kerberos-services/{kerberosServiceName}`, the spec's Kerberos Authentication Service). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class KerberosService extends DynamicResource {
    constructor(name: string, args: KerberosServiceArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("KerberosService", name, [args.name]);
        super(
            "kerberosService",
            "KerberosService",
            name,
            resourceInputs(kerberosServiceInputs, args),
            withSecretOutputs(kerberosServiceInputs, opts),
        );
    }
}

const kerberosServerInputs: ResourceInputSpec = {
    outputNames: kerberosServerOutputNames,
    names: { kerberosService: [] },
    resources: {},
    secrets: [],
};

export interface KerberosServer extends KerberosServerOutputs {}

/**
 * A kerberos server of the appliance (`/kerberos-services/{kerberosServiceName}/kerberos-servers/{kerberosServerName}`, the spec's Kerberos Domain Server). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class KerberosServer extends DynamicResource {
    constructor(name: string, args: KerberosServerArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("KerberosServer", name, [args.kerberosService, args.name]);
        super(
            "kerberosServer",
            "KerberosServer",
            name,
            resourceInputs(kerberosServerInputs, args),
            withSecretOutputs(kerberosServerInputs, opts),
        );
    }
}

const ldapServiceInputs: ResourceInputSpec = {
    outputNames: ldapServiceOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface LdapService extends LdapServiceOutputs {}

/**
 * A LDAP service of the appliance (`/ldap-services/{ldapServiceName}`, the spec's LDAP Authentication Service). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class LdapService extends DynamicResource {
    constructor(name: string, args: LdapServiceArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("LdapService", name, [args.name]);
        super(
            "ldapService",
            "LdapService",
            name,
            resourceInputs(ldapServiceInputs, args),
            withSecretOutputs(ldapServiceInputs, opts),
        );
    }
}

const ldapServerInputs: ResourceInputSpec = {
    outputNames: ldapServerOutputNames,
    names: { ldapService: [] },
    resources: {},
    secrets: ["bindPassword"],
};

export interface LdapServer extends LdapServerOutputs {}

/**
 * A LDAP server of the appliance (`/ldap-services/{ldapServiceName}/ldap-servers/{ldapServerName}`, the spec's LDAP Domain Server). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class LdapServer extends DynamicResource {
    constructor(name: string, args: LdapServerArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("LdapServer", name, [args.ldapService, args.name]);
        super(
            "ldapServer",
            "LdapServer",
            name,
            resourceInputs(ldapServerInputs, args),
            withSecretOutputs(ldapServerInputs, opts),
        );
    }
}

const localGroupInputs: ResourceInputSpec = {
    outputNames: localGroupOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface LocalGroup extends LocalGroupOutputs {}

/**
 * A local group of the appliance (`/local-groups/{localGroupName}`, the spec's Local Groups). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class LocalGroup extends DynamicResource {
    constructor(name: string, args: LocalGroupArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("LocalGroup", name, [args.name]);
        super(
            "localGroup",
            "LocalGroup",
            name,
            resourceInputs(localGroupInputs, args),
            withSecretOutputs(localGroupInputs, opts),
        );
    }
}

const localUserInputs: ResourceInputSpec = {
    outputNames: localUserOutputNames,
    names: {},
    resources: {},
    secrets: ["password"],
};

export interface LocalUser extends LocalUserOutputs {}

/**
 * A local user of the appliance (`/local-users/{localUserName}`, the spec's Local Users). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class LocalUser extends DynamicResource {
    constructor(name: string, args: LocalUserArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("LocalUser", name, [args.name]);
        super(
            "localUser",
            "LocalUser",
            name,
            resourceInputs(localUserInputs, args),
            withSecretOutputs(localUserInputs, opts),
        );
    }
}

const networkAclInputs: ResourceInputSpec = {
    outputNames: networkAclOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface NetworkAcl extends NetworkAclOutputs {}

/**
 * A network ACL of the appliance (`/network-acls/{networkAclName}`, the spec's Network ACL). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class NetworkAcl extends DynamicResource {
    constructor(name: string, args: NetworkAclArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("NetworkAcl", name, [args.name]);
        super(
            "networkAcl",
            "NetworkAcl",
            name,
            resourceInputs(networkAclInputs, args),
            withSecretOutputs(networkAclInputs, opts),
        );
    }
}

const openidcServiceInputs: ResourceInputSpec = {
    outputNames: openidcServiceOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface OpenidcService extends OpenidcServiceOutputs {}

/**
 * A openidc service of the appliance (`/openidc-services/{openidcServiceName}`, the spec's OIDC Authentication Service). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class OpenidcService extends DynamicResource {
    constructor(name: string, args: OpenidcServiceArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("OpenidcService", name, [args.name]);
        super(
            "openidcService",
            "OpenidcService",
            name,
            resourceInputs(openidcServiceInputs, args),
            withSecretOutputs(openidcServiceInputs, opts),
        );
    }
}

const openidcIdentityProviderInputs: ResourceInputSpec = {
    outputNames: openidcIdentityProviderOutputNames,
    names: { openidcService: [] },
    resources: {},
    secrets: ["clientSecret"],
};

export interface OpenidcIdentityProvider extends OpenidcIdentityProviderOutputs {}

/**
 * A openidc identity provider of the appliance (`/openidc-services/{openidcServiceName}/openidc-identity-providers/{openidcIdentityProviderName}`, the spec's OIDC Identity Provider). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class OpenidcIdentityProvider extends DynamicResource {
    constructor(name: string, args: OpenidcIdentityProviderArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("OpenidcIdentityProvider", name, [args.openidcService, args.name]);
        super(
            "openidcIdentityProvider",
            "OpenidcIdentityProvider",
            name,
            resourceInputs(openidcIdentityProviderInputs, args),
            withSecretOutputs(openidcIdentityProviderInputs, opts),
        );
    }
}

const radiusServiceInputs: ResourceInputSpec = {
    outputNames: radiusServiceOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface RadiusService extends RadiusServiceOutputs {}

/**
 * A RADIUS service of the appliance (`/radius-services/{radiusServiceName}`, the spec's RADIUS Authentication Service). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class RadiusService extends DynamicResource {
    constructor(name: string, args: RadiusServiceArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("RadiusService", name, [args.name]);
        super(
            "radiusService",
            "RadiusService",
            name,
            resourceInputs(radiusServiceInputs, args),
            withSecretOutputs(radiusServiceInputs, opts),
        );
    }
}

const radiusServerInputs: ResourceInputSpec = {
    outputNames: radiusServerOutputNames,
    names: { radiusService: [] },
    resources: {},
    secrets: ["sharedSecret"],
};

export interface RadiusServer extends RadiusServerOutputs {}

/**
 * A RADIUS server of the appliance (`/radius-services/{radiusServiceName}/radius-servers/{radiusServerName}`, the spec's RADIUS Server). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class RadiusServer extends DynamicResource {
    constructor(name: string, args: RadiusServerArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("RadiusServer", name, [args.radiusService, args.name]);
        super(
            "radiusServer",
            "RadiusServer",
            name,
            resourceInputs(radiusServerInputs, args),
            withSecretOutputs(radiusServerInputs, opts),
        );
    }
}

const rateControlPoolInputs: ResourceInputSpec = {
    outputNames: rateControlPoolOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface RateControlPool extends RateControlPoolOutputs {}

/**
 * A rate control pool of the appliance (`/rate-control-pools/{rateControlPoolName}`, the spec's Rate Control Pool). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class RateControlPool extends DynamicResource {
    constructor(name: string, args: RateControlPoolArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("RateControlPool", name, [args.name]);
        super(
            "rateControlPool",
            "RateControlPool",
            name,
            resourceInputs(rateControlPoolInputs, args),
            withSecretOutputs(rateControlPoolInputs, opts),
        );
    }
}

const preferredClientInputs: ResourceInputSpec = {
    outputNames: preferredClientOutputNames,
    names: { rateControlPool: [] },
    resources: {},
    secrets: [],
};

export interface PreferredClient extends PreferredClientOutputs {}

/**
 * A preferred client of the appliance (`/rate-control-pools/{rateControlPoolName}/preferred-clients/{preferredClientName}`, the spec's Preferred Client). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class PreferredClient extends DynamicResource {
    constructor(name: string, args: PreferredClientArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("PreferredClient", name, [args.rateControlPool, args.name]);
        super(
            "preferredClient",
            "PreferredClient",
            name,
            resourceInputs(preferredClientInputs, args),
            withSecretOutputs(preferredClientInputs, opts),
        );
    }
}

const reportInputs: ResourceInputSpec = {
    outputNames: reportOutputNames,
    names: {},
    resources: {},
    secrets: ["ftpPassword"],
};

export interface Report extends ReportOutputs {}

/**
 * A report of the appliance (`/reports/{reportName}`, the spec's Report). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class Report extends DynamicResource {
    constructor(name: string, args: ReportArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("Report", name, [args.name]);
        super(
            "report",
            "Report",
            name,
            resourceInputs(reportInputs, args),
            withSecretOutputs(reportInputs, opts),
        );
    }
}

const responsePageInputs: ResourceInputSpec = {
    outputNames: responsePageOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface ResponsePage extends ResponsePageOutputs {}

/**
 * A response page of the appliance (`/response-pages/{responsePageName}`, the spec's Response Page). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class ResponsePage extends DynamicResource {
    constructor(name: string, args: ResponsePageArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("ResponsePage", name, [args.name]);
        super(
            "responsePage",
            "ResponsePage",
            name,
            resourceInputs(responsePageInputs, args),
            withSecretOutputs(responsePageInputs, opts),
        );
    }
}

const rsaSecuridServiceInputs: ResourceInputSpec = {
    outputNames: rsaSecuridServiceOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface RsaSecuridService extends RsaSecuridServiceOutputs {}

/**
 * A RSA securid service of the appliance (`/rsa-securid-services/{rsaSecuridServiceName}`, the spec's RSA SecurID Authentication Service). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class RsaSecuridService extends DynamicResource {
    constructor(name: string, args: RsaSecuridServiceArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("RsaSecuridService", name, [args.name]);
        super(
            "rsaSecuridService",
            "RsaSecuridService",
            name,
            resourceInputs(rsaSecuridServiceInputs, args),
            withSecretOutputs(rsaSecuridServiceInputs, opts),
        );
    }
}

const rsaSecuridServerInputs: ResourceInputSpec = {
    outputNames: rsaSecuridServerOutputNames,
    names: { rsaSecuridService: [] },
    resources: {},
    secrets: ["sharedSecret"],
};

export interface RsaSecuridServer extends RsaSecuridServerOutputs {}

/**
 * A RSA securid server of the appliance (`/rsa-securid-services/{rsaSecuridServiceName}/rsa-securid-servers/{rsaSecuridServerName}`, the spec's RSA Server). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class RsaSecuridServer extends DynamicResource {
    constructor(name: string, args: RsaSecuridServerArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("RsaSecuridServer", name, [args.rsaSecuridService, args.name]);
        super(
            "rsaSecuridServer",
            "RsaSecuridServer",
            name,
            resourceInputs(rsaSecuridServerInputs, args),
            withSecretOutputs(rsaSecuridServerInputs, opts),
        );
    }
}

const samlServiceInputs: ResourceInputSpec = {
    outputNames: samlServiceOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface SamlService extends SamlServiceOutputs {}

/**
 * A SAML service of the appliance (`/saml-services/{samlServiceName}`, the spec's SAML Authentication Service). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class SamlService extends DynamicResource {
    constructor(name: string, args: SamlServiceArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("SamlService", name, [args.name]);
        super(
            "samlService",
            "SamlService",
            name,
            resourceInputs(samlServiceInputs, args),
            withSecretOutputs(samlServiceInputs, opts),
        );
    }
}

const samlIdentityProviderInputs: ResourceInputSpec = {
    outputNames: samlIdentityProviderOutputNames,
    names: { samlService: [] },
    resources: {},
    secrets: [],
};

export interface SamlIdentityProvider extends SamlIdentityProviderOutputs {}

/**
 * A SAML identity provider of the appliance (`/saml-services/{samlServiceName}/saml-identity-providers/{samlIdentityProviderName}`, the spec's SAML Identity Provider). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class SamlIdentityProvider extends DynamicResource {
    constructor(name: string, args: SamlIdentityProviderArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("SamlIdentityProvider", name, [args.samlService, args.name]);
        super(
            "samlIdentityProvider",
            "SamlIdentityProvider",
            name,
            resourceInputs(samlIdentityProviderInputs, args),
            withSecretOutputs(samlIdentityProviderInputs, opts),
        );
    }
}

const samlspServiceInputs: ResourceInputSpec = {
    outputNames: samlspServiceOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface SamlspService extends SamlspServiceOutputs {}

/**
 * A SAML service provider realm of the appliance (`/samlsp-service/{samlspServiceName}`, the spec's SAMLSP SERVICE). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place. The appliance's API cannot delete a SAML service provider realm (the spec gives no DELETE), so deleting or replacing this resource fails and says so: give it the resource option `retainOnDelete: true` to leave the object on the appliance when the program drops it, or remove it in the web UI first.
 */
export class SamlspService extends DynamicResource {
    constructor(name: string, args: SamlspServiceArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("SamlspService", name, [args.name]);
        super(
            "samlspService",
            "SamlspService",
            name,
            resourceInputs(samlspServiceInputs, args),
            withSecretOutputs(samlspServiceInputs, opts),
        );
    }
}

const securityPolicyInputs: ResourceInputSpec = {
    outputNames: securityPolicyOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface SecurityPolicy extends SecurityPolicyOutputs {}

/**
 * A security policy of the appliance (`/security-policies/{securityPolicyName}`, the spec's Security Policy). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class SecurityPolicy extends DynamicResource {
    constructor(name: string, args: SecurityPolicyArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("SecurityPolicy", name, [args.name]);
        super(
            "securityPolicy",
            "SecurityPolicy",
            name,
            resourceInputs(securityPolicyInputs, args),
            withSecretOutputs(securityPolicyInputs, opts),
        );
    }
}

const globalAclInputs: ResourceInputSpec = {
    outputNames: globalAclOutputNames,
    names: { securityPolicy: [], responsePage: [] },
    resources: {},
    secrets: [],
};

export interface GlobalAcl extends GlobalAclOutputs {}

/**
 * A global ACL of the appliance (`/security-policies/{securityPolicyName}/global-acls/{globalAclName}`, the spec's Global ACL). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class GlobalAcl extends DynamicResource {
    constructor(name: string, args: GlobalAclArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("GlobalAcl", name, [args.securityPolicy, args.name]);
        super(
            "globalAcl",
            "GlobalAcl",
            name,
            resourceInputs(globalAclInputs, args),
            withSecretOutputs(globalAclInputs, opts),
        );
    }
}

const protectedDataTypeInputs: ResourceInputSpec = {
    outputNames: protectedDataTypeOutputNames,
    names: { securityPolicy: [], customIdentityTheftType: [] },
    resources: {},
    secrets: [],
};

export interface ProtectedDataType extends ProtectedDataTypeOutputs {}

/**
 * A protected data type of the appliance (`/security-policies/{securityPolicyName}/protected-data-types/{protectedDataTypeName}`, the spec's Data Theft Protection). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class ProtectedDataType extends DynamicResource {
    constructor(name: string, args: ProtectedDataTypeArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("ProtectedDataType", name, [args.securityPolicy, args.name]);
        super(
            "protectedDataType",
            "ProtectedDataType",
            name,
            resourceInputs(protectedDataTypeInputs, args),
            withSecretOutputs(protectedDataTypeInputs, opts),
        );
    }
}

const accessRuleInputs: ResourceInputSpec = {
    outputNames: accessRuleOutputNames,
    names: { service: [] },
    resources: {},
    secrets: [],
};

export interface AccessRule extends AccessRuleOutputs {}

/**
 * A access rule of the appliance (`/services/{serviceName}/access-rules/{accessRuleName}`, the spec's Access Rule). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class AccessRule extends DynamicResource {
    constructor(name: string, args: AccessRuleArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("AccessRule", name, [args.service, args.name]);
        super(
            "accessRule",
            "AccessRule",
            name,
            resourceInputs(accessRuleInputs, args),
            withSecretOutputs(accessRuleInputs, opts),
        );
    }
}

const adaptiveProfilingRuleInputs: ResourceInputSpec = {
    outputNames: adaptiveProfilingRuleOutputNames,
    names: { service: [] },
    resources: {},
    secrets: [],
};

export interface AdaptiveProfilingRule extends AdaptiveProfilingRuleOutputs {}

/**
 * A adaptive profiling rule of the appliance (`/services/{serviceName}/adaptive-profiling-rules/{adaptiveProfilingRuleName}`, the spec's Adaptive Profiling Rule). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class AdaptiveProfilingRule extends DynamicResource {
    constructor(name: string, args: AdaptiveProfilingRuleArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("AdaptiveProfilingRule", name, [args.service, args.name]);
        super(
            "adaptiveProfilingRule",
            "AdaptiveProfilingRule",
            name,
            resourceInputs(adaptiveProfilingRuleInputs, args),
            withSecretOutputs(adaptiveProfilingRuleInputs, opts),
        );
    }
}

const allowDenyClientInputs: ResourceInputSpec = {
    outputNames: allowDenyClientOutputNames,
    names: { service: [] },
    resources: {},
    secrets: [],
};

export interface AllowDenyClient extends AllowDenyClientOutputs {}

/**
 * A allow deny client of the appliance (`/services/{serviceName}/allow-deny-clients/{allowDenyClientName}`, the spec's Allow or Deny Client). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class AllowDenyClient extends DynamicResource {
    constructor(name: string, args: AllowDenyClientArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("AllowDenyClient", name, [args.service, args.name]);
        super(
            "allowDenyClient",
            "AllowDenyClient",
            name,
            resourceInputs(allowDenyClientInputs, args),
            withSecretOutputs(allowDenyClientInputs, opts),
        );
    }
}

const authorizationPolicyInputs: ResourceInputSpec = {
    outputNames: authorizationPolicyOutputNames,
    names: { service: [] },
    resources: {},
    secrets: [],
};

export interface AuthorizationPolicy extends AuthorizationPolicyOutputs {}

/**
 * A authorization policy of the appliance (`/services/{serviceName}/authorization-policies/{authorizationPolicyName}`, the spec's Authorization Policy). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class AuthorizationPolicy extends DynamicResource {
    constructor(name: string, args: AuthorizationPolicyArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("AuthorizationPolicy", name, [args.service, args.name]);
        super(
            "authorizationPolicy",
            "AuthorizationPolicy",
            name,
            resourceInputs(authorizationPolicyInputs, args),
            withSecretOutputs(authorizationPolicyInputs, opts),
        );
    }
}

const clientCertificateCrlInputs: ResourceInputSpec = {
    outputNames: clientCertificateCrlOutputNames,
    names: { service: [] },
    resources: {},
    secrets: [],
};

export interface ClientCertificateCrl extends ClientCertificateCrlOutputs {}

/**
 * A client certificate CRL of the appliance (`/services/{serviceName}/client-certificate-crls/{clientCertificateCrlName}`, the spec's SSL CRL). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class ClientCertificateCrl extends DynamicResource {
    constructor(name: string, args: ClientCertificateCrlArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("ClientCertificateCrl", name, [args.service, args.name]);
        super(
            "clientCertificateCrl",
            "ClientCertificateCrl",
            name,
            resourceInputs(clientCertificateCrlInputs, args),
            withSecretOutputs(clientCertificateCrlInputs, opts),
        );
    }
}

const clientSideProtectionInputs: ResourceInputSpec = {
    outputNames: clientSideProtectionOutputNames,
    names: { service: [] },
    resources: {},
    secrets: [],
};

export interface ClientSideProtection extends ClientSideProtectionOutputs {}

/**
 * A client side protection of the appliance (`/services/{serviceName}/client-side-protection/{clientSideProtectionName}`, the spec's Supply Chain). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class ClientSideProtection extends DynamicResource {
    constructor(name: string, args: ClientSideProtectionArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("ClientSideProtection", name, [args.service, args.name]);
        super(
            "clientSideProtection",
            "ClientSideProtection",
            name,
            resourceInputs(clientSideProtectionInputs, args),
            withSecretOutputs(clientSideProtectionInputs, opts),
        );
    }
}

const cspPolicyInputs: ResourceInputSpec = {
    outputNames: cspPolicyOutputNames,
    names: { service: [], clientSideProtection: [] },
    resources: {},
    secrets: [],
};

export interface CspPolicy extends CspPolicyOutputs {}

/**
 * A CSP policy of the appliance (`/services/{serviceName}/client-side-protection/{clientSideProtectionName}/csp-policies/{cspPolicyName}`, the spec's CSP Policy). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class CspPolicy extends DynamicResource {
    constructor(name: string, args: CspPolicyArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("CspPolicy", name, [args.service, args.clientSideProtection, args.name]);
        super(
            "cspPolicy",
            "CspPolicy",
            name,
            resourceInputs(cspPolicyInputs, args),
            withSecretOutputs(cspPolicyInputs, opts),
        );
    }
}

const subResourceIntegrityInputs: ResourceInputSpec = {
    outputNames: subResourceIntegrityOutputNames,
    names: { service: [], clientSideProtection: [] },
    resources: {},
    secrets: [],
};

export interface SubResourceIntegrity extends SubResourceIntegrityOutputs {}

/**
 * A sub resource integrity of the appliance (`/services/{serviceName}/client-side-protection/{clientSideProtectionName}/sub-resource-integrity/{subResourceIntegrityName}`, the spec's Sub Resource Integrity). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class SubResourceIntegrity extends DynamicResource {
    constructor(name: string, args: SubResourceIntegrityArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("SubResourceIntegrity", name, [args.service, args.clientSideProtection, args.name]);
        super(
            "subResourceIntegrity",
            "SubResourceIntegrity",
            name,
            resourceInputs(subResourceIntegrityInputs, args),
            withSecretOutputs(subResourceIntegrityInputs, opts),
        );
    }
}

const contentRuleInputs: ResourceInputSpec = {
    outputNames: contentRuleOutputNames,
    names: { service: [], webFirewallPolicy: [] },
    resources: {},
    secrets: ["rgCaptchaSettings"],
};

export interface ContentRule extends ContentRuleOutputs {}

/**
 * A content rule of the appliance (`/services/{serviceName}/content-rules/{contentRuleName}`, the spec's Rule Group). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class ContentRule extends DynamicResource {
    constructor(name: string, args: ContentRuleArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("ContentRule", name, [args.service, args.name]);
        super(
            "contentRule",
            "ContentRule",
            name,
            resourceInputs(contentRuleInputs, args),
            withSecretOutputs(contentRuleInputs, opts),
        );
    }
}

const contentRuleServerInputs: ResourceInputSpec = {
    outputNames: contentRuleServerOutputNames,
    names: { service: [], contentRule: [] },
    resources: {},
    secrets: [],
};

export interface ContentRuleServer extends ContentRuleServerOutputs {}

/**
 * A content rule server of the appliance (`/services/{serviceName}/content-rules/{contentRuleName}/content-rule-servers/{contentRuleServerName}`, the spec's Rule Group Server). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class ContentRuleServer extends DynamicResource {
    constructor(name: string, args: ContentRuleServerArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("ContentRuleServer", name, [args.service, args.contentRule, args.name]);
        super(
            "contentRuleServer",
            "ContentRuleServer",
            name,
            resourceInputs(contentRuleServerInputs, args),
            withSecretOutputs(contentRuleServerInputs, opts),
        );
    }
}

const ddosPolicyInputs: ResourceInputSpec = {
    outputNames: ddosPolicyOutputNames,
    names: { service: [] },
    resources: {},
    secrets: [],
};

export interface DdosPolicy extends DdosPolicyOutputs {}

/**
 * A ddos policy of the appliance (`/services/{serviceName}/ddos-policies/{ddosPolicyName}`, the spec's DDoS Policy). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class DdosPolicy extends DynamicResource {
    constructor(name: string, args: DdosPolicyArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("DdosPolicy", name, [args.service, args.name]);
        super(
            "ddosPolicy",
            "DdosPolicy",
            name,
            resourceInputs(ddosPolicyInputs, args),
            withSecretOutputs(ddosPolicyInputs, opts),
        );
    }
}

const formSpamFormInputs: ResourceInputSpec = {
    outputNames: formSpamFormOutputNames,
    names: { service: [] },
    resources: {},
    secrets: [],
};

export interface FormSpamForm extends FormSpamFormOutputs {}

/**
 * A form spam form of the appliance (`/services/{serviceName}/form-spam-forms/{formSpamFormName}`, the spec's Form Spam). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class FormSpamForm extends DynamicResource {
    constructor(name: string, args: FormSpamFormArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("FormSpamForm", name, [args.service, args.name]);
        super(
            "formSpamForm",
            "FormSpamForm",
            name,
            resourceInputs(formSpamFormInputs, args),
            withSecretOutputs(formSpamFormInputs, opts),
        );
    }
}

const geoipAllowedNetworkInputs: ResourceInputSpec = {
    outputNames: geoipAllowedNetworkOutputNames,
    names: { service: [] },
    resources: {},
    secrets: [],
};

export interface GeoipAllowedNetwork extends GeoipAllowedNetworkOutputs {}

/**
 * A geoip allowed network of the appliance (`/services/{serviceName}/geoip-allowed-networks/{geoipAllowedNetworkName}`, the spec's GeoIP Allowed Networks). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class GeoipAllowedNetwork extends DynamicResource {
    constructor(name: string, args: GeoipAllowedNetworkArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("GeoipAllowedNetwork", name, [args.service, args.name]);
        super(
            "geoipAllowedNetwork",
            "GeoipAllowedNetwork",
            name,
            resourceInputs(geoipAllowedNetworkInputs, args),
            withSecretOutputs(geoipAllowedNetworkInputs, opts),
        );
    }
}

const geoipBlockedNetworkInputs: ResourceInputSpec = {
    outputNames: geoipBlockedNetworkOutputNames,
    names: { service: [] },
    resources: {},
    secrets: [],
};

export interface GeoipBlockedNetwork extends GeoipBlockedNetworkOutputs {}

/**
 * A geoip blocked network of the appliance (`/services/{serviceName}/geoip-blocked-networks/{geoipBlockedNetworkName}`, the spec's GeoIP Blocked Networks). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class GeoipBlockedNetwork extends DynamicResource {
    constructor(name: string, args: GeoipBlockedNetworkArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("GeoipBlockedNetwork", name, [args.service, args.name]);
        super(
            "geoipBlockedNetwork",
            "GeoipBlockedNetwork",
            name,
            resourceInputs(geoipBlockedNetworkInputs, args),
            withSecretOutputs(geoipBlockedNetworkInputs, opts),
        );
    }
}

const headerAclInputs: ResourceInputSpec = {
    outputNames: headerAclOutputNames,
    names: { service: [] },
    resources: {},
    secrets: [],
};

export interface HeaderAcl extends HeaderAclOutputs {}

/**
 * A header ACL of the appliance (`/services/{serviceName}/header-acls/{headerAclName}`, the spec's Header ACL). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class HeaderAcl extends DynamicResource {
    constructor(name: string, args: HeaderAclArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("HeaderAcl", name, [args.service, args.name]);
        super(
            "headerAcl",
            "HeaderAcl",
            name,
            resourceInputs(headerAclInputs, args),
            withSecretOutputs(headerAclInputs, opts),
        );
    }
}

const httpRequestRewriteRuleInputs: ResourceInputSpec = {
    outputNames: httpRequestRewriteRuleOutputNames,
    names: { service: [] },
    resources: {},
    secrets: [],
};

export interface HttpRequestRewriteRule extends HttpRequestRewriteRuleOutputs {}

/**
 * A HTTP request rewrite rule of the appliance (`/services/{serviceName}/http-request-rewrite-rules/{httpRequestRewriteRuleName}`, the spec's HTTP Request Rewrite). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class HttpRequestRewriteRule extends DynamicResource {
    constructor(name: string, args: HttpRequestRewriteRuleArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("HttpRequestRewriteRule", name, [args.service, args.name]);
        super(
            "httpRequestRewriteRule",
            "HttpRequestRewriteRule",
            name,
            resourceInputs(httpRequestRewriteRuleInputs, args),
            withSecretOutputs(httpRequestRewriteRuleInputs, opts),
        );
    }
}

const httpResponseRewriteRuleInputs: ResourceInputSpec = {
    outputNames: httpResponseRewriteRuleOutputNames,
    names: { service: [] },
    resources: {},
    secrets: [],
};

export interface HttpResponseRewriteRule extends HttpResponseRewriteRuleOutputs {}

/**
 * A HTTP response rewrite rule of the appliance (`/services/{serviceName}/http-response-rewrite-rules/{httpResponseRewriteRuleName}`, the spec's HTTP Response Rewrite). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class HttpResponseRewriteRule extends DynamicResource {
    constructor(name: string, args: HttpResponseRewriteRuleArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("HttpResponseRewriteRule", name, [args.service, args.name]);
        super(
            "httpResponseRewriteRule",
            "HttpResponseRewriteRule",
            name,
            resourceInputs(httpResponseRewriteRuleInputs, args),
            withSecretOutputs(httpResponseRewriteRuleInputs, opts),
        );
    }
}

const jsonProfileInputs: ResourceInputSpec = {
    outputNames: jsonProfileOutputNames,
    names: { service: [] },
    resources: {},
    secrets: [],
};

export interface JsonProfile extends JsonProfileOutputs {}

/**
 * A JSON profile of the appliance (`/services/{serviceName}/json-profiles/{jsonProfileName}`, the spec's JSON Profile). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class JsonProfile extends DynamicResource {
    constructor(name: string, args: JsonProfileArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("JsonProfile", name, [args.service, args.name]);
        super(
            "jsonProfile",
            "JsonProfile",
            name,
            resourceInputs(jsonProfileInputs, args),
            withSecretOutputs(jsonProfileInputs, opts),
        );
    }
}

const jsonKeyProfileInputs: ResourceInputSpec = {
    outputNames: jsonKeyProfileOutputNames,
    names: { service: [], jsonProfile: [] },
    resources: {},
    secrets: [],
};

export interface JsonKeyProfile extends JsonKeyProfileOutputs {}

/**
 * A JSON key profile of the appliance (`/services/{serviceName}/json-profiles/{jsonProfileName}/json-key-profiles/{jsonKeyProfileName}`, the spec's JSON Key Profile). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class JsonKeyProfile extends DynamicResource {
    constructor(name: string, args: JsonKeyProfileArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("JsonKeyProfile", name, [args.service, args.jsonProfile, args.name]);
        super(
            "jsonKeyProfile",
            "JsonKeyProfile",
            name,
            resourceInputs(jsonKeyProfileInputs, args),
            withSecretOutputs(jsonKeyProfileInputs, opts),
        );
    }
}

const jwtUrlProfileInputs: ResourceInputSpec = {
    outputNames: jwtUrlProfileOutputNames,
    names: { service: [] },
    resources: {},
    secrets: [],
};

export interface JwtUrlProfile extends JwtUrlProfileOutputs {}

/**
 * A JWT URL profile of the appliance (`/services/{serviceName}/jwt-url-profiles/{jwtUrlProfileName}`, the spec's JWT URL Profile). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class JwtUrlProfile extends DynamicResource {
    constructor(name: string, args: JwtUrlProfileArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("JwtUrlProfile", name, [args.service, args.name]);
        super(
            "jwtUrlProfile",
            "JwtUrlProfile",
            name,
            resourceInputs(jwtUrlProfileInputs, args),
            withSecretOutputs(jwtUrlProfileInputs, opts),
        );
    }
}

const parameterOptimizerInputs: ResourceInputSpec = {
    outputNames: parameterOptimizerOutputNames,
    names: { service: [] },
    resources: {},
    secrets: [],
};

export interface ParameterOptimizer extends ParameterOptimizerOutputs {}

/**
 * A parameter optimizer of the appliance (`/services/{serviceName}/parameter-optimizers/{parameterOptimizerName}`, the spec's Parameter Optimizer). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class ParameterOptimizer extends DynamicResource {
    constructor(name: string, args: ParameterOptimizerArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("ParameterOptimizer", name, [args.service, args.name]);
        super(
            "parameterOptimizer",
            "ParameterOptimizer",
            name,
            resourceInputs(parameterOptimizerInputs, args),
            withSecretOutputs(parameterOptimizerInputs, opts),
        );
    }
}

const responseBodyRewriteRuleInputs: ResourceInputSpec = {
    outputNames: responseBodyRewriteRuleOutputNames,
    names: { service: [] },
    resources: {},
    secrets: [],
};

export interface ResponseBodyRewriteRule extends ResponseBodyRewriteRuleOutputs {}

/**
 * A response body rewrite rule of the appliance (`/services/{serviceName}/response-body-rewrite-rules/{responseBodyRewriteRuleName}`, the spec's Response Body Rewrite). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class ResponseBodyRewriteRule extends DynamicResource {
    constructor(name: string, args: ResponseBodyRewriteRuleArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("ResponseBodyRewriteRule", name, [args.service, args.name]);
        super(
            "responseBodyRewriteRule",
            "ResponseBodyRewriteRule",
            name,
            resourceInputs(responseBodyRewriteRuleInputs, args),
            withSecretOutputs(responseBodyRewriteRuleInputs, opts),
        );
    }
}

const secureBrowsingPolicyInputs: ResourceInputSpec = {
    outputNames: secureBrowsingPolicyOutputNames,
    names: { service: [] },
    resources: {},
    secrets: [],
};

export interface SecureBrowsingPolicy extends SecureBrowsingPolicyOutputs {}

/**
 * A secure browsing policy of the appliance (`/services/{serviceName}/secure-browsing-policies/{secureBrowsingPolicyName}`, the spec's Secure Browsing Policy). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class SecureBrowsingPolicy extends DynamicResource {
    constructor(name: string, args: SecureBrowsingPolicyArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("SecureBrowsingPolicy", name, [args.service, args.name]);
        super(
            "secureBrowsingPolicy",
            "SecureBrowsingPolicy",
            name,
            resourceInputs(secureBrowsingPolicyInputs, args),
            withSecretOutputs(secureBrowsingPolicyInputs, opts),
        );
    }
}

const urlAclInputs: ResourceInputSpec = {
    outputNames: urlAclOutputNames,
    names: { service: [], responsePage: [] },
    resources: {},
    secrets: [],
};

export interface UrlAcl extends UrlAclOutputs {}

/**
 * A URL ACL of the appliance (`/services/{serviceName}/url-acls/{urlAclName}`, the spec's URL ACL). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class UrlAcl extends DynamicResource {
    constructor(name: string, args: UrlAclArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("UrlAcl", name, [args.service, args.name]);
        super(
            "urlAcl",
            "UrlAcl",
            name,
            resourceInputs(urlAclInputs, args),
            withSecretOutputs(urlAclInputs, opts),
        );
    }
}

const urlEncryptionRuleInputs: ResourceInputSpec = {
    outputNames: urlEncryptionRuleOutputNames,
    names: { service: [] },
    resources: {},
    secrets: [],
};

export interface UrlEncryptionRule extends UrlEncryptionRuleOutputs {}

/**
 * A URL encryption rule of the appliance (`/services/{serviceName}/url-encryption-rules/{urlEncryptionRuleName}`, the spec's URL Encryption Rule). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class UrlEncryptionRule extends DynamicResource {
    constructor(name: string, args: UrlEncryptionRuleArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("UrlEncryptionRule", name, [args.service, args.name]);
        super(
            "urlEncryptionRule",
            "UrlEncryptionRule",
            name,
            resourceInputs(urlEncryptionRuleInputs, args),
            withSecretOutputs(urlEncryptionRuleInputs, opts),
        );
    }
}

const urlOptimizerInputs: ResourceInputSpec = {
    outputNames: urlOptimizerOutputNames,
    names: { service: [] },
    resources: {},
    secrets: [],
};

export interface UrlOptimizer extends UrlOptimizerOutputs {}

/**
 * A URL optimizer of the appliance (`/services/{serviceName}/url-optimizers/{urlOptimizerName}`, the spec's URL Optimizer). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class UrlOptimizer extends DynamicResource {
    constructor(name: string, args: UrlOptimizerArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("UrlOptimizer", name, [args.service, args.name]);
        super(
            "urlOptimizer",
            "UrlOptimizer",
            name,
            resourceInputs(urlOptimizerInputs, args),
            withSecretOutputs(urlOptimizerInputs, opts),
        );
    }
}

const urlPolicyInputs: ResourceInputSpec = {
    outputNames: urlPolicyOutputNames,
    names: { service: [], rateControlPool: [] },
    resources: {},
    secrets: [],
};

export interface UrlPolicy extends UrlPolicyOutputs {}

/**
 * A URL policy of the appliance (`/services/{serviceName}/url-policies/{urlPolicyName}`, the spec's URL Policy). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class UrlPolicy extends DynamicResource {
    constructor(name: string, args: UrlPolicyArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("UrlPolicy", name, [args.service, args.name]);
        super(
            "urlPolicy",
            "UrlPolicy",
            name,
            resourceInputs(urlPolicyInputs, args),
            withSecretOutputs(urlPolicyInputs, opts),
        );
    }
}

const urlProfileInputs: ResourceInputSpec = {
    outputNames: urlProfileOutputNames,
    names: { service: [] },
    resources: {},
    secrets: [],
};

export interface UrlProfile extends UrlProfileOutputs {}

/**
 * A URL profile of the appliance (`/services/{serviceName}/url-profiles/{urlProfileName}`, the spec's URL Profile). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class UrlProfile extends DynamicResource {
    constructor(name: string, args: UrlProfileArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("UrlProfile", name, [args.service, args.name]);
        super(
            "urlProfile",
            "UrlProfile",
            name,
            resourceInputs(urlProfileInputs, args),
            withSecretOutputs(urlProfileInputs, opts),
        );
    }
}

const parameterProfileInputs: ResourceInputSpec = {
    outputNames: parameterProfileOutputNames,
    names: { service: [], urlProfile: [] },
    resources: {},
    secrets: [],
};

export interface ParameterProfile extends ParameterProfileOutputs {}

/**
 * A parameter profile of the appliance (`/services/{serviceName}/url-profiles/{urlProfileName}/parameter-profiles/{parameterProfileName}`, the spec's Parameter Profile). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class ParameterProfile extends DynamicResource {
    constructor(name: string, args: ParameterProfileArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("ParameterProfile", name, [args.service, args.urlProfile, args.name]);
        super(
            "parameterProfile",
            "ParameterProfile",
            name,
            resourceInputs(parameterProfileInputs, args),
            withSecretOutputs(parameterProfileInputs, opts),
        );
    }
}

const urlTranslationInputs: ResourceInputSpec = {
    outputNames: urlTranslationOutputNames,
    names: { service: [] },
    resources: {},
    secrets: [],
};

export interface UrlTranslation extends UrlTranslationOutputs {}

/**
 * A URL translation of the appliance (`/services/{serviceName}/url-translations/{urlTranslationName}`, the spec's URL Translation). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class UrlTranslation extends DynamicResource {
    constructor(name: string, args: UrlTranslationArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("UrlTranslation", name, [args.service, args.name]);
        super(
            "urlTranslation",
            "UrlTranslation",
            name,
            resourceInputs(urlTranslationInputs, args),
            withSecretOutputs(urlTranslationInputs, opts),
        );
    }
}

const sessionIdentifierInputs: ResourceInputSpec = {
    outputNames: sessionIdentifierOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface SessionIdentifier extends SessionIdentifierOutputs {}

/**
 * A session identifier of the appliance (`/session-identifiers/{sessionIdentifierName}`, the spec's Session Identifiers). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class SessionIdentifier extends DynamicResource {
    constructor(name: string, args: SessionIdentifierArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("SessionIdentifier", name, [args.name]);
        super(
            "sessionIdentifier",
            "SessionIdentifier",
            name,
            resourceInputs(sessionIdentifierInputs, args),
            withSecretOutputs(sessionIdentifierInputs, opts),
        );
    }
}

const sourceNatInputs: ResourceInputSpec = {
    outputNames: sourceNatOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface SourceNat extends SourceNatOutputs {}

/**
 * A source NAT of the appliance (`/source-nats/{sourceNatName}`, the spec's Source NAT). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class SourceNat extends DynamicResource {
    constructor(name: string, args: SourceNatArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("SourceNat", name, [args.name]);
        super(
            "sourceNat",
            "SourceNat",
            name,
            resourceInputs(sourceNatInputs, args),
            withSecretOutputs(sourceNatInputs, opts),
        );
    }
}

const staticRouteInputs: ResourceInputSpec = {
    outputNames: staticRouteOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface StaticRoute extends StaticRouteOutputs {}

/**
 * A static route of the appliance (`/static-routes/{staticRouteName}`, the spec's Static Route). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class StaticRoute extends DynamicResource {
    constructor(name: string, args: StaticRouteArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("StaticRoute", name, [args.name]);
        super(
            "staticRoute",
            "StaticRoute",
            name,
            resourceInputs(staticRouteInputs, args),
            withSecretOutputs(staticRouteInputs, opts),
        );
    }
}

const syslogServerInputs: ResourceInputSpec = {
    outputNames: syslogServerOutputNames,
    names: {},
    resources: {},
    secrets: ["cloudSyslogToken", "omsKey", "password", "brsSharedSecret", "policySasKey"],
};

export interface SyslogServer extends SyslogServerOutputs {}

/**
 * A syslog server of the appliance (`/syslog-servers/{syslogServerName}`, the spec's Syslog Server). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class SyslogServer extends DynamicResource {
    constructor(name: string, args: SyslogServerArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("SyslogServer", name, [args.name]);
        super(
            "syslogServer",
            "SyslogServer",
            name,
            resourceInputs(syslogServerInputs, args),
            withSecretOutputs(syslogServerInputs, opts),
        );
    }
}

const localHostInputs: ResourceInputSpec = {
    outputNames: localHostOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface LocalHost extends LocalHostOutputs {}

/**
 * A local host of the appliance (`/system/local-hosts/{localHostName}`, the spec's Local Host). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class LocalHost extends DynamicResource {
    constructor(name: string, args: LocalHostArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("LocalHost", name, [args.name]);
        super(
            "localHost",
            "LocalHost",
            name,
            resourceInputs(localHostInputs, args),
            withSecretOutputs(localHostInputs, opts),
        );
    }
}

const moduleLogLevelInputs: ResourceInputSpec = {
    outputNames: moduleLogLevelOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface ModuleLogLevel extends ModuleLogLevelOutputs {}

/**
 * A module log level of the appliance (`/system/module-log-levels/{moduleLogLevelName}`, the spec's Module Log Level). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class ModuleLogLevel extends DynamicResource {
    constructor(name: string, args: ModuleLogLevelArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("ModuleLogLevel", name, [args.name]);
        super(
            "moduleLogLevel",
            "ModuleLogLevel",
            name,
            resourceInputs(moduleLogLevelInputs, args),
            withSecretOutputs(moduleLogLevelInputs, opts),
        );
    }
}

const ntpServerInputs: ResourceInputSpec = {
    outputNames: ntpServerOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface NtpServer extends NtpServerOutputs {}

/**
 * A NTP server of the appliance (`/system/ntp-servers/{ntpServerName}`, the spec's NTP Server). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class NtpServer extends DynamicResource {
    constructor(name: string, args: NtpServerArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("NtpServer", name, [args.name]);
        super(
            "ntpServer",
            "NtpServer",
            name,
            resourceInputs(ntpServerInputs, args),
            withSecretOutputs(ntpServerInputs, opts),
        );
    }
}

const trapReceiverInputs: ResourceInputSpec = {
    outputNames: trapReceiverOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface TrapReceiver extends TrapReceiverOutputs {}

/**
 * A trap receiver of the appliance (`/system/trap-receivers/{trapReceiverName}`, the spec's Trap Receiver). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class TrapReceiver extends DynamicResource {
    constructor(name: string, args: TrapReceiverArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("TrapReceiver", name, [args.name]);
        super(
            "trapReceiver",
            "TrapReceiver",
            name,
            resourceInputs(trapReceiverInputs, args),
            withSecretOutputs(trapReceiverInputs, opts),
        );
    }
}

const trustedHostGroupInputs: ResourceInputSpec = {
    outputNames: trustedHostGroupOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface TrustedHostGroup extends TrustedHostGroupOutputs {}

/**
 * A trusted host group of the appliance (`/trusted-host-groups/{trustedHostGroupName}`, the spec's Trusted Host Group). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class TrustedHostGroup extends DynamicResource {
    constructor(name: string, args: TrustedHostGroupArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("TrustedHostGroup", name, [args.name]);
        super(
            "trustedHostGroup",
            "TrustedHostGroup",
            name,
            resourceInputs(trustedHostGroupInputs, args),
            withSecretOutputs(trustedHostGroupInputs, opts),
        );
    }
}

const trustedHostInputs: ResourceInputSpec = {
    outputNames: trustedHostOutputNames,
    names: { trustedHostGroup: [] },
    resources: {},
    secrets: [],
};

export interface TrustedHost extends TrustedHostOutputs {}

/**
 * A trusted host of the appliance (`/trusted-host-groups/{trustedHostGroupName}/trusted-hosts/{trustedHostName}`, the spec's Trusted Host). Its ID is its parents' names and its own, joined by `/`; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class TrustedHost extends DynamicResource {
    constructor(name: string, args: TrustedHostArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("TrustedHost", name, [args.trustedHostGroup, args.name]);
        super(
            "trustedHost",
            "TrustedHost",
            name,
            resourceInputs(trustedHostInputs, args),
            withSecretOutputs(trustedHostInputs, opts),
        );
    }
}

const userInputs: ResourceInputSpec = {
    outputNames: userOutputNames,
    names: {},
    resources: {},
    secrets: ["password", "reEnterPassword"],
};

export interface User extends UserOutputs {}

/**
 * A user of the appliance (`/users/{userName}`, the spec's User). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class User extends DynamicResource {
    constructor(name: string, args: UserArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("User", name, [args.name]);
        super("user", "User", name, resourceInputs(userInputs, args), withSecretOutputs(userInputs, opts));
    }
}

const virtualInterfaceInputs: ResourceInputSpec = {
    outputNames: virtualInterfaceOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface VirtualInterface extends VirtualInterfaceOutputs {}

/**
 * A virtual interface of the appliance (`/virtual-interfaces/{virtualInterfaceName}`, the spec's Virtual Interface). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class VirtualInterface extends DynamicResource {
    constructor(name: string, args: VirtualInterfaceArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("VirtualInterface", name, [args.name]);
        super(
            "virtualInterface",
            "VirtualInterface",
            name,
            resourceInputs(virtualInterfaceInputs, args),
            withSecretOutputs(virtualInterfaceInputs, opts),
        );
    }
}

const vlanInputs: ResourceInputSpec = { outputNames: vlanOutputNames, names: {}, resources: {}, secrets: [] };

export interface Vlan extends VlanOutputs {}

/**
 * A VLAN of the appliance (`/vlans/{vlanName}`, the spec's Network VLAN). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class Vlan extends DynamicResource {
    constructor(name: string, args: VlanArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("Vlan", name, [args.name]);
        super("vlan", "Vlan", name, resourceInputs(vlanInputs, args), withSecretOutputs(vlanInputs, opts));
    }
}

const webScrapingPolicyInputs: ResourceInputSpec = {
    outputNames: webScrapingPolicyOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface WebScrapingPolicy extends WebScrapingPolicyOutputs {}

/**
 * A web scraping policy of the appliance (`/web-scraping-policies/{webScrapingPolicyName}`, the spec's Web Scraping Policy). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class WebScrapingPolicy extends DynamicResource {
    constructor(name: string, args: WebScrapingPolicyArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("WebScrapingPolicy", name, [args.name]);
        super(
            "webScrapingPolicy",
            "WebScrapingPolicy",
            name,
            resourceInputs(webScrapingPolicyInputs, args),
            withSecretOutputs(webScrapingPolicyInputs, opts),
        );
    }
}

const whitelistedBotInputs: ResourceInputSpec = {
    outputNames: whitelistedBotOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface WhitelistedBot extends WhitelistedBotOutputs {}

/**
 * A whitelisted bot of the appliance (`/whitelisted-bots/{whitelistedBotName}`, the spec's Whitelisted Bot). Its ID is its name; changing a property marked replace-on-change replaces it, every other change is made in place.
 */
export class WhitelistedBot extends DynamicResource {
    constructor(name: string, args: WhitelistedBotArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("WhitelistedBot", name, [args.name]);
        super(
            "whitelistedBot",
            "WhitelistedBot",
            name,
            resourceInputs(whitelistedBotInputs, args),
            withSecretOutputs(whitelistedBotInputs, opts),
        );
    }
}

const autoSystemAclInputs: ResourceInputSpec = {
    outputNames: autoSystemAclOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface AutoSystemAcl extends AutoSystemAclOutputs {}

/**
 * A auto system ACL of the appliance (`/auto-system-acls/{autoSystemAclName}`, the spec's Auto System ACL): the appliance is made with its auto system ACLs (`ALLOW-SUPPORT-TUNNEL`, `ALLOW-DNS`, `ALLOW-SSH`, `DENY-MGMT`, `DENY-WAN`, ...) and they are only edited, never made or deleted, so the resource takes one over by name: on create the provider records the values it finds (`originalSettings`) and writes only the ones you set; on delete it writes the recorded values back. Its ID is its name.
 */
export class AutoSystemAcl extends DynamicResource {
    constructor(name: string, args: AutoSystemAclArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("AutoSystemAcl", name, [args.name]);
        super(
            "autoSystemAcl",
            "AutoSystemAcl",
            name,
            resourceInputs(autoSystemAclInputs, args),
            withSecretOutputs(autoSystemAclInputs, opts),
        );
    }
}

const networkInterfaceInputs: ResourceInputSpec = {
    outputNames: networkInterfaceOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface NetworkInterface extends NetworkInterfaceOutputs {}

/**
 * A network interface of the appliance (`/network-interfaces/{networkInterfaceName}`, the spec's Network Interface): the appliance is made with its network interfaces (`WAN`, `LAN`, `MGMT`, ...) and they are only edited, never made or deleted, so the resource takes one over by name: on create the provider records the values it finds (`originalSettings`) and writes only the ones you set; on delete it writes the recorded values back. Its ID is its name.
 */
export class NetworkInterface extends DynamicResource {
    constructor(name: string, args: NetworkInterfaceArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("NetworkInterface", name, [args.name]);
        super(
            "networkInterface",
            "NetworkInterface",
            name,
            resourceInputs(networkInterfaceInputs, args),
            withSecretOutputs(networkInterfaceInputs, opts),
        );
    }
}

const actionPolicyInputs: ResourceInputSpec = {
    outputNames: actionPolicyOutputNames,
    names: { securityPolicy: [], responsePage: [] },
    resources: {},
    secrets: [],
};

export interface ActionPolicy extends ActionPolicyOutputs {}

/**
 * A action policy of the appliance (`/security-policies/{securityPolicyName}/action-policies/{actionPolicyName}`, the spec's Action Policy): the appliance is made with its action policys (`domain-not-found-in-profile`, `no-url-profile-match`, ...) and they are only edited, never made or deleted, so the resource takes one over by name: on create the provider records the values it finds (`originalSettings`) and writes only the ones you set; on delete it writes the recorded values back. Its ID is its parents' names and its own, joined by `/`.
 */
export class ActionPolicy extends DynamicResource {
    constructor(name: string, args: ActionPolicyArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("ActionPolicy", name, [args.securityPolicy, args.securityPolicy]);
        super(
            "actionPolicy",
            "ActionPolicy",
            name,
            resourceInputs(actionPolicyInputs, args),
            withSecretOutputs(actionPolicyInputs, opts),
        );
    }
}

const clusterInputs: ResourceInputSpec = {
    outputNames: clusterOutputNames,
    names: {},
    resources: {},
    secrets: ["clusterSharedSecret"],
};

export interface Cluster extends ClusterOutputs {}

/**
 * The appliance's Cluster (`/cluster`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class Cluster extends DynamicResource {
    constructor(name: string, args: ClusterArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimObject("Cluster", name, []);
        super(
            "cluster",
            "Cluster",
            name,
            resourceInputs(clusterInputs, args),
            withSecretOutputs(clusterInputs, opts),
        );
    }
}

const clusterNodesInputs: ResourceInputSpec = {
    outputNames: clusterNodesOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface ClusterNodes extends ClusterNodesOutputs {}

/**
 * The appliance's nodes (`/cluster/nodes`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class ClusterNodes extends DynamicResource {
    constructor(name: string, args: ClusterNodesArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimObject("ClusterNodes", name, []);
        super(
            "clusterNodes",
            "ClusterNodes",
            name,
            resourceInputs(clusterNodesInputs, args),
            withSecretOutputs(clusterNodesInputs, opts),
        );
    }
}

const controlCenterInputs: ResourceInputSpec = {
    outputNames: controlCenterOutputNames,
    names: {},
    resources: {},
    secrets: ["password", "validationToken"],
};

export interface ControlCenter extends ControlCenterOutputs {}

/**
 * The appliance's Cloud Control (`/control-center`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class ControlCenter extends DynamicResource {
    constructor(name: string, args: ControlCenterArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimObject("ControlCenter", name, []);
        super(
            "controlCenter",
            "ControlCenter",
            name,
            resourceInputs(controlCenterInputs, args),
            withSecretOutputs(controlCenterInputs, opts),
        );
    }
}

const customIpBlocklistInputs: ResourceInputSpec = {
    outputNames: customIpBlocklistOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface CustomIpBlocklist extends CustomIpBlocklistOutputs {}

/**
 * The appliance's Custom IP Blocklist (`/custom-ip-blocklist`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class CustomIpBlocklist extends DynamicResource {
    constructor(name: string, args: CustomIpBlocklistArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimObject("CustomIpBlocklist", name, []);
        super(
            "customIpBlocklist",
            "CustomIpBlocklist",
            name,
            resourceInputs(customIpBlocklistInputs, args),
            withSecretOutputs(customIpBlocklistInputs, opts),
        );
    }
}

const samlspRbaIdentityProvidersInputs: ResourceInputSpec = {
    outputNames: samlspRbaIdentityProvidersOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface SamlspRbaIdentityProviders extends SamlspRbaIdentityProvidersOutputs {}

/**
 * The appliance's SAMLSP IDP (`/samlsp-rba-identity-providers`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SamlspRbaIdentityProviders extends DynamicResource {
    constructor(name: string, args: SamlspRbaIdentityProvidersArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("SamlspRbaIdentityProviders", name, []);
        super(
            "samlspRbaIdentityProviders",
            "SamlspRbaIdentityProviders",
            name,
            resourceInputs(samlspRbaIdentityProvidersInputs, args),
            withSecretOutputs(samlspRbaIdentityProvidersInputs, opts),
        );
    }
}

const serviceFtpSecurityInputs: ResourceInputSpec = {
    outputNames: serviceFtpSecurityOutputNames,
    names: { service: [] },
    resources: {},
    secrets: [],
};

export interface ServiceFtpSecurity extends ServiceFtpSecurityOutputs {}

/**
 * A service's ftp security (`/services/{serviceName}/ftp-security`): settings it has once, so the resource takes them over: its ID is its parent's name (the GET of its parent does not list these settings, so they are read on their own, and only by this resource); on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class ServiceFtpSecurity extends DynamicResource {
    constructor(name: string, args: ServiceFtpSecurityArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("ServiceFtpSecurity", name, [args.service]);
        super(
            "serviceFtpSecurity",
            "ServiceFtpSecurity",
            name,
            resourceInputs(serviceFtpSecurityInputs, args),
            withSecretOutputs(serviceFtpSecurityInputs, opts),
        );
    }
}

const serviceSensitiveParameterNamesInputs: ResourceInputSpec = {
    outputNames: serviceSensitiveParameterNamesOutputNames,
    names: { service: [] },
    resources: {},
    secrets: [],
};

export interface ServiceSensitiveParameterNames extends ServiceSensitiveParameterNamesOutputs {}

/**
 * A service's sensitive parameter names (`/services/{serviceName}/sensitive-parameter-names`): settings it has once, so the resource takes them over: its ID is its parent's name (the GET of its parent does not list these settings, so they are read on their own, and only by this resource); on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class ServiceSensitiveParameterNames extends DynamicResource {
    constructor(name: string, args: ServiceSensitiveParameterNamesArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("ServiceSensitiveParameterNames", name, [args.service]);
        super(
            "serviceSensitiveParameterNames",
            "ServiceSensitiveParameterNames",
            name,
            resourceInputs(serviceSensitiveParameterNamesInputs, args),
            withSecretOutputs(serviceSensitiveParameterNamesInputs, opts),
        );
    }
}

const serviceSlowClientAttackInputs: ResourceInputSpec = {
    outputNames: serviceSlowClientAttackOutputNames,
    names: { service: [] },
    resources: {},
    secrets: [],
};

export interface ServiceSlowClientAttack extends ServiceSlowClientAttackOutputs {}

/**
 * A service's slow client attack (`/services/{serviceName}/slow-client-attack`): settings it has once, so the resource takes them over: its ID is its parent's name (the GET of its parent does not list these settings, so they are read on their own, and only by this resource); on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class ServiceSlowClientAttack extends DynamicResource {
    constructor(name: string, args: ServiceSlowClientAttackArgs, opts?: pulumi.CustomResourceOptions) {
        claimObject("ServiceSlowClientAttack", name, [args.service]);
        super(
            "serviceSlowClientAttack",
            "ServiceSlowClientAttack",
            name,
            resourceInputs(serviceSlowClientAttackInputs, args),
            withSecretOutputs(serviceSlowClientAttackInputs, opts),
        );
    }
}

const systemAccountLockoutSettingsInputs: ResourceInputSpec = {
    outputNames: systemAccountLockoutSettingsOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface SystemAccountLockoutSettings extends SystemAccountLockoutSettingsOutputs {}

/**
 * The appliance's account lockout settings (`/system/account-lockout-settings`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemAccountLockoutSettings extends DynamicResource {
    constructor(
        name: string,
        args: SystemAccountLockoutSettingsArgs = {},
        opts?: pulumi.CustomResourceOptions,
    ) {
        claimObject("SystemAccountLockoutSettings", name, []);
        super(
            "systemAccountLockoutSettings",
            "SystemAccountLockoutSettings",
            name,
            resourceInputs(systemAccountLockoutSettingsInputs, args),
            withSecretOutputs(systemAccountLockoutSettingsInputs, opts),
        );
    }
}

const systemAppearanceInputs: ResourceInputSpec = {
    outputNames: systemAppearanceOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface SystemAppearance extends SystemAppearanceOutputs {}

/**
 * The appliance's appearance (`/system/appearance`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemAppearance extends DynamicResource {
    constructor(name: string, args: SystemAppearanceArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimObject("SystemAppearance", name, []);
        super(
            "systemAppearance",
            "SystemAppearance",
            name,
            resourceInputs(systemAppearanceInputs, args),
            withSecretOutputs(systemAppearanceInputs, opts),
        );
    }
}

const systemAzureConfigInputs: ResourceInputSpec = {
    outputNames: systemAzureConfigOutputNames,
    names: {},
    resources: {},
    secrets: ["storageAccountKey", "secretKey", "userPassword"],
};

export interface SystemAzureConfig extends SystemAzureConfigOutputs {}

/**
 * The appliance's azure configuration (`/system/azure-config`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemAzureConfig extends DynamicResource {
    constructor(name: string, args: SystemAzureConfigArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimObject("SystemAzureConfig", name, []);
        super(
            "systemAzureConfig",
            "SystemAzureConfig",
            name,
            resourceInputs(systemAzureConfigInputs, args),
            withSecretOutputs(systemAzureConfigInputs, opts),
        );
    }
}

const systemCookiesAndParametersInputs: ResourceInputSpec = {
    outputNames: systemCookiesAndParametersOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface SystemCookiesAndParameters extends SystemCookiesAndParametersOutputs {}

/**
 * The appliance's cookies and parameters (`/system/cookies-and-parameters`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemCookiesAndParameters extends DynamicResource {
    constructor(
        name: string,
        args: SystemCookiesAndParametersArgs = {},
        opts?: pulumi.CustomResourceOptions,
    ) {
        claimObject("SystemCookiesAndParameters", name, []);
        super(
            "systemCookiesAndParameters",
            "SystemCookiesAndParameters",
            name,
            resourceInputs(systemCookiesAndParametersInputs, args),
            withSecretOutputs(systemCookiesAndParametersInputs, opts),
        );
    }
}

const systemCustomHeadersInputs: ResourceInputSpec = {
    outputNames: systemCustomHeadersOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface SystemCustomHeaders extends SystemCustomHeadersOutputs {}

/**
 * The appliance's custom headers (`/system/custom-headers`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemCustomHeaders extends DynamicResource {
    constructor(name: string, args: SystemCustomHeadersArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimObject("SystemCustomHeaders", name, []);
        super(
            "systemCustomHeaders",
            "SystemCustomHeaders",
            name,
            resourceInputs(systemCustomHeadersInputs, args),
            withSecretOutputs(systemCustomHeadersInputs, opts),
        );
    }
}

const systemDnsInputs: ResourceInputSpec = {
    outputNames: systemDnsOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface SystemDns extends SystemDnsOutputs {}

/**
 * The appliance's dns (`/system/dns`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemDns extends DynamicResource {
    constructor(name: string, args: SystemDnsArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimObject("SystemDns", name, []);
        super(
            "systemDns",
            "SystemDns",
            name,
            resourceInputs(systemDnsInputs, args),
            withSecretOutputs(systemDnsInputs, opts),
        );
    }
}

const systemEmailNotificationsInputs: ResourceInputSpec = {
    outputNames: systemEmailNotificationsOutputNames,
    names: {},
    resources: {},
    secrets: ["smtpPassword"],
};

export interface SystemEmailNotifications extends SystemEmailNotificationsOutputs {}

/**
 * The appliance's email notifications (`/system/email-notifications`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemEmailNotifications extends DynamicResource {
    constructor(name: string, args: SystemEmailNotificationsArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimObject("SystemEmailNotifications", name, []);
        super(
            "systemEmailNotifications",
            "SystemEmailNotifications",
            name,
            resourceInputs(systemEmailNotificationsInputs, args),
            withSecretOutputs(systemEmailNotificationsInputs, opts),
        );
    }
}

const systemEncryptionKeyInputs: ResourceInputSpec = {
    outputNames: systemEncryptionKeyOutputNames,
    names: {},
    resources: {},
    secrets: ["cookieEncryptionKey"],
};

export interface SystemEncryptionKey extends SystemEncryptionKeyOutputs {}

/**
 * The appliance's encryption key (`/system/encryption-key`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemEncryptionKey extends DynamicResource {
    constructor(name: string, args: SystemEncryptionKeyArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimObject("SystemEncryptionKey", name, []);
        super(
            "systemEncryptionKey",
            "SystemEncryptionKey",
            name,
            resourceInputs(systemEncryptionKeyInputs, args),
            withSecretOutputs(systemEncryptionKeyInputs, opts),
        );
    }
}

const systemEnergizeUpdatesInputs: ResourceInputSpec = {
    outputNames: systemEnergizeUpdatesOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface SystemEnergizeUpdates extends SystemEnergizeUpdatesOutputs {}

/**
 * The appliance's energize updates (`/system/energize-updates`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemEnergizeUpdates extends DynamicResource {
    constructor(name: string, args: SystemEnergizeUpdatesArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimObject("SystemEnergizeUpdates", name, []);
        super(
            "systemEnergizeUpdates",
            "SystemEnergizeUpdates",
            name,
            resourceInputs(systemEnergizeUpdatesInputs, args),
            withSecretOutputs(systemEnergizeUpdatesInputs, opts),
        );
    }
}

const systemExceptionHeuristicsInputs: ResourceInputSpec = {
    outputNames: systemExceptionHeuristicsOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface SystemExceptionHeuristics extends SystemExceptionHeuristicsOutputs {}

/**
 * The appliance's exception heuristics (`/system/exception-heuristics`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemExceptionHeuristics extends DynamicResource {
    constructor(name: string, args: SystemExceptionHeuristicsArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimObject("SystemExceptionHeuristics", name, []);
        super(
            "systemExceptionHeuristics",
            "SystemExceptionHeuristics",
            name,
            resourceInputs(systemExceptionHeuristicsInputs, args),
            withSecretOutputs(systemExceptionHeuristicsInputs, opts),
        );
    }
}

const systemExportLogFiltersInputs: ResourceInputSpec = {
    outputNames: systemExportLogFiltersOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface SystemExportLogFilters extends SystemExportLogFiltersOutputs {}

/**
 * The appliance's export log filters (`/system/export-log-filters`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemExportLogFilters extends DynamicResource {
    constructor(name: string, args: SystemExportLogFiltersArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimObject("SystemExportLogFilters", name, []);
        super(
            "systemExportLogFilters",
            "SystemExportLogFilters",
            name,
            resourceInputs(systemExportLogFiltersInputs, args),
            withSecretOutputs(systemExportLogFiltersInputs, opts),
        );
    }
}

const systemExportLogSettingsInputs: ResourceInputSpec = {
    outputNames: systemExportLogSettingsOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface SystemExportLogSettings extends SystemExportLogSettingsOutputs {}

/**
 * The appliance's export log settings (`/system/export-log-settings`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemExportLogSettings extends DynamicResource {
    constructor(name: string, args: SystemExportLogSettingsArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimObject("SystemExportLogSettings", name, []);
        super(
            "systemExportLogSettings",
            "SystemExportLogSettings",
            name,
            resourceInputs(systemExportLogSettingsInputs, args),
            withSecretOutputs(systemExportLogSettingsInputs, opts),
        );
    }
}

const systemFormLearningAdvancedSettingsInputs: ResourceInputSpec = {
    outputNames: systemFormLearningAdvancedSettingsOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface SystemFormLearningAdvancedSettings extends SystemFormLearningAdvancedSettingsOutputs {}

/**
 * The appliance's form learning advanced settings (`/system/form-learning-advanced-settings`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemFormLearningAdvancedSettings extends DynamicResource {
    constructor(
        name: string,
        args: SystemFormLearningAdvancedSettingsArgs = {},
        opts?: pulumi.CustomResourceOptions,
    ) {
        claimObject("SystemFormLearningAdvancedSettings", name, []);
        super(
            "systemFormLearningAdvancedSettings",
            "SystemFormLearningAdvancedSettings",
            name,
            resourceInputs(systemFormLearningAdvancedSettingsInputs, args),
            withSecretOutputs(systemFormLearningAdvancedSettingsInputs, opts),
        );
    }
}

const systemFtpAccessLogsInputs: ResourceInputSpec = {
    outputNames: systemFtpAccessLogsOutputNames,
    names: {},
    resources: {},
    secrets: ["password"],
};

export interface SystemFtpAccessLogs extends SystemFtpAccessLogsOutputs {}

/**
 * The appliance's ftp access logs (`/system/ftp-access-logs`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemFtpAccessLogs extends DynamicResource {
    constructor(name: string, args: SystemFtpAccessLogsArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimObject("SystemFtpAccessLogs", name, []);
        super(
            "systemFtpAccessLogs",
            "SystemFtpAccessLogs",
            name,
            resourceInputs(systemFtpAccessLogsInputs, args),
            withSecretOutputs(systemFtpAccessLogsInputs, opts),
        );
    }
}

const systemLanConfigurationInputs: ResourceInputSpec = {
    outputNames: systemLanConfigurationOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface SystemLanConfiguration extends SystemLanConfigurationOutputs {}

/**
 * The appliance's lan configuration (`/system/lan-configuration`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemLanConfiguration extends DynamicResource {
    constructor(name: string, args: SystemLanConfigurationArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimObject("SystemLanConfiguration", name, []);
        super(
            "systemLanConfiguration",
            "SystemLanConfiguration",
            name,
            resourceInputs(systemLanConfigurationInputs, args),
            withSecretOutputs(systemLanConfigurationInputs, opts),
        );
    }
}

const systemLocationInputs: ResourceInputSpec = {
    outputNames: systemLocationOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface SystemLocation extends SystemLocationOutputs {}

/**
 * The appliance's location (`/system/location`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemLocation extends DynamicResource {
    constructor(name: string, args: SystemLocationArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimObject("SystemLocation", name, []);
        super(
            "systemLocation",
            "SystemLocation",
            name,
            resourceInputs(systemLocationInputs, args),
            withSecretOutputs(systemLocationInputs, opts),
        );
    }
}

const systemLogsFormatInputs: ResourceInputSpec = {
    outputNames: systemLogsFormatOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface SystemLogsFormat extends SystemLogsFormatOutputs {}

/**
 * The appliance's logs format (`/system/logs-format`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemLogsFormat extends DynamicResource {
    constructor(name: string, args: SystemLogsFormatArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimObject("SystemLogsFormat", name, []);
        super(
            "systemLogsFormat",
            "SystemLogsFormat",
            name,
            resourceInputs(systemLogsFormatInputs, args),
            withSecretOutputs(systemLogsFormatInputs, opts),
        );
    }
}

const systemManagementConfigurationInputs: ResourceInputSpec = {
    outputNames: systemManagementConfigurationOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface SystemManagementConfiguration extends SystemManagementConfigurationOutputs {}

/**
 * The appliance's management configuration (`/system/management-configuration`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemManagementConfiguration extends DynamicResource {
    constructor(
        name: string,
        args: SystemManagementConfigurationArgs = {},
        opts?: pulumi.CustomResourceOptions,
    ) {
        claimObject("SystemManagementConfiguration", name, []);
        super(
            "systemManagementConfiguration",
            "SystemManagementConfiguration",
            name,
            resourceInputs(systemManagementConfigurationInputs, args),
            withSecretOutputs(systemManagementConfigurationInputs, opts),
        );
    }
}

const systemNetworkConfigurationInputs: ResourceInputSpec = {
    outputNames: systemNetworkConfigurationOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface SystemNetworkConfiguration extends SystemNetworkConfigurationOutputs {}

/**
 * The appliance's network configuration (`/system/network-configuration`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemNetworkConfiguration extends DynamicResource {
    constructor(
        name: string,
        args: SystemNetworkConfigurationArgs = {},
        opts?: pulumi.CustomResourceOptions,
    ) {
        claimObject("SystemNetworkConfiguration", name, []);
        super(
            "systemNetworkConfiguration",
            "SystemNetworkConfiguration",
            name,
            resourceInputs(systemNetworkConfigurationInputs, args),
            withSecretOutputs(systemNetworkConfigurationInputs, opts),
        );
    }
}

const systemNgFirewallInputs: ResourceInputSpec = {
    outputNames: systemNgFirewallOutputNames,
    names: {},
    resources: {},
    secrets: ["password"],
};

export interface SystemNgFirewall extends SystemNgFirewallOutputs {}

/**
 * The appliance's ng firewall (`/system/ng-firewall`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemNgFirewall extends DynamicResource {
    constructor(name: string, args: SystemNgFirewallArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimObject("SystemNgFirewall", name, []);
        super(
            "systemNgFirewall",
            "SystemNgFirewall",
            name,
            resourceInputs(systemNgFirewallInputs, args),
            withSecretOutputs(systemNgFirewallInputs, opts),
        );
    }
}

const systemPasswordPolicyInputs: ResourceInputSpec = {
    outputNames: systemPasswordPolicyOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface SystemPasswordPolicy extends SystemPasswordPolicyOutputs {}

/**
 * The appliance's password policy (`/system/password-policy`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemPasswordPolicy extends DynamicResource {
    constructor(name: string, args: SystemPasswordPolicyArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimObject("SystemPasswordPolicy", name, []);
        super(
            "systemPasswordPolicy",
            "SystemPasswordPolicy",
            name,
            resourceInputs(systemPasswordPolicyInputs, args),
            withSecretOutputs(systemPasswordPolicyInputs, opts),
        );
    }
}

const systemPatternModeInputs: ResourceInputSpec = {
    outputNames: systemPatternModeOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface SystemPatternMode extends SystemPatternModeOutputs {}

/**
 * The appliance's pattern mode (`/system/pattern-mode`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemPatternMode extends DynamicResource {
    constructor(name: string, args: SystemPatternModeArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimObject("SystemPatternMode", name, []);
        super(
            "systemPatternMode",
            "SystemPatternMode",
            name,
            resourceInputs(systemPatternModeInputs, args),
            withSecretOutputs(systemPatternModeInputs, opts),
        );
    }
}

const systemProxyServerInputs: ResourceInputSpec = {
    outputNames: systemProxyServerOutputNames,
    names: {},
    resources: {},
    secrets: ["password"],
};

export interface SystemProxyServer extends SystemProxyServerOutputs {}

/**
 * The appliance's proxy server (`/system/proxy-server`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemProxyServer extends DynamicResource {
    constructor(name: string, args: SystemProxyServerArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimObject("SystemProxyServer", name, []);
        super(
            "systemProxyServer",
            "SystemProxyServer",
            name,
            resourceInputs(systemProxyServerInputs, args),
            withSecretOutputs(systemProxyServerInputs, opts),
        );
    }
}

const systemSecureAdministrationInputs: ResourceInputSpec = {
    outputNames: systemSecureAdministrationOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface SystemSecureAdministration extends SystemSecureAdministrationOutputs {}

/**
 * The appliance's secure administration (`/system/secure-administration`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemSecureAdministration extends DynamicResource {
    constructor(
        name: string,
        args: SystemSecureAdministrationArgs = {},
        opts?: pulumi.CustomResourceOptions,
    ) {
        claimObject("SystemSecureAdministration", name, []);
        super(
            "systemSecureAdministration",
            "SystemSecureAdministration",
            name,
            resourceInputs(systemSecureAdministrationInputs, args),
            withSecretOutputs(systemSecureAdministrationInputs, opts),
        );
    }
}

const systemSelfSignedManagementCertificateInputs: ResourceInputSpec = {
    outputNames: systemSelfSignedManagementCertificateOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface SystemSelfSignedManagementCertificate extends SystemSelfSignedManagementCertificateOutputs {}

/**
 * The appliance's self signed management certificate (`/system/self-signed-management-certificate`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemSelfSignedManagementCertificate extends DynamicResource {
    constructor(
        name: string,
        args: SystemSelfSignedManagementCertificateArgs = {},
        opts?: pulumi.CustomResourceOptions,
    ) {
        claimObject("SystemSelfSignedManagementCertificate", name, []);
        super(
            "systemSelfSignedManagementCertificate",
            "SystemSelfSignedManagementCertificate",
            name,
            resourceInputs(systemSelfSignedManagementCertificateInputs, args),
            withSecretOutputs(systemSelfSignedManagementCertificateInputs, opts),
        );
    }
}

const systemSnmpInputs: ResourceInputSpec = {
    outputNames: systemSnmpOutputNames,
    names: {},
    resources: {},
    secrets: ["encryptionPassword", "password"],
};

export interface SystemSnmp extends SystemSnmpOutputs {}

/**
 * The appliance's snmp (`/system/snmp`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemSnmp extends DynamicResource {
    constructor(name: string, args: SystemSnmpArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimObject("SystemSnmp", name, []);
        super(
            "systemSnmp",
            "SystemSnmp",
            name,
            resourceInputs(systemSnmpInputs, args),
            withSecretOutputs(systemSnmpInputs, opts),
        );
    }
}

const systemSyslogSettingsInputs: ResourceInputSpec = {
    outputNames: systemSyslogSettingsOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface SystemSyslogSettings extends SystemSyslogSettingsOutputs {}

/**
 * The appliance's syslog settings (`/system/syslog-settings`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemSyslogSettings extends DynamicResource {
    constructor(name: string, args: SystemSyslogSettingsArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimObject("SystemSyslogSettings", name, []);
        super(
            "systemSyslogSettings",
            "SystemSyslogSettings",
            name,
            resourceInputs(systemSyslogSettingsInputs, args),
            withSecretOutputs(systemSyslogSettingsInputs, opts),
        );
    }
}

const systemTwoFactorAuthInputs: ResourceInputSpec = {
    outputNames: systemTwoFactorAuthOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface SystemTwoFactorAuth extends SystemTwoFactorAuthOutputs {}

/**
 * The appliance's dual auth (`/system/two-factor-auth`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemTwoFactorAuth extends DynamicResource {
    constructor(name: string, args: SystemTwoFactorAuthArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimObject("SystemTwoFactorAuth", name, []);
        super(
            "systemTwoFactorAuth",
            "SystemTwoFactorAuth",
            name,
            resourceInputs(systemTwoFactorAuthInputs, args),
            withSecretOutputs(systemTwoFactorAuthInputs, opts),
        );
    }
}

const systemWanConfigurationInputs: ResourceInputSpec = {
    outputNames: systemWanConfigurationOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface SystemWanConfiguration extends SystemWanConfigurationOutputs {}

/**
 * The appliance's wan configuration (`/system/wan-configuration`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemWanConfiguration extends DynamicResource {
    constructor(name: string, args: SystemWanConfigurationArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimObject("SystemWanConfiguration", name, []);
        super(
            "systemWanConfiguration",
            "SystemWanConfiguration",
            name,
            resourceInputs(systemWanConfigurationInputs, args),
            withSecretOutputs(systemWanConfigurationInputs, opts),
        );
    }
}

const systemWebInterfaceInputs: ResourceInputSpec = {
    outputNames: systemWebInterfaceOutputNames,
    names: {},
    resources: {},
    secrets: [],
};

export interface SystemWebInterface extends SystemWebInterfaceOutputs {}

/**
 * The appliance's web interface (`/system/web-interface`): settings it has once, so the resource takes them over: its ID is derived from `barracudawaf:address`; on create the provider records the values it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the value found at takeover; on delete the recorded values are written back.
 */
export class SystemWebInterface extends DynamicResource {
    constructor(name: string, args: SystemWebInterfaceArgs = {}, opts?: pulumi.CustomResourceOptions) {
        claimObject("SystemWebInterface", name, []);
        super(
            "systemWebInterface",
            "SystemWebInterface",
            name,
            resourceInputs(systemWebInterfaceInputs, args),
            withSecretOutputs(systemWebInterfaceInputs, opts),
        );
    }
}

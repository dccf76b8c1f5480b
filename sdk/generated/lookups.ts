// Generated from schema.json by scripts/generate.ts. Do not edit: run `npm run generate`.
/* eslint-disable */
import type * as pulumi from "@pulumi/pulumi";
import { lookup, type Found } from "../lookup";
import type {
    ServiceOutputs,
    SystemConfigurationOutputs,
    SystemOutputs,
    VsiteOutputs,
    ServiceGroupOutputs,
    SelfSignedCertificateOutputs,
    SignedCertificateOutputs,
    ServerOutputs,
    WebSocketPolicyOutputs,
    AdminIpRangeOutputs,
    AdministratorRoleOutputs,
    AttackTypeOutputs,
    AttackPatternOutputs,
    BondOutputs,
    BotSpamTypeOutputs,
    BotSpamPatternOutputs,
    TrustedCaCertificateOutputs,
    TrustedServerCertificateOutputs,
    CredentialServerOutputs,
    CustomParameterClassOutputs,
    DestinationNatOutputs,
    ExternalLdapServiceOutputs,
    ExternalRadiusServiceOutputs,
    GeoPoolOutputs,
    IdentityTypeOutputs,
    IdentityTheftPatternOutputs,
    InputTypeOutputs,
    InputPatternOutputs,
    InterfaceRouteOutputs,
    JsonSecurityPolicyOutputs,
    JwtPublicKeyOutputs,
    JwtValidatorEndpointOutputs,
    KerberosServiceOutputs,
    KerberosServerOutputs,
    LdapServiceOutputs,
    LdapServerOutputs,
    LocalGroupOutputs,
    LocalUserOutputs,
    NetworkAclOutputs,
    OpenidcServiceOutputs,
    OpenidcIdentityProviderOutputs,
    RadiusServiceOutputs,
    RadiusServerOutputs,
    RateControlPoolOutputs,
    PreferredClientOutputs,
    ReportOutputs,
    ResponsePageOutputs,
    RsaSecuridServiceOutputs,
    RsaSecuridServerOutputs,
    SamlServiceOutputs,
    SamlIdentityProviderOutputs,
    SamlspServiceOutputs,
    SecurityPolicyOutputs,
    GlobalAclOutputs,
    ProtectedDataTypeOutputs,
    AccessRuleOutputs,
    AdaptiveProfilingRuleOutputs,
    AllowDenyClientOutputs,
    AuthorizationPolicyOutputs,
    ClientCertificateCrlOutputs,
    ClientSideProtectionOutputs,
    CspPolicyOutputs,
    SubResourceIntegrityOutputs,
    ContentRuleOutputs,
    ContentRuleServerOutputs,
    DdosPolicyOutputs,
    FormSpamFormOutputs,
    GeoipAllowedNetworkOutputs,
    GeoipBlockedNetworkOutputs,
    HeaderAclOutputs,
    HttpRequestRewriteRuleOutputs,
    HttpResponseRewriteRuleOutputs,
    JsonProfileOutputs,
    JsonKeyProfileOutputs,
    JwtUrlProfileOutputs,
    ParameterOptimizerOutputs,
    ResponseBodyRewriteRuleOutputs,
    SecureBrowsingPolicyOutputs,
    UrlAclOutputs,
    UrlEncryptionRuleOutputs,
    UrlOptimizerOutputs,
    UrlPolicyOutputs,
    UrlProfileOutputs,
    ParameterProfileOutputs,
    UrlTranslationOutputs,
    SessionIdentifierOutputs,
    SourceNatOutputs,
    StaticRouteOutputs,
    SyslogServerOutputs,
    LocalHostOutputs,
    ModuleLogLevelOutputs,
    NtpServerOutputs,
    TrapReceiverOutputs,
    TrustedHostGroupOutputs,
    TrustedHostOutputs,
    UserOutputs,
    VirtualInterfaceOutputs,
    VlanOutputs,
    WebScrapingPolicyOutputs,
    WhitelistedBotOutputs,
    AutoSystemAclOutputs,
    NetworkInterfaceOutputs,
    ActionPolicyOutputs,
    ClusterOutputs,
    ClusterNodesOutputs,
    ControlCenterOutputs,
    CustomIpBlocklistOutputs,
    SamlspRbaIdentityProvidersOutputs,
    ServiceFtpSecurityOutputs,
    ServiceSensitiveParameterNamesOutputs,
    ServiceSlowClientAttackOutputs,
    SystemAccountLockoutSettingsOutputs,
    SystemAppearanceOutputs,
    SystemAzureConfigOutputs,
    SystemCookiesAndParametersOutputs,
    SystemCustomHeadersOutputs,
    SystemDnsOutputs,
    SystemEmailNotificationsOutputs,
    SystemEncryptionKeyOutputs,
    SystemEnergizeUpdatesOutputs,
    SystemExceptionHeuristicsOutputs,
    SystemExportLogFiltersOutputs,
    SystemExportLogSettingsOutputs,
    SystemFormLearningAdvancedSettingsOutputs,
    SystemFtpAccessLogsOutputs,
    SystemLanConfigurationOutputs,
    SystemLocationOutputs,
    SystemLogsFormatOutputs,
    SystemManagementConfigurationOutputs,
    SystemNetworkConfigurationOutputs,
    SystemNgFirewallOutputs,
    SystemPasswordPolicyOutputs,
    SystemPatternModeOutputs,
    SystemProxyServerOutputs,
    SystemSecureAdministrationOutputs,
    SystemSelfSignedManagementCertificateOutputs,
    SystemSnmpOutputs,
    SystemSyslogSettingsOutputs,
    SystemTwoFactorAuthOutputs,
    SystemWanConfigurationOutputs,
    SystemWebInterfaceOutputs,
} from "./types";

/**
 * Reads the {@link Service} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getService(args: { name: pulumi.Input<string> }): pulumi.Output<Found<ServiceOutputs>> {
    return lookup<ServiceOutputs>("barracudawaf:index:Service", { name: args.name });
}

/**
 * Reads the appliance's {@link SystemConfiguration} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemConfiguration(): pulumi.Output<Found<SystemConfigurationOutputs>> {
    return lookup<SystemConfigurationOutputs>("barracudawaf:index:SystemConfiguration", {});
}

/**
 * Reads the appliance's {@link System} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystem(): pulumi.Output<Found<SystemOutputs>> {
    return lookup<SystemOutputs>("barracudawaf:index:System", {});
}

/**
 * Reads the {@link Vsite} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getVsite(args: { name: pulumi.Input<string> }): pulumi.Output<Found<VsiteOutputs>> {
    return lookup<VsiteOutputs>("barracudawaf:index:Vsite", { name: args.name });
}

/**
 * Reads the {@link ServiceGroup} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getServiceGroup(args: {
    vsite: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<ServiceGroupOutputs>> {
    return lookup<ServiceGroupOutputs>("barracudawaf:index:ServiceGroup", {
        vsite: args.vsite,
        name: args.name,
    });
}

/**
 * Reads the {@link SelfSignedCertificate} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSelfSignedCertificate(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<SelfSignedCertificateOutputs>> {
    return lookup<SelfSignedCertificateOutputs>("barracudawaf:index:SelfSignedCertificate", {
        name: args.name,
    });
}

/**
 * Reads the {@link SignedCertificate} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSignedCertificate(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<SignedCertificateOutputs>> {
    return lookup<SignedCertificateOutputs>("barracudawaf:index:SignedCertificate", { name: args.name });
}

/**
 * Reads the {@link Server} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getServer(args: {
    service: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<ServerOutputs>> {
    return lookup<ServerOutputs>("barracudawaf:index:Server", { service: args.service, name: args.name });
}

/**
 * Reads the {@link WebSocketPolicy} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getWebSocketPolicy(args: {
    service: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<WebSocketPolicyOutputs>> {
    return lookup<WebSocketPolicyOutputs>("barracudawaf:index:WebSocketPolicy", {
        service: args.service,
        name: args.name,
    });
}

/**
 * Reads the {@link AdminIpRange} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getAdminIpRange(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<AdminIpRangeOutputs>> {
    return lookup<AdminIpRangeOutputs>("barracudawaf:index:AdminIpRange", { name: args.name });
}

/**
 * Reads the {@link AdministratorRole} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getAdministratorRole(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<AdministratorRoleOutputs>> {
    return lookup<AdministratorRoleOutputs>("barracudawaf:index:AdministratorRole", { name: args.name });
}

/**
 * Reads the {@link AttackType} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getAttackType(args: { name: pulumi.Input<string> }): pulumi.Output<Found<AttackTypeOutputs>> {
    return lookup<AttackTypeOutputs>("barracudawaf:index:AttackType", { name: args.name });
}

/**
 * Reads the {@link AttackPattern} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getAttackPattern(args: {
    attackType: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<AttackPatternOutputs>> {
    return lookup<AttackPatternOutputs>("barracudawaf:index:AttackPattern", {
        attackType: args.attackType,
        name: args.name,
    });
}

/**
 * Reads the {@link Bond} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getBond(args: { name: pulumi.Input<string> }): pulumi.Output<Found<BondOutputs>> {
    return lookup<BondOutputs>("barracudawaf:index:Bond", { name: args.name });
}

/**
 * Reads the {@link BotSpamType} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getBotSpamType(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<BotSpamTypeOutputs>> {
    return lookup<BotSpamTypeOutputs>("barracudawaf:index:BotSpamType", { name: args.name });
}

/**
 * Reads the {@link BotSpamPattern} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getBotSpamPattern(args: {
    botSpamType: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<BotSpamPatternOutputs>> {
    return lookup<BotSpamPatternOutputs>("barracudawaf:index:BotSpamPattern", {
        botSpamType: args.botSpamType,
        name: args.name,
    });
}

/**
 * Reads the {@link TrustedCaCertificate} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getTrustedCaCertificate(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<TrustedCaCertificateOutputs>> {
    return lookup<TrustedCaCertificateOutputs>("barracudawaf:index:TrustedCaCertificate", {
        name: args.name,
    });
}

/**
 * Reads the {@link TrustedServerCertificate} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getTrustedServerCertificate(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<TrustedServerCertificateOutputs>> {
    return lookup<TrustedServerCertificateOutputs>("barracudawaf:index:TrustedServerCertificate", {
        name: args.name,
    });
}

/**
 * Reads the {@link CredentialServer} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getCredentialServer(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<CredentialServerOutputs>> {
    return lookup<CredentialServerOutputs>("barracudawaf:index:CredentialServer", { name: args.name });
}

/**
 * Reads the {@link CustomParameterClass} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getCustomParameterClass(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<CustomParameterClassOutputs>> {
    return lookup<CustomParameterClassOutputs>("barracudawaf:index:CustomParameterClass", {
        name: args.name,
    });
}

/**
 * Reads the {@link DestinationNat} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getDestinationNat(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<DestinationNatOutputs>> {
    return lookup<DestinationNatOutputs>("barracudawaf:index:DestinationNat", { name: args.name });
}

/**
 * Reads the {@link ExternalLdapService} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getExternalLdapService(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<ExternalLdapServiceOutputs>> {
    return lookup<ExternalLdapServiceOutputs>("barracudawaf:index:ExternalLdapService", { name: args.name });
}

/**
 * Reads the {@link ExternalRadiusService} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getExternalRadiusService(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<ExternalRadiusServiceOutputs>> {
    return lookup<ExternalRadiusServiceOutputs>("barracudawaf:index:ExternalRadiusService", {
        name: args.name,
    });
}

/**
 * Reads the {@link GeoPool} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getGeoPool(args: { name: pulumi.Input<string> }): pulumi.Output<Found<GeoPoolOutputs>> {
    return lookup<GeoPoolOutputs>("barracudawaf:index:GeoPool", { name: args.name });
}

/**
 * Reads the {@link IdentityType} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getIdentityType(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<IdentityTypeOutputs>> {
    return lookup<IdentityTypeOutputs>("barracudawaf:index:IdentityType", { name: args.name });
}

/**
 * Reads the {@link IdentityTheftPattern} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getIdentityTheftPattern(args: {
    identityType: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<IdentityTheftPatternOutputs>> {
    return lookup<IdentityTheftPatternOutputs>("barracudawaf:index:IdentityTheftPattern", {
        identityType: args.identityType,
        name: args.name,
    });
}

/**
 * Reads the {@link InputType} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getInputType(args: { name: pulumi.Input<string> }): pulumi.Output<Found<InputTypeOutputs>> {
    return lookup<InputTypeOutputs>("barracudawaf:index:InputType", { name: args.name });
}

/**
 * Reads the {@link InputPattern} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getInputPattern(args: {
    inputType: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<InputPatternOutputs>> {
    return lookup<InputPatternOutputs>("barracudawaf:index:InputPattern", {
        inputType: args.inputType,
        name: args.name,
    });
}

/**
 * Reads the {@link InterfaceRoute} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getInterfaceRoute(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<InterfaceRouteOutputs>> {
    return lookup<InterfaceRouteOutputs>("barracudawaf:index:InterfaceRoute", { name: args.name });
}

/**
 * Reads the {@link JsonSecurityPolicy} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getJsonSecurityPolicy(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<JsonSecurityPolicyOutputs>> {
    return lookup<JsonSecurityPolicyOutputs>("barracudawaf:index:JsonSecurityPolicy", { name: args.name });
}

/**
 * Reads the {@link JwtPublicKey} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getJwtPublicKey(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<JwtPublicKeyOutputs>> {
    return lookup<JwtPublicKeyOutputs>("barracudawaf:index:JwtPublicKey", { name: args.name });
}

/**
 * Reads the {@link JwtValidatorEndpoint} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getJwtValidatorEndpoint(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<JwtValidatorEndpointOutputs>> {
    return lookup<JwtValidatorEndpointOutputs>("barracudawaf:index:JwtValidatorEndpoint", {
        name: args.name,
    });
}

/**
 * Reads the {@link KerberosService} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getKerberosService(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<KerberosServiceOutputs>> {
    return lookup<KerberosServiceOutputs>("barracudawaf:index:KerberosService", { name: args.name });
}

/**
 * Reads the {@link KerberosServer} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getKerberosServer(args: {
    kerberosService: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<KerberosServerOutputs>> {
    return lookup<KerberosServerOutputs>("barracudawaf:index:KerberosServer", {
        kerberosService: args.kerberosService,
        name: args.name,
    });
}

/**
 * Reads the {@link LdapService} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getLdapService(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<LdapServiceOutputs>> {
    return lookup<LdapServiceOutputs>("barracudawaf:index:LdapService", { name: args.name });
}

/**
 * Reads the {@link LdapServer} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getLdapServer(args: {
    ldapService: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<LdapServerOutputs>> {
    return lookup<LdapServerOutputs>("barracudawaf:index:LdapServer", {
        ldapService: args.ldapService,
        name: args.name,
    });
}

/**
 * Reads the {@link LocalGroup} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getLocalGroup(args: { name: pulumi.Input<string> }): pulumi.Output<Found<LocalGroupOutputs>> {
    return lookup<LocalGroupOutputs>("barracudawaf:index:LocalGroup", { name: args.name });
}

/**
 * Reads the {@link LocalUser} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getLocalUser(args: { name: pulumi.Input<string> }): pulumi.Output<Found<LocalUserOutputs>> {
    return lookup<LocalUserOutputs>("barracudawaf:index:LocalUser", { name: args.name });
}

/**
 * Reads the {@link NetworkAcl} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getNetworkAcl(args: { name: pulumi.Input<string> }): pulumi.Output<Found<NetworkAclOutputs>> {
    return lookup<NetworkAclOutputs>("barracudawaf:index:NetworkAcl", { name: args.name });
}

/**
 * Reads the {@link OpenidcService} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getOpenidcService(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<OpenidcServiceOutputs>> {
    return lookup<OpenidcServiceOutputs>("barracudawaf:index:OpenidcService", { name: args.name });
}

/**
 * Reads the {@link OpenidcIdentityProvider} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getOpenidcIdentityProvider(args: {
    openidcService: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<OpenidcIdentityProviderOutputs>> {
    return lookup<OpenidcIdentityProviderOutputs>("barracudawaf:index:OpenidcIdentityProvider", {
        openidcService: args.openidcService,
        name: args.name,
    });
}

/**
 * Reads the {@link RadiusService} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getRadiusService(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<RadiusServiceOutputs>> {
    return lookup<RadiusServiceOutputs>("barracudawaf:index:RadiusService", { name: args.name });
}

/**
 * Reads the {@link RadiusServer} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getRadiusServer(args: {
    radiusService: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<RadiusServerOutputs>> {
    return lookup<RadiusServerOutputs>("barracudawaf:index:RadiusServer", {
        radiusService: args.radiusService,
        name: args.name,
    });
}

/**
 * Reads the {@link RateControlPool} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getRateControlPool(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<RateControlPoolOutputs>> {
    return lookup<RateControlPoolOutputs>("barracudawaf:index:RateControlPool", { name: args.name });
}

/**
 * Reads the {@link PreferredClient} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getPreferredClient(args: {
    rateControlPool: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<PreferredClientOutputs>> {
    return lookup<PreferredClientOutputs>("barracudawaf:index:PreferredClient", {
        rateControlPool: args.rateControlPool,
        name: args.name,
    });
}

/**
 * Reads the {@link Report} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getReport(args: { name: pulumi.Input<string> }): pulumi.Output<Found<ReportOutputs>> {
    return lookup<ReportOutputs>("barracudawaf:index:Report", { name: args.name });
}

/**
 * Reads the {@link ResponsePage} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getResponsePage(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<ResponsePageOutputs>> {
    return lookup<ResponsePageOutputs>("barracudawaf:index:ResponsePage", { name: args.name });
}

/**
 * Reads the {@link RsaSecuridService} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getRsaSecuridService(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<RsaSecuridServiceOutputs>> {
    return lookup<RsaSecuridServiceOutputs>("barracudawaf:index:RsaSecuridService", { name: args.name });
}

/**
 * Reads the {@link RsaSecuridServer} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getRsaSecuridServer(args: {
    rsaSecuridService: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<RsaSecuridServerOutputs>> {
    return lookup<RsaSecuridServerOutputs>("barracudawaf:index:RsaSecuridServer", {
        rsaSecuridService: args.rsaSecuridService,
        name: args.name,
    });
}

/**
 * Reads the {@link SamlService} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSamlService(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<SamlServiceOutputs>> {
    return lookup<SamlServiceOutputs>("barracudawaf:index:SamlService", { name: args.name });
}

/**
 * Reads the {@link SamlIdentityProvider} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSamlIdentityProvider(args: {
    samlService: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<SamlIdentityProviderOutputs>> {
    return lookup<SamlIdentityProviderOutputs>("barracudawaf:index:SamlIdentityProvider", {
        samlService: args.samlService,
        name: args.name,
    });
}

/**
 * Reads the {@link SamlspService} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSamlspService(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<SamlspServiceOutputs>> {
    return lookup<SamlspServiceOutputs>("barracudawaf:index:SamlspService", { name: args.name });
}

/**
 * Reads the {@link SecurityPolicy} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSecurityPolicy(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<SecurityPolicyOutputs>> {
    return lookup<SecurityPolicyOutputs>("barracudawaf:index:SecurityPolicy", { name: args.name });
}

/**
 * Reads the {@link GlobalAcl} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getGlobalAcl(args: {
    securityPolicy: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<GlobalAclOutputs>> {
    return lookup<GlobalAclOutputs>("barracudawaf:index:GlobalAcl", {
        securityPolicy: args.securityPolicy,
        name: args.name,
    });
}

/**
 * Reads the {@link ProtectedDataType} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getProtectedDataType(args: {
    securityPolicy: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<ProtectedDataTypeOutputs>> {
    return lookup<ProtectedDataTypeOutputs>("barracudawaf:index:ProtectedDataType", {
        securityPolicy: args.securityPolicy,
        name: args.name,
    });
}

/**
 * Reads the {@link AccessRule} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getAccessRule(args: {
    service: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<AccessRuleOutputs>> {
    return lookup<AccessRuleOutputs>("barracudawaf:index:AccessRule", {
        service: args.service,
        name: args.name,
    });
}

/**
 * Reads the {@link AdaptiveProfilingRule} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getAdaptiveProfilingRule(args: {
    service: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<AdaptiveProfilingRuleOutputs>> {
    return lookup<AdaptiveProfilingRuleOutputs>("barracudawaf:index:AdaptiveProfilingRule", {
        service: args.service,
        name: args.name,
    });
}

/**
 * Reads the {@link AllowDenyClient} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getAllowDenyClient(args: {
    service: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<AllowDenyClientOutputs>> {
    return lookup<AllowDenyClientOutputs>("barracudawaf:index:AllowDenyClient", {
        service: args.service,
        name: args.name,
    });
}

/**
 * Reads the {@link AuthorizationPolicy} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getAuthorizationPolicy(args: {
    service: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<AuthorizationPolicyOutputs>> {
    return lookup<AuthorizationPolicyOutputs>("barracudawaf:index:AuthorizationPolicy", {
        service: args.service,
        name: args.name,
    });
}

/**
 * Reads the {@link ClientCertificateCrl} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getClientCertificateCrl(args: {
    service: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<ClientCertificateCrlOutputs>> {
    return lookup<ClientCertificateCrlOutputs>("barracudawaf:index:ClientCertificateCrl", {
        service: args.service,
        name: args.name,
    });
}

/**
 * Reads the {@link ClientSideProtection} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getClientSideProtection(args: {
    service: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<ClientSideProtectionOutputs>> {
    return lookup<ClientSideProtectionOutputs>("barracudawaf:index:ClientSideProtection", {
        service: args.service,
        name: args.name,
    });
}

/**
 * Reads the {@link CspPolicy} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getCspPolicy(args: {
    service: pulumi.Input<string>;
    clientSideProtection: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<CspPolicyOutputs>> {
    return lookup<CspPolicyOutputs>("barracudawaf:index:CspPolicy", {
        service: args.service,
        clientSideProtection: args.clientSideProtection,
        name: args.name,
    });
}

/**
 * Reads the {@link SubResourceIntegrity} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSubResourceIntegrity(args: {
    service: pulumi.Input<string>;
    clientSideProtection: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<SubResourceIntegrityOutputs>> {
    return lookup<SubResourceIntegrityOutputs>("barracudawaf:index:SubResourceIntegrity", {
        service: args.service,
        clientSideProtection: args.clientSideProtection,
        name: args.name,
    });
}

/**
 * Reads the {@link ContentRule} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getContentRule(args: {
    service: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<ContentRuleOutputs>> {
    return lookup<ContentRuleOutputs>("barracudawaf:index:ContentRule", {
        service: args.service,
        name: args.name,
    });
}

/**
 * Reads the {@link ContentRuleServer} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getContentRuleServer(args: {
    service: pulumi.Input<string>;
    contentRule: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<ContentRuleServerOutputs>> {
    return lookup<ContentRuleServerOutputs>("barracudawaf:index:ContentRuleServer", {
        service: args.service,
        contentRule: args.contentRule,
        name: args.name,
    });
}

/**
 * Reads the {@link DdosPolicy} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getDdosPolicy(args: {
    service: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<DdosPolicyOutputs>> {
    return lookup<DdosPolicyOutputs>("barracudawaf:index:DdosPolicy", {
        service: args.service,
        name: args.name,
    });
}

/**
 * Reads the {@link FormSpamForm} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getFormSpamForm(args: {
    service: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<FormSpamFormOutputs>> {
    return lookup<FormSpamFormOutputs>("barracudawaf:index:FormSpamForm", {
        service: args.service,
        name: args.name,
    });
}

/**
 * Reads the {@link GeoipAllowedNetwork} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getGeoipAllowedNetwork(args: {
    service: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<GeoipAllowedNetworkOutputs>> {
    return lookup<GeoipAllowedNetworkOutputs>("barracudawaf:index:GeoipAllowedNetwork", {
        service: args.service,
        name: args.name,
    });
}

/**
 * Reads the {@link GeoipBlockedNetwork} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getGeoipBlockedNetwork(args: {
    service: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<GeoipBlockedNetworkOutputs>> {
    return lookup<GeoipBlockedNetworkOutputs>("barracudawaf:index:GeoipBlockedNetwork", {
        service: args.service,
        name: args.name,
    });
}

/**
 * Reads the {@link HeaderAcl} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getHeaderAcl(args: {
    service: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<HeaderAclOutputs>> {
    return lookup<HeaderAclOutputs>("barracudawaf:index:HeaderAcl", {
        service: args.service,
        name: args.name,
    });
}

/**
 * Reads the {@link HttpRequestRewriteRule} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getHttpRequestRewriteRule(args: {
    service: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<HttpRequestRewriteRuleOutputs>> {
    return lookup<HttpRequestRewriteRuleOutputs>("barracudawaf:index:HttpRequestRewriteRule", {
        service: args.service,
        name: args.name,
    });
}

/**
 * Reads the {@link HttpResponseRewriteRule} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getHttpResponseRewriteRule(args: {
    service: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<HttpResponseRewriteRuleOutputs>> {
    return lookup<HttpResponseRewriteRuleOutputs>("barracudawaf:index:HttpResponseRewriteRule", {
        service: args.service,
        name: args.name,
    });
}

/**
 * Reads the {@link JsonProfile} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getJsonProfile(args: {
    service: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<JsonProfileOutputs>> {
    return lookup<JsonProfileOutputs>("barracudawaf:index:JsonProfile", {
        service: args.service,
        name: args.name,
    });
}

/**
 * Reads the {@link JsonKeyProfile} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getJsonKeyProfile(args: {
    service: pulumi.Input<string>;
    jsonProfile: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<JsonKeyProfileOutputs>> {
    return lookup<JsonKeyProfileOutputs>("barracudawaf:index:JsonKeyProfile", {
        service: args.service,
        jsonProfile: args.jsonProfile,
        name: args.name,
    });
}

/**
 * Reads the {@link JwtUrlProfile} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getJwtUrlProfile(args: {
    service: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<JwtUrlProfileOutputs>> {
    return lookup<JwtUrlProfileOutputs>("barracudawaf:index:JwtUrlProfile", {
        service: args.service,
        name: args.name,
    });
}

/**
 * Reads the {@link ParameterOptimizer} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getParameterOptimizer(args: {
    service: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<ParameterOptimizerOutputs>> {
    return lookup<ParameterOptimizerOutputs>("barracudawaf:index:ParameterOptimizer", {
        service: args.service,
        name: args.name,
    });
}

/**
 * Reads the {@link ResponseBodyRewriteRule} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getResponseBodyRewriteRule(args: {
    service: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<ResponseBodyRewriteRuleOutputs>> {
    return lookup<ResponseBodyRewriteRuleOutputs>("barracudawaf:index:ResponseBodyRewriteRule", {
        service: args.service,
        name: args.name,
    });
}

/**
 * Reads the {@link SecureBrowsingPolicy} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSecureBrowsingPolicy(args: {
    service: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<SecureBrowsingPolicyOutputs>> {
    return lookup<SecureBrowsingPolicyOutputs>("barracudawaf:index:SecureBrowsingPolicy", {
        service: args.service,
        name: args.name,
    });
}

/**
 * Reads the {@link UrlAcl} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getUrlAcl(args: {
    service: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<UrlAclOutputs>> {
    return lookup<UrlAclOutputs>("barracudawaf:index:UrlAcl", { service: args.service, name: args.name });
}

/**
 * Reads the {@link UrlEncryptionRule} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getUrlEncryptionRule(args: {
    service: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<UrlEncryptionRuleOutputs>> {
    return lookup<UrlEncryptionRuleOutputs>("barracudawaf:index:UrlEncryptionRule", {
        service: args.service,
        name: args.name,
    });
}

/**
 * Reads the {@link UrlOptimizer} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getUrlOptimizer(args: {
    service: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<UrlOptimizerOutputs>> {
    return lookup<UrlOptimizerOutputs>("barracudawaf:index:UrlOptimizer", {
        service: args.service,
        name: args.name,
    });
}

/**
 * Reads the {@link UrlPolicy} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getUrlPolicy(args: {
    service: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<UrlPolicyOutputs>> {
    return lookup<UrlPolicyOutputs>("barracudawaf:index:UrlPolicy", {
        service: args.service,
        name: args.name,
    });
}

/**
 * Reads the {@link UrlProfile} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getUrlProfile(args: {
    service: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<UrlProfileOutputs>> {
    return lookup<UrlProfileOutputs>("barracudawaf:index:UrlProfile", {
        service: args.service,
        name: args.name,
    });
}

/**
 * Reads the {@link ParameterProfile} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getParameterProfile(args: {
    service: pulumi.Input<string>;
    urlProfile: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<ParameterProfileOutputs>> {
    return lookup<ParameterProfileOutputs>("barracudawaf:index:ParameterProfile", {
        service: args.service,
        urlProfile: args.urlProfile,
        name: args.name,
    });
}

/**
 * Reads the {@link UrlTranslation} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getUrlTranslation(args: {
    service: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<UrlTranslationOutputs>> {
    return lookup<UrlTranslationOutputs>("barracudawaf:index:UrlTranslation", {
        service: args.service,
        name: args.name,
    });
}

/**
 * Reads the {@link SessionIdentifier} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSessionIdentifier(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<SessionIdentifierOutputs>> {
    return lookup<SessionIdentifierOutputs>("barracudawaf:index:SessionIdentifier", { name: args.name });
}

/**
 * Reads the {@link SourceNat} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSourceNat(args: { name: pulumi.Input<string> }): pulumi.Output<Found<SourceNatOutputs>> {
    return lookup<SourceNatOutputs>("barracudawaf:index:SourceNat", { name: args.name });
}

/**
 * Reads the {@link StaticRoute} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getStaticRoute(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<StaticRouteOutputs>> {
    return lookup<StaticRouteOutputs>("barracudawaf:index:StaticRoute", { name: args.name });
}

/**
 * Reads the {@link SyslogServer} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSyslogServer(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<SyslogServerOutputs>> {
    return lookup<SyslogServerOutputs>("barracudawaf:index:SyslogServer", { name: args.name });
}

/**
 * Reads the {@link LocalHost} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getLocalHost(args: { name: pulumi.Input<string> }): pulumi.Output<Found<LocalHostOutputs>> {
    return lookup<LocalHostOutputs>("barracudawaf:index:LocalHost", { name: args.name });
}

/**
 * Reads the {@link ModuleLogLevel} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getModuleLogLevel(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<ModuleLogLevelOutputs>> {
    return lookup<ModuleLogLevelOutputs>("barracudawaf:index:ModuleLogLevel", { name: args.name });
}

/**
 * Reads the {@link NtpServer} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getNtpServer(args: { name: pulumi.Input<string> }): pulumi.Output<Found<NtpServerOutputs>> {
    return lookup<NtpServerOutputs>("barracudawaf:index:NtpServer", { name: args.name });
}

/**
 * Reads the {@link TrapReceiver} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getTrapReceiver(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<TrapReceiverOutputs>> {
    return lookup<TrapReceiverOutputs>("barracudawaf:index:TrapReceiver", { name: args.name });
}

/**
 * Reads the {@link TrustedHostGroup} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getTrustedHostGroup(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<TrustedHostGroupOutputs>> {
    return lookup<TrustedHostGroupOutputs>("barracudawaf:index:TrustedHostGroup", { name: args.name });
}

/**
 * Reads the {@link TrustedHost} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getTrustedHost(args: {
    trustedHostGroup: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<TrustedHostOutputs>> {
    return lookup<TrustedHostOutputs>("barracudawaf:index:TrustedHost", {
        trustedHostGroup: args.trustedHostGroup,
        name: args.name,
    });
}

/**
 * Reads the {@link User} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getUser(args: { name: pulumi.Input<string> }): pulumi.Output<Found<UserOutputs>> {
    return lookup<UserOutputs>("barracudawaf:index:User", { name: args.name });
}

/**
 * Reads the {@link VirtualInterface} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getVirtualInterface(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<VirtualInterfaceOutputs>> {
    return lookup<VirtualInterfaceOutputs>("barracudawaf:index:VirtualInterface", { name: args.name });
}

/**
 * Reads the {@link Vlan} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getVlan(args: { name: pulumi.Input<string> }): pulumi.Output<Found<VlanOutputs>> {
    return lookup<VlanOutputs>("barracudawaf:index:Vlan", { name: args.name });
}

/**
 * Reads the {@link WebScrapingPolicy} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getWebScrapingPolicy(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<WebScrapingPolicyOutputs>> {
    return lookup<WebScrapingPolicyOutputs>("barracudawaf:index:WebScrapingPolicy", { name: args.name });
}

/**
 * Reads the {@link WhitelistedBot} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getWhitelistedBot(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<WhitelistedBotOutputs>> {
    return lookup<WhitelistedBotOutputs>("barracudawaf:index:WhitelistedBot", { name: args.name });
}

/**
 * Reads the {@link AutoSystemAcl} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getAutoSystemAcl(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<AutoSystemAclOutputs>> {
    return lookup<AutoSystemAclOutputs>("barracudawaf:index:AutoSystemAcl", { name: args.name });
}

/**
 * Reads the {@link NetworkInterface} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getNetworkInterface(args: {
    name: pulumi.Input<string>;
}): pulumi.Output<Found<NetworkInterfaceOutputs>> {
    return lookup<NetworkInterfaceOutputs>("barracudawaf:index:NetworkInterface", { name: args.name });
}

/**
 * Reads the {@link ActionPolicy} named `args.name` (of the parents named in `args`) that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getActionPolicy(args: {
    securityPolicy: pulumi.Input<string>;
    name: pulumi.Input<string>;
}): pulumi.Output<Found<ActionPolicyOutputs>> {
    return lookup<ActionPolicyOutputs>("barracudawaf:index:ActionPolicy", {
        securityPolicy: args.securityPolicy,
        name: args.name,
    });
}

/**
 * Reads the appliance's {@link Cluster} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getCluster(): pulumi.Output<Found<ClusterOutputs>> {
    return lookup<ClusterOutputs>("barracudawaf:index:Cluster", {});
}

/**
 * Reads the appliance's {@link ClusterNodes} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getClusterNodes(): pulumi.Output<Found<ClusterNodesOutputs>> {
    return lookup<ClusterNodesOutputs>("barracudawaf:index:ClusterNodes", {});
}

/**
 * Reads the appliance's {@link ControlCenter} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getControlCenter(): pulumi.Output<Found<ControlCenterOutputs>> {
    return lookup<ControlCenterOutputs>("barracudawaf:index:ControlCenter", {});
}

/**
 * Reads the appliance's {@link CustomIpBlocklist} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getCustomIpBlocklist(): pulumi.Output<Found<CustomIpBlocklistOutputs>> {
    return lookup<CustomIpBlocklistOutputs>("barracudawaf:index:CustomIpBlocklist", {});
}

/**
 * Reads the appliance's {@link SamlspRbaIdentityProviders} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSamlspRbaIdentityProviders(): pulumi.Output<Found<SamlspRbaIdentityProvidersOutputs>> {
    return lookup<SamlspRbaIdentityProvidersOutputs>("barracudawaf:index:SamlspRbaIdentityProviders", {});
}

/**
 * Reads the {@link ServiceFtpSecurity} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getServiceFtpSecurity(args: {
    service: pulumi.Input<string>;
}): pulumi.Output<Found<ServiceFtpSecurityOutputs>> {
    return lookup<ServiceFtpSecurityOutputs>("barracudawaf:index:ServiceFtpSecurity", {
        service: args.service,
    });
}

/**
 * Reads the {@link ServiceSensitiveParameterNames} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getServiceSensitiveParameterNames(args: {
    service: pulumi.Input<string>;
}): pulumi.Output<Found<ServiceSensitiveParameterNamesOutputs>> {
    return lookup<ServiceSensitiveParameterNamesOutputs>(
        "barracudawaf:index:ServiceSensitiveParameterNames",
        { service: args.service },
    );
}

/**
 * Reads the {@link ServiceSlowClientAttack} named `args.name` that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getServiceSlowClientAttack(args: {
    service: pulumi.Input<string>;
}): pulumi.Output<Found<ServiceSlowClientAttackOutputs>> {
    return lookup<ServiceSlowClientAttackOutputs>("barracudawaf:index:ServiceSlowClientAttack", {
        service: args.service,
    });
}

/**
 * Reads the appliance's {@link SystemAccountLockoutSettings} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemAccountLockoutSettings(): pulumi.Output<Found<SystemAccountLockoutSettingsOutputs>> {
    return lookup<SystemAccountLockoutSettingsOutputs>("barracudawaf:index:SystemAccountLockoutSettings", {});
}

/**
 * Reads the appliance's {@link SystemAppearance} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemAppearance(): pulumi.Output<Found<SystemAppearanceOutputs>> {
    return lookup<SystemAppearanceOutputs>("barracudawaf:index:SystemAppearance", {});
}

/**
 * Reads the appliance's {@link SystemAzureConfig} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemAzureConfig(): pulumi.Output<Found<SystemAzureConfigOutputs>> {
    return lookup<SystemAzureConfigOutputs>("barracudawaf:index:SystemAzureConfig", {});
}

/**
 * Reads the appliance's {@link SystemCookiesAndParameters} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemCookiesAndParameters(): pulumi.Output<Found<SystemCookiesAndParametersOutputs>> {
    return lookup<SystemCookiesAndParametersOutputs>("barracudawaf:index:SystemCookiesAndParameters", {});
}

/**
 * Reads the appliance's {@link SystemCustomHeaders} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemCustomHeaders(): pulumi.Output<Found<SystemCustomHeadersOutputs>> {
    return lookup<SystemCustomHeadersOutputs>("barracudawaf:index:SystemCustomHeaders", {});
}

/**
 * Reads the appliance's {@link SystemDns} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemDns(): pulumi.Output<Found<SystemDnsOutputs>> {
    return lookup<SystemDnsOutputs>("barracudawaf:index:SystemDns", {});
}

/**
 * Reads the appliance's {@link SystemEmailNotifications} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemEmailNotifications(): pulumi.Output<Found<SystemEmailNotificationsOutputs>> {
    return lookup<SystemEmailNotificationsOutputs>("barracudawaf:index:SystemEmailNotifications", {});
}

/**
 * Reads the appliance's {@link SystemEncryptionKey} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemEncryptionKey(): pulumi.Output<Found<SystemEncryptionKeyOutputs>> {
    return lookup<SystemEncryptionKeyOutputs>("barracudawaf:index:SystemEncryptionKey", {});
}

/**
 * Reads the appliance's {@link SystemEnergizeUpdates} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemEnergizeUpdates(): pulumi.Output<Found<SystemEnergizeUpdatesOutputs>> {
    return lookup<SystemEnergizeUpdatesOutputs>("barracudawaf:index:SystemEnergizeUpdates", {});
}

/**
 * Reads the appliance's {@link SystemExceptionHeuristics} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemExceptionHeuristics(): pulumi.Output<Found<SystemExceptionHeuristicsOutputs>> {
    return lookup<SystemExceptionHeuristicsOutputs>("barracudawaf:index:SystemExceptionHeuristics", {});
}

/**
 * Reads the appliance's {@link SystemExportLogFilters} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemExportLogFilters(): pulumi.Output<Found<SystemExportLogFiltersOutputs>> {
    return lookup<SystemExportLogFiltersOutputs>("barracudawaf:index:SystemExportLogFilters", {});
}

/**
 * Reads the appliance's {@link SystemExportLogSettings} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemExportLogSettings(): pulumi.Output<Found<SystemExportLogSettingsOutputs>> {
    return lookup<SystemExportLogSettingsOutputs>("barracudawaf:index:SystemExportLogSettings", {});
}

/**
 * Reads the appliance's {@link SystemFormLearningAdvancedSettings} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemFormLearningAdvancedSettings(): pulumi.Output<
    Found<SystemFormLearningAdvancedSettingsOutputs>
> {
    return lookup<SystemFormLearningAdvancedSettingsOutputs>(
        "barracudawaf:index:SystemFormLearningAdvancedSettings",
        {},
    );
}

/**
 * Reads the appliance's {@link SystemFtpAccessLogs} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemFtpAccessLogs(): pulumi.Output<Found<SystemFtpAccessLogsOutputs>> {
    return lookup<SystemFtpAccessLogsOutputs>("barracudawaf:index:SystemFtpAccessLogs", {});
}

/**
 * Reads the appliance's {@link SystemLanConfiguration} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemLanConfiguration(): pulumi.Output<Found<SystemLanConfigurationOutputs>> {
    return lookup<SystemLanConfigurationOutputs>("barracudawaf:index:SystemLanConfiguration", {});
}

/**
 * Reads the appliance's {@link SystemLocation} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemLocation(): pulumi.Output<Found<SystemLocationOutputs>> {
    return lookup<SystemLocationOutputs>("barracudawaf:index:SystemLocation", {});
}

/**
 * Reads the appliance's {@link SystemLogsFormat} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemLogsFormat(): pulumi.Output<Found<SystemLogsFormatOutputs>> {
    return lookup<SystemLogsFormatOutputs>("barracudawaf:index:SystemLogsFormat", {});
}

/**
 * Reads the appliance's {@link SystemManagementConfiguration} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemManagementConfiguration(): pulumi.Output<
    Found<SystemManagementConfigurationOutputs>
> {
    return lookup<SystemManagementConfigurationOutputs>(
        "barracudawaf:index:SystemManagementConfiguration",
        {},
    );
}

/**
 * Reads the appliance's {@link SystemNetworkConfiguration} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemNetworkConfiguration(): pulumi.Output<Found<SystemNetworkConfigurationOutputs>> {
    return lookup<SystemNetworkConfigurationOutputs>("barracudawaf:index:SystemNetworkConfiguration", {});
}

/**
 * Reads the appliance's {@link SystemNgFirewall} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemNgFirewall(): pulumi.Output<Found<SystemNgFirewallOutputs>> {
    return lookup<SystemNgFirewallOutputs>("barracudawaf:index:SystemNgFirewall", {});
}

/**
 * Reads the appliance's {@link SystemPasswordPolicy} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemPasswordPolicy(): pulumi.Output<Found<SystemPasswordPolicyOutputs>> {
    return lookup<SystemPasswordPolicyOutputs>("barracudawaf:index:SystemPasswordPolicy", {});
}

/**
 * Reads the appliance's {@link SystemPatternMode} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemPatternMode(): pulumi.Output<Found<SystemPatternModeOutputs>> {
    return lookup<SystemPatternModeOutputs>("barracudawaf:index:SystemPatternMode", {});
}

/**
 * Reads the appliance's {@link SystemProxyServer} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemProxyServer(): pulumi.Output<Found<SystemProxyServerOutputs>> {
    return lookup<SystemProxyServerOutputs>("barracudawaf:index:SystemProxyServer", {});
}

/**
 * Reads the appliance's {@link SystemSecureAdministration} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemSecureAdministration(): pulumi.Output<Found<SystemSecureAdministrationOutputs>> {
    return lookup<SystemSecureAdministrationOutputs>("barracudawaf:index:SystemSecureAdministration", {});
}

/**
 * Reads the appliance's {@link SystemSelfSignedManagementCertificate} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemSelfSignedManagementCertificate(): pulumi.Output<
    Found<SystemSelfSignedManagementCertificateOutputs>
> {
    return lookup<SystemSelfSignedManagementCertificateOutputs>(
        "barracudawaf:index:SystemSelfSignedManagementCertificate",
        {},
    );
}

/**
 * Reads the appliance's {@link SystemSnmp} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemSnmp(): pulumi.Output<Found<SystemSnmpOutputs>> {
    return lookup<SystemSnmpOutputs>("barracudawaf:index:SystemSnmp", {});
}

/**
 * Reads the appliance's {@link SystemSyslogSettings} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemSyslogSettings(): pulumi.Output<Found<SystemSyslogSettingsOutputs>> {
    return lookup<SystemSyslogSettingsOutputs>("barracudawaf:index:SystemSyslogSettings", {});
}

/**
 * Reads the appliance's {@link SystemTwoFactorAuth} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemTwoFactorAuth(): pulumi.Output<Found<SystemTwoFactorAuthOutputs>> {
    return lookup<SystemTwoFactorAuthOutputs>("barracudawaf:index:SystemTwoFactorAuth", {});
}

/**
 * Reads the appliance's {@link SystemWanConfiguration} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemWanConfiguration(): pulumi.Output<Found<SystemWanConfigurationOutputs>> {
    return lookup<SystemWanConfigurationOutputs>("barracudawaf:index:SystemWanConfiguration", {});
}

/**
 * Reads the appliance's {@link SystemWebInterface} settings that exists on the appliance, for a program that uses it without owning it: its properties
 * as the appliance has them (secrets left out), with the stack's connection settings. Works in preview.
 */
export function getSystemWebInterface(): pulumi.Output<Found<SystemWebInterfaceOutputs>> {
    return lookup<SystemWebInterfaceOutputs>("barracudawaf:index:SystemWebInterface", {});
}

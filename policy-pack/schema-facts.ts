import { loadSchema } from "../provider/schema/load";
import { resourceModel, type PropertyModel, type ResourceModel } from "../provider/schema/model";
import { serviceToken, selfSignedCertificateToken, webSocketPolicyToken } from "../provider/schema/tokens";

const urlAclToken = `${loadSchema().name}:index:UrlAcl`;

/**
 * What the rules know about the resources, read from schema.json when the pack loads: type tokens, the program's
 * property names (found by the appliance field they map to, the words a WAF reviewer knows), their defaults and
 * values. A rename in schema.json is followed here; a field the pack relies on that disappears stops the pack
 * from loading, naming it.
 */

/** The type Pulumi records for a resource of this package: the SDK registers each as a dynamic resource. */
export function resourceType(model: ResourceModel): string {
    return `pulumi-nodejs:dynamic/${loadSchema().name}:${model.name}`;
}

/**
 * The property of `model` that maps to the appliance field `field` of `object` (default: the resource's main
 * object), a member of a nested input included (`basicSecurity.mode`).
 *
 * @throws Error when schema.json has no such property.
 */
export function propertyForField(
    model: ResourceModel,
    field: string,
    object = model.extension.object,
): PropertyModel {
    const property = model.leaves.find((p) => p.extension.field === field && p.extension.object === object);
    if (property === undefined) {
        throw new Error(
            `the policy pack needs ${model.name}'s field ${field} of ${object}, which schema.json lacks`,
        );
    }
    return property;
}

/** `value`, after checking that it is one of the enum property's values in schema.json. */
export function enumValue(property: PropertyModel, value: string): string {
    if (!property.enumValues?.includes(value)) {
        throw new Error(
            `the policy pack needs the value ${value} of ${property.name}, which schema.json lacks`,
        );
    }
    return value;
}

/**
 * The value of `property` in a resource's inputs, walking into a nested input (`basicSecurity.mode`); the
 * schema's default when the program leaves it out, as the provider then writes the default.
 */
export function inputValue(props: Record<string, unknown>, property: PropertyModel): unknown {
    let value: unknown = props;
    for (const segment of property.name.split(".")) {
        value =
            typeof value === "object" && value !== null
                ? (value as Record<string, unknown>)[segment]
                : undefined;
    }
    return value ?? property.default;
}

/** The name a reference input holds: given as a name, or as `{ name, ...fields }` when it passes fields. */
export function referencedName(value: unknown): string | undefined {
    if (typeof value === "string") return value;
    const name = typeof value === "object" && value !== null ? (value as { name?: unknown }).name : undefined;
    return typeof name === "string" ? name : undefined;
}

const service = resourceModel(serviceToken);
const serviceObject = service.extension.object;
const advancedConfiguration = `${serviceObject}/advanced-configuration`;
const certificate = resourceModel(selfSignedCertificateToken);
const webSocketPolicy = resourceModel(webSocketPolicyToken);
const policyObject = webSocketPolicy.extension.object;

const serviceMode = propertyForField(service, "mode", `${serviceObject}/basic-security`);
const serviceCertificate = propertyForField(service, "certificate");
const certificateRule = serviceCertificate.extension.requiredWhen;
if (certificateRule === undefined) {
    throw new Error(
        `the policy pack needs schema.json to say which service types need ${serviceCertificate.name}`,
    );
}
const policyStatus = propertyForField(webSocketPolicy, "status");
const policyService = webSocketPolicy.inputs.find((p) => p.extension.parent === "service");
if (policyService === undefined) {
    throw new Error(
        "the policy pack needs WebSocketPolicy's reference to its service, which schema.json lacks",
    );
}

/** The Service resource: its type, and the inputs the rules read. */
export const serviceFacts = {
    type: resourceType(service),
    name: propertyForField(service, service.extension.idField ?? "name"),
    serviceType: service.property(certificateRule.property) as PropertyModel,
    enableWebSocket: propertyForField(service, "enable-websocket", advancedConfiguration),
    enableWebApplicationFirewall: propertyForField(
        service,
        "enable-web-application-firewall",
        advancedConfiguration,
    ),
    enableAccessLogs: propertyForField(service, "enable-access-logs"),
    mode: serviceMode,
    /** The mode in which the firewall blocks attacks rather than only logging them. */
    blockingMode: enumValue(serviceMode, "Active"),
    certificate: serviceCertificate,
    /** The service types that terminate TLS with `certificate`. */
    tlsTypes: certificateRule.in,
    /** The switches of the protocol versions a reviewer no longer accepts, in its SSL Security. */
    legacyTls: [
        {
            version: "TLS 1.0",
            property: propertyForField(service, "enable-tls-1", `${serviceObject}/ssl-security`),
        },
        {
            version: "TLS 1.1",
            property: propertyForField(service, "enable-tls-1-1", `${serviceObject}/ssl-security`),
        },
    ],
};

const urlAcl = resourceModel(urlAclToken);
const urlAclAction = propertyForField(urlAcl, "action");

/** The UrlAcl resource: what it matches and what it does with a match. */
export const urlAclFacts = {
    type: resourceType(urlAcl),
    service: urlAcl.inputs.find((p) => p.extension.parent === "service") as PropertyModel,
    name: propertyForField(urlAcl, urlAcl.extension.idField ?? "name"),
    url: propertyForField(urlAcl, "url"),
    host: propertyForField(urlAcl, "host"),
    action: urlAclAction,
    /** The actions that let a matching request through without the firewall's checks. */
    allowing: [enumValue(urlAclAction, "Allow"), enumValue(urlAclAction, "Allow and Log")],
};

/** The SelfSignedCertificate resource: a certificate the program manages. */
export const certificateFacts = {
    type: resourceType(certificate),
    name: propertyForField(certificate, certificate.extension.idField ?? "name"),
};

const signedCertificate = resourceModel(`${loadSchema().name}:index:SignedCertificate`);

/** The SignedCertificate resource: a certificate the program uploads (its CA signed it), as PEM text. */
export const signedCertificateFacts = {
    type: resourceType(signedCertificate),
    name: propertyForField(signedCertificate, signedCertificate.extension.idField ?? "name"),
    certificate: propertyForField(signedCertificate, "signed-certificate"),
    chain: propertyForField(signedCertificate, "intermediary-certificates"),
};

/** The WebSocketPolicy resource: its type, its service and its origin protection. */
export const webSocketPolicyFacts = {
    type: resourceType(webSocketPolicy),
    name: propertyForField(webSocketPolicy, webSocketPolicy.extension.idField ?? "name"),
    service: policyService,
    allowOrigins: propertyForField(webSocketPolicy, "allow-origins", `${policyObject}/origin-protection`),
    status: policyStatus,
    /** The status of a policy that is not applied. */
    off: enumValue(policyStatus, "Off"),
};

import type { StackValidationPolicy } from "@pulumi/policy";
import { certificateFacts, inputValue, serviceFacts, signedCertificateFacts } from "../schema-facts";

const name = "https-certificate-known";

/** The policy config of the rule: certificates on the appliance that services may use. */
interface KnownCertificates {
    readonly applianceCertificates?: readonly string[];
}

/**
 * A TLS service's certificate is one the program manages, or one named in the policy config: either way a reviewer
 * can tell which certificate visitors will be shown.
 */
export const httpsCertificateKnown: StackValidationPolicy = {
    name,
    description:
        "A service that terminates TLS uses a certificate the program manages (a SelfSignedCertificate or a " +
        "SignedCertificate passed as " +
        "its certificate) or one named in this rule's applianceCertificates. Any other name is a certificate that " +
        "happens to be on the appliance, such as a sample or an expired one, which a reviewer cannot check.",
    enforcementLevel: "advisory",
    configSchema: {
        properties: {
            applianceCertificates: {
                type: "array",
                items: { type: "string" },
                default: [],
                description:
                    "Names of certificates on the appliance (BASIC > Certificates) that services may use.",
            },
        },
    },
    validateStack: (args, reportViolation) => {
        const known = new Set([
            ...(args.getConfig<KnownCertificates>().applianceCertificates ?? []),
            ...[certificateFacts, signedCertificateFacts].flatMap((facts) =>
                args.resources
                    .filter((r) => r.type === facts.type)
                    .map((r) => String(inputValue(r.props, facts.name))),
            ),
        ]);
        for (const resource of args.resources.filter((r) => r.type === serviceFacts.type)) {
            const type = String(inputValue(resource.props, serviceFacts.serviceType));
            if (!serviceFacts.tlsTypes.includes(type)) continue;
            const certificate = inputValue(resource.props, serviceFacts.certificate);
            // A TLS service without a certificate is refused by the provider's own check, with its fix.
            if (typeof certificate !== "string" || certificate === "" || known.has(certificate)) continue;
            const service = String(inputValue(resource.props, serviceFacts.name));
            reportViolation(
                `Service "${service}" (${type}) uses certificate "${certificate}", which this program does not ` +
                    `manage and which is not listed in applianceCertificates of ${name}: nobody can tell from the ` +
                    `program which certificate visitors will see. Manage it in the program (a SelfSignedCertificate or a ` +
                    `SignedCertificate passed as ${serviceFacts.certificate.name}), or list "${certificate}" in applianceCertificates.`,
                resource.urn,
            );
        }
    },
};

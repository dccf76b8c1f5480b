import { X509Certificate } from "node:crypto";

import type { ResourceValidationPolicy } from "@pulumi/policy";
import { inputValue, signedCertificateFacts } from "../schema-facts";

const name = "certificate-expiring";
const day = 24 * 3600 * 1000;

/** The policy config of the rule: how many days ahead an expiry is reported. */
interface ExpiryWindow {
    readonly days?: number;
}

/**
 * A certificate the program uploads (a `SignedCertificate`, whose PEM the program holds) that expires within the
 * configured number of days, or has expired: its services would show visitors a browser warning. The chain's
 * certificates count too. A `SelfSignedCertificate` has no expiry input (the appliance makes it, valid for
 * years), so it is not checked.
 */
export const certificateExpiring: ResourceValidationPolicy = {
    name,
    description:
        "A SignedCertificate of the program whose certificate, or a certificate of its chain, expires within " +
        "this rule's days (30 by default) or has expired: the services using it would show visitors a " +
        "browser warning. Renew it with the CA before then.",
    enforcementLevel: "advisory",
    configSchema: {
        properties: {
            days: {
                type: "integer",
                minimum: 0,
                default: 30,
                description: "How many days before a certificate expires this rule reports it.",
            },
        },
    },
    validateResource: (args, reportViolation) => {
        if (args.type !== signedCertificateFacts.type) return;
        const days = args.getConfig<ExpiryWindow>().days ?? 30;
        const certificateName = String(inputValue(args.props, signedCertificateFacts.name));
        const chain = inputValue(args.props, signedCertificateFacts.chain);
        const pems: [string, unknown][] = [
            ["its certificate", inputValue(args.props, signedCertificateFacts.certificate)],
            ...(Array.isArray(chain) ? chain : []).map((pem, index): [string, unknown] => [
                `the chain's certificate ${index + 1}`,
                pem,
            ]),
        ];
        const now = Date.now();
        for (const [which, pem] of pems) {
            // Not PEM text, or not known yet: the provider's own check reports a value that is not a certificate.
            const expiry = typeof pem === "string" ? expiryOf(pem) : undefined;
            if (expiry === undefined) continue;
            const ms = expiry.getTime() - now;
            const date = expiry.toISOString().slice(0, 10);
            if (ms <= 0) {
                reportViolation(
                    `SignedCertificate "${certificateName}": ${which} expired on ${date}, ${Math.floor(-ms / day)} day(s) ago; ` +
                        "visitors of the services that use it get a browser warning. Renew it with its CA and give the " +
                        "new PEM files (under a new name: the new certificate is uploaded before the old one goes).",
                );
            } else if (ms <= days * day) {
                reportViolation(
                    `SignedCertificate "${certificateName}": ${which} expires on ${date}, in ${Math.ceil(ms / day)} day(s), within ` +
                        `the ${days} days of ${name}. Renew it with its CA and give the new PEM files (under a new ` +
                        "name: the new certificate is uploaded before the old one goes).",
                );
            }
        }
    },
};

/** When the PEM certificate `pem` expires; undefined when it is not one. */
function expiryOf(pem: string): Date | undefined {
    try {
        return new Date(new X509Certificate(pem).validTo);
    } catch {
        return undefined;
    }
}

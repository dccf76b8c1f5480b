import type { ResourceValidationPolicy } from "@pulumi/policy";
import { inputValue, referencedName, urlAclFacts } from "../schema-facts";

/** A URL ACL that lets every request of a service through unchecked turns the firewall off for it. */
export const urlAclAllowsEverything: ResourceValidationPolicy = {
    name: "url-acl-allows-everything",
    description:
        'A URL ACL that allows every URL of every host (`url: "/*"`, `host: "*"`, `action: "Allow"`) lets all ' +
        "of its service's requests past the firewall's checks: the service is protected in name only.",
    enforcementLevel: "advisory",
    validateResource: (args, reportViolation) => {
        if (args.type !== urlAclFacts.type) return;
        const url = String(inputValue(args.props, urlAclFacts.url) ?? "");
        const host = String(inputValue(args.props, urlAclFacts.host) ?? "*");
        const action = String(inputValue(args.props, urlAclFacts.action));
        if (!["/*", "*"].includes(url) || !["*", ""].includes(host) || !urlAclFacts.allowing.includes(action))
            return;
        const service = referencedName(inputValue(args.props, urlAclFacts.service)) ?? "its service";
        reportViolation(
            `URL ACL "${String(inputValue(args.props, urlAclFacts.name))}" of service "${service}" allows every ` +
                `request (${action} on ${url}, any host), past every check of the firewall. Narrow its url to the ` +
                `paths that need it, or set action: "Process" so the firewall still checks them.`,
        );
    },
};

import type { ResourceValidationPolicy } from "@pulumi/policy";
import { exemptServicesSchema, isExempt, type ServiceExemptions } from "../exemptions";
import { inputText } from "../input-text";
import { inputValue, serviceFacts } from "../schema-facts";

const name = "web-application-firewall-on";

/** The web application firewall inspects every service's traffic. */
export const webApplicationFirewallOn: ResourceValidationPolicy = {
    name,
    description:
        "The web application firewall inspects a service's traffic. With it disabled the appliance passes the " +
        "traffic on uninspected, as a plain load balancer, and none of the service's security settings apply.",
    enforcementLevel: "mandatory",
    configSchema: exemptServicesSchema("services that are meant to be plain load balancers"),
    validateResource: (args, reportViolation) => {
        if (args.type !== serviceFacts.type) return;
        const service = String(inputValue(args.props, serviceFacts.name));
        if (isExempt(args.getConfig<ServiceExemptions>(), service)) return;
        const property = serviceFacts.enableWebApplicationFirewall;
        if (inputValue(args.props, property) === false) {
            reportViolation(
                `Service "${service}" has ${inputText(property, false)}: the appliance passes its traffic on ` +
                    `uninspected. Remove the setting (it defaults to ${String(property.default)}) or set ` +
                    `${inputText(property, true)}, or list "${service}" in exemptServices of ${name}.`,
            );
        }
    },
};

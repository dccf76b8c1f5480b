import type { ResourceValidationPolicy } from "@pulumi/policy";
import { exemptServicesSchema, isExempt, type ServiceExemptions } from "../exemptions";
import { inputText } from "../input-text";
import { inputValue, serviceFacts } from "../schema-facts";

const name = "service-active-mode";

/** A service's firewall blocks attacks: Basic Security in Active mode, outside a list of services being tuned. */
export const serviceActiveMode: ResourceValidationPolicy = {
    name,
    description:
        "A service's firewall blocks attacks (Basic Security mode Active). In Passive mode, the appliance's default, " +
        "it only logs them and lets them through: meant for tuning a new service, not for production traffic.",
    enforcementLevel: "mandatory",
    configSchema: exemptServicesSchema("services that may stay Passive, e.g. while their rules are tuned"),
    validateResource: (args, reportViolation) => {
        if (args.type !== serviceFacts.type) return;
        const service = String(inputValue(args.props, serviceFacts.name));
        if (isExempt(args.getConfig<ServiceExemptions>(), service)) return;
        const mode = inputValue(args.props, serviceFacts.mode);
        if (mode !== serviceFacts.blockingMode) {
            reportViolation(
                `Service "${service}" is in ${String(mode)} mode: its firewall logs attacks but lets them through. ` +
                    `Set ${inputText(serviceFacts.mode, serviceFacts.blockingMode)}, or, while its rules are tuned, ` +
                    `list "${service}" in exemptServices of ${name}.`,
            );
        }
    },
};

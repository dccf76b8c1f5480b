import type { ResourceValidationPolicy } from "@pulumi/policy";
import { exemptServicesSchema, isExempt, type ServiceExemptions } from "../exemptions";
import { inputText } from "../input-text";
import { inputValue, serviceFacts } from "../schema-facts";

const name = "access-logs-on";

/** Every service keeps its access logs, the record of who sent what. */
export const accessLogsOn: ResourceValidationPolicy = {
    name,
    description:
        "A service writes an access log entry for each request. Without access logs an attack, or a request the " +
        "firewall blocked by mistake, cannot be traced afterwards.",
    enforcementLevel: "advisory",
    configSchema: exemptServicesSchema(
        "services whose requests need no record, e.g. a health-check endpoint",
    ),
    validateResource: (args, reportViolation) => {
        if (args.type !== serviceFacts.type) return;
        const service = String(inputValue(args.props, serviceFacts.name));
        if (isExempt(args.getConfig<ServiceExemptions>(), service)) return;
        const property = serviceFacts.enableAccessLogs;
        if (inputValue(args.props, property) === false) {
            reportViolation(
                `Service "${service}" has ${inputText(property, false)}: its requests leave no record. Remove the ` +
                    `setting (it defaults to ${String(property.default)}) or set ${inputText(property, true)}, or ` +
                    `list "${service}" in exemptServices of ${name}.`,
            );
        }
    },
};

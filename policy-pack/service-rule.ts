import type { EnforcementLevel, ResourceValidationPolicy } from "@pulumi/policy";
import { exemptionHint, exemptServicesSchema, isExempt, type ServiceExemptions } from "./exemptions";
import type { PropertyModel } from "../provider/schema/model";
import { inputText } from "./input-text";
import { inputValue, serviceFacts } from "./schema-facts";

/** What a rule about one Service at a time says of it. */
export interface ServiceRule {
    readonly name: string;
    readonly description: string;
    readonly enforcementLevel: EnforcementLevel;
    /** Which services one would list in the rule's `exemptServices`, e.g. `services meant to be load balancers`. */
    readonly exempt: string;
    /** What is wrong with the service's inputs and how to fix it, or undefined when nothing is. */
    check(props: Record<string, unknown>): { readonly problem: string; readonly fix: string } | undefined;
}

/**
 * A policy that checks each Service of the program with `rule.check`, leaves alone the services its config
 * lists in `exemptServices`, and reports `Service "NAME" PROBLEM. FIX, or list "NAME" in exemptServices of RULE.`
 */
export function serviceRule(rule: ServiceRule): ResourceValidationPolicy {
    return {
        name: rule.name,
        description: rule.description,
        enforcementLevel: rule.enforcementLevel,
        configSchema: exemptServicesSchema(rule.exempt),
        validateResource: (args, reportViolation) => {
            if (args.type !== serviceFacts.type) return;
            const service = String(inputValue(args.props, serviceFacts.name));
            if (isExempt(args.getConfig<ServiceExemptions>(), service)) return;
            const found = rule.check(args.props);
            if (found !== undefined) {
                reportViolation(
                    `Service "${service}" ${found.problem}. ${found.fix}, ${exemptionHint(service, rule.name)}.`,
                );
            }
        },
    };
}

/**
 * The check of a boolean input that the schema defaults to `true`: it may be left out or set to `true`, not set
 * to `false`. `consequence` says what `false` costs, e.g. `its requests leave no record`.
 */
export function staysOn(property: PropertyModel, consequence: string): ServiceRule["check"] {
    return (props) =>
        inputValue(props, property) === false
            ? {
                  problem: `has ${inputText(property, false)}: ${consequence}`,
                  fix: `Remove the setting (it defaults to ${String(property.default)}) or set ${inputText(property, true)}`,
              }
            : undefined;
}

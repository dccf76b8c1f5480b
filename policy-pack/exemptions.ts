import type { PolicyConfigSchema } from "@pulumi/policy";

/** The policy config every service rule takes: the services it leaves alone, by their names on the appliance. */
export interface ServiceExemptions {
    readonly exemptServices?: readonly string[];
}

/** The config schema of a rule that takes `exemptServices`, saying which services one would list there. */
export function exemptServicesSchema(which: string): PolicyConfigSchema {
    return {
        properties: {
            exemptServices: {
                type: "array",
                items: { type: "string" },
                default: [],
                description: `Names of services this rule leaves alone: ${which}.`,
            },
        },
    };
}

/** Whether the rule's policy config lists `service` in `exemptServices`. */
export function isExempt(config: ServiceExemptions, service: string): boolean {
    return (config.exemptServices ?? []).includes(service);
}

/** The end of a message: how to leave `service` out of `rule`. */
export function exemptionHint(service: string, rule: string): string {
    return `or list "${service}" in exemptServices of ${rule}`;
}

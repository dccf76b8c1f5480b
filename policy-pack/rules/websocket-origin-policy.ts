import type { PolicyResource, StackValidationPolicy } from "@pulumi/policy";
import { exemptionHint, exemptServicesSchema, isExempt, type ServiceExemptions } from "../exemptions";
import { inputValue, referencedName, serviceFacts, webSocketPolicyFacts } from "../schema-facts";

const name = "websocket-origin-policy";

/** Whether a WebSocket policy is applied and names the origins that may connect. */
function checksOrigins(policy: PolicyResource): boolean {
    const origins = inputValue(policy.props, webSocketPolicyFacts.allowOrigins);
    return (
        inputValue(policy.props, webSocketPolicyFacts.status) !== webSocketPolicyFacts.off &&
        Array.isArray(origins) &&
        origins.length > 0
    );
}

/**
 * A service with WebSocket on has a WebSocket policy of the program that checks origins: the WAF passes WebSocket
 * frames without parsing them, so the policy is all that still checks that traffic.
 */
export const webSocketOriginPolicy: StackValidationPolicy = {
    name,
    description:
        "A service with WebSocket on has a WebSocketPolicy with origin protection (allowed origins). The firewall " +
        "does not parse WebSocket frames, so without one any web page can open a connection to the service " +
        "(cross-site WebSocket hijacking).",
    enforcementLevel: "advisory",
    configSchema: exemptServicesSchema("services whose WebSocket policies are managed outside this program"),
    validateStack: (args, reportViolation) => {
        const exemptions = args.getConfig<ServiceExemptions>();
        const policies = args.resources.filter((r) => r.type === webSocketPolicyFacts.type);
        for (const resource of args.resources.filter((r) => r.type === serviceFacts.type)) {
            if (inputValue(resource.props, serviceFacts.enableWebSocket) !== true) continue;
            const service = String(inputValue(resource.props, serviceFacts.name));
            if (isExempt(exemptions, service)) continue;
            const own = policies.filter(
                (policy) =>
                    referencedName(inputValue(policy.props, webSocketPolicyFacts.service)) === service,
            );
            if (own.some(checksOrigins)) continue;
            const found =
                own.length === 0
                    ? "no WebSocketPolicy of this program protects it"
                    : `its WebSocketPolicy ${own
                          .map((policy) => `"${String(inputValue(policy.props, webSocketPolicyFacts.name))}"`)
                          .join(", ")} allows every origin or is off`;
            reportViolation(
                `Service "${service}" has ${serviceFacts.enableWebSocket.name}: true but ${found}: the firewall ` +
                    `does not parse WebSocket frames, so any web page may connect. Add a WebSocketPolicy with ` +
                    `${webSocketPolicyFacts.service.name}: ${resource.name} and ` +
                    `originProtection: { allowOrigins: ["https://..."] }, ${exemptionHint(service, name)}.`,
                resource.urn,
            );
        }
    },
};

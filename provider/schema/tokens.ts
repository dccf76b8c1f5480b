/**
 * The type tokens of the schema.json resources that code of their own refers to (their rules); the registry of
 * every resource comes from schema.json itself (`provider/index.ts`).
 */

/** A resource's short name, as its type token ends: `Service` of `barracudawaf:index:Service`. */
export function resourceNameOf(token: string): string {
    return token.slice(token.lastIndexOf(":") + 1);
}

/** The Service resource's type token in schema.json. */
export const serviceToken = "barracudawaf:index:Service";

/** The SystemConfiguration resource's type token in schema.json. */
export const systemConfigurationToken = "barracudawaf:index:SystemConfiguration";

/** The WebSocketPolicy resource's type token in schema.json. */
export const webSocketPolicyToken = "barracudawaf:index:WebSocketPolicy";

/** The SelfSignedCertificate resource's type token in schema.json (the policy pack's certificate rule). */
export const selfSignedCertificateToken = "barracudawaf:index:SelfSignedCertificate";

/**
 * pulumi-barracudawaf: the Barracuda Web Application Firewall as Pulumi resources.
 *
 * Connection settings come from stack config (`barracudawaf:address`, `barracudawaf:username`,
 * `barracudawaf:password`, `barracudawaf:caCertificate` or `barracudawaf:insecure`) or from the
 * `BARRACUDA_WAF_*` environment variables.
 */
export * from "./generated/resources";
export type * from "./generated/types";

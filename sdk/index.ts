/**
 * pulumi-barracudawaf: the Barracuda Web Application Firewall as Pulumi resources.
 *
 * Connection settings come from stack config (`barracudawaf:address`, `barracudawaf:username`,
 * `barracudawaf:password`, `barracudawaf:caCertificate` or `barracudawaf:insecure`) or from the
 * `BARRACUDA_WAF_*` environment variables. Each resource type `X` has a lookup `getX` for an object a program
 * uses but does not own.
 */
export * from "./generated/resources";
export * from "./generated/lookups";
export type { Found } from "./lookup";
export type * from "./generated/types";

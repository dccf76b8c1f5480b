/** The type tokens of schema.json's resources, for the modules that look their models up. */

/** The Service resource's type token in schema.json. */
export const serviceToken = "barracudawaf:index:Service";

/** The SystemConfiguration resource's type token in schema.json. */
export const systemConfigurationToken = "barracudawaf:index:SystemConfiguration";

/** The Server resource's type token in schema.json. */
export const serverToken = "barracudawaf:index:Server";

/** The SelfSignedCertificate resource's type token in schema.json. */
export const selfSignedCertificateToken = "barracudawaf:index:SelfSignedCertificate";

/** The Vsite resource's type token in schema.json. */
export const vsiteToken = "barracudawaf:index:Vsite";

/** The ServiceGroup resource's type token in schema.json. */
export const serviceGroupToken = "barracudawaf:index:ServiceGroup";

/** The WebSocketPolicy resource's type token in schema.json. */
export const webSocketPolicyToken = "barracudawaf:index:WebSocketPolicy";

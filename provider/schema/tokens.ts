/** The type tokens of schema.json's resources, for the modules that look their models up. */

/** The Service resource's type token in schema.json. */
export const serviceToken = "barracudawaf:index:Service";

/** The SystemConfiguration resource's type token in schema.json. */
export const systemConfigurationToken = "barracudawaf:index:SystemConfiguration";

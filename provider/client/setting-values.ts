/**
 * The connection settings' values, by the name of their config variable in schema.json's `config.variables`:
 * the one place they are written out (TypeScript reads no literal types from a JSON file). Everything else
 * (the keys, environment variables, defaults, ranges, which are required or secret, the order) is read from
 * schema.json (`setting-specs.ts`), and `test/client/setting-values.test.ts` holds this type against it: a
 * variable added there must be added here.
 */
export interface ConnectionSettingValues {
    /** The appliance's origin, without a trailing slash or API path, e.g. `https://waf.example.com:8443`. */
    readonly address: string;
    /** The appliance user name. */
    readonly username: string;
    /** The appliance password (secret: never an own enumerable property of `ConnectionSettings`, never printed). */
    readonly password: string;
    /** PEM text of the certificate authorities to trust for the appliance's certificate, if set. */
    readonly caCertificate: string | undefined;
    /** True only when TLS verification was switched off explicitly (`insecure: true`). */
    readonly insecure: boolean;
    /** Timeout of one request, in seconds, within the range schema.json declares. */
    readonly timeoutSeconds: number;
    /** How many times an idempotent call is retried after a connection error or a 502/503/504. */
    readonly maxRetries: number;
    /**
     * True when every resource takes over an object that already exists under its name, as with `adopt: true`:
     * the way back after an interrupted `pulumi up` left objects on the appliance that the state does not list.
     */
    readonly adoptExisting: boolean;
}

/** The name of a connection setting: a config variable of schema.json. */
export type SettingName = keyof ConnectionSettingValues;

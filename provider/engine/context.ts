import type { ApplianceCalls } from "../client/appliance-client";

/**
 * The calls the resources make to the appliance: {@link ApplianceCalls}, which the client implements, so tests
 * may stand in for it.
 */
export type ApplianceApi = ApplianceCalls;

/**
 * What a resource's handlers need from the provider: the appliance's client and its address. Both are looked
 * up on each call (never at module load), so `configure` may run after the handlers were created.
 */
export interface ResourceContext {
    /** The client of the configured appliance. @throws ConfigurationError when the settings are missing. */
    client(): ApplianceApi;
    /** The configured appliance's address, e.g. `https://waf.example.com:8443`. */
    address(): string;
    /**
     * Resolves once the settings are complete and the appliance accepted them (one login per process, shared
     * with every later call); rejects with the `ConfigurationError`, `AuthenticationError` or unreachable error
     * that says what to fix. `check` calls it, so a preview fails on wrong settings rather than the `up` after it.
     */
    verifyConnection(): Promise<void>;
    /** Whether resources take over existing objects as if `adopt: true` (`barracudawaf:adoptExisting`). */
    adoptExisting(): boolean;
    /**
     * Tells the user of the running `pulumi` command something the plan cannot show (what a takeover changes).
     * The dynamic-provider host passes the provider's standard output to the CLI, which prints it.
     */
    notice(message: string): void;
    /**
     * Whether `create` and `update` are only ever given inputs that `check` accepted, as Pulumi's engine does (it
     * calls `check` first and then passes its inputs on): they then skip validating them again. Otherwise (the
     * default, for direct callers) they refuse invalid inputs with an `InvalidInputsError` before any call.
     */
    readonly inputsChecked?: boolean;
}

/**
 * The path below `/restapi/v3.2` of an appliance object named in schema.json (`services`,
 * `services/{name}/advanced-configuration`), with `name` URI-encoded in place of `{name}`.
 */
export function objectPath(object: string, name?: string): string {
    return `/${object.replace("{name}", encodeURIComponent(name ?? ""))}`;
}

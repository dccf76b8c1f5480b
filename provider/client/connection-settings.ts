import * as fs from "node:fs";
import { inspect } from "node:util";

import { ConfigurationError } from "../errors";

/** The path of the management API below the appliance's address. */
export const apiBasePath = "/restapi/v3.2";

/** Default timeout of one request, in seconds. */
export const defaultTimeoutSeconds = 30;

/** Default number of retries of an idempotent call. */
export const defaultMaxRetries = 3;

/** Where a setting comes from: its stack config key and its environment variable. */
interface SettingSource {
    readonly key: string;
    readonly env: string;
}

const sources = {
    address: { key: "barracudawaf:address", env: "BARRACUDA_WAF_ADDRESS" },
    username: { key: "barracudawaf:username", env: "BARRACUDA_WAF_USERNAME" },
    password: { key: "barracudawaf:password", env: "BARRACUDA_WAF_PASSWORD" },
    caCertificate: { key: "barracudawaf:caCertificate", env: "BARRACUDA_WAF_CA_CERTIFICATE" },
    insecure: { key: "barracudawaf:insecure", env: "BARRACUDA_WAF_INSECURE" },
    timeoutSeconds: { key: "barracudawaf:timeoutSeconds", env: "BARRACUDA_WAF_TIMEOUT_SECONDS" },
    maxRetries: { key: "barracudawaf:maxRetries", env: "BARRACUDA_WAF_MAX_RETRIES" },
    adoptExisting: { key: "barracudawaf:adoptExisting", env: "BARRACUDA_WAF_ADOPT_EXISTING" },
} as const satisfies Record<string, SettingSource>;

/** The fields of {@link ConnectionSettings}, as given to its constructor. */
export interface ConnectionSettingsInit {
    readonly address: string;
    readonly username: string;
    readonly password: string;
    readonly caCertificate?: string;
    readonly insecure?: boolean;
    readonly timeoutSeconds?: number;
    readonly maxRetries?: number;
    readonly adoptExisting?: boolean;
}

/**
 * How to reach and log in to one appliance. Immutable.
 *
 * The password is kept in a private field behind a getter: it is not an own enumerable property, and
 * `util.inspect`, `JSON.stringify` and `toString` show `[secret]` in its place.
 */
export class ConnectionSettings {
    /** The appliance's origin, without a trailing slash or API path, e.g. `https://waf.example.com:8443`. */
    readonly address: string;
    /** `address` followed by `/restapi/v3.2`: every API path is relative to it. */
    readonly baseUrl: string;
    /** The appliance user name. */
    readonly username: string;
    /** PEM text of the certificate authorities to trust for the appliance's certificate, if set. */
    readonly caCertificate: string | undefined;
    /** True only when TLS verification was switched off explicitly (`barracudawaf:insecure: true`). */
    readonly insecure: boolean;
    /** Timeout of one request, in seconds (positive; fractions allowed). */
    readonly timeoutSeconds: number;
    /** How many times an idempotent call is retried after a connection error or a 502/503/504 (0–10). */
    readonly maxRetries: number;
    /**
     * True when every resource takes over an object that already exists under its name, as with `adopt: true`:
     * the way back after an interrupted `pulumi up` left objects on the appliance that the state does not list.
     */
    readonly adoptExisting: boolean;
    readonly #password: string;

    /** Takes already validated values; use {@link readConnectionSettings} to read and validate stack config. */
    constructor(init: ConnectionSettingsInit) {
        this.address = init.address.replace(/\/+$/, "");
        this.baseUrl = this.address + apiBasePath;
        this.username = init.username;
        this.#password = init.password;
        this.caCertificate = init.caCertificate;
        this.insecure = init.insecure ?? false;
        this.timeoutSeconds = init.timeoutSeconds ?? defaultTimeoutSeconds;
        this.maxRetries = init.maxRetries ?? defaultMaxRetries;
        this.adoptExisting = init.adoptExisting ?? false;
    }

    /** The appliance password. Not enumerable, never printed. */
    get password(): string {
        return this.#password;
    }

    /** A plain description for logs, with the password replaced by `[secret]`. */
    toJSON(): Record<string, unknown> {
        return {
            address: this.address,
            username: this.username,
            password: "[secret]",
            caCertificate: this.caCertificate === undefined ? undefined : "[PEM]",
            insecure: this.insecure,
            timeoutSeconds: this.timeoutSeconds,
            maxRetries: this.maxRetries,
            adoptExisting: this.adoptExisting,
        };
    }

    /** `ConnectionSettings <username>@<address>`, without the password. */
    toString(): string {
        return `ConnectionSettings ${this.username}@${this.address}`;
    }

    [inspect.custom](): string {
        return `ConnectionSettings ${inspect(this.toJSON())}`;
    }
}

/**
 * Reads the provider's connection settings from stack config (full keys such as `barracudawaf:address`), falling
 * back to the `BARRACUDA_WAF_*` environment variables; a config value wins over the environment, and an empty
 * value counts as unset.
 *
 * `address` must be an `http` or `https` URL such as `https://waf:8443` or `http://waf:8000`; a trailing `/` or
 * `/restapi/v3.2` is accepted and dropped. `caCertificate` is PEM text or the path of a PEM file (read now).
 * `insecure` and `adoptExisting` must be `true` or `false` (default false). Defaults: `timeoutSeconds` 30,
 * `maxRetries` 3.
 *
 * @throws ConfigurationError naming the key, its environment variable and the fix, when a required setting is
 *   missing or a value is invalid. The message never quotes the password.
 */
export function readConnectionSettings(
    config: { get(key: string): string | undefined },
    env: NodeJS.ProcessEnv = process.env,
): ConnectionSettings {
    const read = (source: SettingSource): string | undefined => {
        const fromConfig = config.get(source.key);
        if (fromConfig !== undefined && fromConfig !== "") {
            return fromConfig;
        }
        const fromEnv = env[source.env];
        return fromEnv !== undefined && fromEnv !== "" ? fromEnv : undefined;
    };
    const address = parseAddress(required(sources.address, read(sources.address), "the appliance's URL"));
    const username = required(sources.username, read(sources.username), "the appliance user name");
    const password = required(sources.password, read(sources.password), "the appliance password", true);
    const caCertificate = readCaCertificate(read(sources.caCertificate));
    const insecure = parseBoolean(sources.insecure, read(sources.insecure));
    if (insecure && caCertificate !== undefined) {
        throw new ConfigurationError({
            key: sources.insecure.key,
            envVariable: sources.insecure.env,
            problem: `is true while ${sources.caCertificate.key} is also set`,
            fix: `set only one: ${sources.caCertificate.key} to verify the appliance with that CA (recommended), or ${sources.insecure.key} to skip verification`,
        });
    }
    const timeoutSeconds = parseNumber(sources.timeoutSeconds, read(sources.timeoutSeconds), {
        fallback: defaultTimeoutSeconds,
        min: 0.001,
        max: 3600,
        integer: false,
    });
    const maxRetries = parseNumber(sources.maxRetries, read(sources.maxRetries), {
        fallback: defaultMaxRetries,
        min: 0,
        max: 10,
        integer: true,
    });
    const adoptExisting = parseBoolean(sources.adoptExisting, read(sources.adoptExisting));
    return new ConnectionSettings({
        address,
        username,
        password,
        caCertificate,
        insecure,
        timeoutSeconds,
        maxRetries,
        adoptExisting,
    });
}

function required(source: SettingSource, value: string | undefined, what: string, secret = false): string {
    if (value === undefined) {
        throw new ConfigurationError({
            key: source.key,
            envVariable: source.env,
            problem: "is not set",
            fix:
                `set ${what} with \`pulumi config set ${secret ? "--secret " : ""}${source.key} <value>\`` +
                ` or the environment variable ${source.env}`,
        });
    }
    return value;
}

/** Validates the address and returns its origin (`scheme://host:port`), dropping `/` or `/restapi/v3.2`. */
function parseAddress(raw: string): string {
    const source = sources.address;
    const value = raw.trim();
    const invalid = (problem: string, fix: string): ConfigurationError =>
        new ConfigurationError({ key: source.key, envVariable: source.env, problem, fix });
    const example = "https://HOST:8443 (or http://HOST:8000 for the unencrypted port)";
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
        const hostPart = value.replace(/\/.*$/, "").replace(/^.*@/, "");
        const suggestion = /:\d+$/.test(hostPart)
            ? `https://${hostPart}`
            : `https://${hostPart}:8443 (or http://${hostPart}:8000)`;
        throw invalid(`"${hostPart}" has no scheme`, `set it to a URL such as ${suggestion}`);
    }
    let url: URL;
    try {
        url = new URL(value);
    } catch {
        throw invalid(`"${withoutUserInfo(value)}" is not a valid URL`, `set it to ${example}`);
    }
    const shown = withoutUserInfo(value);
    if (url.protocol !== "https:" && url.protocol !== "http:") {
        throw invalid(`"${shown}" is not an http or https URL`, `set it to ${example}`);
    }
    if (url.username !== "" || url.password !== "") {
        throw invalid(
            "contains credentials",
            `remove them from the URL and set barracudawaf:username and barracudawaf:password instead`,
        );
    }
    if (url.search !== "" || url.hash !== "") {
        throw invalid(`"${shown}" has a query or fragment`, `set it to ${url.origin}`);
    }
    const path = url.pathname.replace(/\/+$/, "");
    if (path !== "" && path !== apiBasePath) {
        throw invalid(
            `"${shown}" has the path "${url.pathname}"; the provider speaks ${apiBasePath} and adds it itself`,
            `set it to ${url.origin}`,
        );
    }
    return url.origin;
}

function withoutUserInfo(value: string): string {
    return value.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, "$1");
}

function readCaCertificate(value: string | undefined): string | undefined {
    if (value === undefined) {
        return undefined;
    }
    const source = sources.caCertificate;
    if (value.includes("-----BEGIN")) {
        return value;
    }
    let text: string;
    try {
        text = fs.readFileSync(value.trim(), "utf8");
    } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        throw new ConfigurationError({
            key: source.key,
            envVariable: source.env,
            problem: `is neither PEM text nor a readable file ("${value.trim()}": ${reason})`,
            fix: "set it to the PEM text of the CA certificate that signed the appliance's certificate, or to the path of a PEM file",
        });
    }
    if (!text.includes("-----BEGIN CERTIFICATE-----")) {
        throw new ConfigurationError({
            key: source.key,
            envVariable: source.env,
            problem: `points to "${value.trim()}", which holds no PEM certificate`,
            fix: "point it to a PEM file that contains -----BEGIN CERTIFICATE-----",
        });
    }
    return text;
}

function parseBoolean(source: SettingSource, value: string | undefined): boolean {
    if (value === undefined) {
        return false;
    }
    const normalized = value.trim().toLowerCase();
    if (normalized === "true") {
        return true;
    }
    if (normalized === "false") {
        return false;
    }
    throw new ConfigurationError({
        key: source.key,
        envVariable: source.env,
        problem: `is "${value}"`,
        fix: "set it to true or false",
    });
}

function parseNumber(
    source: SettingSource,
    value: string | undefined,
    rule: {
        readonly fallback: number;
        readonly min: number;
        readonly max: number;
        readonly integer: boolean;
    },
): number {
    if (value === undefined) {
        return rule.fallback;
    }
    const parsed = Number(value.trim());
    const valid =
        value.trim() !== "" &&
        Number.isFinite(parsed) &&
        parsed >= rule.min &&
        parsed <= rule.max &&
        (!rule.integer || Number.isInteger(parsed));
    if (!valid) {
        const kind = rule.integer ? "a whole number" : "a number";
        const low = rule.integer ? rule.min : 0;
        throw new ConfigurationError({
            key: source.key,
            envVariable: source.env,
            problem: `is "${value}"`,
            fix: `set it to ${kind} ${rule.integer ? "from" : "greater than"} ${low} ${rule.integer ? "to" : "and at most"} ${rule.max} (default ${rule.fallback})`,
        });
    }
    return parsed;
}

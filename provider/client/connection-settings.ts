import * as fs from "node:fs";
import { inspect } from "node:util";

import { ConfigurationError } from "./errors";
import {
    allowedValues,
    isAllowedNumber,
    type SettingSpec,
    type SettingSpecs,
    settingSpecs,
} from "./setting-specs";

/** The path of the management API below the appliance's address. */
export const apiBasePath = "/restapi/v3.2";

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
    /** Timeout of one request, in seconds, within the range schema.json declares (`barracudawaf:timeoutSeconds`). */
    readonly timeoutSeconds: number;
    /**
     * How many times an idempotent call is retried after a connection error or a 502/503/504
     * (`barracudawaf:maxRetries`).
     */
    readonly maxRetries: number;
    /**
     * True when every resource takes over an object that already exists under its name, as with `adopt: true`:
     * the way back after an interrupted `pulumi up` left objects on the appliance that the state does not list.
     */
    readonly adoptExisting: boolean;
    readonly #password: string;

    /**
     * Takes already validated values; use {@link readConnectionSettings} to read and validate stack config.
     * Settings left out get schema.json's defaults.
     */
    constructor(init: ConnectionSettingsInit) {
        const specs = settingSpecs();
        this.address = init.address.replace(/\/+$/, "");
        this.baseUrl = this.address + apiBasePath;
        this.username = init.username;
        this.#password = init.password;
        this.caCertificate = init.caCertificate;
        this.insecure = init.insecure ?? specs.insecure.default === true;
        this.timeoutSeconds = init.timeoutSeconds ?? Number(specs.timeoutSeconds.default);
        this.maxRetries = init.maxRetries ?? Number(specs.maxRetries.default);
        this.adoptExisting = init.adoptExisting ?? specs.adoptExisting.default === true;
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
 * value counts as unset. Keys, environment variables, defaults and ranges are schema.json's `config.variables`.
 *
 * `address` must be an `http` or `https` URL such as `https://waf:8443` or `http://waf:8000`; a trailing `/` or
 * `/restapi/v3.2` is accepted and dropped. `caCertificate` is PEM text or the path of a PEM file (read now).
 * `insecure` and `adoptExisting` must be `true` or `false`; numbers must be within their range.
 *
 * @throws ConfigurationError naming the key, its environment variable and the fix, when a required setting is
 *   missing or a value is invalid. The message never quotes the password.
 */
export function readConnectionSettings(
    config: { get(key: string): string | undefined },
    env: NodeJS.ProcessEnv = process.env,
): ConnectionSettings {
    const specs = settingSpecs();
    const read = (spec: SettingSpec): string | undefined => {
        const fromConfig = config.get(spec.key);
        if (fromConfig !== undefined && fromConfig !== "") {
            return fromConfig;
        }
        const fromEnv = env[spec.env];
        const value = fromEnv !== undefined && fromEnv !== "" ? fromEnv : undefined;
        if (value === undefined && spec.required) {
            throw missing(spec);
        }
        return value;
    };
    const required = (spec: SettingSpec): string => {
        const value = read(spec);
        if (value === undefined) {
            throw missing(spec); // ConnectionSettings cannot do without it, whatever schema.json says
        }
        return value;
    };
    const address = parseAddress(required(specs.address), specs);
    const username = required(specs.username);
    const password = required(specs.password);
    const caCertificate = readCaCertificate(specs.caCertificate, read(specs.caCertificate));
    const insecure = parseBoolean(specs.insecure, read(specs.insecure));
    if (insecure && caCertificate !== undefined) {
        throw new ConfigurationError({
            key: specs.insecure.key,
            envVariable: specs.insecure.env,
            problem: `is true while ${specs.caCertificate.key} is also set`,
            fix: `set only one: ${specs.caCertificate.key} to verify the appliance with that CA (recommended), or ${specs.insecure.key} to skip verification`,
        });
    }
    return new ConnectionSettings({
        address,
        username,
        password,
        caCertificate,
        insecure,
        timeoutSeconds: parseNumber(specs.timeoutSeconds, read(specs.timeoutSeconds)),
        maxRetries: parseNumber(specs.maxRetries, read(specs.maxRetries)),
        adoptExisting: parseBoolean(specs.adoptExisting, read(specs.adoptExisting)),
    });
}

function missing(spec: SettingSpec): ConfigurationError {
    return new ConfigurationError({
        key: spec.key,
        envVariable: spec.env,
        problem: "is not set",
        fix:
            `set ${spec.title} with \`pulumi config set ${spec.secret ? "--secret " : ""}${spec.key} <value>\`` +
            ` or the environment variable ${spec.env}`,
    });
}

/** Validates the address and returns its origin (`scheme://host:port`), dropping `/` or `/restapi/v3.2`. */
function parseAddress(raw: string, specs: SettingSpecs): string {
    const spec = specs.address;
    const value = raw.trim();
    const invalid = (problem: string, fix: string): ConfigurationError =>
        new ConfigurationError({ key: spec.key, envVariable: spec.env, problem, fix });
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
            `remove them from the URL and set ${specs.username.key} and ${specs.password.key} instead`,
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

function readCaCertificate(source: SettingSpec, value: string | undefined): string | undefined {
    if (value === undefined) {
        return undefined;
    }
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

function parseBoolean(spec: SettingSpec, value: string | undefined): boolean {
    if (value === undefined) {
        return spec.default === true;
    }
    const normalized = value.trim().toLowerCase();
    if (normalized === "true" || normalized === "false") {
        return normalized === "true";
    }
    throw new ConfigurationError({
        key: spec.key,
        envVariable: spec.env,
        problem: `is "${value}"`,
        fix: `set it to ${allowedValues(spec)}`,
    });
}

function parseNumber(spec: SettingSpec, value: string | undefined): number {
    if (value === undefined) {
        return Number(spec.default);
    }
    const parsed = Number(value.trim());
    if (value.trim() === "" || !isAllowedNumber(spec, parsed)) {
        throw new ConfigurationError({
            key: spec.key,
            envVariable: spec.env,
            problem: `is "${value}"`,
            fix: `set it to ${allowedValues(spec)} (default ${spec.default})`,
        });
    }
    return parsed;
}

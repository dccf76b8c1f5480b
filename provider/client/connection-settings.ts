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
import type { ConnectionSettingValues, SettingName } from "./setting-values";

/** The path of the management API below the appliance's address. */
export const apiBasePath = "/restapi/v3.2";

/**
 * The fields of {@link ConnectionSettings}, as given to its constructor: the credentials, and any other setting
 * (left out, it gets schema.json's default).
 */
export type ConnectionSettingsInit = Pick<ConnectionSettingValues, "address" | "username" | "password"> &
    Partial<ConnectionSettingValues>;

/** The settings a {@link ConnectionSettings} shows as fields: all but the secret one. */
type SettingFields = Omit<ConnectionSettingValues, "password">;

/** A base class whose instances carry `fields` as their own properties, typed by {@link SettingFields}. */
const WithSettingFields = class {
    constructor(fields: Partial<SettingFields>) {
        Object.assign(this, fields);
    }
} as new (fields: Partial<SettingFields>) => Readonly<SettingFields>;

/** How {@link ConnectionSettings.toJSON} shows a setting that is set, where not as it is. */
const shownAs: Partial<Record<SettingName, string>> = { caCertificate: "[PEM]" };

/**
 * How to reach and log in to one appliance: one readonly field per setting of schema.json's config
 * ({@link ConnectionSettingValues}), plus {@link baseUrl}. Immutable.
 *
 * Secret settings (the password) are kept in a private field behind a getter: they are not own enumerable
 * properties, and `util.inspect`, `JSON.stringify` and `toString` show `[secret]` in their place.
 */
export class ConnectionSettings extends WithSettingFields {
    /** `address` followed by `/restapi/v3.2`: every API path is relative to it. */
    readonly baseUrl: string;
    readonly #secrets: ReadonlyMap<SettingName, unknown>;

    /**
     * Takes already validated values; use {@link readConnectionSettings} to read and validate stack config.
     * Settings left out get schema.json's defaults.
     */
    constructor(init: ConnectionSettingsInit) {
        const specs = Object.values(settingSpecs());
        const given = { ...init, address: init.address.replace(/\/+$/, "") };
        const entry = (spec: SettingSpec) => [spec.name, given[spec.name] ?? spec.default] as const;
        super(Object.fromEntries(specs.filter((spec) => !spec.secret).map(entry)));
        this.#secrets = new Map(specs.filter((spec) => spec.secret).map(entry));
        this.baseUrl = this.address + apiBasePath;
    }

    /** The appliance password. Not enumerable, never printed. */
    get password(): string {
        return this.#secrets.get("password") as string;
    }

    /** Whether `other` holds the same value of every setting. */
    equals(other: ConnectionSettings): boolean {
        return Object.values(settingSpecs()).every((spec) => this[spec.name] === other[spec.name]);
    }

    /** A plain description for logs, with each secret replaced by `[secret]` and the CA certificate by `[PEM]`. */
    toJSON(): Record<string, unknown> {
        return Object.fromEntries(
            Object.values(settingSpecs()).map((spec) => {
                const value = this[spec.name];
                const shown = spec.secret ? "[secret]" : shownAs[spec.name];
                return [spec.name, value === undefined || shown === undefined ? value : shown];
            }),
        );
    }

    /** `ConnectionSettings <username>@<address>`, without the password. */
    override toString(): string {
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
        return fromEnv !== undefined && fromEnv !== "" ? fromEnv : undefined;
    };
    const values = Object.fromEntries(
        Object.values(specs).map((spec) => {
            const raw = read(spec);
            if (raw === undefined) {
                if (spec.required) {
                    throw missing(spec);
                }
                return [spec.name, spec.default];
            }
            return [spec.name, (parsers[spec.name] ?? parsersByType[spec.type])(spec, raw, specs)];
        }),
    ) as unknown as ConnectionSettingValues;
    if (values.insecure && values.caCertificate !== undefined) {
        throw new ConfigurationError({
            key: specs.insecure.key,
            envVariable: specs.insecure.env,
            problem: `is true while ${specs.caCertificate.key} is also set`,
            fix: `set only one: ${specs.caCertificate.key} to verify the appliance with that CA (recommended), or ${specs.insecure.key} to skip verification`,
        });
    }
    return new ConnectionSettings(values);
}

/** Turns the text of a setting, as set, into its value; throws a ConfigurationError for an invalid one. */
type Parser = (spec: SettingSpec, raw: string, specs: SettingSpecs) => unknown;

/** The settings with a rule of their own. */
const parsers: Partial<Record<SettingName, Parser>> = {
    address: (_spec, raw, specs) => parseAddress(raw, specs),
    caCertificate: (spec, raw) => readCaCertificate(spec, raw),
};

/** Every other setting, by its type in schema.json. */
const parsersByType: Readonly<Record<SettingSpec["type"], Parser>> = {
    string: (_spec, raw) => raw,
    boolean: (spec, raw) => parseBoolean(spec, raw),
    integer: (spec, raw) => parseNumber(spec, raw),
    number: (spec, raw) => parseNumber(spec, raw),
};

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

function readCaCertificate(source: SettingSpec, value: string): string {
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

function parseBoolean(spec: SettingSpec, value: string): boolean {
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

function parseNumber(spec: SettingSpec, value: string): number {
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

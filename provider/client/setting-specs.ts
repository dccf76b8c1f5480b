import type { PackageSchema } from "../schema/load";
import { schemaIndex } from "../schema/parts";
import type { SettingName } from "./setting-values";

/**
 * One connection setting as schema.json's `config.variables` declares it: Pulumi's own `type`, `default`,
 * `secret`, `description` and `defaultInfo.environment`, plus the `x-barracudawaf` extension for what Pulumi's
 * schema has no slot for (whether it is required, its range, the noun that names it in messages).
 */
export interface SettingSpec {
    /** The name of the config variable, e.g. `address`. */
    readonly name: SettingName;
    /** The full stack config key, e.g. `barracudawaf:address`. */
    readonly key: string;
    /** The environment variable read when the key is unset, e.g. `BARRACUDA_WAF_ADDRESS`. */
    readonly env: string;
    readonly type: "string" | "boolean" | "integer" | "number";
    /** The value when neither the key nor the environment variable is set, if there is one. */
    readonly default: boolean | number | undefined;
    /** True when the value must be set with `pulumi config set --secret`. */
    readonly secret: boolean;
    /** True when the setting has no default and must be set. */
    readonly required: boolean;
    /** What the value is, as a noun for messages, e.g. `the appliance's URL`. */
    readonly title: string;
    /** The reference text: what the setting means. */
    readonly description: string;
    /** The smallest allowed value of a number, inclusive. */
    readonly minimum?: number;
    /** The bound every allowed value of a number is greater than. */
    readonly exclusiveMinimum?: number;
    /** The largest allowed value of a number, inclusive. */
    readonly maximum?: number;
}

/** Every connection setting's {@link SettingSpec}, by name, in schema.json's order. */
export type SettingSpecs = Readonly<Record<SettingName, SettingSpec>>;

/** A config variable of schema.json as this module reads it; checked, as the file is plain JSON. */
interface ConfigVariable {
    readonly type?: unknown;
    readonly default?: unknown;
    readonly secret?: unknown;
    readonly description?: unknown;
    readonly defaultInfo?: { readonly environment?: unknown };
    readonly "x-barracudawaf"?: {
        readonly required?: unknown;
        readonly title?: unknown;
        readonly minimum?: unknown;
        readonly exclusiveMinimum?: unknown;
        readonly maximum?: unknown;
    };
}

/** What the settings are read from: a schema's name and config (schema.json's, or its index's). */
type SettingsSource = Pick<PackageSchema, "name" | "config">;

const specsOf = new WeakMap<SettingsSource, SettingSpecs>();

/**
 * Every connection setting as `schema` (by default this package's schema.json, read once) declares it: one per
 * variable of its `config.variables`, in their order. `test/client/setting-values.test.ts` checks that this
 * package's schema.json declares exactly the settings of `ConnectionSettingValues`.
 *
 * @throws Error naming the variable when schema.json declares one in a way the reader cannot follow (no
 *   environment variable, a default of another type, a range on a string).
 */
export function settingSpecs(schema: SettingsSource = schemaIndex()): SettingSpecs {
    let specs = specsOf.get(schema);
    if (specs === undefined) {
        const variables = (schema.config?.variables ?? {}) as Readonly<Record<string, ConfigVariable>>;
        const entries = Object.entries(variables).map(([name, variable]) => [
            name,
            settingSpec(schema.name, name as SettingName, variable),
        ]);
        specs = Object.fromEntries(entries) as Record<SettingName, SettingSpec>;
        specsOf.set(schema, specs);
    }
    return specs;
}

function settingSpec(packageName: string, name: SettingName, variable: ConfigVariable): SettingSpec {
    const fail = (problem: string): never => {
        throw new Error(`schema.json: config variable "${name}" ${problem}`);
    };
    const { type, description } = variable;
    if (type !== "string" && type !== "boolean" && type !== "integer" && type !== "number") {
        return fail(`has the type ${JSON.stringify(type)}; expected string, boolean, integer or number`);
    }
    const environment = variable.defaultInfo?.environment;
    if (!Array.isArray(environment) || environment.length !== 1 || typeof environment[0] !== "string") {
        return fail("needs defaultInfo.environment with exactly one environment variable");
    }
    if (typeof description !== "string" || description === "") {
        return fail("needs a description");
    }
    const extension = variable["x-barracudawaf"] ?? {};
    const { title } = extension;
    if (typeof title !== "string" || title === "") {
        return fail(
            'needs x-barracudawaf.title, the noun that names it in messages (e.g. "the appliance user name")',
        );
    }
    const numeric = type === "integer" || type === "number";
    const bound = (which: "minimum" | "exclusiveMinimum" | "maximum"): number | undefined => {
        const value = extension[which];
        if (value !== undefined && (!numeric || typeof value !== "number")) {
            fail(
                `has x-barracudawaf.${which} ${JSON.stringify(value)}, which needs a number on a number setting`,
            );
        }
        return value as number | undefined;
    };
    const fallback = variable.default;
    const expected = numeric ? "number" : type;
    if (fallback !== undefined && (typeof fallback !== expected || type === "string")) {
        return fail(`has the default ${JSON.stringify(fallback)}; only boolean and number settings have one`);
    }
    const required = extension.required === true;
    if (required && fallback !== undefined) {
        return fail("is required yet has a default");
    }
    if (!required && fallback === undefined && type !== "string") {
        return fail("needs a default or x-barracudawaf.required: true");
    }
    return {
        name,
        key: `${packageName}:${name}`,
        env: environment[0],
        type,
        default: fallback as boolean | number | undefined,
        secret: variable.secret === true,
        required,
        title,
        description,
        minimum: bound("minimum"),
        exclusiveMinimum: bound("exclusiveMinimum"),
        maximum: bound("maximum"),
    };
}

/**
 * The values a boolean or number setting allows, in words that complete "set it to …", e.g. `a whole number from
 * 0 to 10` or `a number greater than 0 and at most 3600`; `undefined` for a string setting.
 */
export function allowedValues(spec: SettingSpec): string | undefined {
    if (spec.type === "boolean") {
        return "true or false";
    }
    if (spec.type === "string") {
        return undefined;
    }
    const kind = spec.type === "integer" ? "a whole number" : "a number";
    const { minimum, exclusiveMinimum, maximum } = spec;
    if (minimum !== undefined && maximum !== undefined) {
        return `${kind} from ${minimum} to ${maximum}`;
    }
    const lower =
        exclusiveMinimum !== undefined
            ? `greater than ${exclusiveMinimum}`
            : minimum !== undefined
              ? `at least ${minimum}`
              : undefined;
    const upper = maximum === undefined ? undefined : `at most ${maximum}`;
    const range = [lower, upper].filter((part) => part !== undefined).join(" and ");
    return range === "" ? kind : `${kind} ${range}`;
}

/** Whether `value` is within the setting's range (and whole, for an integer setting). */
export function isAllowedNumber(spec: SettingSpec, value: number): boolean {
    return (
        Number.isFinite(value) &&
        (spec.type !== "integer" || Number.isInteger(value)) &&
        (spec.minimum === undefined || value >= spec.minimum) &&
        (spec.exclusiveMinimum === undefined || value > spec.exclusiveMinimum) &&
        (spec.maximum === undefined || value <= spec.maximum)
    );
}

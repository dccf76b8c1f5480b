import * as fs from "node:fs";
import * as path from "node:path";

/** The npm package whose root holds schema.json. */
const packageName = "pulumi-barracudawaf";

/** The part of a Pulumi Package Schema property that the provider reads, plus the `x-barracudawaf` extension. */
export interface SchemaProperty {
    readonly type?: "string" | "integer" | "number" | "boolean" | "array" | "object";
    readonly $ref?: string;
    readonly description?: string;
    readonly default?: unknown;
    readonly secret?: boolean;
    readonly replaceOnChanges?: boolean;
    readonly items?: SchemaProperty;
    readonly additionalProperties?: SchemaProperty;
    readonly "x-barracudawaf"?: PropertyExtension;
}

/**
 * What Pulumi's schema has no slot for: the appliance field and object a property maps to, its range, length
 * limits, pattern and the rules the provider applies. Read only through {@link loadSchema}'s consumers.
 */
export interface PropertyExtension {
    /** The appliance's (kebab-case) field name, e.g. `ip-address`. Absent for provider-only properties. */
    readonly field?: string;
    /** The appliance object the field lives on, e.g. `services` or `services/{name}/advanced-configuration`. */
    readonly object?: string;
    readonly minimum?: number;
    readonly maximum?: number;
    readonly minLength?: number;
    readonly maxLength?: number;
    /** A regular expression the whole value must match. */
    readonly pattern?: string;
    /** The pattern in words, for error messages, e.g. `letters, digits, "." and "-"`. */
    readonly patternDescription?: string;
    /** A format checked by the provider's cross-field rules: `ip-address` or `mask`. */
    readonly format?: "ip-address" | "mask";
    /** When omitted, the appliance picks the value and the provider leaves it alone (never "cleared"). */
    readonly computed?: boolean;
    /**
     * The property is required when another property has one of the listed values; `fix` ends the message,
     * e.g. `set it to the name of a certificate`.
     */
    readonly requiredWhen?: {
        readonly property: string;
        readonly in: readonly string[];
        readonly fix: string;
    };
    /** The property is never sent to the appliance. */
    readonly providerOnly?: boolean;
    /** The name of an item of a fixed collection: its path's last segment, no field of its body. */
    readonly itemName?: boolean;
    /** The appliance wants this field on every write of its object. */
    readonly sentOnEveryWrite?: boolean;
    /**
     * The property names a parent of the object: the placeholder of the resource's path it fills, e.g.
     * `service` in `services/{service}/servers/{name}`. It is not a field; a change of it replaces the object.
     */
    readonly parent?: string;
    /** The type token of the resource whose name the property holds, e.g. `barracudawaf:index:Vsite`. */
    readonly references?: string;
    /**
     * For a property that takes another resource itself (`$ref`): the fields of it that the SDK passes with its
     * `id`, for a rule checked at preview, e.g. `["showAdvancedSettings"]`.
     */
    readonly passes?: readonly string[];
    /**
     * The object an update of the field is written to, when the main object's PUT cannot change it: a
     * service's `certificate` is set by its POST and changed through `services/{name}/ssl-security`.
     */
    readonly putVia?: string;
    /**
     * The program gives PEM text of this kind (a certificate, or a private key); the provider checks it and
     * sends it base64-encoded, as the appliance takes it (a list: each item).
     */
    readonly pem?: "certificate" | "private-key";
    /**
     * The appliance's GET does not return the field: the state keeps the program's value, and a refresh
     * cannot show drift on it.
     */
    readonly writeOnly?: boolean;
}

/** One enum type of the schema. */
export interface SchemaEnumType {
    readonly type: "string";
    readonly description?: string;
    readonly enum: ReadonlyArray<{
        readonly name?: string;
        readonly value: string;
        readonly description?: string;
    }>;
}

/**
 * One object type of the schema: the fields of a sub-object given as one nested input (a Service's
 * `basicSecurity`), each property mapping to a field of the object its resource property names.
 */
export interface SchemaObjectType {
    readonly type: "object";
    readonly description?: string;
    readonly properties: Readonly<Record<string, SchemaProperty>>;
}

/** A named type of the schema. */
export type SchemaType = SchemaEnumType | SchemaObjectType;

/** True for an enum type. */
export function isEnumType(type: SchemaType | undefined): type is SchemaEnumType {
    return type !== undefined && "enum" in type;
}

/** What a resource's `x-barracudawaf` extension says about the appliance objects behind it. */
export interface ResourceExtension {
    /**
     * The main object's path template below `/restapi/v3.2`, with its parents: `services/{name}`,
     * `services/{service}/servers/{name}`; without `{name}` for a singleton (`system/advanced-settings`).
     * Every object, sub-objects included, is named by such a template (see `provider/engine/object-path.ts`).
     */
    readonly object: string;
    /** The field of the main object that holds the object's name, e.g. `name`. */
    readonly idField?: string;
    /**
     * The display name of each object as a `?groups=` answer keys it, e.g. `Advanced Configuration`, in the
     * order the objects are written: main object first, then its sub-objects.
     */
    readonly groups: Readonly<Record<string, string>>;
    /**
     * How a replacement runs: `delete-first` (the default: the old object goes before the new one is made, as
     * names, addresses and ports are unique) or `create-first` (the new one, under a new name, is made first,
     * so that what uses the old one can move over before it is deleted: certificates).
     */
    readonly replacement?: "delete-first" | "create-first";
    /**
     * The list GET of the main object's collection takes `limit` and `offset` (the vendor's spec lists them), so
     * a read of many objects at once is made in pages of bounded size.
     */
    readonly pagedList?: boolean;
    /**
     * Set for a collection in each item of a parent collection whose list GET nests it as a group
     * (`services?groups=Server`): one list of the parents, in pages where `pagedList`, reads the items of many
     * parents at once.
     */
    readonly nestedIn?: { readonly group: string; readonly pagedList?: boolean };
    /**
     * A singleton that manages only what the program sets: a field it never set is neither held to the value
     * found at takeover nor written back on delete (`System`: its host name and mode of operation).
     */
    readonly leavesUnsetAlone?: boolean;
    /**
     * Set for an item of a fixed collection (`network-interfaces/{name}`): the items the appliance is made with.
     * Such an item is never created or deleted, only taken over by its name and given back, like a singleton.
     */
    readonly factoryItems?: readonly string[];
    /**
     * Set for an object the API makes (POST) and edits (PUT) but has no DELETE for (`samlsp-service`): delete
     * refuses with the way out, so that no destroy reports an object gone that is still on the appliance.
     */
    readonly undeletable?: boolean;
}

/** One resource of the schema. */
export interface SchemaResource {
    readonly description?: string;
    readonly "x-barracudawaf"?: ResourceExtension;
    readonly inputProperties?: Readonly<Record<string, SchemaProperty>>;
    readonly requiredInputs?: readonly string[];
    readonly properties?: Readonly<Record<string, SchemaProperty>>;
    readonly required?: readonly string[];
}

/** The Pulumi Package Schema as the provider reads it. */
export interface PackageSchema {
    readonly name: string;
    readonly config?: { readonly variables?: Readonly<Record<string, SchemaProperty>> };
    readonly types?: Readonly<Record<string, SchemaType>>;
    readonly resources: Readonly<Record<string, SchemaResource>>;
}

/**
 * The root of the installed package: the nearest directory above `start` whose package.json is named
 * `pulumi-barracudawaf`. Works from the sources (`provider/schema/`) and from `dist/provider/schema/`.
 *
 * @throws Error when no such directory exists above `start`.
 */
export function packageRoot(start: string = __dirname): string {
    for (let dir = start; ; dir = path.dirname(dir)) {
        const manifest = path.join(dir, "package.json");
        if (fs.existsSync(manifest)) {
            try {
                if (
                    (JSON.parse(fs.readFileSync(manifest, "utf8")) as { name?: unknown }).name === packageName
                ) {
                    return dir;
                }
            } catch {
                // An unreadable package.json is not ours; keep looking upwards.
            }
        }
        if (path.dirname(dir) === dir) {
            throw new Error(`cannot find the ${packageName} package (its package.json) above ${start}`);
        }
    }
}

let cached: PackageSchema | undefined;

/**
 * schema.json of this package, read once per process on first use (never at module load) and then cached.
 *
 * @throws Error when the file is missing or not JSON.
 */
export function loadSchema(): PackageSchema {
    cached ??= JSON.parse(fs.readFileSync(path.join(packageRoot(), "schema.json"), "utf8")) as PackageSchema;
    return cached;
}

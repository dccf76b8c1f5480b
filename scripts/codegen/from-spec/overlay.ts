/**
 * The overlay: what this project knows better than the vendor's spec, one YAML file per resource plus the
 * package, the config and the named types (`spec/overlay/`). Everything the spec already says (field types,
 * enum values, ranges, wire names, defaults where right) is taken from the spec; the generator refuses an
 * overlay that restates it. These are the shapes of the files; `load-overlay.ts` reads and checks them.
 */

/** A property's range or length limits, where the spec leaves them out or gets them wrong. */
export interface OverlayBounds {
    readonly minimum?: number;
    readonly maximum?: number;
    readonly minLength?: number;
    readonly maxLength?: number;
}

/** A property of a resource or a member of a nested type that maps to one field of an appliance object. */
export interface OverlayField extends OverlayBounds {
    /** The wire name, when it is not the kebab-case of the property's name. */
    readonly field?: string;
    /** The sub-object (last path segment, e.g. `advanced-configuration`) that holds the field. */
    readonly in?: string;
    readonly description: string;
    /** The named type (types.yaml) of an enum field. */
    readonly type?: string;
    readonly default?: string | number | boolean;
    /** Why the overlay's default or bounds differ from the spec's; required when they do. */
    readonly why?: string;
    /** A field the program must set although the spec does not say so (`false`: although the spec does). */
    readonly required?: boolean;
    /** Changing it replaces the object, although the spec lets a PUT carry it. */
    readonly replaceOnChanges?: boolean;
    readonly pattern?: string;
    readonly patternDescription?: string;
    readonly computed?: boolean;
    readonly format?: "ip-address" | "mask";
    readonly requiredWhen?: {
        readonly property: string;
        readonly in: readonly string[];
        readonly fix: string;
    };
    /** The resource (Pulumi name) whose name the field holds, where the spec does not tell. */
    readonly references?: string;
    /** The sub-object (last path segment) through which a change of the field is written. */
    readonly putVia?: string;
    readonly secret?: boolean;
    /**
     * The program gives PEM text of this kind (a file's contents as read); the provider checks its kind and
     * sends it base64-encoded, as the appliance takes it.
     */
    readonly pem?: "certificate" | "private-key";
    /**
     * The appliance's GET does not return the field (its `parameters` list leaves it out): the state keeps
     * the program's value and a refresh cannot show drift on it. Needs a `why`.
     */
    readonly writeOnly?: boolean;
}

/** A property that names the parent the object lives in (`service` of a server): a segment of its path. */
export interface OverlayParent {
    readonly parent: true;
    readonly description: string;
    /** Fields of the parent resource the SDK passes along, for a rule checked at preview. */
    readonly passes?: readonly string[];
}

/** A sub-object given as one nested input (`basicSecurity`), of a named object type. */
export interface OverlaySubObject {
    /** The sub-object's last path segment, e.g. `basic-security`. */
    readonly subObject: string;
    readonly type: string;
    readonly description: string;
}

/** A property the provider keeps to itself: never sent to the appliance. */
export interface OverlayProviderOnly {
    readonly providerOnly: true;
    readonly description: string;
    /** A scalar type, or a resource (Pulumi name) the property takes itself. */
    readonly type?: "boolean" | "string";
    readonly resource?: string;
    readonly passes?: readonly string[];
}

export type OverlayProperty = OverlayField | OverlayParent | OverlaySubObject | OverlayProviderOnly;

/** An output the appliance fills in: a field that no POST or PUT body has, or a provider-only fact. */
export interface OverlayOutput {
    readonly description: string;
    readonly field?: string;
    readonly providerOnly?: true;
    readonly type?: "string" | "map";
}

export interface OverlayResource {
    /** The Pulumi name: `barracudawaf:index:<name>`. */
    readonly name: string;
    /** The spec object's id, e.g. `services/servers`. */
    readonly object: string;
    readonly description: string;
    /** The sub-objects in scope, in the order they are written after the main object. */
    readonly subObjects?: readonly string[];
    /** The display name of the main object in a `?groups=` answer, where the spec's list does not tell. */
    readonly group?: string;
    readonly replacement?: "create-first";
    /**
     * A singleton that manages only what the program sets: a field it never set is neither held to the value
     * found at takeover nor written back on delete.
     */
    readonly leavesUnsetAlone?: true;
    /**
     * Objects the API makes and edits but cannot delete (no DELETE on the item): delete refuses, naming the
     * way out (`retainOnDelete`, or the web UI), instead of leaving the object behind unsaid.
     */
    readonly undeletable?: true;
    /** The noun the package's `adopt` description uses; absent for a singleton. */
    readonly noun?: string;
    /** This resource's own `adopt` description, instead of the package's. */
    readonly adoptDescription?: string;
    /** Appended to the description of each field property; `{default}` is the property's default. */
    readonly fieldDescriptionSuffix?: string;
    readonly properties: Readonly<Record<string, OverlayProperty>>;
    readonly outputs?: Readonly<Record<string, OverlayOutput>>;
}

export interface OverlayEnumType {
    readonly description: string;
    /** A Pulumi name and description per value; the values themselves must be the spec's. */
    readonly values: Readonly<Record<string, { readonly name: string; readonly description: string }>>;
}

export interface OverlayObjectType {
    readonly description: string;
    readonly properties: Readonly<Record<string, OverlayField>>;
}

export type OverlayType = OverlayEnumType | OverlayObjectType;

export interface OverlayPackage {
    /** The package schema's header, as written (its version is package.json's). */
    readonly header: Readonly<Record<string, unknown>>;
    /** The wire values of a boolean: an enum of exactly these two is a boolean. */
    readonly booleans: { readonly true: string; readonly false: string };
    /** What every object's name accepts, unless its resource says otherwise. */
    readonly names: {
        readonly minLength: number;
        readonly pattern: string;
        readonly patternDescription: string;
    };
    /** The `adopt` property's description; `{noun}` is the resource's noun. */
    readonly adoptDescription: string;
    /** The hand-kept resources, by file name under `resources/`, in schema order (the derived ones follow). */
    readonly resources: readonly string[];
    /** Of several kinds a field may name (a certificate, signed or self-signed), the resource it references. */
    readonly referencePreferences?: readonly string[];
    /**
     * Fields, by wire name, that name an object of a resource although the spec declares them an enum of the
     * factory objects (`web-firewall-policy`: `default`, `sharepoint`, ...).
     */
    readonly referencesByWireName?: Readonly<Record<string, string>>;
    /** Patterns of wire names whose values are secrets (a private key, a passphrase, a password). */
    readonly secretFields: readonly string[];
    /**
     * The spec's untranslated labels (`lid_45962`, lower case) in words, for the descriptions of derived fields
     * that carry one instead of a label.
     */
    readonly labels?: Readonly<Record<string, string>>;
    /** What descriptions call an object, by spec object id, where its title does not say it in words. */
    readonly nouns?: Readonly<Record<string, string>>;
}

/** What the overlay keeps out of scope (`coverage.yaml`), by spec object id, each with why. */
export interface OverlayCoverage {
    readonly leftOut: Readonly<Record<string, string>>;
    /** Objects whose shape is no state but an action (an upload with nothing to read back), each with why. */
    readonly actions: Readonly<Record<string, string>>;
}

/**
 * How the items of a collection named by an address are named (`item-names.yaml`): the body field its item
 * path's last segment is, by spec object id, and what such a name accepts.
 */
export interface OverlayItemNames {
    readonly pattern: string;
    readonly patternDescription: string;
    readonly fields: Readonly<Record<string, string>>;
}

/** The items a fixed collection is made with (`factory-items.yaml`), and their values where the spec has none. */
export interface OverlayFactoryItems {
    readonly items: readonly string[];
    readonly values?: Readonly<Record<string, string>>;
}

export interface Overlay {
    readonly package: OverlayPackage;
    readonly itemNames: OverlayItemNames;
    readonly factoryItems: Readonly<Record<string, OverlayFactoryItems>>;
    readonly config: Readonly<Record<string, unknown>>;
    readonly types: Readonly<Record<string, OverlayType>>;
    readonly resources: readonly OverlayResource[];
    readonly coverage: OverlayCoverage;
}

export function isEnumOverlay(type: OverlayType): type is OverlayEnumType {
    return "values" in type;
}

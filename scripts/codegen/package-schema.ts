/** The parts of a Pulumi Package Schema (schema.json) that the generators read. */

export interface PackageSchema {
    readonly name: string;
    readonly resources: Record<string, ResourceSpec>;
    readonly types?: Record<string, TypeSpec>;
}

export interface ResourceSpec {
    readonly description?: string;
    readonly inputProperties?: Record<string, PropertySpec>;
    readonly requiredInputs?: string[];
    readonly properties?: Record<string, PropertySpec>;
    readonly required?: string[];
}

export interface PropertySpec {
    readonly type?: string;
    readonly $ref?: string;
    readonly items?: PropertySpec;
    readonly additionalProperties?: PropertySpec;
    readonly description?: string;
    readonly secret?: boolean;
    readonly replaceOnChanges?: boolean;
    readonly default?: unknown;
    readonly "x-barracudawaf"?: ApplianceBinding;
}

export interface TypeSpec {
    readonly type: string;
    readonly description?: string;
    readonly enum?: Array<{ readonly value: string | number; readonly description?: string }>;
    readonly properties?: Record<string, PropertySpec>;
    readonly required?: string[];
}

/** Pulumi's schema has no slot for wire names and ranges: schema.json keeps them in this extension. */
export interface ApplianceBinding {
    readonly field?: string;
    readonly object?: string;
    readonly minimum?: number;
    readonly maximum?: number;
    readonly minLength?: number;
    readonly maxLength?: number;
}

/** True when the property refers to another resource (`#/resources/...`) rather than holding a value. */
export function isResourceRef(spec: PropertySpec): boolean {
    return spec.$ref?.startsWith("#/resources/") ?? false;
}

/** `barracudawaf:index:Service` → `Service`. */
export function shortName(token: string): string {
    return token.slice(token.lastIndexOf(":") + 1);
}

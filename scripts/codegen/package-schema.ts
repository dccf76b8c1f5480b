/**
 * The generators read schema.json with the provider's own model of it, so the two cannot disagree about its
 * shape; these helpers are what the generators add.
 */
import type { SchemaProperty } from "../../provider/schema/load";

export type {
    PackageSchema,
    SchemaEnumType,
    SchemaObjectType,
    SchemaProperty,
    SchemaResource,
    SchemaType,
} from "../../provider/schema/load";
export { isEnumType } from "../../provider/schema/load";

/** True when the property refers to another resource (`#/resources/...`) rather than holding a value. */
export function isResourceRef(spec: SchemaProperty): boolean {
    return spec.$ref?.startsWith("#/resources/") ?? false;
}

/** `barracudawaf:index:Service` → `Service`. */
export function shortName(token: string): string {
    return token.slice(token.lastIndexOf(":") + 1);
}

/** A doc comment holding `text`, or nothing when there is none. */
export function docComment(text: string | undefined): string[] {
    if (!text) {
        return [];
    }
    const body = text.replace(/\*\//g, "*\\/").split("\n");
    return ["/**", ...body.map((line) => (line ? ` * ${line}` : " *")), " */"];
}

/** `SystemConfiguration` → `systemConfiguration`. */
export function camel(name: string): string {
    return name[0].toLowerCase() + name.slice(1);
}

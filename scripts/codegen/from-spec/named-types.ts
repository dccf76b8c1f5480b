/**
 * The schema's named types: an object type per sub-object given as a nested input, an enum type per set of
 * values. The overlay names them and their values; the values themselves and their order are the spec's.
 */
import type { ApiObject, Field } from "../../spec/model";
import { type BuildContext, specReferenceOf, tokenOf } from "./build-context";
import { fieldProperty, type Json } from "./field-property";
import { isEnumOverlay, type OverlayObjectType } from "./overlay";
import { putFields } from "./spec-objects";
import { kebab } from "./wire-name";

/** The overlay's object type of that name; refuses an enum or a missing one. */
function objectOverlay(context: BuildContext, name: string, where: string): OverlayObjectType {
    const type = context.overlay.types[name];
    if (type === undefined || isEnumOverlay(type))
        throw new Error(`${where}: "${name}" is no object type in types.yaml`);
    return type;
}

/** Builds (once) the object type whose members are the fields of `subObject`'s PUT body. */
export function buildObjectType(
    context: BuildContext,
    name: string,
    subObject: ApiObject,
    where: string,
): void {
    if (context.objectTypes.has(name)) return;
    const overlay = objectOverlay(context, name, where);
    const fields = putFields(subObject);
    const required = new Set(fields.filter((field) => field.required).map((field) => field.wireName));
    const properties: Json = {};
    for (const [member, entry] of Object.entries(overlay.properties)) {
        const memberWhere = `types.yaml ${name}.${member}`;
        const wireName = entry.field ?? kebab(member);
        const field = fields.find((candidate) => candidate.wireName === wireName);
        if (field === undefined)
            throw new Error(`${memberWhere}: ${subObject.id} has no field "${wireName}"`);
        properties[member] = fieldProperty(field, entry, {
            where: memberWhere,
            booleans: context.overlay.package.booleans,
            replaces: false,
            sentOnEveryWrite: required.has(wireName),
            specReference: specReferenceOf(context, field),
            token: (resource) => tokenOf(context, resource, memberWhere),
            subObject: () => {
                throw new Error(`${memberWhere}: a nested type's member has no putVia`);
            },
            useEnum: (type, used) => useEnum(context, type, used, memberWhere),
            suffix: () => "",
        });
    }
    context.objectTypes.set(name, { type: "object", description: overlay.description, properties });
}

export function useEnum(context: BuildContext, type: string, field: Field, where: string): void {
    const uses = context.enumUses.get(type) ?? [];
    uses.push({ where, field });
    context.enumUses.set(type, uses);
}

function enumType(context: BuildContext, name: string): Json {
    const overlay = context.overlay.types[name];
    if (!isEnumOverlay(overlay)) throw new Error(`types.yaml ${name}: no values`);
    const uses = context.enumUses.get(name);
    if (uses === undefined) throw new Error(`types.yaml ${name}: no field uses it; remove it`);
    const values = uses[0].field.values ?? [];
    const named = Object.keys(overlay.values);
    for (const use of uses) {
        const theirs = use.field.values ?? [];
        const same = theirs.length === named.length && theirs.every((value) => named.includes(value));
        if (!same) {
            throw new Error(
                `types.yaml ${name}: its values (${named.join(", ")}) are not the spec's for ${use.where} (${theirs.join(", ")})`,
            );
        }
    }
    return {
        type: "string",
        description: overlay.description,
        enum: values.map((value) => ({
            name: overlay.values[value].name,
            value,
            description: overlay.values[value].description,
        })),
    };
}

/** Every named type in types.yaml's order, once the resources have been built. */
export function namedTypes(context: BuildContext): Json {
    const types: Json = {};
    for (const [name, type] of Object.entries(context.overlay.types)) {
        const token = tokenOf(context, name, "types.yaml");
        if (isEnumOverlay(type)) types[token] = enumType(context, name);
        else {
            const built = context.objectTypes.get(name);
            if (built === undefined) throw new Error(`types.yaml ${name}: no property uses it; remove it`);
            types[token] = built;
        }
    }
    return types;
}

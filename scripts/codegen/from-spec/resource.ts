/**
 * One resource of schema.json from its spec object, its sub-objects in scope and its overlay file. The
 * spec decides the object path, the groups, paging, which fields replace (a POST field its PUT cannot carry),
 * which are sent on every write (its PUT requires them) and what a reference names; outputs are the inputs,
 * plus what the appliance fills in.
 */
import type { ApiObject } from "../../spec/model";
import { type BuildContext, specReferenceOf, TOKEN_PREFIX, tokenOf } from "./build-context";
import { dropUndefined, fieldProperty, type Json } from "./field-property";
import { parentObjects } from "./derived-overlay";
import { buildObjectType, useEnum } from "./named-types";
import type { OverlayField, OverlayPackage, OverlayResource } from "./overlay";
import {
    bodyField,
    groupNames,
    isPagedList,
    nestingGroup,
    ownParameter,
    pathTemplate,
    postFields,
    putFields,
    readableFields,
} from "./spec-objects";
import { kebab } from "./wire-name";

/** The property that holds the object's name: its ID, or the ID's last part. */
const NAME = "name";

/** `{default}` as a description shows it: numbers bare, everything else as code. */
function shown(value: unknown): string {
    return typeof value === "number" ? String(value) : `\`${String(value)}\``;
}

/** The display name a `?groups=` answer keys an object by: the spec's list entry that matches its title. */
function groupName(
    object: ApiObject,
    within: ApiObject | undefined,
    listedBy: ApiObject,
    given: string | undefined,
    where: string,
): string {
    if (given !== undefined) return given;
    const prefix = within === undefined ? "" : `${within.title.toLowerCase()} `;
    const title = object.title.toLowerCase().replace(prefix, "");
    const found = groupNames(listedBy).find((name) => name.toLowerCase() === title);
    if (found === undefined)
        throw new Error(`${where}: the spec lists no group for ${object.id}; give "group"`);
    return found;
}

/** What the object's name accepts: an address where `item-names.yaml` names its items by one. */
function nameRulesOf(context: BuildContext, object: ApiObject): OverlayPackage["names"] {
    const { names } = context.overlay.package;
    const { pattern, patternDescription, fields } = context.overlay.itemNames;
    return object.id in fields ? { ...names, pattern, patternDescription } : names;
}

/** How the list of the parent's collection nests the object's collection, if it does (see `nestedIn`). */
function nestedIn(main: ApiObject, parent: ApiObject | undefined): Json | undefined {
    if (parent === undefined) return undefined;
    const group = nestingGroup(parent, main);
    return group === undefined
        ? undefined
        : dropUndefined({ group, pagedList: isPagedList(parent) || undefined });
}

export function buildResource(context: BuildContext, resource: OverlayResource): Json {
    const where = `${resource.name}`;
    const main = context.spec.object(resource.object);
    const singleton = main.itemPath === undefined;
    // An item of a fixed collection is taken over like a singleton, but by its name.
    const fixed = main.kind === "fixedCollection";
    const factoryItems = fixed ? context.overlay.factoryItems[main.id]?.items : undefined;
    if (fixed && factoryItems === undefined) {
        throw new Error(`${where}: ${main.id} is a fixed collection; give its items in factory-items.yaml`);
    }
    const own = ownParameter(main);
    const template = pathTemplate(main.itemPath ?? main.path, own);
    const subObjects = new Map(
        (resource.subObjects ?? []).map((segment) => {
            const sub = context.spec.object(`${main.id}/${segment}`);
            return [segment, { object: sub, template: pathTemplate(sub.path, own) }] as const;
        }),
    );
    const subObject = (segment: string) => {
        const found = subObjects.get(segment);
        if (found === undefined) throw new Error(`${where}: "${segment}" is not among its subObjects`);
        return found;
    };
    const parentObject = main.parent === undefined ? undefined : context.spec.object(main.parent);
    const groups: Json = {
        [template]: groupName(
            main,
            singleton ? parentObject : undefined,
            singleton && parentObject ? parentObject : main,
            resource.group,
            where,
        ),
    };
    for (const { object, template: subTemplate } of subObjects.values()) {
        groups[subTemplate] = groupName(object, main, main, undefined, where);
    }

    const posted = new Set(postFields(main).map((field) => field.wireName));
    const put = new Set(putFields(main).map((field) => field.wireName));

    const inputs: Json = {};
    const required: string[] = [];
    let idField: string | undefined;
    for (const [name, property] of Object.entries(resource.properties)) {
        const propertyWhere = `${where} ${name}`;
        if ("parent" in property) {
            const parentId = parentObjects(template).get(name);
            const parent = [...context.built.entries()].find(([, built]) => built.object.id === parentId);
            if (parent === undefined) {
                throw new Error(
                    `${propertyWhere}: the object's path has no parent "${name}" built before it`,
                );
            }
            const parentName = (parent[1].schema.inputProperties as Record<string, Json>)[NAME][
                "x-barracudawaf"
            ] as Json;
            inputs[name] = {
                type: "string",
                description: property.description,
                replaceOnChanges: true,
                "x-barracudawaf": dropUndefined({
                    parent: name,
                    references: `${TOKEN_PREFIX}${parent[0]}`,
                    passes: property.passes,
                    minLength: parentName.minLength,
                    maxLength: parentName.maxLength,
                }),
            };
            required.push(name);
        } else if ("subObject" in property) {
            const sub = subObject(property.subObject);
            buildObjectType(context, property.type, sub.object, propertyWhere);
            inputs[name] = {
                $ref: `#/types/${tokenOf(context, property.type, propertyWhere)}`,
                description: property.description,
                "x-barracudawaf": { object: sub.template },
            };
        } else if ("providerOnly" in property) {
            inputs[name] = {
                ...(property.resource !== undefined
                    ? { $ref: `#/resources/${tokenOf(context, property.resource, propertyWhere)}` }
                    : { type: property.type ?? "string" }),
                description: property.description,
                "x-barracudawaf": dropUndefined({ providerOnly: true, passes: property.passes }),
            };
        } else {
            const entry: OverlayField = property;
            const holder = entry.in === undefined ? { object: main, template } : subObject(entry.in);
            const wireName = entry.field ?? kebab(name);
            const field = bodyField(holder.object, wireName);
            if (field === undefined)
                throw new Error(`${propertyWhere}: ${holder.object.id} has no field "${wireName}"`);
            const isName = name === NAME;
            if (isName) idField = wireName;
            const onMain = holder.object === main;
            inputs[name] = fieldProperty(field, entry, {
                where: propertyWhere,
                booleans: context.overlay.package.booleans,
                object: holder.template,
                replaces: isName || (onMain && posted.has(wireName) && !put.has(wireName)),
                // The name too, where the PUT requires it (a CSP policy's `csp-policy-name`).
                sentOnEveryWrite: putFields(holder.object).some((f) => f.wireName === wireName && f.required),
                nameRules: isName ? nameRulesOf(context, main) : undefined,
                specReference: specReferenceOf(context, field),
                token: (other) => tokenOf(context, other, propertyWhere),
                subObject: (segment) => subObject(segment).template,
                useEnum: (type, used) => useEnum(context, type, used, propertyWhere),
                suffix: (value) =>
                    resource.fieldDescriptionSuffix === undefined
                        ? ""
                        : ` ${resource.fieldDescriptionSuffix.replace("{default}", shown(value))}`,
            });
            const specRequired =
                onMain && postFields(main).some((f) => f.wireName === wireName && f.required);
            if (isName || (entry.required ?? specRequired)) required.push(name);
            if (entry.required !== undefined && entry.required === specRequired) {
                throw new Error(`${propertyWhere}: required restates the spec; leave it out`);
            }
        }
    }
    if (fixed) {
        // The item's name is its path's last segment, no body field: its PUT body does not carry it.
        inputs[NAME] = {
            type: "string",
            description:
                `The name of the ${resource.noun ?? "item"} to take over, one the appliance has ` +
                `(${(factoryItems ?? []).map((item) => `\`${item}\``).join(", ")}, ...). Changing it replaces the resource.`,
            replaceOnChanges: true,
            "x-barracudawaf": { itemName: true, minLength: context.overlay.package.names.minLength },
        };
        required.push(NAME);
    }
    if (!singleton && !fixed) {
        const description =
            resource.adoptDescription ??
            context.overlay.package.adoptDescription.replaceAll("{noun}", resource.noun ?? "");
        inputs.adopt = { type: "boolean", description, "x-barracudawaf": { providerOnly: true } };
    }

    const outputs: Json = {};
    for (const [name, input] of Object.entries(inputs)) {
        const property = input as Json;
        // Only an input passes fields of the resource it takes; the output is that resource's ID.
        if (typeof property.$ref === "string" && property.$ref.startsWith("#/resources/")) {
            const { passes: _passes, ...extension } = property["x-barracudawaf"] as Json;
            outputs[name] = { ...property, "x-barracudawaf": extension };
        } else outputs[name] = property;
    }
    const readable = readableFields(main);
    for (const [name, output] of Object.entries(resource.outputs ?? {})) {
        if (output.field !== undefined && !readable.includes(output.field)) {
            throw new Error(
                `${where} output ${name}: the GET of ${main.id} does not answer "${output.field}"`,
            );
        }
        outputs[name] = {
            ...(output.type === "map"
                ? { type: "object", additionalProperties: { type: "string" } }
                : { type: "string" }),
            description: output.description,
            "x-barracudawaf":
                output.field !== undefined
                    ? { field: output.field, object: template }
                    : { providerOnly: true },
        };
    }
    // The state holds what the program sets, its ID and parents, and what the appliance fills in; a
    // singleton keeps every setting (it restores them on delete).
    const always = new Set([
        ...required,
        ...Object.keys(resource.outputs ?? {}),
        ...Object.entries(inputs)
            .filter(([, input]) => ((input as Json)["x-barracudawaf"] as Json).computed === true)
            .map(([name]) => name),
    ]);
    const requiredOutputs =
        singleton || fixed ? Object.keys(outputs) : Object.keys(outputs).filter((name) => always.has(name));

    return dropUndefined({
        description: resource.description,
        "x-barracudawaf": dropUndefined({
            object: template,
            idField,
            groups,
            replacement: resource.replacement,
            pagedList: isPagedList(main) || undefined,
            nestedIn: nestedIn(main, parentObject),
            leavesUnsetAlone: resource.leavesUnsetAlone,
            undeletable: resource.undeletable,
            factoryItems,
        }),
        inputProperties: inputs,
        requiredInputs: required.length > 0 ? required : undefined,
        properties: outputs,
        required: requiredOutputs,
    });
}

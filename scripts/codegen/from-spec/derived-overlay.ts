/**
 * What the overlay would say for an object it has no file for, derived from the spec by rule: the resource's
 * name after its path segment, a property per body field named after its wire name, a nested input per
 * sub-object, a named type per enum, parents from the path, secrets from the field's name. A hand-kept file
 * under `resources/` replaces the whole derivation for its object; the rules are the overlay's to change.
 */
import type { ApiObject, Field } from "../../spec/model";
import type {
    Overlay,
    OverlayEnumType,
    OverlayField,
    OverlayObjectType,
    OverlayProperty,
    OverlayResource,
    OverlayType,
} from "./overlay";
import {
    enumValueNames,
    nounOf,
    propertyNameOf,
    resourceNameOf,
    settingsNameOf,
    typeNameOf,
} from "./pulumi-names";
import { kebab } from "./wire-name";
import {
    groupNames,
    ownParameter,
    pathTemplate,
    postFields,
    putFields,
    type SpecObjects,
} from "./spec-objects";

/**
 * The wire name of the field that names an object: the one `item-names.yaml` gives (an address), else
 * `name`, else the one required POST field whose name says it is one (`csp-policy-name`).
 */
function nameFieldOf(object: ApiObject, overlay: Overlay): string {
    const given = overlay.itemNames.fields[object.id];
    if (given !== undefined) {
        if (!postFields(object).some((field) => field.wireName === given)) {
            throw new Error(`item-names.yaml: ${object.id} has no POST field "${given}"`);
        }
        return given;
    }
    const fields = postFields(object);
    if (fields.some((field) => field.wireName === "name")) return "name";
    const named = fields.filter((field) => field.required && field.wireName.endsWith("-name"));
    if (named.length !== 1) {
        throw new Error(`${object.id}: no field names its objects; give it a resource file or leave it out`);
    }
    return named[0].wireName;
}

/** Resources and types derived for the objects in scope that no hand-kept file covers. */
export interface DerivedOverlay {
    /** The hand-kept resources, each with a nested input for every sub-object its file leaves out. */
    readonly completed: readonly OverlayResource[];
    /** The resources of the collections no file covers. */
    readonly resources: readonly OverlayResource[];
    readonly types: Readonly<Record<string, OverlayType>>;
}

/** An object's last literal segment: `services/content-rules` → `content-rules`. */
function segmentOf(object: ApiObject): string {
    return object.id.slice(object.id.lastIndexOf("/") + 1);
}

function sentence(text: string): string {
    const trimmed = text.trim().replace(/\s+/g, " ");
    return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Every body field of an object once, its POST declaration first (what creates it), then the PUT-only ones. */
function bodyFields(object: ApiObject): Field[] {
    const seen = new Set<string>();
    return [...postFields(object), ...putFields(object)].filter((field) => {
        if (seen.has(field.wireName)) return false;
        seen.add(field.wireName);
        return true;
    });
}

/** True when the GET of `parent` lists the sub-object's title among its groups (`Security Policy cookie security`). */
export function groupListed(parent: ApiObject, child: ApiObject): boolean {
    const title = child.title.toLowerCase().replace(`${parent.title.toLowerCase()} `, "");
    return groupNames(parent).some((group) => group.toLowerCase() === title);
}

/** The object ids of a template's parents, by placeholder: `services/{service}/url-acls/{name}` → service. */
export function parentObjects(template: string): Map<string, string> {
    const parents = new Map<string, string>();
    const literals: string[] = [];
    for (const segment of template.split("/")) {
        const placeholder = /^\{(.+)\}$/.exec(segment)?.[1];
        if (placeholder === undefined) literals.push(segment);
        else if (placeholder !== "name") parents.set(placeholder, literals.join("/"));
    }
    return parents;
}

class Deriver {
    readonly types: Record<string, OverlayType> = {};
    private readonly isBoolean: (field: Field) => boolean;

    constructor(
        private readonly overlay: Overlay,
        private readonly names: ReadonlyMap<string, string>,
    ) {
        const { true: yes, false: no } = overlay.package.booleans;
        this.isBoolean = (field) =>
            field.values?.length === 2 && field.values.includes(yes) && field.values.includes(no);
    }

    /** What descriptions call an object of `object`: package.yaml's noun for it, else one from its path and title. */
    private nounFor(object: ApiObject): string {
        return this.overlay.package.nouns?.[object.id] ?? nounOf(segmentOf(object), object.title);
    }

    resource(spec: SpecObjects, object: ApiObject, undeletable = false): OverlayResource {
        const name = this.names.get(object.id) as string;
        const noun = this.nounFor(object);
        const template = pathTemplate(object.itemPath as string, ownParameter(object));
        const properties: Record<string, OverlayProperty> = {};
        const add = (property: string, entry: OverlayProperty, where: string) => {
            if (property in properties || property === "adopt") {
                throw new Error(`${object.id} ${where}: the property name "${property}" is taken`);
            }
            properties[property] = entry;
        };
        for (const [placeholder, parentId] of parentObjects(template)) {
            const parentObject = spec.object(parentId);
            const parentNoun = this.nounFor(parentObject);
            add(
                placeholder,
                {
                    parent: true,
                    description:
                        `The ${parentNoun} the ${noun} belongs to: a \`${this.names.get(parentId)}\` of the ` +
                        `program, or the name of one on the appliance. Changing it replaces the ${noun}.`,
                },
                placeholder,
            );
        }
        const nameField = nameFieldOf(object, this.overlay);
        for (const field of bodyFields(object)) {
            const isName = field.wireName === nameField;
            const entry = this.field(name, field);
            // An item named by an address: the address is its `name`, which the description says.
            const byAddress = isName && nameField !== "name" && object.id in this.overlay.itemNames.fields;
            const description = byAddress
                ? `${entry.description} It is the ${noun}'s name: its item path ends in it, and changing it replaces the ${noun}.`
                : entry.description;
            add(
                isName ? "name" : propertyNameOf(field.wireName),
                isName ? { ...entry, description, field: nameField } : entry,
                field.wireName,
            );
        }
        const subObjects: string[] = [];
        for (const [segment, property] of this.subObjects(spec, object, name, noun, [])) {
            subObjects.push(segment);
            add(property.name, property.entry, segment);
        }
        // A `?groups=` answer keys an object by its display name: the spec's group of that title, else the title.
        const listed = groupNames(object).some((group) => group.toLowerCase() === object.title.toLowerCase());
        return {
            name,
            object: object.id,
            group: listed ? undefined : object.title,
            description:
                `A ${noun} of the appliance (\`${object.itemPath}\`, the spec's ${object.title}). ` +
                `Its ID is ${template.includes("{name}") && parentObjects(template).size > 0 ? "its parents' names and its own, joined by `/`" : "its name"}; ` +
                "changing a property marked replace-on-change replaces it, every other change is made in place." +
                (undeletable
                    ? ` The appliance's API cannot delete a ${noun} (the spec gives no DELETE), so deleting or ` +
                      "replacing this resource fails and says so: give it the resource option `retainOnDelete: " +
                      "true` to leave the object on the appliance when the program drops it, or remove it in the " +
                      "web UI first."
                    : ""),
            ...(undeletable ? { undeletable: true as const } : {}),
            subObjects: subObjects.length > 0 ? subObjects : undefined,
            noun,
            properties,
        };
    }

    /**
     * A nested input per sub-object of `object` that has fields to set, but those in `taken` (the segments a
     * hand-kept file already uses), by the segment below the object's path (one segment, but
     * `certificates/ocsp-stapling` of a signed certificate).
     */
    subObjects(
        spec: SpecObjects,
        object: ApiObject,
        owner: string,
        noun: string,
        taken: readonly string[],
        omitted: ReadonlyMap<string, readonly string[]> = new Map(),
    ): [string, { name: string; entry: OverlayProperty }][] {
        return object.children.flatMap((childId) => {
            const child = spec.object(childId);
            const segment = child.id.slice(object.id.length + 1);
            if (child.kind !== "subObject" || putFields(child).length === 0 || taken.includes(segment))
                return [];
            // The provider reads a sub-object with its parent, by its group: one the GET of its parent does
            // not list cannot be read so (coverage.md says so).
            if (!groupListed(object, child)) return [];
            const property = propertyNameOf(segmentOf(child));
            const type = typeNameOf(owner, property);
            this.types[type] = this.objectType(type, child, omitted.get(segment) ?? []);
            const entry = { subObject: segment, type, description: sentence(`The ${noun}'s ${child.title}`) };
            return [[segment, { name: property, entry }]];
        });
    }

    /**
     * A hand-kept resource of a collection with a nested input for each sub-object its file leaves out: the
     * file says what it knows better, the rest of the object is still the program's to set.
     */
    completed(spec: SpecObjects, resource: OverlayResource): OverlayResource {
        const object = spec.object(resource.object);
        if (object.kind !== "collection") return resource;
        // A sub-object the file gives a nested input, or maps fields into, is the file's; one it only writes
        // through (`putVia`, SSL Security for a service's certificate) gets a nested input of its other fields.
        const properties = Object.entries(resource.properties);
        const taken = properties.flatMap(([, property]) =>
            "subObject" in property
                ? [property.subObject]
                : "in" in property && property.in
                  ? [property.in]
                  : [],
        );
        const writtenThrough = new Map<string, string[]>();
        for (const [name, property] of properties) {
            if (!("putVia" in property) || property.putVia === undefined) continue;
            const fields = writtenThrough.get(property.putVia) ?? [];
            writtenThrough.set(property.putVia, [...fields, property.field ?? kebab(name)]);
        }
        const noun = resource.noun ?? this.nounFor(object);
        const added = this.subObjects(spec, object, resource.name, noun, taken, writtenThrough);
        if (added.length === 0) return resource;
        const completed = { ...resource.properties };
        for (const [segment, property] of added) {
            if (property.name in completed) {
                throw new Error(`${resource.name}: the nested input ${property.name} of ${segment} is taken`);
            }
            completed[property.name] = property.entry;
        }
        const listed = resource.subObjects ?? [];
        return {
            ...resource,
            subObjects: [...listed, ...added.map(([segment]) => segment).filter((s) => !listed.includes(s))],
            properties: completed,
        };
    }

    /**
     * One item of a fixed collection (`network-interfaces`, a security policy's `action-policies`): the item is
     * made with the appliance and only edited, so the resource takes it over by name (its `name`, which the
     * generator adds) and gives back what it found on delete, like a settings object.
     */
    fixedItem(spec: SpecObjects, object: ApiObject): OverlayResource {
        const name = this.names.get(object.id) as string;
        const noun = this.nounFor(object);
        const known = this.overlay.factoryItems[object.id];
        if (known === undefined) {
            throw new Error(`${object.id}: a fixed collection needs its items in factory-items.yaml`);
        }
        const template = pathTemplate(object.itemPath as string, ownParameter(object));
        const properties: Record<string, OverlayProperty> = {};
        for (const [placeholder, parentId] of parentObjects(template)) {
            const parentObject = spec.object(parentId);
            const parentNoun = this.nounFor(parentObject);
            properties[placeholder] = {
                parent: true,
                description:
                    `The ${parentNoun} the ${noun} belongs to: a \`${this.names.get(parentId)}\` of the ` +
                    `program, or the name of one on the appliance. Changing it replaces the ${noun}.`,
            };
        }
        for (const field of putFields(object)) {
            properties[propertyNameOf(field.wireName)] = this.field(name, field);
        }
        const listed = groupNames(object).some((group) => group.toLowerCase() === object.title.toLowerCase());
        const items = known.items.map((item) => `\`${item}\``).join(", ");
        return {
            name,
            object: object.id,
            group: listed ? undefined : object.title,
            description:
                `A ${noun} of the appliance (\`${object.itemPath}\`, the spec's ${object.title}): the appliance is ` +
                `made with its ${noun}s (${items}, ...) and they are only edited, never made or deleted, so the ` +
                "resource takes one over by name: on create the provider records the values it finds " +
                "(`originalSettings`) and writes only the ones you set; on delete it writes the recorded values " +
                `back. Its ID is ${parentObjects(template).size > 0 ? "its parents' names and its own, joined by `/`" : "its name"}.`,
            noun,
            properties,
        };
    }

    /**
     * A settings object the appliance has once (a system group such as `system/dns`, or `control-center`):
     * a singleton resource of its fields, taken over on create and given back on delete.
     */
    singleton(spec: SpecObjects, object: ApiObject): OverlayResource {
        const name = this.names.get(object.id) as string;
        const properties: Record<string, OverlayProperty> = {};
        // The settings of a collection's item (a service's Slow Client Attack) are placed by their parents.
        const parents = parentObjects(pathTemplate(object.path, undefined));
        for (const [placeholder, parentId] of parents) {
            const parentObject = spec.object(parentId);
            const parentNoun = this.nounFor(parentObject);
            properties[placeholder] = {
                parent: true,
                description:
                    `The ${parentNoun} whose settings these are: a \`${this.names.get(parentId)}\` of the ` +
                    `program, or the name of one on the appliance. Changing it replaces the resource.`,
            };
        }
        for (const field of putFields(object)) {
            properties[propertyNameOf(field.wireName)] = this.field(name, field);
        }
        const parent = object.parent === undefined ? undefined : spec.object(object.parent);
        const title =
            parent === undefined
                ? object.title
                : object.title.replace(new RegExp(`^${parent.title} `, "i"), "");
        const listed = groupNames(parent ?? object).some(
            (group) => group.toLowerCase() === title.toLowerCase(),
        );
        const owner = parents.size === 0 ? "The appliance's" : `A ${this.nounFor(parent as ApiObject)}'s`;
        const id =
            parents.size === 0
                ? "its ID is derived from `barracudawaf:address`"
                : "its ID is its parent's name (the GET of its parent does not list these settings, so they are " +
                  "read on their own, and only by this resource)";
        return {
            name,
            object: object.id,
            description:
                `${owner} ${title} (\`${object.path}\`): settings it has once, so the resource takes them ` +
                `over: ${id}; on create the provider records the values ` +
                "it finds (`originalSettings`) and writes the ones you set; a property you leave out keeps the " +
                "value found at takeover; on delete the recorded values are written back.",
            group: listed ? undefined : this.displayTitle(spec, title),
            properties,
        };
    }

    /**
     * A title as the appliance shows a group: each word capitalized, and written in capitals where the spec's
     * group names write it so (`ftp security` → `FTP Security`, as `FTP` is among a service's groups).
     */
    private displayTitle(spec: SpecObjects, title: string): string {
        this.capitals ??= new Set(
            spec.spec.objects
                .flatMap((object) => groupNames(object))
                .flatMap((group) => group.split(/\s+/))
                .filter((word) => /^[A-Z]{2,}$/.test(word)),
        );
        const capitals = this.capitals;
        return title.replace(/\b[a-z][a-z]*/g, (word) =>
            capitals.has(word.toUpperCase()) ? word.toUpperCase() : word[0].toUpperCase() + word.slice(1),
        );
    }

    private capitals: ReadonlySet<string> | undefined;

    private objectType(name: string, object: ApiObject, omitted: readonly string[]): OverlayObjectType {
        const properties: Record<string, OverlayField> = {};
        for (const field of putFields(object).filter((f) => !omitted.includes(f.wireName))) {
            properties[propertyNameOf(field.wireName)] = this.field(name, field);
        }
        return {
            description: sentence(object.title.replace(/^./, (first) => first.toUpperCase())),
            properties,
        };
    }

    private field(owner: string, field: Field): OverlayField {
        const property = propertyNameOf(field.wireName);
        const names = this.overlay.package.referencesByWireName?.[field.wireName];
        const entry: { -readonly [K in keyof OverlayField]: OverlayField[K] } = {
            description: this.describe(field, names),
        };
        if (kebab(property) !== field.wireName) entry.field = field.wireName;
        // The spec lists only the factory objects as its values: any object of that kind is named.
        if (names !== undefined) entry.references = names;
        else if (field.values !== undefined && !this.isBoolean(field)) {
            const type = typeNameOf(owner, property);
            this.types[type] = this.enumType(field);
            entry.type = type;
        }
        if (this.isSecret(field)) entry.secret = true;
        return entry;
    }

    /** The spec's label for the field, and what it takes and starts as, in words. */
    private describe(field: Field, names?: string): string {
        const spec = (field.description || field.wireName).trim().replace(/\s+/g, " ").replace(/[.:]$/, "");
        // The spec's untranslated labels (`lid_45962`) in words, where package.yaml knows them.
        const label = this.overlay.package.labels?.[spec.toLowerCase()] ?? spec;
        const code = (value: unknown) => `\`${String(value)}\``;
        let takes: string;
        if (names !== undefined) {
            const factory = (field.values ?? [])
                .filter((value) => value !== "")
                .map(code)
                .join(", ");
            takes = `the name of a \`${names}\` of the program or of one on the appliance (its own: ${factory})`;
        } else if (this.isBoolean(field)) takes = "on (`true`) or off (`false`)";
        else if (field.values !== undefined) {
            const values = field.values.map(code).join(", ");
            takes = field.type === "stringList" ? `a list of ${values}` : `one of ${values}`;
        } else if (field.type === "stringList") takes = "a list of strings";
        else if (field.type === "integer") {
            const { minimum, maximum } = field;
            takes =
                minimum !== undefined && maximum !== undefined
                    ? `a whole number from ${minimum} to ${maximum}`
                    : "a whole number";
        } else
            takes = field.maxLength !== undefined ? `text of at most ${field.maxLength} characters` : "text";
        // What removing it does: back to the spec's default, or, for a value with none, nothing.
        const value = field.default;
        let start = "";
        if (value !== undefined && value !== "" && !Array.isArray(value)) {
            start = ` The appliance starts with ${code(this.isBoolean(field) ? value === this.overlay.package.booleans.true : value)}.`;
        } else if (value === undefined && (field.type === "integer" || field.type === "enum")) {
            start = " The spec gives it no default, so removing it leaves the appliance's value as it is.";
        }
        return `${label[0].toUpperCase()}${label.slice(1)} (${code(field.wireName)} on the appliance): ${takes}.${start}`;
    }

    private enumType(field: Field): OverlayEnumType {
        const names = enumValueNames(field.values ?? []);
        return {
            description: sentence(`The values of ${field.description || field.wireName}`),
            values: Object.fromEntries(
                (field.values ?? []).map((value) => [
                    value,
                    { name: names[value], description: `\`${value}\`.` },
                ]),
            ),
        };
    }

    private isSecret(field: Field): boolean {
        if (field.format === "password") return false; // The generator marks these from the spec itself.
        return this.overlay.package.secretFields.some((pattern) => new RegExp(pattern).test(field.wireName));
    }
}

/**
 * The resources the spec's collections make beyond the hand-kept files, parents first, and the types they
 * use. `leftOut` names collections the overlay keeps out of scope (coverage.yaml says why).
 */
export function deriveOverlay(spec: SpecObjects, overlay: Overlay): DerivedOverlay {
    const handKept = new Map(overlay.resources.map((resource) => [resource.object, resource.name]));
    const inScope = (object: ApiObject) =>
        !handKept.has(object.id) && !(object.id in overlay.coverage.leftOut);
    const byId = (a: ApiObject, b: ApiObject) => a.id.localeCompare(b.id);
    // An object made (POST) and edited (PUT) but with no DELETE (`samlsp-service`) is a collection's item that
    // the resource cannot delete: it says so on delete (see `undeletable`).
    const undeletable = (o: ApiObject): boolean =>
        o.kind === "irregular" &&
        o.itemPath !== undefined &&
        o.operations.some((operation) => operation.method === "post" && operation.path === o.path) &&
        ["get", "put"].every((method) =>
            o.operations.some((operation) => operation.method === method && operation.path === o.itemPath),
        ) &&
        !o.operations.some((operation) => operation.method === "delete");
    const collections = spec.spec.objects
        .filter((o) => (o.kind === "collection" || undeletable(o)) && inScope(o))
        .sort(byId);
    // A fixed collection's items are taken over one by one, each a resource keyed by its name.
    const fixed = spec.spec.objects.filter((o) => o.kind === "fixedCollection" && inScope(o)).sort(byId);
    // A sub-object of no collection is a settings object of the appliance itself; one of a collection's item
    // that the item's GET does not list among its groups is read on its own, so it is a settings resource of
    // its own with the item as its parent (the item's read stays one GET).
    const ownRead = (o: ApiObject): boolean => {
        const parent = o.parent === undefined ? undefined : spec.object(o.parent);
        return parent?.kind === "collection" && !groupListed(parent, o) && putFields(o).length > 0;
    };
    // An irregular object with GET and PUT on one path and no items (a service's `ftp-security`, the admin
    // login's `samlsp-rba-identity-providers`) is settings too: its POST sets the same fields once more.
    const settingsLike = (o: ApiObject): boolean =>
        o.kind === "irregular" &&
        o.itemPath === undefined &&
        ["get", "put"].every((method) =>
            o.operations.some((operation) => operation.method === method && operation.path === o.path),
        );
    const settings = spec.spec.objects
        .filter((o) => (o.kind === "subObject" || settingsLike(o)) && inScope(o) && !o.itemPath)
        .filter((o) => o.parent === undefined || spec.object(o.parent).kind !== "collection" || ownRead(o))
        .sort(byId);
    const names = new Map(handKept);
    const taken = new Map([...handKept].map(([id, name]) => [name, id]));
    for (const object of [...collections, ...fixed, ...settings]) {
        const parent = object.parent === undefined ? undefined : spec.object(object.parent);
        const name = !settings.includes(object)
            ? resourceNameOf(segmentOf(object))
            : parent?.kind === "collection"
              ? `${resourceNameOf(segmentOf(parent))}${settingsNameOf(segmentOf(object))}`
              : settingsNameOf(object.id);
        const other = taken.get(name);
        if (other !== undefined)
            throw new Error(`${object.id}: the name ${name} is ${other}'s; give it a file`);
        names.set(object.id, name);
        taken.set(name, object.id);
    }
    const deriver = new Deriver(overlay, names);
    const completed = overlay.resources.map((resource) => deriver.completed(spec, resource));
    const resources = [
        ...collections.map((object) => deriver.resource(spec, object, undeletable(object))),
        ...fixed.map((object) => deriver.fixedItem(spec, object)),
        ...settings.map((object) => deriver.singleton(spec, object)),
    ];
    // The SDK exports resources and types side by side: one name each.
    for (const type of [...Object.keys(deriver.types), ...Object.keys(overlay.types)]) {
        if (taken.has(type)) throw new Error(`the type ${type} has the name of a resource; rename it`);
    }
    for (const type of Object.keys(deriver.types)) {
        if (type in overlay.types) throw new Error(`the derived type ${type} is also in types.yaml`);
    }
    return { completed, resources, types: deriver.types };
}

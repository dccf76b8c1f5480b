/** The normalized spec as the generator asks it: objects by id, their body fields, their path templates. */
import type { ApiObject, Field, NormalizedSpec, Operation } from "../../spec/model";
import { singular } from "../../spec/path-names";

export class SpecObjects {
    private readonly byId: ReadonlyMap<string, ApiObject>;

    constructor(readonly spec: NormalizedSpec) {
        this.byId = new Map(spec.objects.map((object) => [object.id, object]));
    }

    object(id: string): ApiObject {
        const found = this.byId.get(id);
        if (found === undefined) throw new Error(`the spec has no object "${id}"`);
        return found;
    }
}

function mainOperation(object: ApiObject, method: Operation["method"]): Operation | undefined {
    return object.operations.find((operation) => operation.method === method && !operation.alternative);
}

/** The fields of the object's main POST body (none for a sub-object). */
export function postFields(object: ApiObject): readonly Field[] {
    return mainOperation(object, "post")?.body?.fields ?? [];
}

/** The fields of the object's main PUT body. */
export function putFields(object: ApiObject): readonly Field[] {
    return mainOperation(object, "put")?.body?.fields ?? [];
}

/** A body field by wire name, its POST declaration first (that is what creates the object). */
export function bodyField(object: ApiObject, wireName: string): Field | undefined {
    const find = (fields: readonly Field[]) => fields.find((field) => field.wireName === wireName);
    return find(postFields(object)) ?? find(putFields(object));
}

/** The values the GET of the object accepts in `?parameters=`: every field it answers, read-only ones too. */
export function readableFields(object: ApiObject): readonly string[] {
    const get = object.operations.find(
        (operation) => operation.method === "get" && (object.itemPath ?? object.path) === operation.path,
    );
    return get?.query.find((parameter) => parameter.name === "parameters")?.values ?? [];
}

/** The `?groups=` values of the object's item GET (or its own GET, for a singleton). */
export function groupNames(object: ApiObject): readonly string[] {
    const path = object.itemPath ?? object.path;
    const get = object.operations.find((operation) => operation.method === "get" && operation.path === path);
    return get?.query.find((parameter) => parameter.name === "groups")?.values ?? [];
}

/**
 * The group under which the list GET of `parent`'s collection nests the items of `child`, a collection in each of
 * its items (`Server` for a service's servers, `URL ACLs` for its URL ACLs): the list's `?groups=` value that
 * is the child's segment in words, plural or singular. Undefined where the list takes no such group.
 */
export function nestingGroup(parent: ApiObject, child: ApiObject): string | undefined {
    if (parent.itemPath === undefined || child.itemPath === undefined) return undefined;
    const list = parent.operations.find(
        (operation) => operation.method === "get" && operation.path === parent.path,
    );
    const listed = list?.query.find((parameter) => parameter.name === "groups")?.values ?? [];
    const key = (words: string) => words.toLowerCase().replace(/[^a-z0-9]/g, "");
    const segment = child.id.split("/").at(-1) ?? "";
    const wanted = [key(segment), key(singular(segment))];
    return listed.find((group) => wanted.includes(key(group)));
}

/** True when the collection's list GET takes `limit` and `offset`. */
export function isPagedList(object: ApiObject): boolean {
    if (object.itemPath === undefined) return false;
    const list = object.operations.find(
        (operation) => operation.method === "get" && operation.path === object.path,
    );
    const names = list?.query.map((parameter) => parameter.name) ?? [];
    return names.includes("limit") && names.includes("offset");
}

/**
 * The schema's path template of a path: `/services/{serviceName}/servers/{serverName}` with own parameter
 * `serverName` → `services/{service}/servers/{name}`. A parent's placeholder is the parent property's name.
 */
export function pathTemplate(path: string, ownParameter: string | undefined): string {
    return path
        .slice(1)
        .replace(/\{([A-Za-z]+)\}/g, (_, name: string) =>
            name === ownParameter ? "{name}" : `{${name.replace(/Name$/, "")}}`,
        );
}

/** The parameter that names the object itself in its item path (`serverName`). */
export function ownParameter(object: ApiObject): string | undefined {
    return object.itemPath === undefined ? undefined : /\{([A-Za-z]+)\}$/.exec(object.itemPath)?.[1];
}

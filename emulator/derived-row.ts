import { modelFromSpec } from "./model/from-spec";
import type { ObjectRow } from "./object-row";
import type { Method } from "./routes";
import { displayName, singularSegment } from "./spec/display-names";
import type { SpecBody, SpecObject } from "./spec/spec-object";

/**
 * What a hand-written row may say of an object: anything the spec does not. `storedAsDerived`: the row only
 * adds behaviour to an object otherwise served from the spec, so it is kept and snapshotted as a derived one.
 */
export type HandRow = Partial<Omit<ObjectRow, "id" | "spec" | "methods" | "itemMethods" | "derived">> & {
    readonly storedAsDerived?: true;
};

/** A body's fields, none of them required. */
function optional(body: SpecBody | undefined): SpecBody {
    return Object.fromEntries(
        Object.entries(body ?? {}).map(([name, { required: _required, ...field }]) => [name, field]),
    );
}

const camel = (words: string): string =>
    words.replace(/[-/]+([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());

/**
 * The field that names an item of a collection the spec gives no `name` to: the one the overlay's
 * `item-names.yaml` gives (an address), else a required `...-name` (`csp-policy-name`), else its address,
 * else its host name, else its first required field. The emulator's choice: the spec does not say how
 * items are keyed.
 */
export function nameFieldOf(spec: SpecObject): string {
    const create = spec.create ?? {};
    if (spec.itemField !== undefined) return spec.itemField;
    if (create.name !== undefined) return "name";
    // A list cannot name an item (`system/local-hosts` lists its addresses): its host name does.
    const required = Object.keys(create).filter(
        (field) => create[field].required && create[field].type !== "stringList",
    );
    const address = (field: string): boolean => /(^|-)ip$|address$/.test(field);
    return (
        required.find((field) => field.endsWith("-name")) ??
        required.find((field) => field === "ip-address") ??
        required.find((field) => field.startsWith("pre-") && address(field)) ??
        required.find(address) ??
        required.find((field) => field === "hostname") ??
        required[0] ??
        "name"
    );
}

/**
 * The row of the spec's object `id`, from `objects.ts`'s hand-written part where there is one: its place
 * (parent, path segment, parameter), its kind, its fields and its `?groups=` name all come from the spec.
 * A collection, fixed or not, is served as a collection with the methods the spec gives; an object with
 * GET/PUT on one path as a sub-object (a singleton at the top).
 */
export function rowFromSpec(
    id: string,
    spec: SpecObject,
    parent: SpecObject | undefined,
    hand: HandRow | undefined,
    hasContent: boolean,
    siblings: readonly string[] = [],
): ObjectRow {
    const collection = spec.item !== undefined;
    const kind: ObjectRow["kind"] = collection
        ? "collection"
        : spec.parent === undefined
          ? "singleton"
          : "subObject";
    const container =
        parent === undefined ? "" : parent.item === undefined ? parent.path : `${parent.path}/{}`;
    const segment = spec.path
        .split("/")
        .slice(container === "" ? 1 : container.split("/").length)
        .join("/");
    const listed = [...(parent?.groups ?? []), ...(spec.groups ?? [])];
    const model =
        hand?.model ??
        modelFromSpec(
            kind === "collection"
                ? spec
                : {
                      // A POST on a sub-object (`ftp-security`) sets it like its PUT: one body of both, which
                      // requires what the PUT requires (the PUT of `samlsp-rba-identity-providers` has no name).
                      update: { ...optional(spec.create), ...spec.update },
                      ...(spec.parameters ? { parameters: spec.parameters } : {}),
                  },
            { displayName: displayName(segment, collection, listed, spec.title, siblings) },
        );
    const last = segment.split("/").at(-1) as string;
    return {
        id,
        kind,
        ...(spec.parent !== undefined ? { parent: spec.parent } : {}),
        segment,
        ...(collection ? { param: spec.item, nameField: nameFieldOf(spec) } : {}),
        snapshotKey: spec.parent === undefined ? camel(id) : camel(segment),
        ...(hand?.recordKey === undefined && hand === undefined && hasContent
            ? { recordKey: camel(singularSegment(last)) }
            : {}),
        ...handFields(hand),
        model,
        spec,
        methods: spec.methods as Method[],
        ...(spec.itemMethods ? { itemMethods: spec.itemMethods as Method[] } : {}),
        derived: hand === undefined || hand.storedAsDerived === true,
    };
}

function handFields(hand: HandRow | undefined): Partial<ObjectRow> {
    if (hand === undefined) return {};
    const { storedAsDerived, ...fields } = hand;
    return fields;
}

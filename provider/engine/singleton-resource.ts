import type * as dynamic from "@pulumi/pulumi/dynamic";

import { InvalidInputsError } from "./errors";
import {
    fromWireRecord,
    fromWireValue,
    toWireBody,
    type ProgramValue,
    type WireRecord,
    type WireValue,
} from "../schema/mapping";
import type { PropertyModel, ResourceModel } from "../schema/model";
import { inputFailures } from "./check";
import type { ApplianceApi, ResourceContext } from "./context";
import type { ResourceHandlers } from "./handlers";
import { fillPath, type PathParams } from "./object-path";
import type { PlannedWrite, ResourceRules } from "./resource-rules";
import {
    compareProperties,
    inputNamesKey,
    inputNamesOf,
    namedIn,
    plain,
    refreshedInputs,
    sameValue,
    stateInputNames,
    userProps,
    type Props,
} from "./state";

/**
 * The handlers of a singleton: an object the appliance has once, with the appliance itself (a path without
 * `{name}`, such as `system/advanced-settings`). It is never created or deleted, only taken over and given back:
 *
 * - `create`: reads the object (1 GET) and records what it found as `originalSettings` (the appliance's
 *   strings), then writes the fields the program sets (1 PUT, none when it sets nothing).
 * - `read`: one GET; every property with the appliance's value; `originalSettings` kept from the state; as
 *   inputs the refreshed values of the properties the program set.
 * - `update`: writes the changed fields; a field the program stops setting, or never set, is held to the value
 *   found at takeover, so drift on it shows on refresh and the next `up` puts it back. A singleton whose schema
 *   says `leavesUnsetAlone` (`System`: a host name or a mode of operation is not put back behind anyone's back)
 *   holds only the fields the program sets or has set: one it never set is neither drift nor written.
 * - `delete`: writes back the value found at takeover of every field that differs now (with `leavesUnsetAlone`,
 *   of every field the program set). Read-only facts (`firmwareVersion`) are never recorded nor written.
 *
 * Every write reads the object first, in one critical section with the write and its rule's guard (whose
 * `targets` are the fields the write changes on the appliance), and carries the fields the object wants on every
 * write (`sentOnEveryWrite`) with their current value when the program does not set them. The state keeps every
 * property (one resource: its size does not matter), `address` (where the object lives) and `originalSettings`.
 * `id` names the object on the appliance at an address (a singleton has no name).
 *
 * An item of a fixed collection (`network-interfaces/{name}`) is taken over the same way, at the path its
 * `placing` properties (its name, its parents) fill; they are kept in the state, and a change of one
 * replaces the resource (another item is taken over, this one given back).
 */
export function singletonResourceHandlers(
    model: ResourceModel,
    context: ResourceContext,
    id: (address: string, params: PathParams) => string,
    rules: ResourceRules = {},
    placing: Placing = noPlacing,
): ResourceHandlers {
    const object = model.extension.object;
    const fields = model.fieldsOf(object);
    /** The fields a program can set: what is recorded at takeover and given back (not the read-only facts). */
    const settings = fields.filter((property) => property.isInput);
    const leavesUnsetAlone = model.extension.leavesUnsetAlone === true;
    const placed = (props: Props): Props =>
        Object.fromEntries(placing.properties.map((name) => [name, props[name]]));

    /**
     * What a property returns to when the program leaves it out: the value found at takeover; for a singleton
     * that leaves alone what the program never set (`leavesUnsetAlone`), nothing for such a property.
     */
    const original =
        (state: Props) =>
        (property: PropertyModel): ProgramValue | undefined => {
            const names = stateInputNames(state);
            if (leavesUnsetAlone && names !== undefined && !namedIn(new Set(names), property.name)) {
                return undefined;
            }
            const found = (state.originalSettings as Record<string, unknown> | undefined) ?? {};
            return fromWireValue(property, found[property.extension.field as string]);
        };

    /** The recorded settings that delete gives back: all, or only those the program set (`leavesUnsetAlone`). */
    const givenBack = (state: Props, found: Record<string, WireValue>): Record<string, WireValue> => {
        const names = stateInputNames(state);
        if (!leavesUnsetAlone || names === undefined) {
            return found;
        }
        const set = new Set(names);
        const fieldsSet = settings
            .filter((property) => namedIn(set, property.name))
            .map((property) => property.extension.field as string);
        return Object.fromEntries(Object.entries(found).filter(([field]) => fieldsSet.includes(field)));
    };

    /**
     * One critical section of the appliance's writes: reads the object (1 GET), asks `plan` for the body to
     * write given it, runs the rule's guard for the fields that change, fills in what every write must carry,
     * and writes. Resolves with the object as read and as it is after the write.
     */
    const readThenWrite = (
        operation: PlannedWrite["operation"],
        objectId: string,
        plan: (current: Record<string, unknown>) => WireRecord,
        inputs: Props,
        params: PathParams,
    ): Promise<{ current: Record<string, unknown>; record: Record<string, unknown> }> =>
        context.client().exclusive(async (calls) => {
            const current = await readSingleton(calls, model, params);
            const body = plan(current);
            if (Object.keys(body).length === 0) {
                return { current, record: current };
            }
            const targets = Object.fromEntries(
                fields
                    .filter((property) => {
                        const field = property.extension.field as string;
                        return body[field] !== undefined && !isWireValue(current[field], body[field]);
                    })
                    .map((property) => [
                        property.name,
                        fromWireValue(property, body[property.extension.field as string]),
                    ]),
            );
            await rules.guardFor?.({ operation, id: objectId, targets, inputs })?.(calls);
            for (const property of fields.filter((p) => p.extension.sentOnEveryWrite)) {
                const field = property.extension.field as string;
                if (body[field] === undefined && current[field] !== undefined) {
                    body[field] = wireValueOf(current[field]);
                }
            }
            await calls.put(fillPath(object, params), body);
            return { current, record: { ...current, ...body } };
        });

    /** The state: the object's values, where it lives, what was found at takeover, what the program set. */
    const stateOf = (
        record: Record<string, unknown>,
        where: Props,
        address: unknown,
        originalSettings: unknown,
        inputNames: readonly string[] | undefined,
    ): Props =>
        plain({
            ...fromWireRecord(model, object, record),
            ...placed(where),
            address,
            originalSettings,
            ...(inputNames ? { [inputNamesKey]: inputNames } : {}),
        });

    /** Refuses invalid inputs before any call, unless `check` already accepted them (see `inputsChecked`). */
    const assertValid = (inputs: Props, objectId: string): void => {
        if (context.inputsChecked === true) {
            return;
        }
        const failures = inputFailures(model, rules, inputs, false);
        if (failures.length > 0) {
            throw new InvalidInputsError(model.name, objectId, failures);
        }
    };

    return {
        async check(_olds: Props, news: Props): Promise<dynamic.CheckResult> {
            const failures = inputFailures(model, rules, userProps(news), true);
            if (failures.length > 0) {
                return { inputs: news, failures };
            }
            await context.verifyConnection();
            return { inputs: news };
        },

        async diff(_id: string, olds: Props, news: Props): Promise<dynamic.DiffResult> {
            const { changed } = compareProperties(model, userProps(olds), userProps(news), original(olds));
            const replaces = placing.properties.filter((name) => !sameValue(olds[name], news[name]));
            return {
                changes: changed.length > 0 || replaces.length > 0,
                replaces,
                // Another item is taken over once this one is given back.
                deleteBeforeReplace: replaces.length > 0,
            };
        },

        async create(inputs: Props): Promise<dynamic.CreateResult> {
            const given = userProps(inputs);
            const address = context.address();
            const params = placing.params(given);
            const objectId = id(address, params);
            assertValid(given, objectId);
            const body = toWireBody(model, object, given);
            // Taking over settings that already hold the program's values writes nothing (an imported program's
            // first up): only the fields that differ are written.
            const { current, record } = await readThenWrite(
                "create",
                objectId,
                (current) =>
                    Object.fromEntries(
                        Object.entries(body).filter(([field, value]) => !isWireValue(current[field], value)),
                    ),
                given,
                params,
            );
            return {
                id: objectId,
                outs: stateOf(
                    record,
                    given,
                    address,
                    wireStrings(current, settings),
                    inputNamesOf(model, given),
                ),
            };
        },

        async read(objectId: string, props?: Props): Promise<dynamic.ReadResult> {
            const state = userProps(props);
            const where = placing.fromId(objectId) ?? state;
            const current = await readSingleton(context.client(), model, placing.params(where));
            const refreshed = stateOf(
                current,
                where,
                state.address ?? context.address(),
                state.originalSettings ?? wireStrings(current, settings),
                stateInputNames(state),
            );
            return {
                id: objectId,
                props: refreshed,
                inputs: refreshedInputs(model, refreshed, state, original(state)),
            };
        },

        async update(objectId: string, olds: Props, news: Props): Promise<dynamic.UpdateResult> {
            const state = userProps(olds);
            const given = userProps(news);
            assertValid(given, objectId);
            const { targets } = compareProperties(model, state, given, original(state));
            const body = toWireBody(model, object, targets);
            if (Object.keys(body).length === 0) {
                return { outs: plain({ ...state, [inputNamesKey]: inputNamesOf(model, given) }) };
            }
            const { record } = await readThenWrite(
                "update",
                objectId,
                () => ({ ...body }),
                given,
                placing.params(state),
            );
            return {
                outs: stateOf(
                    record,
                    state,
                    state.address,
                    state.originalSettings,
                    inputNamesOf(model, given),
                ),
            };
        },

        async delete(objectId: string, props: Props): Promise<void> {
            const state = userProps(props);
            const found = state.originalSettings as Record<string, WireValue> | undefined;
            if (!found) {
                return;
            }
            await readThenWrite(
                "delete",
                objectId,
                (current) =>
                    Object.fromEntries(
                        Object.entries(givenBack(state, found)).filter(
                            ([field, value]) => !isWireValue(current[field], value),
                        ),
                    ),
                state,
                placing.params(placing.fromId(objectId) ?? state),
            );
        },
    };
}

/**
 * Where a taken-over object is: the properties that fill its path (none for a singleton; an item's name and
 * its parents for an item of a fixed collection), the path's names from them, and from an ID.
 */
export interface Placing {
    readonly properties: readonly string[];
    params(props: Props): PathParams;
    /** The properties that fill the path, from an ID; undefined for an ID that names no such object. */
    fromId(id: string): Props | undefined;
}

const noPlacing: Placing = { properties: [], params: () => ({}), fromId: () => undefined };

/**
 * The ID of the singleton `model` on the appliance at an address, for a singleton with no rules of its own: its
 * path and the appliance's host and port, e.g. `system/dns@waf.example.com:8443`.
 */
export function singletonId(model: ResourceModel): (address: string) => string {
    return (address) => `${model.extension.object}@${new URL(address).host}`;
}

/** The fields of a singleton as the appliance reports them now: one GET (inline, or under its group's name). */
export async function readSingleton(
    api: ApplianceApi,
    model: ResourceModel,
    params: PathParams = {},
): Promise<Record<string, unknown>> {
    const object = model.extension.object;
    const answer = (await api.get<{ data?: Record<string, unknown> }>(fillPath(object, params))).data ?? {};
    // An item of a collection answers keyed by its name, a sub-object of one by its parent's.
    const keys = Object.values(params).reverse();
    const keyed = keys.map((key) => answer[key]).find((value) => typeof value === "object" && value !== null);
    const data = typeof keyed === "object" && keyed !== null ? (keyed as Record<string, unknown>) : answer;
    const group = data[model.extension.groups[object]];
    return typeof group === "object" && group !== null ? (group as Record<string, unknown>) : data;
}

/** The modelled fields of `record` as the appliance's strings (lists as lists), for `originalSettings`. */
function wireStrings(
    record: Record<string, unknown>,
    fields: readonly PropertyModel[],
): Record<string, WireValue> {
    const strings: Record<string, WireValue> = {};
    for (const property of fields) {
        const value = record[property.extension.field as string];
        if (typeof value === "string" || typeof value === "number" || Array.isArray(value)) {
            strings[property.extension.field as string] = wireValueOf(value);
        }
    }
    return strings;
}

/** A field's value as read, in the form it is written: a string, or a list of strings. */
function wireValueOf(value: unknown): WireValue {
    return Array.isArray(value) ? value.map(String) : String(value);
}

/** True when the appliance's `current` value of a field is `wire`, a value as written. */
function isWireValue(current: unknown, wire: WireValue): boolean {
    return JSON.stringify(wireValueOf(current)) === JSON.stringify(wire);
}

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
import { fillPath } from "./object-path";
import type { PlannedWrite, ResourceRules } from "./resource-rules";
import {
    compareProperties,
    inputNamesKey,
    inputNamesOf,
    plain,
    refreshedInputs,
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
 *   found at takeover, so drift on it shows on refresh and the next `up` puts it back.
 * - `delete`: writes back the value found at takeover of every field that differs now.
 *
 * Every write reads the object first, in one critical section with the write and its rule's guard (whose
 * `targets` are the fields the write changes on the appliance), and carries the fields the object wants on every
 * write (`sentOnEveryWrite`) with their current value when the program does not set them. The state keeps every
 * property (one resource: its size does not matter), `address` (where the object lives) and `originalSettings`.
 * `id` names the object on the appliance at an address (a singleton has no name).
 */
export function singletonResourceHandlers(
    model: ResourceModel,
    context: ResourceContext,
    id: (address: string) => string,
    rules: ResourceRules = {},
): ResourceHandlers {
    const object = model.extension.object;
    const fields = model.fieldsOf(object);

    /** What a property returns to when the program leaves it out: the value found at takeover. */
    const original =
        (state: Props) =>
        (property: PropertyModel): ProgramValue | undefined => {
            const found = (state.originalSettings as Record<string, unknown> | undefined) ?? {};
            return fromWireValue(property, found[property.extension.field as string]);
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
    ): Promise<{ current: Record<string, unknown>; record: Record<string, unknown> }> =>
        context.client().exclusive(async (calls) => {
            const current = await readSingleton(calls, model);
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
            await calls.put(fillPath(object, {}), body);
            return { current, record: { ...current, ...body } };
        });

    /** The state: the object's values, where it lives, what was found at takeover, what the program set. */
    const stateOf = (
        record: Record<string, unknown>,
        address: unknown,
        originalSettings: unknown,
        inputNames: readonly string[] | undefined,
    ): Props =>
        plain({
            ...fromWireRecord(model, object, record),
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
            return { changes: changed.length > 0, replaces: [], deleteBeforeReplace: false };
        },

        async create(inputs: Props): Promise<dynamic.CreateResult> {
            const given = userProps(inputs);
            const address = context.address();
            const objectId = id(address);
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
            );
            return {
                id: objectId,
                outs: stateOf(record, address, wireStrings(current, fields), inputNamesOf(model, given)),
            };
        },

        async read(objectId: string, props?: Props): Promise<dynamic.ReadResult> {
            const current = await readSingleton(context.client(), model);
            const state = userProps(props);
            const refreshed = stateOf(
                current,
                state.address ?? context.address(),
                state.originalSettings ?? wireStrings(current, fields),
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
            const { record } = await readThenWrite("update", objectId, () => ({ ...body }), given);
            return {
                outs: stateOf(record, state.address, state.originalSettings, inputNamesOf(model, given)),
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
                        Object.entries(found).filter(([field, value]) => !isWireValue(current[field], value)),
                    ),
                state,
            );
        },
    };
}

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
): Promise<Record<string, unknown>> {
    const object = model.extension.object;
    const data = (await api.get<{ data?: Record<string, unknown> }>(fillPath(object, {}))).data ?? {};
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

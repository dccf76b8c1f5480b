import type * as dynamic from "@pulumi/pulumi/dynamic";

import { InvalidInputsError, ResourceOperationError } from "./errors";
import { fromWireRecord, toWireBody, unsetValue, type WireRecord } from "../schema/mapping";
import type { PropertyModel, ResourceModel } from "../schema/model";
import { flatten, nest } from "../schema/nesting";
import { providerKey } from "../schema/validate";
import type { InputFailure } from "./input-failure";
import { isUnknown } from "../schema/values";
import { adoptionChanges, adoptionNotice, assertAdoptable } from "./adopt";
import {
    isNotFound,
    objectsToRead,
    readObject,
    withFieldsEveryWriteNeeds,
    type Outputs,
} from "./appliance-object";
import { inputFailures } from "./check";
import { readCoalesced } from "./coalesced-reads";
import type { ApplianceApi, ResourceContext } from "./context";
import { completeCreate, postObject, type ObjectWrite } from "./create";
import type { ResourceHandlers } from "./handlers";
import { fillPath, idOf, paramsOfId, type PathParams } from "./object-path";
import { referenceNames } from "./reference-names";
import { sameNameReplacementFailure } from "./replacement";
import type { PlannedWrite, ResourceRules } from "./resource-rules";
import {
    compareProperties,
    inputNamesOf,
    managedWhenUnset,
    refreshedInputs,
    sameValue,
    stateInputNames,
    stateOf,
    takenOver,
    userProps,
    type Props,
} from "./state";

/**
 * The handlers of an appliance object resource, all driven by what schema.json declares in `model`: the
 * object's path template with its parents, its sub-objects, its properties (fields, defaults, ranges, which
 * replace, which name a parent, which are written elsewhere on update) and the resource's own `rules`.
 *
 * - `check`: the schema, the cross-field rules and the rules' preview part; then the connection, once.
 * - `diff`: changed properties; a replacing one (or a parent) replaces, deleting first (names are unique)
 *   unless the schema says `replacement: create-first`.
 * - `create`: with `adopt` (or `barracudawaf:adoptExisting`) an existing object of that name is taken over
 *   (one GET, then what `update` does; if that fails after the rules' check, the error carries the ID so the
 *   engine records it). Otherwise one POST (settled with one GET when its answer is lost), one PUT per
 *   sub-object that differs from its defaults, in schema order, and one GET of every group; a failure after
 *   the POST deletes the object again, or, if that fails too, reports the ID so it is recorded.
 * - `read`: one GET, or a share of one list GET when many objects of the collection are read at once
 *   (`coalesced-reads.ts`); every property with the appliance's value, and as inputs the refreshed values of the
 *   properties the state held (so a preview after refresh shows drift); `{}` when the object is gone.
 * - `update`: only the objects whose properties changed, main object first, then one GET.
 * - `delete`: one DELETE; an object already gone counts as deleted.
 *
 * The rules' guard for a write runs with that write in one critical section of the appliance's writes.
 */
export function objectResourceHandlers(
    model: ResourceModel,
    context: ResourceContext,
    rules: ResourceRules = {},
): ResourceHandlers {
    const template = model.extension.object;
    const [mainObject, ...subObjects] = model.objects;
    const parents = model.inputs.filter((property) => property.extension.parent !== undefined);
    const nameProperty = model
        .fieldsOf(mainObject)
        .find((p) => p.extension.field === model.extension.idField);

    /** What the host passes, without `__provider`, with references as plain names (`reference-names.ts`). */
    const named = (props: Props | undefined): Props => referenceNames(model, userProps(props));

    /** Refuses invalid inputs before any call, unless `check` already accepted them (see `inputsChecked`). */
    const assertValid = (inputs: Props, id: string): void => {
        if (context.inputsChecked === true) {
            return;
        }
        const failures = inputFailures(model, rules, inputs, false);
        if (failures.length > 0) {
            throw new InvalidInputsError(model.name, id, failures);
        }
    };

    /** The names that place the object: its parents' (from their reference properties) and its own. */
    const paramsOf = (inputs: Props): PathParams => ({
        ...Object.fromEntries(parents.map((p) => [p.extension.parent as string, String(inputs[p.name])])),
        ...(nameProperty ? { name: String(inputs[nameProperty.name]) } : {}),
    });

    /** The object's ID from `inputs`, undefined while a name that places it is not known (preview). */
    const knownIdOf = (inputs: Props): string | undefined => {
        const placing = [...parents, ...(nameProperty ? [nameProperty] : [])].map((p) => inputs[p.name]);
        return placing.some((value) => value === undefined || isUnknown(value))
            ? undefined
            : idOf(template, paramsOf(inputs));
    };

    /** `outputs` with the parents' names, which live in the path rather than in the object's fields. */
    const withParents = (outputs: Outputs, params: PathParams): Outputs => ({
        ...outputs,
        ...Object.fromEntries(parents.map((p) => [p.name, params[p.extension.parent as string]])),
    });

    /** Runs `task` after `guard` in one critical section when there is a guard; else as it is. */
    const guarded = <T>(
        write: PlannedWrite,
        task: (calls: ApplianceApi) => Promise<T>,
        onChecked: () => void = () => undefined,
    ): Promise<T> => {
        const api = context.client();
        const guard = rules.guardFor?.(write);
        if (guard === undefined) {
            onChecked();
            return task(api);
        }
        return api.exclusive(async (calls) => {
            await guard(calls);
            onChecked();
            return task(calls);
        });
    };

    /** An update of inputs already validated: by `update` below, or by `create` before it adopts. */
    const update = async (
        id: string,
        olds: Props,
        news: Props,
        onChecked?: () => void,
    ): Promise<dynamic.UpdateResult> => {
        const given = named(news);
        const params = paramsOfId(template, id) ?? paramsOf(given);
        const { targets } = compareProperties(model, named(olds), given, managedWhenUnset(olds));
        // A replacing property never reaches an update: diff replaced the object instead.
        const changes = Object.fromEntries(
            Object.entries(targets).filter(([name]) => !model.property(name)?.replaceOnChanges),
        );
        const writes = updateWrites(model, changes, flatten(model, given));
        if (writes.length === 0) {
            onChecked?.();
            return { outs: stateOf(model, named(olds), given, inputNamesOf(model, given)) };
        }
        const write: PlannedWrite = { operation: "update", id, targets: changes, inputs: userProps(news) };
        return guarded(
            write,
            async (calls) => {
                for (const [index, { object, body }] of writes.entries()) {
                    try {
                        const complete = await withFieldsEveryWriteNeeds(calls, model, object, params, body);
                        await calls.put(fillPath(object, params), complete);
                    } catch (error) {
                        const done = writes.slice(0, index).map((w) => model.extension.groups[w.object]);
                        throw new ResourceOperationError({
                            operation: "update",
                            resource: model.name,
                            object: id,
                            step: `writing the ${model.extension.groups[object]}`,
                            outcome: done.length > 0 ? "partly-written" : "nothing-written",
                            found: done.join(" and "),
                            cause: error,
                        });
                    }
                }
                const outputs = await readObject(
                    calls,
                    model,
                    params,
                    objectsToRead(model, inputNamesOf(model, given)),
                );
                if (!outputs) {
                    throw new ResourceOperationError({
                        operation: "update",
                        resource: model.name,
                        object: id,
                        step: "reading it back",
                        outcome: "gone",
                    });
                }
                return {
                    outs: stateOf(model, withParents(outputs, params), given, inputNamesOf(model, given)),
                };
            },
            onChecked,
        );
    };

    /**
     * Before a create that may take over an object (`adopt`), while the plan is made: reads the object and tells
     * the user what taking it over changes, since the plan can only show a create. Returns the failure when it
     * cannot be taken over as declared; nothing when it does not exist (then it is created) or its name is not
     * known yet.
     */
    const previewAdoption = async (given: Props): Promise<InputFailure | undefined> => {
        const id = knownIdOf(given);
        if (id === undefined) {
            return undefined;
        }
        const params = paramsOf(given);
        const found = await readObject(
            context.client(),
            model,
            params,
            objectsToRead(model, inputNamesOf(model, given)),
        );
        if (!found) {
            return undefined;
        }
        const existing = withParents(found, params);
        try {
            assertAdoptable(model, id, existing, given);
        } catch (error) {
            return { property: "adopt", reason: (error as Error).message };
        }
        context.notice(adoptionNotice(model, id, adoptionChanges(model, existing, given)));
        return undefined;
    };

    /** Takes over `existing`, the object as read: an update from its values, recorded if it fails after checking. */
    const adopt = async (id: string, existing: Props, inputs: Props): Promise<dynamic.CreateResult> => {
        const given = named(inputs);
        assertAdoptable(model, id, existing, given);
        let checked = false;
        try {
            const { outs } = await update(id, takenOver(existing), inputs, () => (checked = true));
            return { id, outs };
        } catch (error) {
            if (!checked) {
                throw error; // Refused before any write: the object stays as it was, not adopted.
            }
            // The object may be partly written (the cause says what was): the engine records it with the
            // values read, so it is never left untracked, and the next up finishes the takeover.
            throw new ResourceOperationError(
                {
                    operation: "adopt",
                    resource: model.name,
                    object: id,
                    step: "updating it to match the program",
                    outcome: "recorded-as-before",
                    cause: error,
                },
                {
                    id,
                    properties: {
                        ...stateOf(model, existing, given, inputNamesOf(model, given)),
                        [providerKey]: inputs[providerKey],
                    },
                },
            );
        }
    };

    return {
        async check(olds: Props, news: Props): Promise<dynamic.CheckResult> {
            const failures = inputFailures(model, rules, userProps(news), true);
            // No old inputs: the plan creates the resource, which may take over an existing object.
            const planned = Object.keys(userProps(olds)).length === 0;
            const renamed = planned
                ? undefined
                : sameNameReplacementFailure(model, named(olds), named(news), knownIdOf);
            if (renamed) {
                failures.push(renamed);
            }
            if (failures.length > 0) {
                return { inputs: news, failures };
            }
            await context.verifyConnection();
            if (planned && (news.adopt === true || context.adoptExisting())) {
                const failure = await previewAdoption(named(news));
                return failure ? { inputs: news, failures: [failure] } : { inputs: news };
            }
            return { inputs: news };
        },

        async diff(_id: string, olds: Props, news: Props): Promise<dynamic.DiffResult> {
            const { changed, replaces } = compareProperties(
                model,
                named(olds),
                named(news),
                managedWhenUnset(olds),
            );
            const referenceChanged = model.inputs.some(
                (property) =>
                    property.kind === "reference" &&
                    referenceId(olds, property) !== referenceId(news, property),
            );
            return {
                changes: changed.length > 0 || referenceChanged,
                replaces: [...replaces],
                deleteBeforeReplace: replaces.length > 0 && model.extension.replacement !== "create-first",
            };
        },

        async create(inputs: Props): Promise<dynamic.CreateResult> {
            const given = named(inputs);
            const params = paramsOf(given);
            const id = idOf(template, params);
            assertValid(given, id);
            if (given.adopt === true || context.adoptExisting()) {
                const existing = await readObject(
                    context.client(),
                    model,
                    params,
                    objectsToRead(model, inputNamesOf(model, given)),
                );
                if (existing) {
                    return adopt(id, withParents(existing, params), inputs);
                }
            }
            const flat = flatten(model, given);
            const mainBody = toWireBody(model, mainObject, flat);
            const writes = subObjects
                .map((object) => ({
                    object,
                    body: toWireBody(model, object, nonDefault(model, object, flat)),
                }))
                .filter((write) => Object.keys(write.body).length > 0);
            const inputNames = inputNamesOf(model, given);
            const write: PlannedWrite = {
                operation: "create",
                id,
                targets: given,
                inputs: userProps(inputs),
            };
            return guarded(write, async (calls) => {
                await postObject(calls, model, params, mainBody);
                // If the object must stay behind, the engine records this as its state: what the POST wrote (so
                // the sub-objects not yet written show as changes next time), and the host's `__provider`, so
                // that later refreshes and deletes can load this provider again.
                const recorded = {
                    ...stateOf(
                        model,
                        withParents(nest(model, fromWireRecord(model, mainObject, mainBody)), params),
                        given,
                        inputNames,
                    ),
                    [providerKey]: inputs[providerKey],
                };
                const outputs = await completeCreate(
                    calls,
                    model,
                    params,
                    writes,
                    recorded,
                    objectsToRead(model, inputNames),
                );
                return { id, outs: stateOf(model, withParents(outputs, params), given, inputNames) };
            });
        },

        async read(id: string, props?: Props): Promise<dynamic.ReadResult> {
            const state = named(props);
            const params = paramsOfId(template, id) ?? paramsOf(state);
            const outputs = await readCoalesced(
                context.client(),
                model,
                params,
                objectsToRead(model, stateInputNames(state)),
            );
            if (!outputs) {
                return {};
            }
            const refreshed = stateOf(model, withParents(outputs, params), state, stateInputNames(state));
            return {
                id,
                props: refreshed,
                inputs: refreshedInputs(model, refreshed, state, managedWhenUnset(state)),
            };
        },

        async update(id: string, olds: Props, news: Props): Promise<dynamic.UpdateResult> {
            assertValid(named(news), id);
            return update(id, olds, news);
        },

        async delete(id: string, props: Props): Promise<void> {
            const path = fillPath(template, paramsOfId(template, id) ?? paramsOf(named(props)));
            const failure = (outcome: "undeletable" | "refused", cause?: unknown) =>
                new ResourceOperationError({
                    operation: "delete",
                    resource: model.name,
                    object: id,
                    step: `DELETE ${path}`,
                    outcome,
                    cause,
                });
            if (model.extension.undeletable === true) {
                throw failure("undeletable");
            }
            try {
                await context.client().delete(path);
            } catch (error) {
                if (!isNotFound(error)) {
                    throw failure("refused", error);
                }
            }
        },
    };
}

/**
 * The writes of an update that sets `changes`, in the fixed order of the objects: the main object, then its
 * sub-objects, then the objects that take fields the main object's PUT cannot change (`putVia`). A write also
 * carries the fields its object wants on every write (`sentOnEveryWrite`), with their values in `inputs`.
 */
function updateWrites(model: ResourceModel, changes: Props, inputs: Props): ObjectWrite[] {
    const bodies = new Map<string, WireRecord>(model.objects.map((object) => [object, {}]));
    for (const object of model.objects) {
        for (const property of model.fieldsOf(object)) {
            const target = property.extension.putVia ?? object;
            const body = toWireBody(model, object, pick(changes, property));
            if (Object.keys(body).length > 0) {
                bodies.set(target, { ...(bodies.get(target) ?? {}), ...body });
            }
        }
    }
    for (const [object, body] of bodies) {
        if (Object.keys(body).length > 0) {
            const always = model.fieldsOf(object).filter((property) => property.extension.sentOnEveryWrite);
            bodies.set(object, {
                ...toWireBody(model, object, Object.fromEntries(always.map((p) => [p.name, inputs[p.name]]))),
                ...body,
            });
        }
    }
    return [...bodies]
        .filter(([, body]) => Object.keys(body).length > 0)
        .map(([object, body]) => ({ object, body }));
}

function pick(values: Props, property: PropertyModel): Props {
    return property.name in values ? { [property.name]: values[property.name] } : {};
}

/** The values of `inputs` for the fields of `object` that differ from what a new object has anyway. */
function nonDefault(model: ResourceModel, object: string, inputs: Props): Props {
    return Object.fromEntries(
        model
            .fieldsOf(object)
            .filter((property) => inputs[property.name] !== undefined)
            .filter((property) => {
                const unset = unsetValue(property);
                return unset === undefined || !sameValue(inputs[property.name], unset);
            })
            .map((property) => [property.name, inputs[property.name]]),
    );
}

/** The `id` of a reference input given as the `{ id, ... }` object the SDK passes. */
function referenceId(props: Props, property: PropertyModel): unknown {
    const reference = props[property.name];
    return typeof reference === "object" && reference !== null ? (reference as Props).id : undefined;
}

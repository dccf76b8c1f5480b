import type * as dynamic from "@pulumi/pulumi/dynamic";

import {
    AdvancedSettingsHiddenError,
    InvalidInputsError,
    messageOf,
    ResourceOperationError,
} from "../errors";
import { fromWireRecord, toWireBody, unsetValue } from "../schema/mapping";
import { resourceModel } from "../schema/model";
import { serviceToken } from "../schema/tokens";
import { providerKey, validateInputs, type InputFailure } from "../schema/validate";
import { assertAdvancedSettingsShown, ruleSection, webSocketPreviewFailure } from "../rules/websocket";
import { objectPath, type ResourceContext } from "./context";
import { crossFieldFailures } from "./service-rules";
import { assertAdoptable } from "./service-adopt";
import { completeService, postService } from "./service-create";
import { isNotFound, readServiceOutputs, serviceObject, serviceState } from "./service-wire";
import {
    compareProperties,
    inputNamesOf,
    refreshedInputs,
    stateInputNames,
    userProps,
    type Props,
} from "./values";
import type { ResourceHandlers } from "./handlers";

export { serviceToken } from "../schema/tokens";

/**
 * Every failure of a service's inputs: the schema (via ajv), then the cross-field rules of the schema's
 * extensions, then (with `webSocketPreview`) the preview part of the WebSocket rule. Unknown values
 * are skipped.
 */
export function serviceInputFailures(inputs: Props, webSocketPreview = true): InputFailure[] {
    const model = resourceModel(serviceToken);
    const failures = validateInputs(serviceToken, inputs);
    const failing = new Set(failures.map((failure) => failure.property.split(".")[0]));
    failures.push(...crossFieldFailures(model, inputs, failing));
    const webSocket =
        webSocketPreview && !failing.has("enableWebSocket") ? webSocketPreviewFailure(inputs) : undefined;
    if (webSocket) {
        failures.push(webSocket);
    }
    return failures;
}

/**
 * The handlers of `barracudawaf:index:Service` (ID: the service's name).
 *
 * - `create`: with `adopt`, an existing service of that name is taken over: one GET, then what `update` does
 *   against the appliance's values; if that fails after it may have written, the error carries the ID and the
 *   values read, so the engine records the service. Otherwise it checks WebSocket against the appliance first when asked for (1 GET), then `POST /services`,
 *   `PUT .../advanced-configuration` only when an advanced field is set, and one GET of both groups. If a step
 *   after the POST fails, the service is deleted again and the error says so; if even that fails, the error
 *   carries the ID so that the engine records the service. At most 3 calls, 4 with WebSocket.
 * - `read`: one GET; every property with the appliance's value, and as inputs the refreshed values of the
 *   properties the state held (so a preview after refresh shows drift as the change); `{}` when it is gone.
 * - `update`: writes only the objects whose properties changed, main object first, then one GET.
 * - `delete`: one `DELETE /services/{name}`; a service already gone counts as deleted.
 */
export function serviceHandlers(context: ResourceContext): ResourceHandlers {
    const model = resourceModel(serviceToken);
    const [mainObject, ...subObjects] = model.objects;

    const diff = async (_id: string, olds: Props, news: Props): Promise<dynamic.DiffResult> => {
        const { changed, replaces } = compareProperties(model, userProps(olds), userProps(news), unsetValue);
        const referenceChanged = referenceId(olds) !== referenceId(news);
        // Delete first: the name is unique on the appliance, and a renamed service usually keeps the address
        // and port that the old one still holds.
        return {
            changes: changed.length > 0 || referenceChanged,
            replaces: [...replaces],
            deleteBeforeReplace: replaces.length > 0,
        };
    };

    const handlers: ResourceHandlers = {
        async check(_olds: Props, news: Props): Promise<dynamic.CheckResult> {
            const failures = serviceInputFailures(userProps(news));
            if (failures.length > 0) {
                return { inputs: news, failures };
            }
            await context.verifyConnection();
            return { inputs: news };
        },

        diff,

        async create(inputs: Props): Promise<dynamic.CreateResult> {
            const given = userProps(inputs);
            const name = String(given.name);
            assertValid(given, name);
            const api = context.client();
            if (given.adopt === true || context.adoptExisting()) {
                // Taking over is an update of what the appliance has: only the differing objects are written.
                const existing = await readServiceOutputs(api, model, name);
                if (existing) {
                    assertAdoptable(model, name, existing, given);
                    try {
                        const { outs } = await handlers.update(name, existing, inputs);
                        return { id: name, outs };
                    } catch (error) {
                        if (error instanceof AdvancedSettingsHiddenError) {
                            throw error; // Refused before any write: the service stays as it was, not adopted.
                        }
                        // The service may be partly written (the cause says what was): the engine records it with
                        // the values read above, so it is never left untracked.
                        throw new ResourceOperationError(
                            `Adopt Service Error: taking over service "${name}" failed; it is recorded in the stack's ` +
                                `state with the values it had before: run pulumi refresh, then pulumi up. ` +
                                `Cause: ${messageOf(error)}`,
                            {
                                cause: error,
                                id: name,
                                properties: {
                                    ...serviceState(model, existing, given, inputNamesOf(model, given)),
                                    [providerKey]: inputs[providerKey],
                                },
                            },
                        );
                    }
                }
            }
            const bodies = model.objects.map((object) => toWireBody(model, object, given));
            const webSocket = given.enableWebSocket === true;
            // With WebSocket, the check of the appliance's setting and the writes it guards are one section.
            return ruleSection(api, webSocket, async (calls) => {
                if (webSocket) {
                    await assertAdvancedSettingsShown(calls, name, "create", given.systemConfiguration);
                }
                await postService(calls, model, name, bodies[0]);
                const writes = subObjects.map((object, index) => ({ object, body: bodies[index + 1] }));
                // If the service must stay behind, the engine records these as its state: what the POST wrote
                // (so the sub-objects not yet written show as changes next time), and the host's `__provider` so
                // that later refreshes and deletes can load this provider again.
                const recorded = {
                    ...serviceState(
                        model,
                        fromWireRecord(model, mainObject, bodies[0]),
                        given,
                        inputNamesOf(model, given),
                    ),
                    [providerKey]: inputs[providerKey],
                };
                const outputs = await completeService(calls, model, name, writes, recorded);
                return { id: name, outs: serviceState(model, outputs, given, inputNamesOf(model, given)) };
            });
        },

        async read(id: string, props?: Props): Promise<dynamic.ReadResult> {
            const outputs = await readServiceOutputs(context.client(), model, id);
            if (!outputs) {
                return {};
            }
            const state = userProps(props);
            const refreshed = serviceState(model, outputs, state, stateInputNames(state));
            return { id, props: refreshed, inputs: refreshedInputs(model, refreshed, state, unsetValue) };
        },

        async update(id: string, olds: Props, news: Props): Promise<dynamic.UpdateResult> {
            const given = userProps(news);
            assertValid(given, id);
            const { targets } = compareProperties(model, userProps(olds), given, unsetValue);
            const api = context.client();
            // A replacing property never reaches an update (diff replaced the service instead).
            const changes = Object.fromEntries(
                Object.entries(targets).filter(([name]) => !model.property(name)?.replaceOnChanges),
            );
            const writes = model.objects
                .map((object) => ({ object, body: toWireBody(model, object, changes) }))
                .filter((write) => Object.keys(write.body).length > 0);
            if (writes.length === 0) {
                return { outs: serviceState(model, userProps(olds), given, inputNamesOf(model, given)) };
            }
            const webSocket = changes.enableWebSocket === true;
            return ruleSection(api, webSocket, async (calls) => {
                if (webSocket) {
                    await assertAdvancedSettingsShown(calls, id, "update", given.systemConfiguration);
                }
                for (const [index, write] of writes.entries()) {
                    try {
                        await calls.put(
                            objectPath(write.object === mainObject ? serviceObject(model) : write.object, id),
                            write.body,
                        );
                    } catch (error) {
                        const done = writes.slice(0, index).map((w) => model.extension.groups[w.object]);
                        throw new ResourceOperationError(
                            `Update Service Error: writing the ${model.extension.groups[write.object]} of service "${id}" ` +
                                `failed${done.length ? ` after its ${done.join(" and ")} had been written` : ", nothing was written"}; ` +
                                `run pulumi refresh to see the appliance's values, then pulumi up again. Cause: ${messageOf(error)}`,
                            { cause: error },
                        );
                    }
                }
                const outputs = await readServiceOutputs(calls, model, id);
                if (!outputs) {
                    throw new ResourceOperationError(
                        `Update Service Error: service "${id}" disappeared from the appliance during the update`,
                    );
                }
                return { outs: serviceState(model, outputs, given, inputNamesOf(model, given)) };
            });
        },

        async delete(id: string): Promise<void> {
            try {
                await context.client().delete(objectPath(serviceObject(model), id));
            } catch (error) {
                if (!isNotFound(error)) {
                    throw error;
                }
            }
        },
    };
    return handlers;
}

/**
 * Refuses invalid inputs before the first write. The WebSocket rule is left to the appliance check (its apply
 * part), which sees the appliance's real setting.
 */
function assertValid(inputs: Props, name: string): void {
    const failures = serviceInputFailures(inputs, false);
    if (failures.length > 0) {
        throw new InvalidInputsError(resourceModel(serviceToken).name, name, failures);
    }
}

function referenceId(props: Props): unknown {
    const reference = props.systemConfiguration;
    return typeof reference === "object" && reference !== null ? (reference as Props).id : undefined;
}

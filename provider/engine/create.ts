import { setTimeout as sleep } from "node:timers/promises";

import { messageOf } from "../barracuda-waf-error";
import { ApplianceError } from "../client/errors";
import { absentPostRetryDelay } from "../client/retry";
import type { WireRecord } from "../schema/mapping";
import type { ResourceModel } from "../schema/model";
import {
    isNotFound,
    objectExists,
    readObject,
    withFieldsEveryWriteNeeds,
    type Outputs,
} from "./appliance-object";
import type { ApplianceApi } from "./context";
import { ResourceOperationError, type OperationFailure } from "./errors";
import { collectionOf, fillPath, idOf, type PathParams } from "./object-path";

/** One sub-object write of a create or an update: the object's template and its body. */
export interface ObjectWrite {
    readonly object: string;
    readonly body: WireRecord;
}

/**
 * `POST` of the object's main body to its collection. When the answer was lost or was a 5xx (the client marks
 * such failures `outcomeUnknown` and never resends a POST), one GET decides: the object is absent (nothing was
 * created: after a 503 the POST is tried again, as `absentPostRetryDelay` decides, else that is reported),
 * present with every field that was sent (the POST took effect: carry on), or present with other values (an
 * object of that name that is not ours: refused, nothing changed).
 *
 * @throws ResourceOperationError saying what is on the appliance, with the appliance's error as cause.
 */
export async function postObject(
    api: ApplianceApi,
    model: ResourceModel,
    params: PathParams,
    body: WireRecord,
): Promise<void> {
    const failure = (
        outcome: OperationFailure["outcome"],
        cause: unknown,
        extra: Partial<OperationFailure> = {},
    ) =>
        new ResourceOperationError({
            operation: "create",
            resource: model.name,
            object: idOf(model.extension.object, params),
            step: `POST /${collectionOf(model.extension.object)}`,
            outcome,
            cause,
            ...extra,
        });
    for (let attempt = 1; ; attempt++) {
        try {
            await api.post(fillPath(collectionOf(model.extension.object), params), body);
            return;
        } catch (error) {
            if ((error as { outcomeUnknown?: unknown }).outcomeUnknown !== true) {
                const taken =
                    error instanceof ApplianceError &&
                    error.status === 400 &&
                    (await objectExists(api, model, params));
                throw failure(taken ? "exists" : "refused", error);
            }
            let found: { data?: Record<string, Record<string, unknown>> };
            try {
                found = await api.get(fillPath(model.extension.object, params));
            } catch (lookupError) {
                if (!isNotFound(lookupError)) {
                    throw failure("unclear", error, { found: messageOf(lookupError) });
                }
                const delay = absentPostRetryDelay(error, attempt, api.maxRetries);
                if (delay === undefined) {
                    throw failure("absent", error, { attempts: attempt });
                }
                await sleep(delay);
                continue;
            }
            const record = found.data?.[params.name] ?? {};
            const differing = Object.keys(body).filter((field) => String(record[field]) !== body[field]);
            if (differing.length > 0) {
                throw failure("exists-differently", error, { found: differing.join(", ") });
            }
            return;
        }
    }
}

/**
 * The steps of a create after the POST: the sub-object writes (already in order, empty ones left out), then
 * one GET of every group. If any step fails the object is deleted again (one DELETE) and the error says so; if
 * that fails too, the error carries the ID and `recorded`, so the engine records the object in the state.
 */
export async function completeCreate(
    api: ApplianceApi,
    model: ResourceModel,
    params: PathParams,
    writes: readonly ObjectWrite[],
    recorded: Record<string, unknown>,
    objects: readonly string[] = model.objects,
): Promise<Outputs> {
    const id = idOf(model.extension.object, params);
    let step = "";
    try {
        for (const write of writes) {
            step = `writing its ${model.extension.groups[write.object]}`;
            const body = await withFieldsEveryWriteNeeds(api, model, write.object, params, write.body);
            await api.put(fillPath(write.object, params), body);
        }
        step = "reading it back";
        const outputs = await readObject(api, model, params, objects);
        if (!outputs) {
            throw new Error(`the appliance no longer has the ${model.name}`);
        }
        return outputs;
    } catch (error) {
        const failure = {
            operation: "create",
            resource: model.name,
            object: id,
            step,
            cause: error,
        } as const;
        try {
            await api.delete(fillPath(model.extension.object, params));
        } catch (rollbackError) {
            if (!isNotFound(rollbackError)) {
                throw new ResourceOperationError(
                    { ...failure, outcome: "left-recorded", found: messageOf(rollbackError) },
                    { id, properties: recorded },
                );
            }
        }
        throw new ResourceOperationError({ ...failure, outcome: "rolled-back" });
    }
}

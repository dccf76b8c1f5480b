import { setTimeout as sleep } from "node:timers/promises";

import { retryDelayMs } from "../client/backoff";
import { ApplianceError, messageOf, ResourceOperationError } from "../errors";
import type { WireRecord } from "../schema/mapping";
import type { ResourceModel } from "../schema/model";
import { objectPath, type ApplianceApi } from "./context";
import { isNotFound, readServiceOutputs, serviceObject } from "./service-wire";

/**
 * `POST /services` for the service `name`. When the answer was lost or was a 5xx (the client marks such
 * failures `outcomeUnknown` and never resends a POST), one GET decides: the service is absent (nothing was
 * created: after a 503 the POST is tried again, up to `maxRetries` times with backoff, else the original error
 * is reported), or present with every field that was sent (the POST took
 * effect: carry on), or present with other values (a service of that name that is not ours: refused, nothing
 * changed).
 *
 * @throws ResourceOperationError saying what is on the appliance, with the appliance's error as cause.
 */
export async function postService(
    api: ApplianceApi,
    model: ResourceModel,
    name: string,
    body: WireRecord,
): Promise<void> {
    for (let attempt = 1; ; attempt++) {
        const outcome = await tryPost(api, model, name, body);
        if (outcome === "created") {
            return;
        }
        if (!refusedForNow(outcome.error) || attempt > api.maxRetries) {
            throw new ResourceOperationError(
                `Create Service Error: creating service "${name}" failed and the appliance has no such service; ` +
                    `nothing was created${attempt > 1 ? ` (after ${attempt} attempts)` : ""}. Cause: ` +
                    messageOf(outcome.error),
                { cause: outcome.error },
            );
        }
        await sleep(retryDelayMs(attempt));
    }
}

/**
 * One `POST /services`: resolves `"created"` when the service now exists as sent, or with the error when the
 * POST certainly did not create it (its outcome was unknown, and a GET found no such service).
 */
async function tryPost(
    api: ApplianceApi,
    model: ResourceModel,
    name: string,
    body: WireRecord,
): Promise<"created" | { readonly error: unknown }> {
    try {
        await api.post(objectPath(model.extension.object), body);
        return "created";
    } catch (error) {
        if ((error as { outcomeUnknown?: unknown }).outcomeUnknown !== true) {
            if (
                error instanceof ApplianceError &&
                error.status === 400 &&
                (await serviceExists(api, model, name))
            ) {
                throw new ResourceOperationError(
                    `Create Service Error: a service named "${name}" already exists on the appliance; nothing was ` +
                        `changed. To manage that service with Pulumi, set adopt: true on this Service (it is then ` +
                        `updated in place to match the program); to create a new one, choose another name. If an ` +
                        `interrupted pulumi up created it, run BARRACUDA_WAF_ADOPT_EXISTING=true pulumi up once to take ` +
                        `over what it left (README: "If an update was interrupted").`,
                    { cause: error },
                );
            }
            throw new ResourceOperationError(
                `Create Service Error: the appliance did not create service "${name}"; nothing was created. ` +
                    `Cause: ${messageOf(error)}`,
                { cause: error },
            );
        }
        let found: { data?: Record<string, Record<string, unknown>> };
        try {
            found = await api.get(objectPath(serviceObject(model), name));
        } catch (lookupError) {
            if (isNotFound(lookupError)) {
                return { error };
            }
            throw new ResourceOperationError(
                `Create Service Error: creating service "${name}" failed without a clear answer, and checking ` +
                    `whether it exists failed too (${messageOf(lookupError)}); look for it on the appliance: if it is ` +
                    `there, set adopt: true on this Service to take it over (or delete it), then pulumi up again. ` +
                    `Cause: ${messageOf(error)}`,
                { cause: error },
            );
        }
        const record = found.data?.[name] ?? {};
        const differing = Object.keys(body).filter((field) => String(record[field]) !== body[field]);
        if (differing.length > 0) {
            throw new ResourceOperationError(
                `Create Service Error: creating service "${name}" failed, and a service of that name exists on the ` +
                    `appliance with other values (${differing.join(", ")}); it was left as it is. Choose another ` +
                    `name, or set adopt: true on this Service to take that service over. Cause: ${messageOf(error)}`,
                { cause: error },
            );
        }
        return "created";
    }
}

/**
 * The steps of a create after the POST: the sub-objects that have fields to set, in schema order, then one
 * GET of every group. If any step fails the service is deleted again (one DELETE) and the error says so; if
 * that fails too, the error carries `id` and `properties`, so the engine records the service in the state.
 */
export async function completeService(
    api: ApplianceApi,
    model: ResourceModel,
    name: string,
    writes: ReadonlyArray<{ readonly object: string; readonly body: WireRecord }>,
    givenProperties: Record<string, unknown>,
): Promise<Record<string, string | number | boolean>> {
    let step = "";
    try {
        for (const write of writes) {
            if (Object.keys(write.body).length > 0) {
                step = `writing its ${model.extension.groups[write.object]}`;
                await api.put(objectPath(write.object, name), write.body);
            }
        }
        step = "reading it back";
        const outputs = await readServiceOutputs(api, model, name);
        if (!outputs) {
            throw new Error("the appliance no longer has the service");
        }
        return outputs;
    } catch (error) {
        try {
            await api.delete(objectPath(serviceObject(model), name));
        } catch (rollbackError) {
            if (!isNotFound(rollbackError)) {
                throw new ResourceOperationError(
                    `Create Service Error: service "${name}" was created but ${step} failed, and deleting it again ` +
                        `failed too (${messageOf(rollbackError)}); the service remains on the appliance and is ` +
                        `recorded in the stack's state: run pulumi refresh, then pulumi up. Cause: ${messageOf(error)}`,
                    { cause: error, id: name, properties: givenProperties },
                );
            }
        }
        throw new ResourceOperationError(
            `Create Service Error: service "${name}" was created but ${step} failed, so it was deleted again; ` +
                `nothing is left on the appliance. Cause: ${messageOf(error)}`,
            { cause: error },
        );
    }
}

/**
 * A 503: the appliance answered that it cannot serve the request now, so it is done with it and, absent, the
 * service is safe to create again. After a 502, a 504 or a lost connection the request may still be at work
 * behind a proxy, so a GET that finds nothing proves less: those are reported, not resent.
 */
function refusedForNow(error: unknown): boolean {
    return error instanceof ApplianceError && error.status === 503;
}

/** Whether the appliance has a service called `name` (one GET); false when that cannot be told. */
async function serviceExists(api: ApplianceApi, model: ResourceModel, name: string): Promise<boolean> {
    try {
        await api.get(objectPath(serviceObject(model), name), {
            parameters: model.extension.idField as string,
        });
        return true;
    } catch {
        return false;
    }
}

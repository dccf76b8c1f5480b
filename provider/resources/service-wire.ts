import { ApplianceError } from "../errors";
import { fromWireRecord } from "../schema/mapping";
import type { PropertyModel, ResourceModel } from "../schema/model";
import { isUnknown } from "../schema/values";
import { objectPath, type ApplianceApi } from "./context";
import { inputNamesKey, plain, type Props } from "./values";

/** The appliance object of one service: the schema's main object and the service's name, `services/{name}`. */
export function serviceObject(model: ResourceModel): string {
    return `${model.extension.object}/{name}`;
}

/** True when `error` is the appliance saying the object does not exist. */
export function isNotFound(error: unknown): boolean {
    return error instanceof ApplianceError && error.status === 404;
}

/**
 * The service `name` as the appliance has it now, with every group the schema maps (one
 * `GET /services/{name}?groups=Service&groups=Advanced Configuration`), as outputs; undefined when it is gone.
 */
export async function readServiceOutputs(
    api: ApplianceApi,
    model: ResourceModel,
    name: string,
): Promise<Record<string, string | number | boolean> | undefined> {
    let body: { data?: Record<string, unknown> };
    try {
        body = await api.get(objectPath(serviceObject(model), name), {
            groups: model.objects.map((o) => model.extension.groups[o]),
        });
    } catch (error) {
        if (isNotFound(error)) {
            return undefined;
        }
        throw error;
    }
    const record = body.data?.[name];
    if (typeof record !== "object" || record === null) {
        return undefined;
    }
    return outputsOf(model, record as Record<string, unknown>);
}

/**
 * The outputs held by one service entry of a `GET /services` answer: the main group's fields inline (or under
 * its display name, as some firmware answers), each other group under its display name.
 */
export function outputsOf(
    model: ResourceModel,
    record: Record<string, unknown>,
): Record<string, string | number | boolean> {
    const outputs: Record<string, string | number | boolean> = {};
    for (const object of model.objects) {
        const group = record[model.extension.groups[object]];
        const fields =
            typeof group === "object" && group !== null && !Array.isArray(group)
                ? (group as Record<string, unknown>)
                : object === model.extension.object
                  ? record
                  : {};
        Object.assign(outputs, fromWireRecord(model, object, fields));
    }
    return outputs;
}

/**
 * The provider-only inputs that travel with the outputs, so the state keeps them: `systemConfiguration`, only
 * when known (an unknown value never reaches create; a partial one keeps its known fields).
 */
export function providerOnlyOutputs(model: ResourceModel, inputs: Props): Props {
    const kept: Props = {};
    for (const property of providerOnlyInputs(model)) {
        const value = inputs[property.name];
        if (value !== undefined && !isUnknown(value)) {
            kept[property.name] = value;
        }
    }
    return kept;
}

/**
 * The state to record for a service, as plain JSON: `outputs` (its values in output form) with the provider-only
 * inputs taken from `inputs` instead, so a reference the program dropped leaves the state, and the names of the
 * inputs the program set (`inputNames`; none for a state written before the provider recorded them).
 */
export function serviceState(
    model: ResourceModel,
    outputs: Props,
    inputs: Props,
    inputNames: readonly string[] | undefined,
): Props {
    const state: Props = { ...outputs };
    for (const property of providerOnlyInputs(model)) {
        delete state[property.name];
    }
    delete state[inputNamesKey];
    return plain({
        ...state,
        ...providerOnlyOutputs(model, inputs),
        ...(inputNames ? { [inputNamesKey]: inputNames } : {}),
    });
}

function providerOnlyInputs(model: ResourceModel): PropertyModel[] {
    return model.properties.filter((property) => property.extension.providerOnly && property.isInput);
}

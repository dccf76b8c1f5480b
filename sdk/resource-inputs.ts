import * as pulumi from "@pulumi/pulumi";

import { declaredInputsOf } from "./dynamic-resource";

/** How a resource class turns its arguments into what it registers, generated from schema.json. */
export interface ResourceInputSpec {
    /** Every output name, registered as `undefined` so that the engine fills it and the class's fields exist. */
    readonly outputNames: readonly string[];
    /**
     * Inputs that name another resource, with the fields of it they pass: a resource given there is passed as
     * its `name` output, or as `{ name, ...fields }` when there are fields, for a rule checked at preview (a
     * WebSocketPolicy's `service` passes `enableWebSocket`). The fields are the resource's declared inputs,
     * not its outputs: a field the program leaves out is passed as absent, not as unknown.
     */
    readonly names: Readonly<Record<string, readonly string[]>>;
    /**
     * Inputs that pass another resource as `{ id, ...fields }`: the `id` orders the two operations, the fields
     * (as the program declared them, like `names`) let `check` apply a rule at preview (a Service's
     * `systemConfiguration` passes `showAdvancedSettings`).
     */
    readonly resources: Readonly<Record<string, readonly string[]>>;
    /**
     * Inputs that are secrets, or nested inputs that hold one (a certificate's key, a directory's bind password):
     * registered as secrets, and their outputs too, so that the state holds them encrypted however the program
     * passed them.
     */
    readonly secrets: readonly string[];
}

/**
 * The property bag a resource registers: every output name, overlaid with `args` in which each reference is
 * given as the provider expects it. A reference given as a resource (or an output of one) also makes Pulumi
 * apply that resource first, with no `dependsOn`.
 */
export function resourceInputs(spec: ResourceInputSpec, args: object): pulumi.Inputs {
    const inputs: pulumi.Inputs = {};
    for (const name of spec.outputNames) {
        inputs[name] = undefined;
    }
    Object.assign(inputs, args);
    for (const [name, fields] of Object.entries(spec.names)) {
        const value = inputs[name];
        if (pulumi.CustomResource.isInstance(value)) {
            const resource = value as unknown as Record<string, unknown>;
            // The fields as the program declared them, known at preview even while the resource is created.
            const declared = declaredInputsOf(value) ?? resource;
            inputs[name] =
                fields.length === 0
                    ? resource.name
                    : {
                          name: resource.name,
                          ...Object.fromEntries(fields.map((field) => [field, declared[field]])),
                      };
        }
    }
    for (const [name, fields] of Object.entries(spec.resources)) {
        if (inputs[name] !== undefined) {
            inputs[name] = resourceReference(inputs[name], fields);
        }
    }
    for (const name of spec.secrets) {
        if (inputs[name] !== undefined) {
            inputs[name] = pulumi.secret(inputs[name]);
        }
    }
    return inputs;
}

/** The resource options with the outputs of `spec.secrets` added to those the engine keeps secret. */
export function withSecretOutputs(
    spec: ResourceInputSpec,
    opts: pulumi.CustomResourceOptions | undefined,
): pulumi.CustomResourceOptions | undefined {
    if (spec.secrets.length === 0) return opts;
    return { ...opts, additionalSecretOutputs: [...(opts?.additionalSecretOutputs ?? []), ...spec.secrets] };
}

/**
 * `{ id, ...fields }` of a resource, as a plain object of outputs rather than one output, so that a known field
 * stays known while the id is not (the preview rule can then be checked). A value that is not a resource (an
 * output of one, or a plain object from JavaScript) is read the same way once resolved.
 */
function resourceReference(value: unknown, fields: readonly string[]): pulumi.Input<Record<string, unknown>> {
    const pick = (resource: Record<string, unknown>) => ({
        id: resource.id,
        ...Object.fromEntries(fields.map((field) => [field, resource[field]])),
    });
    if (pulumi.CustomResource.isInstance(value)) {
        // The fields as the program declared them (see `names` above); the id is the resource's own.
        const declared = declaredInputsOf(value) ?? (value as unknown as Record<string, unknown>);
        return { ...pick(declared), id: (value as unknown as Record<string, unknown>).id };
    }
    return pulumi
        .output(value as pulumi.Input<Record<string, unknown>>)
        .apply((resolved) => pulumi.output(pick(resolved)));
}

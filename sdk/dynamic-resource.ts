import * as pulumi from "@pulumi/pulumi";

/** Which handlers of the provider a resource class uses: the resource's name in camelCase, e.g. `service`. */
export type ResourceKind = string;

/**
 * The package's name, from its package.json (two levels up from `dist/sdk/`): the `__provider` text loads the
 * provider by it, so it resolves wherever the package is installed beside the program.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const packageName: string = require("../../package.json").name;

/**
 * What Pulumi's Node.js dynamic-provider host needs in `__provider`: a module whose `handler()` returns the
 * provider. It names the installed package rather than a path of this machine, so a stack created on a laptop
 * is refreshed and destroyed from CI; it is the same short text for every resource of a kind, and it needs no
 * closure serialization when the program starts.
 */
export function providerModuleText(kind: ResourceKind): string {
    return `exports.handler = () => require(${JSON.stringify(`${packageName}/provider`)}).dynamicProvider(${JSON.stringify(kind)});\n`;
}

/**
 * A resource served by Pulumi's Node.js dynamic-provider host. It registers what `pulumi.dynamic.Resource`
 * would (the same type token, so states written by 0.1.0 match, and the provider under `__provider`) but with
 * {@link providerModuleText} instead of a serialized closure.
 *
 * While it registers, stack traces are off. Pulumi's SDK gives each registered property (a Service has 26
 * outputs) four promises, and formats a stack trace for each of them, only for its promise-leak report; in a
 * TypeScript program every trace goes through source maps, which made this most of a program's time per
 * resource. The resource's own source position, which Pulumi records in the state, is captured by Pulumi with
 * its own limit and is unaffected; with `PULUMI_DEBUG_PROMISE_LEAKS` set, the traces are kept.
 */
export abstract class DynamicResource extends pulumi.CustomResource {
    protected constructor(
        kind: ResourceKind,
        type: string,
        name: string,
        inputs: pulumi.Inputs,
        opts: pulumi.CustomResourceOptions | undefined,
    ) {
        const stackTraceLimit = Error.stackTraceLimit;
        if (!process.env.PULUMI_DEBUG_PROMISE_LEAKS) {
            Error.stackTraceLimit = 0;
        }
        try {
            super(
                `pulumi-nodejs:dynamic/barracudawaf:${type}`,
                name,
                { ...inputs, __provider: providerModuleText(kind) },
                opts,
            );
        } finally {
            Error.stackTraceLimit = stackTraceLimit;
        }
        declaredInputs().set(this, inputs);
    }
}

/** Where each resource's inputs are noted: global, so that two copies of this package share it. */
const declaredKey = Symbol.for("pulumi-barracudawaf:declared-inputs");

function declaredInputs(): WeakMap<object, pulumi.Inputs> {
    const registry = globalThis as { [declaredKey]?: WeakMap<object, pulumi.Inputs> };
    return (registry[declaredKey] ??= new WeakMap());
}

/**
 * The inputs `resource` was declared with in this program, or undefined for a resource not of this package. A
 * rule checked at preview reads them rather than the resource's outputs: while a create is planned every output
 * is unknown, but the program's own arguments are known (a property left out is absent, not unknown).
 */
export function declaredInputsOf(resource: object): pulumi.Inputs | undefined {
    return declaredInputs().get(resource);
}

import type * as pulumi from "@pulumi/pulumi";

/** The provider's entry point, as seen from the SDK: the handlers of each resource and `configure`. */
interface ProviderModule {
    configure(config: { get(key: string): string | undefined }): void;
    readonly service: Required<Omit<pulumi.dynamic.ResourceProvider, "configure">>;
    readonly systemConfiguration: Required<Omit<pulumi.dynamic.ResourceProvider, "configure">>;
}

/** Which handlers of the provider module a resource class uses. */
export type ResourceKind = "service" | "systemConfiguration";

/**
 * The implementation's absolute path, fixed when the program loads this module. It is the only thing the
 * serialized provider captures, so no credential or client object ever lands in the state.
 */
const implementation: string = require.resolve("../provider/index");

/**
 * The dynamic provider object Pulumi serializes into each resource's state. It stays tiny on purpose: every
 * method loads the real implementation at call time inside the dynamic-provider host, so closure
 * serialization never walks the client, `got` or ajv, and a fix to the provider needs no change of state.
 */
export function dynamicProvider(kind: ResourceKind): pulumi.dynamic.ResourceProvider {
    const modulePath = implementation;
    // `require` is resolved inside the dynamic-provider host, not captured by the closure serializer.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const load = (): ProviderModule => require(modulePath);
    return {
        async configure(request) {
            load().configure(request.config);
        },
        check: (olds, news) => load()[kind].check(olds, news),
        diff: (id, olds, news) => load()[kind].diff(id, olds, news),
        create: (inputs) => load()[kind].create(inputs),
        read: (id, props) => load()[kind].read(id, props),
        update: (id, olds, news) => load()[kind].update(id, olds, news),
        delete: (id, props) => load()[kind].delete(id, props),
    };
}

import type * as pulumi from "@pulumi/pulumi";

/**
 * The provider's entry point, as seen from the SDK: `configure`, and the handlers of each resource under its
 * kind (the resource's name in camelCase, e.g. `service`).
 */
interface ProviderModule {
    configure(config: { get(key: string): string | undefined }): void;
    readonly [kind: string]: Required<Omit<pulumi.dynamic.ResourceProvider, "configure">> | unknown;
}

type Handlers = Required<Omit<pulumi.dynamic.ResourceProvider, "configure">>;

/** Which handlers of the provider module a resource class uses: the resource's name in camelCase. */
export type ResourceKind = string;

/**
 * The implementation's absolute path, fixed when the program loads this module. It is the only thing the
 * serialized provider captures, so no credential or client object ever lands in the state.
 */
const implementation: string = require.resolve("../provider/index");

const providers = new Map<ResourceKind, pulumi.dynamic.ResourceProvider>();

/**
 * The dynamic provider object of a resource kind, one per program: Pulumi serializes a provider object once
 * and reuses the text for every resource that passes the same object, so a new object per resource would
 * serialize the closure again for each of them.
 */
export function dynamicProvider(kind: ResourceKind): pulumi.dynamic.ResourceProvider {
    let provider = providers.get(kind);
    if (provider === undefined) {
        provider = tinyProvider(kind);
        providers.set(kind, provider);
    }
    return provider;
}

/**
 * The dynamic provider object Pulumi serializes into each resource's state. It stays tiny on purpose: every
 * method loads the real implementation at call time inside the dynamic-provider host, so closure
 * serialization never walks the client, `got` or ajv, and a fix to the provider needs no change of state.
 */
function tinyProvider(kind: ResourceKind): pulumi.dynamic.ResourceProvider {
    const modulePath = implementation;
    // `require` is resolved inside the dynamic-provider host, not captured by the closure serializer. The
    // path is the program machine's; when the state is later used elsewhere (a CI runner deleting what a
    // laptop created), the package installed beside the program serves instead.
    const load = (): ProviderModule => {
        try {
            // eslint-disable-next-line @typescript-eslint/no-require-imports
            return require(modulePath);
        } catch (error) {
            const missing = error as { code?: unknown; message?: unknown };
            // Only a missing implementation falls back; a broken one reports its own error.
            if (missing.code !== "MODULE_NOT_FOUND" || !String(missing.message).includes(modulePath)) {
                throw error;
            }
            try {
                // eslint-disable-next-line @typescript-eslint/no-require-imports
                return require("pulumi-barracudawaf/provider");
            } catch {
                throw error;
            }
        }
    };
    return {
        async configure(request) {
            load().configure(request.config);
        },
        check: (olds, news) => (load()[kind] as Handlers).check(olds, news),
        diff: (id, olds, news) => (load()[kind] as Handlers).diff(id, olds, news),
        create: (inputs) => (load()[kind] as Handlers).create(inputs),
        read: (id, props) => (load()[kind] as Handlers).read(id, props),
        update: (id, olds, news) => (load()[kind] as Handlers).update(id, olds, news),
        delete: (id, props) => (load()[kind] as Handlers).delete(id, props),
    };
}

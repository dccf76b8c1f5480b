import { notFound } from "../errors";
import type { ServiceSnapshot, WireObject } from "../snapshot";
import type { Store } from "../store";

/** The service named in the path, or the appliance's 404. */
export function findService(store: Store, name: string): ServiceSnapshot {
    const service = Object.hasOwn(store.state.services, name) ? store.state.services[name] : undefined;
    if (!service) throw notFound(`Service '${name}' does not exist.`);
    return service;
}

/** The server named in the path, or the appliance's 404. */
export function findServer(service: ServiceSnapshot, name: string): WireObject {
    const server = Object.hasOwn(service.servers, name) ? service.servers[name] : undefined;
    if (!server)
        throw notFound(`Server '${name}' does not exist in service '${String(service.service.name)}'.`);
    return server;
}

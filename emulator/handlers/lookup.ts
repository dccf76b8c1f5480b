import { notFound } from "../errors";
import type { WireObject } from "../snapshot";
import type { ApplianceState, ServiceState, WebSocketPolicyState } from "../state";

/** The service named in the path, or the appliance's 404. */
export function findService(state: ApplianceState, name: string): ServiceState {
    const service = state.services.get(name);
    if (!service) throw notFound(`Service '${name}' does not exist.`);
    return service;
}

/** The server named in the path, or the appliance's 404. */
export function findServer(service: ServiceState, name: string): WireObject {
    const server = service.servers.get(name);
    if (!server)
        throw notFound(`Server '${name}' does not exist in service '${String(service.service.name)}'.`);
    return server;
}

/** The WebSocket policy named in the path, or the appliance's 404. */
export function findWebSocketPolicy(service: ServiceState, name: string): WebSocketPolicyState {
    const policy = service.websocketPolicies.get(name);
    if (!policy) {
        throw notFound(
            `Web Socket Policy '${name}' does not exist in service '${String(service.service.name)}'.`,
        );
    }
    return policy;
}

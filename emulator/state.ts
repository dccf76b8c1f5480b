import type { EmulatorSnapshot, WireObject } from "./snapshot";

/**
 * The emulator's live state. Every collection of named objects is a `Map`, so that no name, whatever it is
 * (`__proto__`, `constructor`), can reach another object or a prototype; the wire form of the snapshot and
 * of the state file is made from it only on the way out (`toSnapshot`).
 */
export interface ApplianceState {
    /** Services by name, in creation order. */
    readonly services: Map<string, ServiceState>;
    /** Vsites by name. */
    readonly vsites: Map<string, WireObject>;
    /** Service groups by vsite, then by name; every vsite has its map, which goes with it. */
    readonly serviceGroups: Map<string, Map<string, WireObject>>;
    /** Self-signed certificates by name. */
    readonly certificates: Map<string, WireObject>;
    readonly system: {
        system: WireObject;
        advancedSettings: WireObject;
    };
}

/** A service with its sub-objects, its servers and its WebSocket policies; deleting the service deletes all of it. */
export interface ServiceState {
    service: WireObject;
    advancedConfiguration: WireObject;
    basicSecurity: WireObject;
    loadBalancing: WireObject;
    /** Servers by name, in creation order. */
    readonly servers: Map<string, WireObject>;
    /** WebSocket policies by name, in creation order. */
    readonly websocketPolicies: Map<string, WebSocketPolicyState>;
}

/** A WebSocket policy with its sub-objects, which are made with it and deleted with it. */
export interface WebSocketPolicyState {
    policy: WireObject;
    messageSecurity: WireObject;
    originProtection: WireObject;
    protocolSecurity: WireObject;
}

/** The state in wire form: plain objects keyed by name, sharing nothing with `state`. */
export function toSnapshot(state: ApplianceState): EmulatorSnapshot {
    return structuredClone(wireView(state));
}

/** The state in wire form, sharing its records with `state`: to serialise at once, never to keep. */
export function wireView(state: ApplianceState): EmulatorSnapshot {
    return {
        services: recordOf(state.services, (service) => ({
            ...service,
            servers: recordOf(service.servers),
            websocketPolicies: recordOf(service.websocketPolicies),
        })),
        vsites: recordOf(state.vsites),
        serviceGroups: recordOf(state.serviceGroups, (groups) => recordOf(groups)),
        certificates: recordOf(state.certificates),
        system: state.system,
    };
}

/** Live state from a snapshot (or a state file's content), sharing nothing with it. */
export function fromSnapshot(snapshot: EmulatorSnapshot): ApplianceState {
    const copy = structuredClone(snapshot);
    return {
        services: mapOf(copy.services, (service) => ({
            ...service,
            servers: mapOf(service.servers),
            // A state file written before the emulator knew WebSocket policies has none for its services.
            websocketPolicies: mapOf(service.websocketPolicies ?? {}),
        })),
        vsites: mapOf(copy.vsites),
        serviceGroups: mapOf(copy.serviceGroups, (groups) => mapOf(groups)),
        certificates: mapOf(copy.certificates),
        system: copy.system,
    };
}

/** A deep copy that shares nothing with `state`. */
export function cloneState(state: ApplianceState): ApplianceState {
    return structuredClone(state);
}

// Object.fromEntries defines own properties, so even a key "__proto__" stays a plain key.
function recordOf<V>(map: ReadonlyMap<string, V>): Record<string, V>;
function recordOf<V, W>(map: ReadonlyMap<string, V>, convert: (value: V) => W): Record<string, W>;
function recordOf<V, W>(map: ReadonlyMap<string, V>, convert?: (value: V) => W): Record<string, V | W> {
    return Object.fromEntries([...map].map(([name, value]) => [name, convert ? convert(value) : value]));
}

function mapOf<V>(record: Readonly<Record<string, V>>): Map<string, V>;
function mapOf<V, W>(record: Readonly<Record<string, V>>, convert: (value: V) => W): Map<string, W>;
function mapOf<V, W>(record: Readonly<Record<string, V>>, convert?: (value: V) => W): Map<string, V | W> {
    return new Map(Object.entries(record).map(([name, value]) => [name, convert ? convert(value) : value]));
}

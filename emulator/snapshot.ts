/**
 * The emulator's state in wire form: every value is what the appliance would send back, so numbers are
 * decimal strings ("80"), booleans are "Yes"/"No" and list fields are arrays of strings.
 */

/** One field's value on the wire. */
export type WireValue = string | string[];

/** One object (or one group of an object) on the wire: field wire name to value. */
export type WireObject = Record<string, WireValue>;

/** A WebSocket policy of a service with its three sub-objects, made with it and deleted with it. */
export interface WebSocketPolicySnapshot {
    /** The `Web Socket Policy` group: `name`, `host`, `url`, `mode`, `status`, `comment`. */
    policy: WireObject;
    /** The `Message Security` sub-object (`.../websocket-policies/{policy}/message-security`). */
    messageSecurity: WireObject;
    /** The `Origin Protection` sub-object (`.../origin-protection`), e.g. `allow-origins`. */
    originProtection: WireObject;
    /** The `Protocol Security` sub-object (`.../protocol-security`). */
    protocolSecurity: WireObject;
}

/** A service with its sub-objects, its servers and its WebSocket policies. Deleting the service deletes all of it. */
export interface ServiceSnapshot {
    /** The `Service` group: `name`, `port`, `ip-address`, `status`, ... */
    service: WireObject;
    /** The `Advanced Configuration` group (`/services/{name}/advanced-configuration`), e.g. `enable-websocket`. */
    advancedConfiguration: WireObject;
    /** The `Basic Security` group (`/services/{name}/basic-security`). */
    basicSecurity: WireObject;
    /** The `SSL Security` group (`/services/{name}/ssl-security`) but its certificates, which `service` holds. */
    sslSecurity?: WireObject;
    /** The `Load Balancing` group (`/services/{name}/load-balancing`). */
    loadBalancing: WireObject;
    /** The service's servers keyed by server name, in creation order. */
    servers: Record<string, WireObject>;
    /** The service's WebSocket policies (`/services/{name}/websocket-policies`) keyed by name, in creation order. */
    websocketPolicies: Record<string, WebSocketPolicySnapshot>;
}

/** Everything the emulator stores; also the content of the state file (under `state`). */
export interface EmulatorSnapshot {
    /** Services keyed by name, in creation order. */
    services: Record<string, ServiceSnapshot>;
    /** Vsites (`/vsites`) keyed by name. */
    vsites: Record<string, WireObject>;
    /** Service groups (`/vsites/{vsite}/service-groups`) keyed by vsite, then by name; every vsite has an entry. */
    serviceGroups: Record<string, Record<string, WireObject>>;
    /** Self-signed certificates (`/certificates/self-signed-certificate`) keyed by name. */
    certificates: Record<string, WireObject>;
    system: {
        /** The `System` group of `/system`. */
        system: WireObject;
        /** The `Advanced Settings` group, `/system/advanced-settings`, e.g. `enable-advanced-settings`. */
        advancedSettings: WireObject;
    };
}

/** A deep copy that shares nothing with its source. */
export function cloneSnapshot(snapshot: EmulatorSnapshot): EmulatorSnapshot {
    return structuredClone(snapshot);
}

import type { ResourceContext } from "../engine/context";
import type { ResourceHandlers } from "../engine/handlers";
import type { ResourceRules } from "../engine/resource-rules";
import { singletonResourceHandlers } from "../engine/singleton-resource";
import {
    assertNoWebSocketServices,
    webSocketChainModels,
    type WebSocketChainModels,
} from "../rules/websocket";

export { systemConfigurationToken } from "../schema/tokens";

/**
 * The ID of the one SystemConfiguration of the appliance at `address`: `system@<host:port>`, e.g.
 * `system@waf.example.com:8443`.
 */
export function systemConfigurationId(address: string): string {
    return `system@${new URL(address).host}`;
}

/**
 * What a SystemConfiguration has of its own: it is the first link of the WebSocket rule chain. A write that
 * turns Show Advanced Settings off (an update, or a delete that restores it) is refused while services on the
 * appliance have WebSocket enabled, naming them. `chain` gives the objects of the links beside it.
 */
export function systemConfigurationRules(chain: WebSocketChainModels): ResourceRules {
    return {
        guardFor({ operation, id, targets }) {
            if (targets.showAdvancedSettings !== false) {
                return undefined;
            }
            const action =
                operation === "delete"
                    ? `delete SystemConfiguration "${id}": it restores the original showAdvancedSettings: false`
                    : `set showAdvancedSettings: false on SystemConfiguration "${id}"`;
            return (calls) => assertNoWebSocketServices(calls, chain.service, action);
        },
    };
}

/**
 * The handlers of `barracudawaf:index:SystemConfiguration`, the advanced settings of one appliance
 * (`system/advanced-settings`): a singleton of the engine (see `engine/singleton-resource.ts`) with the
 * WebSocket rule's guard.
 */
export function systemConfigurationHandlers(context: ResourceContext): ResourceHandlers {
    const chain = webSocketChainModels();
    return singletonResourceHandlers(
        chain.systemConfiguration,
        context,
        systemConfigurationId,
        systemConfigurationRules(chain),
    );
}

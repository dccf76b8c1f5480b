import type { ResourceContext } from "../engine/context";
import type { ResourceHandlers } from "../engine/handlers";
import { objectResourceHandlers } from "../engine/object-resource";
import { passedFields } from "../engine/reference-names";
import type { ResourceRules } from "../engine/resource-rules";
import {
    assertWebSocketEnabled,
    webSocketChainModels,
    webSocketPolicyPreviewFailure,
    type WebSocketChainModels,
} from "../rules/websocket";

/**
 * What a WebSocketPolicy has of its own: it is the third link of the WebSocket rule chain. At preview, a
 * policy of a Service of the program needs that service's `enableWebSocket: true`; before the policy is
 * created, the service's setting is read on the appliance in the same critical section as the write. `chain`
 * gives the objects of the links beside it.
 */
export function webSocketPolicyRules(chain: WebSocketChainModels): ResourceRules {
    return {
        previewFailures(inputs, failing) {
            const failure = failing.has("service")
                ? undefined
                : webSocketPolicyPreviewFailure(passedFields(inputs, "service"));
            return failure ? [failure] : [];
        },
        guardFor({ operation, id, inputs }) {
            if (operation !== "create") {
                return undefined;
            }
            const [service, policy] = id.split("/");
            const declared = passedFields(inputs, "service")?.enableWebSocket === true;
            return (calls) => assertWebSocketEnabled(calls, chain.service, service, policy, declared);
        },
    };
}

/** The handlers of `barracudawaf:index:WebSocketPolicy` (ID: `<service>/<policy>`). */
export function webSocketPolicyHandlers(context: ResourceContext): ResourceHandlers {
    const chain = webSocketChainModels();
    return objectResourceHandlers(chain.webSocketPolicy, context, webSocketPolicyRules(chain));
}

import type { ResourceContext } from "../engine/context";
import type { ResourceHandlers } from "../engine/handlers";
import { objectResourceHandlers } from "../engine/object-resource";
import { passedFields } from "../engine/reference-names";
import type { ResourceRules } from "../engine/resource-rules";
import { assertWebSocketEnabled, webSocketPolicyPreviewFailure } from "../rules/websocket";
import { webSocketPolicyToken } from "../schema/tokens";

/**
 * What a WebSocketPolicy has of its own: it is the third link of the WebSocket rule chain. At preview, a
 * policy of a Service of the program needs that service's `enableWebSocket: true`; before the policy is
 * created, the service's setting is read on the appliance in the same critical section as the write.
 */
export const webSocketPolicyRules: ResourceRules = {
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
        return (calls) => assertWebSocketEnabled(calls, service, policy, declared);
    },
};

/** The handlers of `barracudawaf:index:WebSocketPolicy` (ID: `<service>/<policy>`). */
export function webSocketPolicyHandlers(context: ResourceContext): ResourceHandlers {
    return objectResourceHandlers(webSocketPolicyToken, context, webSocketPolicyRules);
}

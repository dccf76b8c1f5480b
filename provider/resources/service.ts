import type { ResourceContext } from "../engine/context";
import { inputFailures } from "../engine/check";
import type { ResourceHandlers } from "../engine/handlers";
import { objectResourceHandlers } from "../engine/object-resource";
import type { ResourceRules } from "../engine/resource-rules";
import type { Props } from "../engine/state";
import type { InputFailure } from "../engine/input-failure";
import {
    assertAdvancedSettingsShown,
    assertNoWebSocketPolicies,
    webSocketChainModels,
    webSocketPreviewFailure,
    type WebSocketChainModels,
} from "../rules/websocket";

export { serviceToken } from "../schema/tokens";

/**
 * What a Service has of its own: it is the second link of the WebSocket rule chain. At preview, a service with
 * `enableWebSocket: true` needs a `systemConfiguration` that shows advanced settings; before a write that turns
 * WebSocket on, the appliance's setting is read in the same critical section as the write; before one that turns
 * it off, the service's WebSocket policies are. `chain` gives the objects of the links beside it.
 */
export function serviceRules(chain: WebSocketChainModels): ResourceRules {
    return {
        previewFailures(inputs, failing) {
            // A systemConfiguration refused already cannot tell whether it shows advanced settings: no second failure.
            const failure =
                failing.has("enableWebSocket") || failing.has("systemConfiguration")
                    ? undefined
                    : webSocketPreviewFailure(inputs);
            return failure ? [failure] : [];
        },
        guardFor({ operation, id, targets, inputs }) {
            if (targets.enableWebSocket === true && operation !== "delete") {
                return (calls) =>
                    assertAdvancedSettingsShown(
                        calls,
                        chain.systemConfiguration,
                        id,
                        operation,
                        inputs.systemConfiguration,
                    );
            }
            if (targets.enableWebSocket === false && operation === "update") {
                return (calls) => assertNoWebSocketPolicies(calls, chain.webSocketPolicy, id);
            }
            return undefined;
        },
    };
}

/** Every failure of a service's inputs; `webSocketPreview: false` leaves the rule to its apply part. */
export function serviceInputFailures(inputs: Props, webSocketPreview = true): InputFailure[] {
    const chain = webSocketChainModels();
    return inputFailures(chain.service, serviceRules(chain), inputs, webSocketPreview);
}

/** The handlers of `barracudawaf:index:Service` (ID: the service's name). */
export function serviceHandlers(context: ResourceContext): ResourceHandlers {
    const chain = webSocketChainModels();
    return objectResourceHandlers(chain.service, context, serviceRules(chain));
}

/**
 * The stable `code` of every error the provider raises, one per error class: callers and tests match on these
 * strings, so they never change between releases. The classes live with the layer that raises them:
 *
 * - `client/errors.ts`: a call to the appliance failed, the login was refused, a setting is wrong.
 * - `engine/errors.ts`: a resource's inputs are invalid, or a create, adopt, update or delete failed.
 * - `rules/websocket-errors.ts`: the WebSocket rule chain refused a write.
 *
 * To add an error: give it a code here, subclass `BarracudaWafError` (`barracuda-waf-error.ts`) in its layer,
 * build its message from its fields, and pass any underlying error as `cause` (it goes through `safeCause`).
 */
export const BarracudaWafErrorCode = {
    /** `ApplianceError` (client): the appliance answered with an error status. */
    appliance: "ERR_APPLIANCE",
    /** `ApplianceUnreachableError` (client): no answer (refused, reset, dropped, DNS, TLS). */
    unreachable: "ERR_APPLIANCE_UNREACHABLE",
    /** `ApplianceTimeoutError` (client): no answer within the configured timeout. */
    timeout: "ERR_APPLIANCE_TIMEOUT",
    /** `AuthenticationError` (client): the appliance refused the login or the session. */
    authentication: "ERR_AUTHENTICATION",
    /** `ConfigurationError` (client): a provider setting is missing or invalid. */
    configuration: "ERR_CONFIGURATION",
    /** `InvalidInputsError` (engine): a resource's inputs break the schema or a cross-field rule. */
    invalidInputs: "ERR_INVALID_INPUTS",
    /** `ResourceOperationError` (engine): a create, update or delete failed part-way; the message says what is left. */
    operationFailed: "ERR_OPERATION_FAILED",
    /** `AdvancedSettingsHiddenError` (rules): WebSocket was asked for while Show Advanced Settings is off. */
    advancedSettingsHidden: "ERR_ADVANCED_SETTINGS_HIDDEN",
    /** `WebSocketInUseError` (rules): Show Advanced Settings would be turned off under services using WebSocket. */
    webSocketInUse: "ERR_WEBSOCKET_IN_USE",
    /** `WebSocketDisabledError` (rules): a WebSocket policy was to be made for a service with WebSocket off. */
    webSocketDisabled: "ERR_WEBSOCKET_DISABLED",
    /** `WebSocketPoliciesInUseError` (rules): WebSocket would be turned off under a service's WebSocket policies. */
    webSocketPoliciesInUse: "ERR_WEBSOCKET_POLICIES_IN_USE",
} as const;

/** One of the values of {@link BarracudaWafErrorCode}. */
export type BarracudaWafErrorCode = (typeof BarracudaWafErrorCode)[keyof typeof BarracudaWafErrorCode];

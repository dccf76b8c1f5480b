import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import { BarracudaWafError } from "../../provider/barracuda-waf-error";
import {
    ApplianceError,
    ApplianceTimeoutError,
    ApplianceUnreachableError,
    AuthenticationError,
    ConfigurationError,
} from "../../provider/client/errors";
import { InvalidInputsError, ResourceOperationError } from "../../provider/engine/errors";
import { BarracudaWafErrorCode } from "../../provider/error-codes";
import {
    AdvancedSettingsHiddenError,
    WebSocketDisabledError,
    WebSocketInUseError,
    WebSocketPoliciesInUseError,
} from "../../provider/rules/websocket-errors";

/** One error of every class, from every layer, by class name. */
function oneOfEach(): BarracudaWafError[] {
    const call = { method: "GET", path: "/services", address: "https://waf:8443" };
    return [
        new ApplianceError({ ...call, status: 500, applianceMessage: "busy" }),
        new ApplianceUnreachableError({ ...call, reason: "connection refused (ECONNREFUSED)" }),
        new ApplianceTimeoutError({ ...call, timeoutMs: 1000 }),
        new AuthenticationError({ address: call.address, username: "admin" }),
        new ConfigurationError({ key: "barracudawaf:address", problem: "is not set", fix: "set it" }),
        new InvalidInputsError("Service", "chat", [{ property: "port", reason: "port: must be a number" }]),
        new ResourceOperationError({
            operation: "create",
            resource: "Service",
            object: "chat",
            step: "POST /services",
            outcome: "refused",
        }),
        new AdvancedSettingsHiddenError("chat", "create", "No", false),
        new WebSocketInUseError("update the system configuration", ["chat"]),
        new WebSocketDisabledError("chat", "ws", false),
        new WebSocketPoliciesInUseError("chat", ["ws"]),
    ];
}

describe("the error codes", () => {
    it("are the strings users match on, one table for every layer", () => {
        assert.deepEqual(Object.values(BarracudaWafErrorCode).sort(), [
            "ERR_ADVANCED_SETTINGS_HIDDEN",
            "ERR_APPLIANCE",
            "ERR_APPLIANCE_TIMEOUT",
            "ERR_APPLIANCE_UNREACHABLE",
            "ERR_AUTHENTICATION",
            "ERR_CONFIGURATION",
            "ERR_INVALID_INPUTS",
            "ERR_OPERATION_FAILED",
            "ERR_WEBSOCKET_DISABLED",
            "ERR_WEBSOCKET_IN_USE",
            "ERR_WEBSOCKET_POLICIES_IN_USE",
        ]);
    });

    it("give every error class its own code from the table", () => {
        const errors = oneOfEach();
        const codeOf = new Map(errors.map((error) => [error.name, error.code]));
        assert.equal(codeOf.size, errors.length, "one error per class");
        assert.equal(new Set(codeOf.values()).size, errors.length, "no two classes share a code");
        assert.deepEqual(
            [...codeOf.values()].sort(),
            Object.values(BarracudaWafErrorCode).sort(),
            "every code of the table belongs to a class",
        );
    });
});

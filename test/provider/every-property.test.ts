import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import { objectResourceHandlers } from "../../provider/engine/object-resource";
import { resourceModel, type PropertyModel } from "../../provider/schema/model";
import { serviceToken, webSocketPolicyToken } from "../../provider/schema/tokens";
import { providerBlob } from "./harness";

/**
 * Every property of the WebSocket application's resources gets one bad value, derived from what schema.json
 * says it takes, and `check` must refuse it on that property with a message that names the property, quotes
 * the value and says what is allowed. (The hand-written corpora pin the exact wording of typical cases.)
 */
interface Probe {
    readonly value: unknown;
    /** What the message must say is allowed. */
    readonly allowed: RegExp;
}

function probeFor(property: PropertyModel): Probe | undefined {
    const x = property.extension;
    switch (property.kind) {
        case "enum":
            return { value: "not-a-value", allowed: /must be one of "/ };
        case "boolean":
            return { value: "Yes", allowed: /must be true or false, got "Yes"; write true/ };
        case "integer":
            return x.maximum !== undefined
                ? {
                      value: x.maximum + 1,
                      allowed: new RegExp(`must be between ${x.minimum} and ${x.maximum}`),
                  }
                : { value: 1.5, allowed: /must be a whole number/ };
        case "list":
            return { value: "https://one.example", allowed: /must be a list of strings/ };
        case "string":
            return x.maxLength !== undefined
                ? {
                      value: "x".repeat(x.maxLength + 1),
                      allowed: new RegExp(`must be at most ${x.maxLength} characters`),
                  }
                : { value: 42, allowed: /must be a string/ };
        default:
            return undefined;
    }
}

const valid: Record<string, Record<string, unknown>> = {
    [serviceToken]: { name: "chat", ipAddress: "192.0.2.10" },
    [webSocketPolicyToken]: { service: "chat", name: "chat-ws", host: "*", url: "/*" },
};

const offline = {
    client: () => assert.fail("check must not call the appliance"),
    address: () => "http://127.0.0.1:1",
    verifyConnection: async () => undefined,
    adoptExisting: () => false,
    notice: () => undefined,
};

for (const [token, base] of Object.entries(valid)) {
    const model = resourceModel(token);
    const handlers = objectResourceHandlers(resourceModel(token), offline);
    const probed = model.leaves.filter(
        (property) => property.name.includes(".") || token === webSocketPolicyToken,
    );
    describe(`every property of ${model.name}${token === serviceToken ? "'s nested inputs" : ""} refuses a bad value`, () => {
        for (const property of probed) {
            const probe = probeFor(property);
            if (probe === undefined) {
                continue; // references and provider-only flags have cases of their own
            }
            it(`${property.name}: ${JSON.stringify(probe.value).slice(0, 40)}`, async () => {
                const [holder, member] = property.name.split(".");
                const inputs =
                    member === undefined
                        ? { ...base, [holder]: probe.value }
                        : { ...base, [holder]: { [member]: probe.value } };
                const result = await handlers.check({}, { ...inputs, __provider: providerBlob });
                assert.equal(result.failures?.length, 1, JSON.stringify(result.failures));
                const [failure] = result.failures ?? [];
                assert.equal(failure.property, property.name);
                assert.ok(failure.reason.startsWith(`${property.name}: `), failure.reason);
                assert.match(failure.reason, probe.allowed);
                assert.match(failure.reason, /, got /);
            });
        }
    });
}

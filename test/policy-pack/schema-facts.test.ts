import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { inputText } from "../../policy-pack/input-text";
import { inputValue, propertyForField, referencedName, serviceFacts } from "../../policy-pack/schema-facts";
import { resourceModel } from "../../provider/schema/model";
import { serviceToken } from "../../provider/schema/tokens";

describe("the policy pack's facts, read from schema.json", () => {
    it("are the program's names and the type the SDK registers", () => {
        assert.equal(serviceFacts.type, "pulumi-nodejs:dynamic/barracudawaf:Service");
        assert.equal(serviceFacts.mode.name, "basicSecurity.mode");
        assert.equal(serviceFacts.enableWebApplicationFirewall.name, "enableWebApplicationFirewall");
        assert.deepEqual(serviceFacts.tlsTypes, ["HTTPS", "Instant SSL", "Custom SSL", "FTP SSL"]);
    });

    it("refuse to load without a field the rules need, naming it", () => {
        assert.throws(
            () => propertyForField(resourceModel(serviceToken), "enable-telepathy"),
            /the policy pack needs Service's field enable-telepathy of services\/\{name\}, which schema.json lacks/,
        );
    });

    it("read a value left out as the schema's default, and a nested one by its path", () => {
        assert.equal(inputValue({}, serviceFacts.mode), "Passive");
        assert.equal(inputValue({ basicSecurity: { mode: "Active" } }, serviceFacts.mode), "Active");
        assert.equal(inputValue({}, serviceFacts.enableAccessLogs), true);
    });

    it("take a reference given as a name or as { name, ...fields }", () => {
        assert.equal(referencedName("chat"), "chat");
        assert.equal(referencedName({ name: "chat", enableWebSocket: true }), "chat");
        assert.equal(referencedName(undefined), undefined);
    });

    it("say how a program writes a value, nested inputs included", () => {
        assert.equal(inputText(serviceFacts.mode, "Active"), 'basicSecurity: { mode: "Active" }');
        assert.equal(inputText(serviceFacts.enableAccessLogs, true), "enableAccessLogs: true");
    });
});

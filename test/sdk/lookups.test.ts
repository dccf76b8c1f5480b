import * as assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import * as pulumi from "@pulumi/pulumi";

import type { RunningEmulator } from "../../emulator/index";
import { startEmulator } from "../../emulator/index";
import { ApplianceClient } from "../../provider/client/appliance-client";
import {
    getNetworkInterface,
    getServer,
    getService,
    getServiceSlowClientAttack,
    getSyslogServer,
    getSystem,
    getSystemConfiguration,
    getVsite,
} from "../../sdk";
import { ApiSession } from "../helpers/api-session";

/**
 * What an output resolves to, or why it failed. An output also carries whether it is known and secret, which
 * fail with it: in a program Pulumi's runtime reports that once; here they are awaited so nothing is left over.
 */
function settled<T>(output: pulumi.Output<T>): Promise<T> {
    const parts = output as unknown as {
        promise(): Promise<T>;
        isKnown: Promise<boolean>;
        isSecret: Promise<boolean>;
    };
    void parts.isKnown.catch(() => undefined);
    void parts.isSecret.catch(() => undefined);
    return parts.promise();
}

/**
 * The SDK's lookups, in the program's process as a program runs them: the stack's config gives the
 * connection settings, the emulator is the appliance.
 */
describe("the SDK's get functions", () => {
    let emulator: RunningEmulator;
    before(async () => {
        emulator = await startEmulator();
        pulumi.runtime.setConfig("barracudawaf:address", emulator.url);
        pulumi.runtime.setConfig("barracudawaf:username", emulator.username);
        pulumi.runtime.setConfig("barracudawaf:password", emulator.password);
        const api = await ApiSession.open(emulator);
        const made = [
            await api.call("POST", "/services", { name: "shop", "ip-address": "192.0.2.20", port: "8443" }),
            await api.call("POST", "/services/shop/servers", { name: "app-1", "ip-address": "10.0.0.5" }),
        ];
        for (const answer of made) assert.equal(answer.status, 201, JSON.stringify(answer.body));
    });
    after(async () => {
        ApplianceClient.forgetAll();
        await emulator.stop();
    });

    it("reads a service by name, its values typed as the resource's outputs", async () => {
        const shop = await settled(getService({ name: "shop" }));
        assert.equal(shop.name, "shop");
        assert.equal(shop.ipAddress, "192.0.2.20");
        assert.equal(shop.port, 8443);
    });

    it("reads a child by its parent's name and its own, the parent among its values", async () => {
        const server = await settled(getServer({ service: "shop", name: "app-1" }));
        assert.equal(server.ipAddress, "10.0.0.5");
        assert.equal(server.service, "shop");
    });

    it("takes names that are outputs of the program, and reads settings objects with no name", async () => {
        const vsite = await settled(getVsite({ name: pulumi.output("default") }));
        assert.equal(vsite.name, "default");
        const system = await settled(getSystemConfiguration());
        assert.equal(typeof system.showAdvancedSettings, "boolean");
    });

    it("reads the system's facts and settings: the firmware, model and serial with the host name", async () => {
        const system = await settled(getSystem());
        const answer = await (await ApiSession.open(emulator)).call("GET", "/system");
        const facts = (answer.body as { data: { System: Record<string, string> } }).data.System;
        assert.equal(system.firmwareVersion, facts["firmware-version"]);
        assert.match(system.firmwareVersion, /^\d+\.\d+\.\d+\.\d{3}$/, "the vendor's format");
        assert.equal(system.model, facts.model);
        assert.equal(system.serial, facts.serial);
        assert.equal(system.attackDefinition, facts["attack-definition"]);
        assert.equal(system.hostname, facts.hostname);
        assert.equal(system.operationMode, "Proxy");
        assert.equal(system.enableIpv6, facts["enable-ipv6"] === "Yes");
    });

    it("reads an item the appliance is made with by its name, and a service's settings by the service's name", async () => {
        const lan = await settled(getNetworkInterface({ name: "LAN" }));
        assert.equal(lan.name, "LAN");
        assert.equal(lan.duplexity, "Full Duplex");
        const slow = await settled(getServiceSlowClientAttack({ service: "shop" }));
        assert.equal(slow.service, "shop");
        assert.equal(typeof slow.maxRequestTimeout, "number");
    });

    it("never returns a secret, nor a secret member of a nested input", async () => {
        const api = await ApiSession.open(emulator);
        const made = [
            await api.call("POST", "/syslog-servers", { name: "logs", password: "hidden-password" }),
            await api.call("PUT", "/services/shop/captcha-settings", {
                "recaptcha-site-secret": "hidden-secret",
            }),
        ];
        for (const answer of made) assert.ok(answer.status < 300, JSON.stringify(answer.body));
        const logs = await settled(getSyslogServer({ name: "logs" }));
        assert.equal(logs.name, "logs");
        assert.equal("password" in logs, false);
        const shop = await settled(getService({ name: "shop" }));
        assert.ok(shop.captchaSettings !== undefined, "the nested input is read");
        assert.doesNotMatch(JSON.stringify(shop), /hidden-/);
    });

    it("stops the program with one message naming the missing object, the appliance and the fix", async () => {
        await assert.rejects(settled(getService({ name: "nope" })), (error: unknown) => {
            assert.ok(pulumi.RunError.isInstance(error as Error), "a RunError prints without a stack trace");
            assert.equal(
                (error as Error).message,
                `Service "nope" does not exist on the appliance at ${emulator.url} (GET /services/nope found ` +
                    "nothing): create it, or fix the name given to getService",
            );
            return true;
        });
    });
});

import * as assert from "node:assert/strict";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { CommandError } from "@pulumi/pulumi/automation";
import { RunningEmulator, startEmulator } from "../../emulator";
import { createPulumiProject, type PulumiProject } from "../../scripts/lib/pulumi-project";
import { repoRoot } from "../../scripts/lib/repo";
import { closedPort } from "../client/fake-appliance";
import { callAppliance } from "../helpers/appliance-api";
import { rejection } from "../helpers/rejection";

/** The CLI's Diagnostics section (the first one: a CommandError's message holds the output twice). */
function diagnosticsOf(output: string): string {
    const start = output.indexOf("Diagnostics:");
    assert.ok(start !== -1, output);
    const end = output.indexOf("\nResources:", start);
    return output.slice(start, end === -1 ? undefined : end);
}

/**
 * `message` reaches the user once: one resource reported, the message once in the Diagnostics, no JavaScript
 * stack trace and no value in the engine's `{map[...]}` rendering anywhere in the CLI's output.
 */
function assertReportedOnce(output: string, message: string): void {
    const diagnostics = diagnosticsOf(output);
    assert.equal(diagnostics.split(message).length - 1, 1, `once in the Diagnostics:\n${diagnostics}`);
    assert.equal(
        diagnostics.split("has a problem: ").length - 1,
        1,
        `one resource reported:\n${diagnostics}`,
    );
    assert.ok(!output.includes("    at "), `no stack trace:\n${output}`);
    assert.ok(!output.includes("{map["), `no {map[...]}:\n${output}`);
}

/** Each failure, as the CLI prints it, points at the fix that works. */
describe("failure messages through the Pulumi CLI name the fix", () => {
    let emulator: RunningEmulator;
    let project: PulumiProject;

    before(async () => {
        emulator = await startEmulator();
        project = await createPulumiProject(path.join(repoRoot, "test", "fixtures", "e2e-program"));
    });
    after(async () => {
        await emulator.stop();
        await project.dispose();
    });

    async function previewFails(): Promise<string> {
        return (await rejection(project.preview(), CommandError)).message;
    }

    it("fails preview when the address is missing, naming the key and its environment variable", async () => {
        await project.setConfig({ "barracudawaf:username": emulator.username });
        await project.stack.setConfig("barracudawaf:password", { value: emulator.password, secret: true });
        const output = await previewFails();
        assert.match(output, /barracudawaf:address \(or BARRACUDA_WAF_ADDRESS\) is not set/);
        assertReportedOnce(output, "barracudawaf:address (or BARRACUDA_WAF_ADDRESS) is not set");
    });

    it("fails preview on a wrong password, once, without quoting it", async () => {
        await project.setConfig({ "barracudawaf:address": emulator.url });
        await project.stack.setConfig("barracudawaf:password", {
            value: "wrong-password-41f2",
            secret: true,
        });
        emulator.control.clearLog();
        const output = await previewFails();
        assert.match(output, /refused login as user "admin"/);
        assert.match(output, /check barracudawaf:username and barracudawaf:password/);
        assert.doesNotMatch(output, /wrong-password-41f2/);
        assert.equal(emulator.control.counts()["POST /login"], 1);
        assertReportedOnce(output, 'refused login as user "admin"');
    });

    it("fails preview on an https:// address at a plain-HTTP port, saying to use http://, without retrying", async () => {
        await project.stack.setConfig("barracudawaf:password", { value: emulator.password, secret: true });
        const https = emulator.url.replace(/^http:/, "https:");
        await project.setConfig({ "barracudawaf:address": https });
        const output = await previewFails();
        assert.match(output, /this port speaks plain HTTP, not HTTPS/);
        assert.ok(output.includes(`set barracudawaf:address to ${emulator.url}`), output);
        assert.doesNotMatch(output, /after \d+ attempts|ssl3_get_record/);
        assertReportedOnce(output, "this port speaks plain HTTP, not HTTPS");
        await project.setConfig({ "barracudawaf:address": emulator.url });
    });

    it("fails preview on an http:// address at an HTTPS port, saying to use https://, without retrying", async () => {
        const secure = await startEmulator({ https: true });
        try {
            const http = secure.url.replace(/^https:/, "http:");
            await project.setConfig({ "barracudawaf:address": http });
            await project.stack.setConfig("barracudawaf:password", { value: secure.password, secret: true });
            const output = await previewFails();
            assert.ok(output.includes(`set barracudawaf:address to ${secure.url}`), output);
            assert.doesNotMatch(output, /after \d+ attempts|connection reset/);
            assertReportedOnce(output, "this port speaks HTTPS, not plain HTTP");
            assert.equal(secure.control.counts()["POST /login"], undefined, "no login reached it");
        } finally {
            await secure.stop();
            await project.setConfig({ "barracudawaf:address": emulator.url });
            await project.stack.setConfig("barracudawaf:password", {
                value: emulator.password,
                secret: true,
            });
        }
    });

    it("fails preview on an unreachable address, once, naming the address", async () => {
        const unreachable = `http://127.0.0.1:${await closedPort()}`;
        await project.setConfig({ "barracudawaf:address": unreachable, "barracudawaf:maxRetries": "0" });
        try {
            const output = await previewFails();
            assertReportedOnce(
                output,
                `could not reach the appliance at ${unreachable}: connection refused (ECONNREFUSED)`,
            );
        } finally {
            await project.stack.removeConfig("barracudawaf:maxRetries");
            await project.setConfig({ "barracudawaf:address": emulator.url });
        }
    });

    it("fails preview on insecure together with caCertificate, once, saying to set only one", async () => {
        const ca = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
        await project.setConfig({ "barracudawaf:insecure": "true", "barracudawaf:caCertificate": ca });
        try {
            const output = await previewFails();
            assertReportedOnce(
                output,
                "barracudawaf:insecure (or BARRACUDA_WAF_INSECURE) is true while barracudawaf:caCertificate is also set",
            );
        } finally {
            await project.stack.removeAllConfig(["barracudawaf:insecure", "barracudawaf:caCertificate"]);
        }
    });

    it("fails preview on a bad input, once, naming the property in the reason, not as {map[...]}", async () => {
        await project.setConfig({ port: "70000" });
        try {
            const output = await previewFails();
            assertReportedOnce(
                output,
                "resource 'chat' has a problem: port: must be between 1 and 65535, got 70000",
            );
            assert.doesNotMatch(output, /property port value/);
        } finally {
            await project.stack.removeConfig("port");
        }
    });

    it("says run pulumi refresh, then pulumi up when advanced settings were hidden by hand, and that works", async () => {
        await project.setConfig({ enableWebSocket: "false" });
        await project.up();
        await callAppliance(emulator, "PUT", "/system/advanced-settings", {
            "enable-advanced-settings": "No",
            "request-buffer-size": "32",
        });
        await project.setConfig({ enableWebSocket: "true" });
        const output = (await rejection(project.up(), CommandError)).message;
        assert.match(output, /Cannot update service "chat" with enableWebSocket: true/);
        assert.match(
            output,
            /Fix: run pulumi refresh \(it finds the SystemConfiguration's drift\), then pulumi up/,
        );
        assert.doesNotMatch(output, /set systemConfiguration:/, "it is set: that is not the fix");

        await project.refresh();
        await project.up();
        const snapshot = emulator.control.snapshot();
        assert.equal(snapshot.system.advancedSettings["enable-advanced-settings"], "Yes");
        assert.equal(snapshot.services.chat.advancedConfiguration["enable-websocket"], "Yes");
        await project.destroy();
    });
});

/** A program of several resources, some independent: one wrong password is still reported once. */
describe("a connection failure in a program of several resources", () => {
    let emulator: RunningEmulator;
    let project: PulumiProject;

    before(async () => {
        emulator = await startEmulator();
        project = await createPulumiProject(path.join(repoRoot, "test", "fixtures", "objects-program"));
    });
    after(async () => {
        await emulator.stop();
        await project.dispose();
    });

    it("is reported once, for the first resource checked, not once per resource", async () => {
        await project.connectTo({
            url: emulator.url,
            username: emulator.username,
            password: "wrong-password-7d0c",
        });
        const output = (await rejection(project.preview(), CommandError)).message;
        assertReportedOnce(output, 'refused login as user "admin"');
        assert.doesNotMatch(output, /wrong-password-7d0c/);
        assert.equal(emulator.control.counts()["POST /login"], 1);
    });
});

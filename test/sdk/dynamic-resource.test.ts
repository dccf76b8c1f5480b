import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import Module from "node:module";
import * as path from "node:path";
import { describe, it } from "node:test";
import * as pulumi from "@pulumi/pulumi";
import * as waf from "../../sdk";
import { repoRoot } from "../../scripts/lib/repo";
import { providerModuleText } from "../../sdk/dynamic-resource";

/**
 * Loads `text` as Pulumi's dynamic-provider host does: a module with no file name compiled from a string,
 * resolving packages from the node_modules folders of `dir` (the host's: the program's directory).
 */
function loadAsHost(text: string, dir: string): { handler(): Record<string, unknown> } {
    const loaded = new Module("");
    loaded.paths = (Module as unknown as { _nodeModulePaths(from: string): string[] })._nodeModulePaths(dir);
    (loaded as unknown as { _compile(code: string, filename: string): void })._compile(text, "");
    return loaded.exports as { handler(): Record<string, unknown> };
}

describe("the __provider text each resource records", () => {
    it("names the package, not a path of this machine, and is the same short text for every resource of a kind", () => {
        const text = providerModuleText("service");
        assert.equal(text, providerModuleText("service"));
        assert.notEqual(text, providerModuleText("vsite"));
        assert.ok(!text.includes(repoRoot), text);
        assert.ok(text.length < 120, `${text.length} bytes: ${text}`);
    });

    it("gives the host configure and the kind's handlers", () => {
        fs.mkdirSync(path.join(repoRoot, ".pulumi-test"), { recursive: true });
        const program = fs.mkdtempSync(path.join(repoRoot, ".pulumi-test", "provider-text-"));
        try {
            // The package installed beside the program, as `npm install` leaves it.
            fs.mkdirSync(path.join(program, "node_modules"));
            fs.symlinkSync(repoRoot, path.join(program, "node_modules", "pulumi-barracudawaf"), "dir");
            const provider = loadAsHost(providerModuleText("webSocketPolicy"), program).handler();
            assert.deepEqual(Object.keys(provider).sort(), [
                "check",
                "configure",
                "create",
                "delete",
                "diff",
                "read",
                "update",
            ]);
        } finally {
            fs.rmSync(program, { recursive: true, force: true });
        }
    });
});

describe("registering a resource", () => {
    /** How many stack frames are formatted (the costly part of a trace) while `construct` runs. */
    function framesFormatted(construct: () => void): number {
        const previous = Error.prepareStackTrace;
        let formatted = 0;
        Error.prepareStackTrace = (error, frames) => {
            formatted += frames.length;
            return previous ? previous(error, frames) : `${error}`;
        };
        try {
            construct();
        } finally {
            Error.prepareStackTrace = previous;
        }
        return formatted;
    }

    // A program declares each service once: every construction here is a service of its own.
    let services = 0;
    const chat = () => {
        const name = `chat-${++services}`;
        new waf.Service(name, { name, ipAddress: "192.0.2.10", port: 80 });
    };

    it("formats no stack trace per property, and leaves the limit as it was", () => {
        pulumi.runtime.setMocks({
            newResource: (args) => ({ id: args.name, state: args.inputs }),
            call: () => ({}),
        });
        const limit = Error.stackTraceLimit;
        const formatted = framesFormatted(chat);
        assert.equal(Error.stackTraceLimit, limit);
        // Pulumi's own capture of the source position remains: one whole trace, a few dozen frames at most.
        assert.ok(formatted < 50, `${formatted} stack frames formatted`);
    });

    it("keeps the traces of Pulumi's promise-leak report when PULUMI_DEBUG_PROMISE_LEAKS is set", () => {
        process.env.PULUMI_DEBUG_PROMISE_LEAKS = "true";
        try {
            // Four traces for each of the 26 outputs, each up to the default limit of 10 frames.
            const formatted = framesFormatted(chat);
            assert.ok(formatted > 26 * 4 * 5, `${formatted} stack frames formatted`);
        } finally {
            delete process.env.PULUMI_DEBUG_PROMISE_LEAKS;
        }
    });
});

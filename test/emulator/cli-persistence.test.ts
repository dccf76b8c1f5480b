import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { ApiSession, type ApiTarget } from "../helpers/api-session";
import { CliStartError, startCli, stopCli, type CliEmulator } from "../helpers/cli-emulator";
import { rejection } from "../helpers/rejection";

/** The credentials a CLI emulator was started with, for ApiSession. */
function target(emulator: CliEmulator, username = "admin", password = "admin"): ApiTarget {
    return { url: emulator.url, username, password };
}

describe("the emulator's command line", () => {
    let dir: string;
    const started: CliEmulator[] = [];
    before(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "emulator-state-"));
    });
    after(async () => {
        await Promise.all(started.map((emulator) => stopCli(emulator)));
        fs.rmSync(dir, { recursive: true, force: true });
    });

    it("prints its URL on 127.0.0.1 and the default credentials", async () => {
        const emulator = await startCli([]);
        started.push(emulator);
        assert.match(emulator.url, /^http:\/\/127\.0\.0\.1:\d+$/);
        assert.match(emulator.output, /username: +admin/);
        assert.match(emulator.output, /password: +admin/);
        assert.equal((await new ApiSession(target(emulator)).login()).status, 201);
        await stopCli(emulator);
    });

    it("takes credentials from the environment", async () => {
        const emulator = await startCli([], {
            BARRACUDA_WAF_EMULATOR_USERNAME: "ops",
            BARRACUDA_WAF_EMULATOR_PASSWORD: "pa55",
        });
        started.push(emulator);
        assert.match(emulator.output, /username: +ops/);
        assert.equal((await new ApiSession(target(emulator, "ops", "pa55")).login()).status, 201);
        assert.equal((await new ApiSession(target(emulator)).login()).status, 401);
        await stopCli(emulator);
    });

    it("keeps every acknowledged change in its state file across a SIGKILL and a restart", async () => {
        const stateFile = path.join(dir, "state.json");
        const first = await startCli(["--state", stateFile]);
        started.push(first);
        const api = new ApiSession(target(first));
        await api.login();
        assert.equal((await api.post("/services", { name: "web", port: 8080 })).status, 201);
        assert.equal(
            (await api.put("/services/web/advanced-configuration", { "enable-websocket": "Yes" })).status,
            200,
        );
        assert.equal((await api.post("/services/web/servers", { "ip-address": "10.0.0.5" })).status, 201);
        await stopCli(first);
        assert.equal(first.child.signalCode, "SIGKILL");

        const second = await startCli(["--state", stateFile]);
        started.push(second);
        const again = new ApiSession(target(second));
        await again.login();
        const answer = await again.get(
            `/services/web?groups=Service&groups=${encodeURIComponent("Advanced Configuration")}&groups=Server`,
        );
        assert.equal(answer.status, 200);
        assert.equal(answer.body.data.web.port, "8080");
        assert.equal(answer.body.data.web["Advanced Configuration"]["enable-websocket"], "Yes");
        assert.deepEqual(Object.keys(answer.body.data.web.Server.data), ["10.0.0.5"]);
        assert.deepEqual(
            fs.readdirSync(dir).filter((name) => name.endsWith(".tmp")),
            [],
            "no temporary file is left behind",
        );
        await stopCli(second);
    });

    it("keeps every one of many concurrent acknowledged writes across a SIGKILL, killed while more are on their way", async () => {
        const stateFile = path.join(dir, "concurrent.json");
        const first = await startCli(["--state", stateFile]);
        started.push(first);
        const api = new ApiSession(target(first));
        await api.login();
        const acknowledged: string[] = [];
        const writes = Array.from({ length: 60 }, (_, i) =>
            api.post("/services", { name: `svc-${i}` }).then(
                (answer) => {
                    if (answer.status === 201) acknowledged.push(`svc-${i}`);
                },
                // A write cut off by the kill fails while the test awaits the kill: handled here, not later.
                () => undefined,
            ),
        );
        await Promise.all(writes.slice(0, 40));
        // Killed with writes still arriving: what was answered must be there, whatever else is.
        await stopCli(first);
        await Promise.allSettled(writes);
        assert.ok(acknowledged.length >= 40, `${acknowledged.length} acknowledged`);

        const second = await startCli(["--state", stateFile]);
        started.push(second);
        const again = new ApiSession(target(second));
        await again.login();
        const names = Object.keys((await again.get("/services")).body.data);
        for (const name of acknowledged) assert.ok(names.includes(name), `${name} was acknowledged`);
        await stopCli(second);
    });

    it("refuses to start on a state file that is not one", async () => {
        const stateFile = path.join(dir, "garbage.json");
        fs.writeFileSync(stateFile, "{not json");
        await assert.rejects(
            startCli(["--state", stateFile]),
            /exited with 2[\s\S]*cannot read the emulator state file/,
        );
    });

    it("is killed when it is not ready in time, so that no emulator is left running", async () => {
        const error = await rejection(startCli([], {}, 1), CliStartError);
        assert.match(error.message, /did not start within 1 ms/);
        if (error.child.exitCode === null && error.child.signalCode === null) {
            await new Promise((resolve) => error.child.once("exit", resolve));
        }
        assert.equal(error.child.signalCode, "SIGKILL");
    });
});

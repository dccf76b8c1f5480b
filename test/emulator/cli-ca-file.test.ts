import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as https from "node:https";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";
import { startCli, stopCli, type CliEmulator } from "../helpers/cli-emulator";

/** GET `url` over HTTPS trusting only `ca`: the status, or the TLS error. */
function getTrusting(url: string, ca: string): Promise<number> {
    return new Promise((resolve, reject) => {
        const request = https.get(url, { ca, timeout: 10_000 }, (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
        });
        request.on("timeout", () => request.destroy(new Error("timed out")));
        request.on("error", reject);
    });
}

describe("the emulator's --ca-file", () => {
    let dir: string;
    const started: CliEmulator[] = [];
    before(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "emulator-ca-"));
    });
    after(async () => {
        await Promise.all(started.map((emulator) => stopCli(emulator)));
        fs.rmSync(dir, { recursive: true, force: true });
    });

    it("writes the certificate of --https as PEM before it says it is listening, and clients can trust it", async () => {
        const caFile = path.join(dir, "emulator-ca.pem");
        // Making the HTTPS certificate takes a while on a busy machine: wait for the banner as long as it needs.
        const emulator = await startCli(["--https", "--ca-file", caFile], {}, 120_000);
        started.push(emulator);
        assert.match(emulator.url, /^https:\/\/127\.0\.0\.1:\d+$/);
        assert.match(emulator.output, new RegExp(`certificate: .*, in ${caFile.replace(/[.]/g, "\\.")}`));
        const pem = fs.readFileSync(caFile, "utf8");
        assert.match(pem, /^-----BEGIN CERTIFICATE-----\n[\s\S]+\n-----END CERTIFICATE-----\n?$/);
        assert.equal(await getTrusting(`${emulator.url}/__emulator/`, pem), 200);
        await stopCli(emulator);
    });

    it("is refused without --https, which has no certificate to write", async () => {
        const caFile = path.join(dir, "unused.pem");
        // Should it start after all, `after` stops it.
        const starting = startCli(["--ca-file", caFile]).then((emulator) => started.push(emulator));
        await assert.rejects(starting, /exited with 2[\s\S]*--ca-file needs --https/);
        assert.equal(fs.existsSync(caFile), false);
    });
});

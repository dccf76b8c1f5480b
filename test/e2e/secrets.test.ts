import * as assert from "node:assert/strict";
import * as path from "node:path";
import { after, before, describe, it } from "node:test";

import { RunningEmulator, startEmulator } from "../../emulator";
import { createPulumiProject, PulumiProject } from "../../scripts/lib/pulumi-project";
import { repoRoot } from "../../scripts/lib/repo";

type Props = Record<string, unknown>;

/** Every marker the program passes as a secret (see test/fixtures/secrets-program). */
const marker = /marker-[a-z-]+-[0-9a-f]{4}/g;

describe("secret fields of every kind, passed as plain strings, through the Pulumi CLI", () => {
    let emulator: RunningEmulator;
    let project: PulumiProject;

    before(async () => {
        project = await createPulumiProject(path.join(repoRoot, "test", "fixtures", "secrets-program"));
        emulator = await startEmulator();
        await project.connectTo(emulator);
    });
    after(async () => {
        await emulator.stop();
        await project.dispose();
    });

    it("reach the appliance, and neither the state nor the CLI's output holds one in clear", async () => {
        const up = await project.up();
        const snapshot = emulator.control.snapshot() as unknown as Record<string, Record<string, Props>>;
        const sent = JSON.stringify(snapshot).match(marker) ?? [];
        assert.equal(new Set(sent).size, 5, `the appliance got every secret: ${sent.join(", ")}`);
        // The uploaded key reached the appliance base64-encoded, as PEM text.
        const wireKey = String(
            (snapshot.certificatesSignedCertificate.uploaded.signedCertificate as Props)["certificate-key"],
        );
        const pemKey = Buffer.from(wireKey, "base64").toString("utf8");
        assert.match(pemKey, /^-----BEGIN PRIVATE KEY-----\n/);
        const keyParts = [wireKey.slice(0, 60), pemKey.split("\n")[2]];
        const inClear = (text: string): string[] => [
            ...(text.match(marker) ?? []),
            ...keyParts.filter((part) => text.includes(part)).map(() => "the certificate key"),
        ];
        const state = JSON.stringify(await project.exportEncryptedState());
        assert.deepEqual(inClear(state), [], "a secret is in the state in clear");
        assert.deepEqual(inClear(`${up.stdout}${up.stderr}`), [], "a secret is in the CLI's output");
        const refresh = await project.refresh();
        assert.deepEqual(inClear(`${refresh.stdout}${refresh.stderr}`), []);
        assert.deepEqual(inClear(JSON.stringify(await project.exportEncryptedState())), []);
    });
});

import * as assert from "node:assert/strict";
import { X509Certificate } from "node:crypto";
import { describe, it } from "node:test";

import { ApiSession } from "../helpers/api-session";
import { testCertificate } from "../helpers/test-certificates";
import { withEmulator } from "../helpers/with-emulator";

const shop = testCertificate("shop.example", 30);
const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const path = "/certificates/signed-certificate";

describe("POST /certificates/signed-certificate (an upload)", () => {
    it("takes base64-encoded PEM, reads the certificate's details, and never shows the content or the key", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const made = await api.post(path, {
                name: "shop",
                "certificate-type": "PEM Certificate",
                "signed-certificate": base64(shop.certificate),
                "certificate-key": base64(shop.key),
            });
            assert.equal(made.status, 201, JSON.stringify(made.body));
            const shown = (await api.get(`${path}/shop`)).body.data.shop;
            const read = new X509Certificate(shop.certificate);
            assert.equal(shown["common-name"], "shop.example");
            assert.equal(shown.serial, read.serialNumber);
            assert.equal(shown.expiry, new Date(read.validTo).toUTCString());
            for (const field of ["signed-certificate", "certificate-key", "certificate-type"]) {
                assert.equal(shown[field], undefined, `${field} is not shown`);
            }
        }));

    it("refuses PEM that is not base64-encoded, and a key where the certificate goes, naming the field only", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const raw = await api.post(path, { name: "raw", "signed-certificate": shop.certificate });
            assert.equal(raw.status, 400);
            assert.match(raw.body.errors.msg, /^'signed-certificate': not a base64-encoded PEM block/);
            const swapped = await api.post(path, { name: "swapped", "signed-certificate": base64(shop.key) });
            assert.equal(swapped.status, 400);
            assert.equal(
                swapped.body.errors.msg,
                "'signed-certificate': not a certificate the appliance can read.",
            );
            assert.ok(
                !JSON.stringify(swapped.body).includes(shop.key.split("\n")[2]),
                "the key is not echoed",
            );
            assert.deepEqual(Object.keys((await api.get(path)).body.data), [], "nothing was made");
        }));
});

import * as assert from "node:assert/strict";
import { X509Certificate } from "node:crypto";
import { describe, it } from "node:test";

import { testCertificate } from "../helpers/test-certificates";
import { providerBlob, withProvider } from "./harness";

const shop = testCertificate("shop.example", 90);
const intermediate = testCertificate("intermediate.example", 365);
const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
/** A line from the middle of a PEM body: a message that shows the value would show it. */
type Props = Record<string, unknown>;
const bodyLine = (pem: string) => pem.split("\n")[3];

const upload = {
    name: "shop-cert",
    certificateType: "PEM Certificate",
    signedCertificate: shop.certificate,
    certificateKey: shop.key,
    intermediaryCertificates: [intermediate.certificate],
    __provider: providerBlob,
};

describe("a SignedCertificate from PEM text, as read from files", () => {
    it("is refused at check when a field holds PEM of the wrong kind, naming the kind and the fix, never the value", () =>
        withProvider(async ({ handlers, counts, resetCounts }) => {
            resetCounts();
            const checked = await handlers.signedCertificate.check(
                {},
                {
                    ...upload,
                    signedCertificate: shop.key,
                    certificateKey: base64(shop.key),
                    intermediaryCertificates: [`${intermediate.certificate}${shop.certificate}`],
                },
            );
            const reasons = (checked.failures ?? []).map((failure) => failure.reason);
            assert.deepEqual(reasons, [
                "signedCertificate: must be a PEM certificate (-----BEGIN CERTIFICATE-----), got a PEM private key; " +
                    'set it to the PEM text read from the file, e.g. fs.readFileSync("shop.crt", "utf8")',
                "certificateKey: must be a PEM private key (-----BEGIN PRIVATE KEY-----, RSA or EC), got " +
                    "base64-encoded PEM (the provider encodes it itself: give the PEM text as read); set it to " +
                    'the PEM text read from the file, e.g. fs.readFileSync("shop.key", "utf8")',
                "intermediaryCertificates[0]: must be a PEM certificate (-----BEGIN CERTIFICATE-----), got 2 PEM " +
                    "blocks (a chain?): give the certificate alone here and the others as intermediaryCertificates, " +
                    'one each; set it to the PEM text read from the file, e.g. fs.readFileSync("shop.crt", "utf8")',
            ]);
            assert.ok(!JSON.stringify(checked.failures).includes(bodyLine(shop.key)), "the key is not shown");
            assert.deepEqual(counts(), {}, "nothing was asked of the appliance");
        }));

    it("is sent base64-encoded, kept as given in the state, and shows no change after a refresh", () =>
        withProvider(async ({ handlers, emulator }) => {
            const checked = await handlers.signedCertificate.check({}, upload);
            assert.deepEqual(checked.failures ?? [], []);
            const made = await handlers.signedCertificate.create(upload);
            const snapshot = emulator.control.snapshot() as unknown as Record<string, Record<string, Props>>;
            // The emulator's whole state holds what the appliance got; its GET never shows it.
            const stored = snapshot.certificatesSignedCertificate["shop-cert"].signedCertificate as Props;
            assert.equal(stored["signed-certificate"], base64(shop.certificate), "the appliance got base64");
            assert.equal(stored["certificate-key"], base64(shop.key));
            assert.deepEqual(stored["intermediary-certificates"], [base64(intermediate.certificate)]);
            assert.equal(made.outs.signedCertificate, shop.certificate, "the state keeps the PEM text");
            assert.equal(made.outs.certificateKey, shop.key);
            const read = new X509Certificate(shop.certificate);
            assert.equal(made.outs.commonName, "shop.example", "the appliance read the certificate");
            assert.equal(made.outs.serial, read.serialNumber);
            assert.equal(made.outs.expiry, new Date(read.validTo).toUTCString());

            const refreshed = await handlers.signedCertificate.read(made.id, made.outs);
            assert.equal(
                refreshed.props?.signedCertificate,
                shop.certificate,
                "a refresh keeps what it cannot read",
            );
            assert.equal(refreshed.inputs?.certificateKey, shop.key);
            const diff = await handlers.signedCertificate.diff(made.id, refreshed.props ?? {}, upload);
            assert.equal(diff.changes, false, "the same PEM files: no change");
            const before02 = {
                ...refreshed.props,
                signedCertificate: base64(shop.certificate),
                certificateKey: base64(shop.key),
                intermediaryCertificates: [base64(intermediate.certificate)],
            };
            const upgraded = await handlers.signedCertificate.diff(made.id, before02, upload);
            assert.equal(
                upgraded.changes,
                false,
                "a state that holds the base64 programs gave before: no change",
            );
            const renewed = testCertificate("shop.example", 91);
            const replaced = await handlers.signedCertificate.diff(made.id, refreshed.props ?? {}, {
                ...upload,
                signedCertificate: renewed.certificate,
                certificateKey: renewed.key,
            });
            assert.deepEqual(
                replaced.replaces,
                ["signedCertificate", "certificateKey"],
                "a renewed certificate replaces",
            );
        }));
});

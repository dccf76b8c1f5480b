import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import { ResourceOperationError } from "../../provider/engine/errors";
import { providerBlob, rejection, serviceOnAppliance, withProvider } from "./harness";

const certificate = (name: string) => ({
    name,
    commonName: `${name}.example`,
    countryCode: "DE",
    __provider: providerBlob,
});
const shop = {
    name: "shop",
    type: "HTTPS",
    ipAddress: "192.0.2.20",
    port: 443,
    certificate: "first",
    __provider: providerBlob,
};

describe("a Service and the objects it names", () => {
    it("swaps an HTTPS service's certificate in place, with one PUT of its SSL Security", () =>
        withProvider(async ({ emulator, handlers, counts, resetCounts }) => {
            await handlers.selfSignedCertificate.create(certificate("first"));
            await handlers.selfSignedCertificate.create(certificate("second"));
            const made = await handlers.service.create(shop);
            const news = { ...shop, certificate: "second" };
            const diff = await handlers.service.diff("shop", made.outs, news);
            assert.deepEqual([diff.changes, diff.replaces], [true, []]);
            resetCounts();
            const updated = await handlers.service.update("shop", made.outs, news);
            assert.equal(updated.outs?.certificate, "second");
            assert.equal(serviceOnAppliance(emulator, "shop")?.service.certificate, "second");
            assert.deepEqual(counts(), {
                "PUT /services/{name}/ssl-security": 1,
                "GET /services/{name}": 1,
            });
            await handlers.selfSignedCertificate.delete("first", {}); // no longer in use
            assert.equal(emulator.control.snapshot().certificates.first, undefined);
        }));

    it("replaces a service whose type changes: the appliance cannot change it in place", () =>
        withProvider(async ({ handlers }) => {
            const made = await handlers.service.create({
                name: "web",
                ipAddress: "192.0.2.21",
                __provider: providerBlob,
            });
            const diff = await handlers.service.diff("web", made.outs, {
                ...made.outs,
                type: "Redirect Service",
                __provider: providerBlob,
            });
            assert.deepEqual(diff.replaces, ["type"]);
            assert.equal(diff.deleteBeforeReplace, true);
        }));

    it("replaces a server whose service is replaced, since its path names the service", () =>
        withProvider(async ({ handlers }) => {
            await handlers.service.create({
                name: "chat",
                ipAddress: "192.0.2.10",
                __provider: providerBlob,
            });
            const server = {
                service: "chat",
                name: "app-1",
                ipAddress: "10.0.1.1",
                __provider: providerBlob,
            };
            const made = await handlers.server.create(server);
            const diff = await handlers.server.diff("chat/app-1", made.outs, { ...server, service: "chat2" });
            assert.deepEqual(diff.replaces, ["service"]);
            assert.equal(diff.deleteBeforeReplace, true);
        }));

    it("refuses a service in a vsite that does not exist with the appliance's message, creating nothing", () =>
        withProvider(async ({ emulator, handlers }) => {
            const error = await rejection(
                handlers.service.create({
                    name: "lost",
                    ipAddress: "192.0.2.22",
                    vsite: "nowhere",
                    __provider: providerBlob,
                }),
                ResourceOperationError,
            );
            assert.equal(error.operation, "create");
            assert.equal(error.outcome, "refused");
            assert.equal(error.object, "lost");
            assert.match(error.message, /Vsite 'nowhere' does not exist/);
            assert.equal(serviceOnAppliance(emulator, "lost"), undefined);
        }));

    it("refuses to delete a certificate that a service still uses, saying so", () =>
        withProvider(async ({ emulator, handlers }) => {
            await handlers.selfSignedCertificate.create(certificate("first"));
            await handlers.service.create(shop);
            const error = await rejection(
                handlers.selfSignedCertificate.delete("first", {}),
                ResourceOperationError,
            );
            assert.equal(error.operation, "delete");
            assert.equal(error.outcome, "refused");
            assert.match(
                error.message,
                /^Delete SelfSignedCertificate Error: the appliance did not delete self-signed certificate "first"/,
            );
            assert.ok(emulator.control.snapshot().certificates.first);
        }));
});

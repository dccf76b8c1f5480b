import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import { listPageSize } from "../../provider/engine/coalesced-reads";
import { callAppliance } from "../helpers/appliance-api";
import { providerBlob, withProvider, type ProviderHarness } from "./harness";

/** Creates services `svc0`... on the appliance by hand, each on its own port. */
async function makeServices(harness: ProviderHarness, count: number): Promise<string[]> {
    const names = Array.from({ length: count }, (_, index) => `svc${index}`);
    for (const [index, name] of names.entries()) {
        await callAppliance(harness.emulator, "POST", "/services", {
            name,
            "ip-address": "192.0.2.10",
            port: 1000 + index,
        });
    }
    return names;
}

/** The state a refresh hands to `read`: the name, and the input names of a program that set only it. */
const stateOf = (name: string) => ({ name, __inputNames: ["name"], __provider: providerBlob });

describe("reads of one collection, coalesced", () => {
    it("reads 30 services read at once with one list GET, each with what its own GET would give", () =>
        withProvider(async (harness) => {
            const names = await makeServices(harness, 30);
            const alone = await harness.handlers.service.read("svc7", stateOf("svc7"));
            harness.resetCounts();
            const reads = await Promise.all(
                names.map((name) => harness.handlers.service.read(name, stateOf(name))),
            );
            assert.deepEqual(harness.counts(), { "GET /services": 1 });
            assert.deepEqual(reads[7], alone);
            assert.deepEqual(
                reads.map((read) => read.props?.port),
                names.map((_, index) => 1000 + index),
            );
        }));

    it("reads one service alone with its own GET", () =>
        withProvider(async (harness) => {
            await makeServices(harness, 3);
            harness.resetCounts();
            const read = await harness.handlers.service.read("svc1", stateOf("svc1"));
            assert.equal(read.props?.port, 1001);
            assert.deepEqual(harness.counts(), { "GET /services/{name}": 1 });
        }));

    it("asks for an object the list does not hold on its own before it counts as gone", () =>
        withProvider(async (harness) => {
            await makeServices(harness, 2);
            harness.resetCounts();
            const [first, gone] = await Promise.all(
                ["svc0", "deleted-by-hand"].map((name) => harness.handlers.service.read(name, stateOf(name))),
            );
            assert.equal(first.props?.port, 1000);
            assert.deepEqual(gone, {});
            assert.deepEqual(harness.counts(), { "GET /services": 1, "GET /services/{name}": 1 });
        }));

    it(`lists in pages of ${listPageSize} where the list takes limit and offset, and stops when every read is found`, () =>
        withProvider(async (harness) => {
            const names = await makeServices(harness, 2 * listPageSize);
            harness.resetCounts();
            const reads = await Promise.all(
                names.map((name) => harness.handlers.service.read(name, stateOf(name))),
            );
            assert.equal(reads.filter((read) => read.id !== undefined).length, names.length);
            // Two full pages: without paging one list GET would have answered every service, and a list read to
            // its end would have asked for a third, empty page.
            assert.deepEqual(harness.counts(), { "GET /services": 2 });
        }));

    it("reads the next page of a listing begun earlier when a later read's object is not on the pages read", () =>
        withProvider(async (harness) => {
            const names = await makeServices(harness, listPageSize + 5);
            const read = (some: readonly string[]) =>
                Promise.all(some.map((name) => harness.handlers.service.read(name, stateOf(name))));
            harness.resetCounts();
            await read(names.slice(0, 2));
            assert.deepEqual(harness.counts(), { "GET /services": 1 }, "the first page held both");
            const later = await read(names.slice(-2));
            assert.deepEqual(
                later.map((one) => one.props?.port),
                [1000 + listPageSize + 3, 1000 + listPageSize + 4],
            );
            assert.deepEqual(harness.counts(), { "GET /services": 2 }, "one more page, not a GET each");
        }));

    it("gathers the reads that arrive while a batch is in flight into the next one", () =>
        withProvider(async (harness) => {
            const names = await makeServices(harness, 11);
            harness.resetCounts();
            harness.emulator.control.setLatency(100);
            const first = harness.handlers.service.read("svc0", stateOf("svc0"));
            await new Promise((resolve) => setTimeout(resolve, 30));
            const rest = names.slice(1).map((name) => harness.handlers.service.read(name, stateOf(name)));
            await Promise.all([first, ...rest]);
            assert.deepEqual(harness.counts(), { "GET /services/{name}": 1, "GET /services": 1 });
        }));

    /** Creates services `svc0` and `svc1` by hand, each with servers `a`, `b` and `c` on ports 8080... */
    async function makeServers(harness: ProviderHarness): Promise<void> {
        await makeServices(harness, 2);
        for (const service of ["svc0", "svc1"]) {
            for (const [index, server] of ["a", "b", "c"].entries()) {
                await callAppliance(harness.emulator, "POST", `/services/${service}/servers`, {
                    name: server,
                    "ip-address": "10.0.1.1",
                    port: 8080 + index,
                });
            }
        }
    }
    const serverIds = ["svc0/a", "svc0/b", "svc0/c", "svc1/a", "svc1/b", "svc1/c"];

    it("reads the servers of many services with one list of the services, which nests each one's servers", () =>
        withProvider(async (harness) => {
            await makeServers(harness);
            const serverState = { __inputNames: ["name", "port"], __provider: providerBlob };
            const alone = await harness.handlers.server.read("svc1/b", serverState);
            harness.resetCounts();
            const reads = await Promise.all(
                serverIds.map((id) => harness.handlers.server.read(id, serverState)),
            );
            assert.deepEqual(
                reads.map((read) => read.id),
                serverIds,
            );
            assert.deepEqual(reads[4], alone, "what the server's own GET gives");
            assert.deepEqual(harness.counts(), { "GET /services": 1 });
        }));

    it("reads servers whose programs set a sub-object with each service's list of servers, which shows it", () =>
        withProvider(async (harness) => {
            await makeServers(harness);
            const serverState = {
                __inputNames: ["name", "inBandHealthChecks"],
                __provider: providerBlob,
            };
            harness.resetCounts();
            const reads = await Promise.all(
                serverIds.map((id) => harness.handlers.server.read(id, serverState)),
            );
            assert.ok(reads.every((read) => read.props?.inBandHealthChecks !== undefined));
            assert.deepEqual(harness.counts(), { "GET /services/{name}/servers": 2 });
        }));

    it("reads the servers of a service deleted by hand as gone, together", () =>
        withProvider(async (harness) => {
            await makeServices(harness, 1);
            for (const server of ["a", "b"]) {
                await callAppliance(harness.emulator, "POST", "/services/svc0/servers", {
                    name: server,
                    "ip-address": "10.0.1.1",
                    port: 8080,
                });
            }
            await callAppliance(harness.emulator, "DELETE", "/services/svc0");
            harness.resetCounts();
            const reads = await Promise.all(
                ["svc0/a", "svc0/b"].map((id) =>
                    harness.handlers.server.read(id, { __inputNames: ["name"], __provider: providerBlob }),
                ),
            );
            assert.deepEqual(reads, [{}, {}]);
            assert.deepEqual(harness.counts(), {
                "GET /services": 1,
                "GET /services/{name}/servers/{server}": 2,
            });
        }));

    it("answers a read its listing holds at once, without waiting to gather with others", () =>
        withProvider(async (harness) => {
            const names = await makeServices(harness, 3);
            await Promise.all(
                names.slice(0, 2).map((name) => harness.handlers.service.read(name, stateOf(name))),
            );
            harness.resetCounts();
            // A read that waited to gather would still be pending when the event loop next turns.
            const turn = new Promise((resolve) => setImmediate(() => resolve("pending")));
            const answer = await Promise.race([harness.handlers.service.read("svc2", stateOf("svc2")), turn]);
            assert.notEqual(answer, "pending");
            assert.equal((answer as { props?: { port?: number } }).props?.port, 1002);
            assert.deepEqual(harness.counts(), {});
        }));

    it("answers later reads from the list until the provider writes, then lists again", () =>
        withProvider(async (harness) => {
            const names = await makeServices(harness, 6);
            const read = (some: readonly string[]) =>
                Promise.all(some.map((name) => harness.handlers.service.read(name, stateOf(name))));
            const gets = () => Object.entries(harness.counts()).filter(([route]) => route.startsWith("GET"));
            harness.resetCounts();
            await read(names.slice(0, 3));
            await new Promise((resolve) => setTimeout(resolve, 2100));
            const later = await read(names.slice(3));
            assert.deepEqual(gets(), [["GET /services", 1]], "one list served both, 2 s apart");
            assert.equal(later[1].props?.port, 1004);
            const before = { name: "svc4", ipAddress: "192.0.2.10", port: 1004, __provider: providerBlob };
            await harness.handlers.service.update("svc4", before, { ...before, port: 2004 });
            harness.resetCounts();
            const afterWrite = await read(names.slice(3));
            assert.equal(afterWrite[1].props?.port, 2004, "read after the provider's own write");
            assert.deepEqual(gets(), [["GET /services", 1]]);
        }));

    it("fails each read of a batch whose list the appliance refuses, and lists anew on the next reads", () =>
        withProvider(async (harness) => {
            const names = await makeServices(harness, 3);
            harness.emulator.control.failNext("GET /services", 1, { status: 500 });
            const failed = await Promise.allSettled(
                names.map((name) => harness.handlers.service.read(name, stateOf(name))),
            );
            assert.deepEqual(
                failed.map((outcome) => outcome.status),
                ["rejected", "rejected", "rejected"],
            );
            assert.match(String((failed[0] as PromiseRejectedResult).reason), /500/);
            harness.resetCounts();
            const again = await Promise.all(
                names.map((name) => harness.handlers.service.read(name, stateOf(name))),
            );
            assert.deepEqual(
                again.map((read) => read.props?.port),
                [1000, 1001, 1002],
            );
            assert.deepEqual(harness.counts(), { "GET /services": 1 }, "a new list, not a GET each");
        }));
});

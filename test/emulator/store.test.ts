import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, describe, it } from "node:test";
import { factoryState } from "../../emulator/factory";
import { Store } from "../../emulator/store";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "emulator-store-"));
after(() => fs.rmSync(dir, { recursive: true, force: true }));
let files = 0;

/** A store on a fresh file whose writes wait until the test lets each of them finish, or fail. */
function heldStore(): { store: Store; writes: { text: string; finish(error?: Error): void }[] } {
    const writes: { text: string; finish(error?: Error): void }[] = [];
    const write = (_file: string, text: string): Promise<void> =>
        new Promise((resolve, reject) => {
            writes.push({ text, finish: (error) => (error ? reject(error) : resolve()) });
        });
    const store = Store.open(factoryState(), path.join(dir, `state-${++files}.json`), write);
    return { store, writes };
}

/** Whether `promise` has settled by the time the event loop has run what is queued. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
    let done = false;
    promise.then(
        () => (done = true),
        () => (done = true),
    );
    await new Promise((resolve) => setImmediate(resolve));
    return done;
}

describe("the store with a state file", () => {
    it("answers a change only once its write is on disk, and reads meanwhile see the state without it", async () => {
        const { store, writes } = heldStore();
        const change = store.change((state) => {
            state.singletons.system.record.hostname = "waf-1";
            return "done";
        });
        assert.equal(await settled(change), false, "not answered before the write ends");
        assert.equal(store.state.singletons.system.record.hostname, "waf", "reads do not see it yet");
        assert.equal(writes.length, 1);
        assert.match(writes[0].text, /"hostname": "waf-1"/);
        writes[0].finish();
        assert.equal(await change, "done");
        assert.equal(store.state.singletons.system.record.hostname, "waf-1");
    });

    it("lets the changes that arrive during a write share the next write: one fsync for many", async () => {
        const { store, writes } = heldStore();
        const first = store.change((state) => void (state.singletons.system.record.hostname = "one"));
        const later = ["two", "three", "four"].map((name) =>
            store.change((state) => void (state.singletons.system.record["device-name"] = name)),
        );
        assert.equal(writes.length, 1, "one write on its way");
        writes[0].finish();
        await first;
        assert.equal(await settled(Promise.all(later)), false, "the later ones wait for their own write");
        assert.equal(writes.length, 2, "all three in one write");
        assert.match(writes[1].text, /"device-name": "four"/);
        writes[1].finish();
        await Promise.all(later);
        assert.equal(writes.length, 2);
        assert.equal(store.state.singletons.system.record["device-name"], "four");
    });

    it("undoes every change not on disk when a write fails, and rejects each of them", async () => {
        const { store, writes } = heldStore();
        const failing = store.change((state) => void (state.singletons.system.record.hostname = "lost"));
        const riding = store.change(
            (state) => void (state.singletons.system.record["device-name"] = "lost too"),
        );
        writes[0].finish(new Error("disk full"));
        await assert.rejects(failing, /disk full/);
        await assert.rejects(riding, /disk full/);
        assert.equal(store.state.singletons.system.record.hostname, "waf");
        const next = store.change((state) => state.singletons.system.record.hostname);
        assert.equal(await settled(next), false);
        writes[writes.length - 1].finish();
        assert.equal(await next, "waf", "the next change starts from the state on disk");
    });

    it("changes nothing and writes nothing when the change itself refuses", async () => {
        const { store, writes } = heldStore();
        await assert.rejects(
            store.change(() => {
                throw new Error("refused");
            }),
            /refused/,
        );
        assert.equal(writes.length, 0);
    });
});

describe("a state file written before the emulator knew WebSocket policies", () => {
    it("loads, its services without any policy", () => {
        const file = path.join(dir, `state-${++files}.json`);
        const chat = {
            service: { name: "chat" },
            advancedConfiguration: {},
            basicSecurity: {},
            loadBalancing: {},
            servers: {},
        };
        const state = { ...factoryState(), services: { chat } };
        fs.writeFileSync(file, JSON.stringify({ version: 1, state }));
        const store = Store.open(factoryState(), file, () => Promise.resolve());
        assert.deepEqual(store.snapshot().services.chat.websocketPolicies, {});
        assert.equal(
            store.state.collections.services.get("chat")?.children["services/websocket-policies"].size,
            0,
        );
    });
});

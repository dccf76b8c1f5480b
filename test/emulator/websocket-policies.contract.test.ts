import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, it } from "node:test";
import type { EmulatorControl, WebSocketPolicySnapshot } from "../../emulator/index";
import { ApiSession } from "../helpers/api-session";
import { withEmulator } from "../helpers/with-emulator";

const policies = "/services/chat/websocket-policies";
const live = { name: "live", host: "chat.example.com", url: "/ws/*" };

/** A fresh emulator with the service `chat` (WebSocket off, as every new service), and a session. */
async function withChat(fn: (api: ApiSession, control: EmulatorControl) => Promise<void>): Promise<void> {
    await withEmulator(async (emulator) => {
        const api = await ApiSession.open(emulator);
        assert.equal((await api.post("/services", { name: "chat" })).status, 201);
        await fn(api, emulator.control);
    });
}

describe("POST /services/{name}/websocket-policies", () => {
    it("creates a policy and answers 201 with its id and 'Successfully created.'", () =>
        withChat(async (api, control) => {
            const answer = await api.post(policies, live);
            assert.equal(answer.status, 201, JSON.stringify(answer.body));
            assert.equal(answer.body.id, "live");
            assert.equal(answer.body.msg, "Successfully created.");
            assert.equal(typeof answer.body.token, "string");
            assert.ok(control.snapshot().services.chat.websocketPolicies.live);
        }));

    it("fills in the defaults and makes the three sub-objects at theirs, as the snapshot shows", () =>
        withChat(async (api, control) => {
            await api.post(policies, live);
            assert.deepEqual(control.snapshot().services.chat.websocketPolicies, {
                live: {
                    policy: {
                        name: "live",
                        host: "chat.example.com",
                        url: "/ws/*",
                        comment: "",
                        mode: "Passive",
                        status: "On",
                    },
                    messageSecurity: {
                        "enable-message-security": "No",
                        "enforce-json-check": "No",
                        "message-format": "lid_46998",
                    },
                    originProtection: { "allow-origins": [] },
                    protocolSecurity: {
                        "max-frame-per-frag-message": "16",
                        "max-frame-size": "65536",
                        "payload-format": "Both",
                    },
                },
            });
        }));

    it("takes every field of the spec's POST body", () =>
        withChat(async (api, control) => {
            const body = { ...live, comment: "chat socket", mode: "Active", status: "Off" };
            assert.equal((await api.post(policies, body)).status, 201);
            assert.deepEqual(control.snapshot().services.chat.websocketPolicies.live.policy, body);
        }));

    for (const field of ["name", "host", "url"]) {
        it(`refuses a body without ${field}, which the spec requires, with 400 naming it`, () =>
            withChat(async (api, control) => {
                const body: Record<string, string> = { ...live };
                delete body[field];
                const answer = await api.post(policies, body);
                assert.equal(answer.status, 400);
                assert.equal(answer.body.errors.type, "MissingValue");
                assert.match(answer.body.errors.msg, new RegExp(`'${field}'`));
                assert.deepEqual(control.snapshot().services.chat.websocketPolicies, {}, "nothing created");
            }));
    }

    it("refuses a duplicate name within the service with 400, and takes the name in another service", () =>
        withChat(async (api) => {
            await api.post(policies, live);
            const duplicate = await api.post(policies, { ...live, host: "other.example.com" });
            assert.equal(duplicate.status, 400);
            assert.equal(duplicate.body.errors.type, "DuplicateName");
            assert.match(duplicate.body.errors.msg, /'live' already exists in service 'chat'/);
            await api.post("/services", { name: "feed" });
            assert.equal((await api.post("/services/feed/websocket-policies", live)).status, 201);
        }));

    for (const name of ["p".repeat(65), "..", ".", "__proto__", "a b", "a/b", "a?b", "-lead", ""]) {
        it(`refuses the name ${JSON.stringify(name.slice(0, 20))}, which is not a name, with 400`, () =>
            withChat(async (api, control) => {
                const answer = await api.post(policies, { ...live, name });
                assert.equal(answer.status, 400);
                assert.equal(answer.body.errors.type, "InvalidValue");
                assert.match(answer.body.errors.msg, /'name'/);
                assert.deepEqual(control.snapshot().services.chat.websocketPolicies, {});
            }));
    }

    it("takes names of up to 64 letters, digits, '.', '_' and '-', and names that are properties of objects", () =>
        withChat(async (api) => {
            for (const name of ["p".repeat(64), "a.b_c-1", "9lives", "constructor", "toString"]) {
                const answer = await api.post(policies, { ...live, name });
                assert.equal(answer.status, 201, `${name}: ${JSON.stringify(answer.body)}`);
                assert.equal((await api.get(`${policies}/${name}`)).status, 200, name);
            }
        }));

    for (const [field, value] of [
        ["status", "on"],
        ["status", "Enabled"],
        ["mode", "Blocking"],
        ["mode", "passive"],
        ["host", 42],
        ["url", ["/ws"]],
        ["comment", true],
    ] as const) {
        it(`refuses ${field} ${JSON.stringify(value)} with 400 naming the field`, () =>
            withChat(async (api, control) => {
                const answer = await api.post(policies, { ...live, [field]: value });
                assert.equal(answer.status, 400);
                assert.equal(answer.body.errors.type, "InvalidValue");
                assert.match(answer.body.errors.msg, new RegExp(`'${field}'`));
                assert.deepEqual(control.snapshot().services.chat.websocketPolicies, {});
            }));
    }

    it("refuses fields the policy does not have, a sub-object's among them, with 406", () =>
        withChat(async (api) => {
            for (const field of ["colour", "allow-origins", "max-frame-size"]) {
                const answer = await api.post(policies, { ...live, [field]: "x" });
                assert.equal(answer.status, 406, field);
                assert.equal(answer.body.errors.type, "UnknownField");
                assert.match(answer.body.errors.msg, new RegExp(`'${field}'`));
            }
        }));

    it("refuses a body that is not an object with 406, and one that is not JSON with 415", () =>
        withChat(async (api) => {
            assert.equal((await api.post(policies, [live])).status, 406);
            const raw = await api.call("POST", policies, undefined, { raw: "name=live" });
            assert.equal(raw.status, 415);
            assert.equal(raw.body.errors.type, "InvalidJSON");
        }));

    it("answers 404 in the error shape when the service does not exist, and creates nothing", () =>
        withChat(async (api, control) => {
            const answer = await api.post("/services/ghost/websocket-policies", live);
            assert.equal(answer.status, 404);
            assert.equal(answer.body.error.status, "404");
            assert.match(answer.body.error.msg, /Service 'ghost' does not exist/);
            assert.deepEqual(Object.keys(control.snapshot().services), ["chat"]);
        }));

    it("creates a policy while the service has WebSocket off: the emulator, like the appliance, leaves the rule chain to the provider", () =>
        withChat(async (api, control) => {
            const { services, system } = control.snapshot();
            assert.equal(services.chat.advancedConfiguration["enable-websocket"], "No");
            assert.equal(system.advancedSettings["enable-advanced-settings"], "No");
            assert.equal((await api.post(policies, live)).status, 201);
            const off = await api.put("/services/chat/advanced-configuration", { "enable-websocket": "No" });
            assert.equal(off.status, 200, "turning WebSocket off is not refused while a policy exists");
            assert.ok(control.snapshot().services.chat.websocketPolicies.live);
        }));
});

describe("GET /services/{name}/websocket-policies and .../{policy}", () => {
    it("answer keyed by policy name, in creation order, with the policy's own fields", () =>
        withChat(async (api) => {
            await api.post(policies, live);
            await api.post(policies, { name: "admin", host: "*", url: "/admin/ws" });
            const all = await api.get(policies);
            assert.equal(all.status, 200);
            assert.equal(all.body.object, "Web Socket Policy");
            assert.deepEqual(Object.keys(all.body.data), ["live", "admin"]);
            const one = await api.get(`${policies}/live`);
            assert.equal(one.status, 200);
            assert.equal(one.body.object, "Web Socket Policy");
            assert.equal(typeof one.body.token, "string");
            assert.deepEqual(one.body.data, {
                live: { ...live, comment: "", mode: "Passive", status: "On" },
            });
        }));

    it("answer an empty collection for a service without policies", () =>
        withChat(async (api) => {
            const answer = await api.get(policies);
            assert.equal(answer.status, 200);
            assert.deepEqual(answer.body.data, {});
        }));

    it("narrow the fields to ?parameters=, comma-separated or repeated, and refuse a field the policy lacks", () =>
        withChat(async (api) => {
            await api.post(policies, live);
            const commas = await api.get(`${policies}/live?parameters=host,url`);
            assert.deepEqual(commas.body.data, { live: { host: "chat.example.com", url: "/ws/*" } });
            const repeated = await api.get(`${policies}?parameters=name&parameters=status`);
            assert.deepEqual(repeated.body.data, { live: { name: "live", status: "On" } });
            const unknown = await api.get(`${policies}/live?parameters=colour`);
            assert.equal(unknown.status, 400);
            assert.equal(unknown.body.errors.type, "InvalidQuery");
        }));

    it("page with ?offset= and ?limit=", () =>
        withChat(async (api) => {
            for (const name of ["a", "b", "c", "d"]) await api.post(policies, { ...live, name });
            const page = await api.get(`${policies}?offset=1&limit=2`);
            assert.deepEqual(Object.keys(page.body.data), ["b", "c"]);
            assert.equal((await api.get(`${policies}?limit=-1`)).status, 400);
        }));

    it("answer 404 in the error shape for a policy or a service that does not exist", () =>
        withChat(async (api) => {
            const policy = await api.get(`${policies}/ghost`);
            assert.equal(policy.status, 404);
            assert.equal(policy.body.error.status, "404");
            assert.match(policy.body.error.msg, /Web Socket Policy 'ghost' does not exist in service 'chat'/);
            assert.equal((await api.get("/services/ghost/websocket-policies")).status, 404);
            assert.equal((await api.get("/services/ghost/websocket-policies/live")).status, 404);
        }));
});

describe("PUT /services/{name}/websocket-policies/{policy}", () => {
    it("changes only the given fields and answers 200 with the policy's id and a msg", () =>
        withChat(async (api, control) => {
            await api.post(policies, { ...live, comment: "first" });
            const answer = await api.put(`${policies}/live`, {
                host: "chat.example.com",
                url: "/socket",
                mode: "Active",
            });
            assert.equal(answer.status, 200, JSON.stringify(answer.body));
            assert.equal(answer.body.id, "live");
            assert.equal(answer.body.msg, "Successfully updated.");
            assert.deepEqual(control.snapshot().services.chat.websocketPolicies.live.policy, {
                name: "live",
                host: "chat.example.com",
                url: "/socket",
                comment: "first",
                mode: "Active",
                status: "On",
            });
        }));

    for (const field of ["host", "url"]) {
        it(`requires ${field}, as the spec's PUT body does, with 400 naming it`, () =>
            withChat(async (api, control) => {
                await api.post(policies, live);
                const body: Record<string, string> = {
                    host: "chat.example.com",
                    url: "/ws/*",
                    status: "Off",
                };
                delete body[field];
                const answer = await api.put(`${policies}/live`, body);
                assert.equal(answer.status, 400);
                assert.equal(answer.body.errors.type, "MissingValue");
                assert.match(answer.body.errors.msg, new RegExp(`'${field}'`));
                assert.equal(control.snapshot().services.chat.websocketPolicies.live.policy.status, "On");
            }));
    }

    it("refuses to change the name with 400, and takes it unchanged, as clients that send the whole object do", () =>
        withChat(async (api, control) => {
            await api.post(policies, live);
            const renamed = await api.put(`${policies}/live`, { ...live, name: "other" });
            assert.equal(renamed.status, 400);
            assert.equal(renamed.body.errors.type, "UnchangeableField");
            assert.match(renamed.body.errors.msg, /'name' cannot be changed/);
            const whole = (await api.get(`${policies}/live`)).body.data.live;
            const same = await api.put(`${policies}/live`, { ...whole, status: "Off" });
            assert.equal(same.status, 200, JSON.stringify(same.body));
            assert.equal(control.snapshot().services.chat.websocketPolicies.live.policy.status, "Off");
            assert.equal((await api.get(`${policies}/other`)).status, 404);
        }));

    it("refuses values outside the spec's enums with 400 and changes nothing", () =>
        withChat(async (api, control) => {
            await api.post(policies, live);
            const before = control.snapshot();
            const answer = await api.put(`${policies}/live`, { ...live, mode: "Learning", comment: "never" });
            assert.equal(answer.status, 400);
            assert.match(answer.body.errors.msg, /'mode'.*Active, Passive/);
            assert.deepEqual(control.snapshot(), before);
        }));

    it("answers 404 for a policy or a service that does not exist, and 406 for a field the policy lacks", () =>
        withChat(async (api) => {
            assert.equal((await api.put(`${policies}/ghost`, live)).status, 404);
            assert.equal((await api.put("/services/ghost/websocket-policies/live", live)).status, 404);
            await api.post(policies, live);
            const unknown = await api.put(`${policies}/live`, { ...live, "allow-origins": [] });
            assert.equal(unknown.status, 406);
            assert.equal(unknown.body.errors.type, "UnknownField");
        }));
});

describe("DELETE /services/{name}/websocket-policies/{policy}", () => {
    it("deletes the policy with its sub-objects and answers 200; one made again under the name starts afresh", () =>
        withChat(async (api, control) => {
            await api.post(policies, { ...live, mode: "Active" });
            await api.post(policies, { ...live, name: "kept" });
            const answer = await api.delete(`${policies}/live`);
            assert.equal(answer.status, 200);
            assert.equal(answer.body.id, "live");
            assert.equal(answer.body.msg, "Successfully deleted.");
            assert.equal((await api.get(`${policies}/live`)).status, 404);
            assert.deepEqual(Object.keys(control.snapshot().services.chat.websocketPolicies), ["kept"]);
            await api.post(policies, live);
            assert.equal(control.snapshot().services.chat.websocketPolicies.live.policy.mode, "Passive");
        }));

    it("answers 404 for a policy or a service that does not exist", () =>
        withChat(async (api) => {
            const answer = await api.delete(`${policies}/ghost`);
            assert.equal(answer.status, 404);
            assert.equal(answer.body.error.status, "404");
            assert.equal((await api.delete("/services/ghost/websocket-policies/live")).status, 404);
        }));
});

describe("a service's WebSocket policies", () => {
    it("are deleted with the service: a service made again under the name has none", () =>
        withChat(async (api, control) => {
            await api.post(policies, live);
            assert.equal((await api.delete("/services/chat")).status, 200);
            assert.equal((await api.get(`${policies}/live`)).status, 404);
            await api.post("/services", { name: "chat" });
            assert.deepEqual((await api.get(policies)).body.data, {});
            assert.deepEqual(control.snapshot().services.chat.websocketPolicies, {});
        }));

    it("belong to their service only: another service's policy of the same name is untouched", () =>
        withChat(async (api, control) => {
            await api.post("/services", { name: "feed" });
            await api.post(policies, live);
            await api.post("/services/feed/websocket-policies", { ...live, host: "feed.example.com" });
            await api.delete(`${policies}/live`);
            const feed = control.snapshot().services.feed.websocketPolicies.live.policy;
            assert.equal(feed.host, "feed.example.com");
        }));

    it("appear under GET /services/{name}?groups=Web Socket Policy as their own object, with their own fields", () =>
        withChat(async (api) => {
            await api.post(policies, live);
            await api.post(policies, { name: "admin", host: "*", url: "/admin/ws", status: "Off" });
            const group = encodeURIComponent("Web Socket Policy");
            const answer = await api.get(`/services/chat?groups=Service&groups=${group}`);
            assert.equal(answer.status, 200, JSON.stringify(answer.body));
            const view = answer.body.data.chat;
            assert.equal(view.name, "chat");
            assert.equal(view["Web Socket Policy"].object, "Web Socket Policy");
            assert.deepEqual(view["Web Socket Policy"].data, (await api.get(policies)).body.data);
            const narrowed = await api.get(`/services?groups=${group}&parameters=status`);
            assert.deepEqual(narrowed.body.data.chat["Web Socket Policy"].data, {
                live: { status: "On" },
                admin: { status: "Off" },
            });
            const plain = await api.get("/services/chat");
            assert.equal(plain.body.data.chat["Web Socket Policy"], undefined, "only when asked for");
        }));

    it("survive a restart on the same state file", async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "emulator-websocket-"));
        try {
            const stateFile = path.join(dir, "state.json");
            await withEmulator(
                async (emulator) => {
                    const api = await ApiSession.open(emulator);
                    await api.post("/services", { name: "chat" });
                    assert.equal((await api.post(policies, { ...live, mode: "Active" })).status, 201);
                },
                { stateFile },
            );
            await withEmulator(
                async (emulator) => {
                    const api = await ApiSession.open(emulator);
                    const answer = await api.get(`${policies}/live`);
                    assert.equal(answer.status, 200);
                    assert.equal(answer.body.data.live.mode, "Active");
                },
                { stateFile },
            );
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});

/** A sub-object of a policy: its path, display name and place in the snapshot, and values to try. */
interface SubObjectCase {
    readonly path: string;
    readonly displayName: string;
    readonly part: keyof WebSocketPolicySnapshot;
    readonly defaults: Record<string, unknown>;
    readonly accepted: Record<string, unknown>[];
    readonly refused: { body: Record<string, unknown>; field: RegExp }[];
}

const subObjects: SubObjectCase[] = [
    {
        path: "message-security",
        part: "messageSecurity",
        displayName: "Message Security",
        defaults: {
            "enable-message-security": "No",
            "enforce-json-check": "No",
            "message-format": "lid_46998",
        },
        accepted: [
            { "enable-message-security": "Yes", "enforce-json-check": "Yes", "message-format": "lid_46997" },
            { "enable-message-security": "No", "enforce-json-check": "No", "message-format": "lid_46998" },
        ],
        refused: [
            { body: { "enable-message-security": "yes" }, field: /'enable-message-security'.*Yes, No/ },
            { body: { "enforce-json-check": true }, field: /'enforce-json-check'/ },
            { body: { "message-format": "JSON" }, field: /'message-format'.*lid_46998, lid_46997/ },
            { body: { "message-format": "" }, field: /'message-format'/ },
        ],
    },
    {
        path: "origin-protection",
        part: "originProtection",
        displayName: "Origin Protection",
        defaults: { "allow-origins": [] },
        accepted: [
            { "allow-origins": ["https://chat.example.com", "https://*.example.com"] },
            { "allow-origins": [] },
        ],
        refused: [
            {
                body: { "allow-origins": "https://chat.example.com" },
                field: /'allow-origins'.*list of strings/,
            },
            { body: { "allow-origins": [1] }, field: /'allow-origins'/ },
            { body: { "allow-origins": [["https://a.example"]] }, field: /'allow-origins'/ },
            { body: { "allow-origins": null }, field: /'allow-origins'/ },
        ],
    },
    {
        path: "protocol-security",
        part: "protocolSecurity",
        displayName: "Protocol Security",
        defaults: { "max-frame-per-frag-message": "16", "max-frame-size": "65536", "payload-format": "Both" },
        accepted: [
            { "max-frame-per-frag-message": 0, "max-frame-size": 0, "payload-format": "Text" },
            {
                "max-frame-per-frag-message": "2147483647",
                "max-frame-size": 2147483647,
                "payload-format": "lid_46995",
            },
            { "payload-format": "Both" },
        ],
        refused: [
            { body: { "max-frame-size": -1 }, field: /'max-frame-size'.*between 0 and 2147483647/ },
            { body: { "max-frame-size": 2147483648 }, field: /'max-frame-size'/ },
            { body: { "max-frame-size": 1.5 }, field: /'max-frame-size'.*integer/ },
            { body: { "max-frame-size": "64k" }, field: /'max-frame-size'.*integer/ },
            { body: { "max-frame-per-frag-message": -1 }, field: /'max-frame-per-frag-message'/ },
            { body: { "max-frame-per-frag-message": 2147483648 }, field: /'max-frame-per-frag-message'/ },
            { body: { "payload-format": "Binary" }, field: /'payload-format'.*Text, lid_46995, Both/ },
            { body: { "payload-format": "both" }, field: /'payload-format'/ },
        ],
    },
];

/** A value as the appliance answers it: integers as decimal strings. */
const onTheWire = (value: unknown): unknown => (typeof value === "number" ? String(value) : value);

for (const sub of subObjects) {
    describe(`/services/{name}/websocket-policies/{policy}/${sub.path}`, () => {
        const subPath = `${policies}/live/${sub.path}`;

        it("answers GET with its defaults, in the keyed shape of GET .../{policy}?groups=<display name>", () =>
            withChat(async (api) => {
                await api.post(policies, live);
                const direct = await api.get(subPath);
                assert.equal(direct.status, 200);
                assert.equal(direct.body.object, "Web Socket Policy");
                assert.equal(typeof direct.body.token, "string");
                assert.deepEqual(direct.body.data, { live: { [sub.displayName]: sub.defaults } });
                const viaGroups = await api.get(
                    `${policies}/live?groups=${encodeURIComponent(sub.displayName)}`,
                );
                assert.deepEqual(viaGroups.body.data, direct.body.data);
            }));

        it("takes every value of the spec's enums and the edges of its ranges with PUT, numbers coming back as strings", () =>
            withChat(async (api) => {
                await api.post(policies, live);
                for (const body of sub.accepted) {
                    const answer = await api.put(subPath, body);
                    assert.equal(
                        answer.status,
                        200,
                        `${JSON.stringify(body)}: ${JSON.stringify(answer.body)}`,
                    );
                    assert.equal(answer.body.id, "live");
                    assert.equal(answer.body.msg, "Successfully updated.");
                    const fields = (await api.get(subPath)).body.data.live[sub.displayName];
                    for (const [name, value] of Object.entries(body)) {
                        assert.deepEqual(fields[name], onTheWire(value), name);
                    }
                }
            }));

        it("changes only the given fields, and only this policy's", () =>
            withChat(async (api, control) => {
                await api.post(policies, live);
                await api.post(policies, { ...live, name: "other" });
                const [field, value] = Object.entries(sub.accepted[0])[0];
                assert.equal((await api.put(subPath, { [field]: value })).status, 200);
                const { websocketPolicies } = control.snapshot().services.chat;
                assert.deepEqual(websocketPolicies.live[sub.part], {
                    ...sub.defaults,
                    [field]: onTheWire(value),
                });
                assert.deepEqual(
                    websocketPolicies.other[sub.part],
                    sub.defaults,
                    "the other policy is untouched",
                );
            }));

        for (const example of sub.refused) {
            it(`refuses ${JSON.stringify(example.body)} with 400 naming the field, and changes nothing`, () =>
                withChat(async (api, control) => {
                    await api.post(policies, live);
                    const before = control.snapshot();
                    const answer = await api.put(subPath, example.body);
                    assert.equal(answer.status, 400);
                    assert.equal(answer.body.errors.type, "InvalidValue");
                    assert.match(answer.body.errors.msg, example.field);
                    assert.deepEqual(control.snapshot(), before);
                }));
        }

        it("narrows GET with ?parameters= to its own fields, and refuses another group's with 400", () =>
            withChat(async (api) => {
                await api.post(policies, live);
                const field = Object.keys(sub.defaults)[0];
                const answer = await api.get(`${subPath}?parameters=${field}`);
                assert.deepEqual(Object.keys(answer.body.data.live[sub.displayName]), [field]);
                const policyField = await api.get(`${subPath}?parameters=host`);
                assert.equal(policyField.status, 400);
                assert.equal(policyField.body.errors.type, "InvalidQuery");
            }));

        it("answers 404 for a policy or a service that does not exist, 406 for unknown fields and 415 for a body that is not JSON", () =>
            withChat(async (api) => {
                const body = sub.accepted[0];
                assert.equal((await api.get(subPath)).status, 404);
                assert.equal((await api.put(subPath, body)).status, 404);
                const ghost = `/services/ghost/websocket-policies/live/${sub.path}`;
                assert.equal((await api.get(ghost)).status, 404);
                assert.equal((await api.put(ghost, body)).status, 404);
                await api.post(policies, live);
                const unknown = await api.put(subPath, { host: "chat.example.com" });
                assert.equal(unknown.status, 406);
                assert.equal(unknown.body.errors.type, "UnknownField");
                const raw = await api.call("PUT", subPath, undefined, { raw: "<xml/>" });
                assert.equal(raw.status, 415);
            }));
    });
}

describe("?groups= on GET .../websocket-policies and .../{policy}", () => {
    const query = (groups: readonly string[]): string =>
        groups.map((group) => `groups=${encodeURIComponent(group)}`).join("&");

    it("nests each requested sub-object under its display name, the policy's own fields inline", () =>
        withChat(async (api) => {
            await api.post(policies, live);
            await api.put(`${policies}/live/origin-protection`, {
                "allow-origins": ["https://chat.example.com"],
            });
            const groups = [
                "Web Socket Policy",
                "Message Security",
                "Origin Protection",
                "Protocol Security",
            ];
            const answer = await api.get(`${policies}/live?${query(groups)}`);
            assert.equal(answer.status, 200, JSON.stringify(answer.body));
            assert.equal(answer.body.object, "Web Socket Policy");
            assert.deepEqual(answer.body.data.live, {
                ...live,
                comment: "",
                mode: "Passive",
                status: "On",
                "Message Security": {
                    "enable-message-security": "No",
                    "enforce-json-check": "No",
                    "message-format": "lid_46998",
                },
                "Origin Protection": { "allow-origins": ["https://chat.example.com"] },
                "Protocol Security": {
                    "max-frame-per-frag-message": "16",
                    "max-frame-size": "65536",
                    "payload-format": "Both",
                },
            });
            const listed = await api.get(`${policies}?${query(groups)}`);
            assert.deepEqual(listed.body.data, answer.body.data, "the collection answers alike");
        }));

    it("leaves the policy's own fields out when only sub-objects are asked for, comma-separated or repeated", () =>
        withChat(async (api) => {
            await api.post(policies, live);
            const commas = await api.get(
                `${policies}/live?groups=${encodeURIComponent("Message Security,Protocol Security")}`,
            );
            assert.deepEqual(Object.keys(commas.body.data.live), ["Message Security", "Protocol Security"]);
            const repeated = await api.get(
                `${policies}/live?${query(["Origin Protection", "Origin Protection"])}`,
            );
            assert.deepEqual(Object.keys(repeated.body.data.live), ["Origin Protection"]);
        }));

    it("takes every group the spec lists and refuses another with 400", () =>
        withChat(async (api) => {
            await api.post(policies, live);
            for (const group of [
                "Web Socket Policy",
                "Message Security",
                "Origin Protection",
                "Protocol Security",
            ]) {
                assert.equal((await api.get(`${policies}/live?${query([group])}`)).status, 200, group);
            }
            for (const group of ["Server", "Basic Security", "message security"]) {
                const answer = await api.get(`${policies}/live?${query([group])}`);
                assert.equal(answer.status, 400, group);
                assert.equal(answer.body.errors.type, "InvalidQuery");
            }
        }));

    it("lets ?parameters= name a field of any group of the policy, narrowing each group to the fields it has", () =>
        withChat(async (api) => {
            await api.post(policies, live);
            const groups = query(["Web Socket Policy", "Protocol Security", "Origin Protection"]);
            const answer = await api.get(`${policies}/live?${groups}&parameters=host,max-frame-size`);
            assert.equal(answer.status, 200, JSON.stringify(answer.body));
            assert.deepEqual(answer.body.data.live, {
                host: "chat.example.com",
                "Protocol Security": { "max-frame-size": "65536" },
                "Origin Protection": {},
            });
            const unknown = await api.get(`${policies}/live?${groups}&parameters=port`);
            assert.equal(unknown.status, 400);
        }));
});

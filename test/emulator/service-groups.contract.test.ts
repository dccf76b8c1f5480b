import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { withEmulator } from "../helpers/with-emulator";
import { ApiSession } from "../helpers/api-session";

const groups = [
    {
        path: "advanced-configuration",
        displayName: "Advanced Configuration",
        valid: { "enable-websocket": "Yes", "keepalive-requests": 65535, "proxy-list": ["10.0.0.0/8"] },
        invalid: [
            { body: { "enable-websocket": "yes" }, field: /enable-websocket/ },
            { body: { "keepalive-requests": 65536 }, field: /keepalive-requests/ },
            { body: { "keepalive-requests": -1 }, field: /keepalive-requests/ },
            { body: { "accept-list": "10.0.0.1" }, field: /accept-list/ },
        ],
    },
    {
        path: "basic-security",
        displayName: "Basic Security",
        // A security policy or rate control pool created through the API is named too (see `namesNotValues`).
        valid: {
            mode: "Active",
            "web-firewall-log-level": "7-Debug",
            "client-ip-addr-header": "X-Real-IP",
            "web-firewall-policy": "custom",
            "rate-control-pool": "my-pool",
        },
        invalid: [
            { body: { mode: "Blocking" }, field: /'mode'/ },
            { body: { "client-ip-addr-header": "" }, field: /client-ip-addr-header/ },
            { body: { "client-ip-addr-header": "h".repeat(51) }, field: /client-ip-addr-header/ },
        ],
    },
    {
        path: "load-balancing",
        displayName: "Load Balancing",
        valid: { algorithm: "Least Requests", "persistence-method": "Cookie Insert", "cookie-age": 1051200 },
        invalid: [
            { body: { algorithm: "Random" }, field: /algorithm/ },
            { body: { "cookie-age": 0 }, field: /cookie-age/ },
            { body: { "persistence-idle-timeout": 86401 }, field: /persistence-idle-timeout/ },
        ],
    },
];

for (const group of groups) {
    describe(`/services/{name}/${group.path}`, () => {
        it("answers GET in the keyed shape of GET /services/{name}?groups=", () =>
            withEmulator(async (emulator) => {
                const api = await ApiSession.open(emulator);
                await api.post("/services", { name: "web" });
                const direct = await api.get(`/services/web/${group.path}`);
                assert.equal(direct.status, 200);
                assert.equal(direct.body.object, "Service");
                assert.equal(typeof direct.body.token, "string");
                const viaGroups = await api.get(
                    `/services/web?groups=${encodeURIComponent(group.displayName)}`,
                );
                assert.deepEqual(direct.body.data, viaGroups.body.data);
                const fields = direct.body.data.web[group.displayName];
                for (const value of Object.values(fields)) {
                    assert.ok(
                        typeof value === "string" || Array.isArray(value),
                        "values are strings or lists",
                    );
                }
            }));

        it("changes the given fields with PUT, numbers coming back as strings", () =>
            withEmulator(async (emulator) => {
                const api = await ApiSession.open(emulator);
                await api.post("/services", { name: "web" });
                const answer = await api.put(`/services/web/${group.path}`, group.valid);
                assert.equal(answer.status, 200);
                assert.equal(typeof answer.body.msg, "string");
                const fields = (await api.get(`/services/web/${group.path}`)).body.data.web[
                    group.displayName
                ];
                for (const [name, value] of Object.entries(group.valid)) {
                    assert.deepEqual(fields[name], typeof value === "number" ? String(value) : value, name);
                }
            }));

        for (const example of group.invalid) {
            it(`refuses ${JSON.stringify(example.body)} with 400 naming the field`, () =>
                withEmulator(async (emulator) => {
                    const api = await ApiSession.open(emulator);
                    await api.post("/services", { name: "web" });
                    const before = emulator.control.snapshot();
                    const answer = await api.put(`/services/web/${group.path}`, example.body);
                    assert.equal(answer.status, 400);
                    assert.match(answer.body.errors.msg, example.field);
                    assert.deepEqual(emulator.control.snapshot(), before, "nothing changed");
                }));
        }

        it("narrows GET with ?parameters=", () =>
            withEmulator(async (emulator) => {
                const api = await ApiSession.open(emulator);
                await api.post("/services", { name: "web" });
                const field = Object.keys(group.valid)[0];
                const answer = await api.get(`/services/web/${group.path}?parameters=${field}`);
                assert.deepEqual(Object.keys(answer.body.data.web[group.displayName]), [field]);
            }));

        it("answers 404 for a missing service, 406 for unknown fields and 415 for a body that is not JSON", () =>
            withEmulator(async (emulator) => {
                const api = await ApiSession.open(emulator);
                assert.equal((await api.get(`/services/ghost/${group.path}`)).status, 404);
                assert.equal((await api.put(`/services/ghost/${group.path}`, group.valid)).status, 404);
                await api.post("/services", { name: "web" });
                const unknown = await api.put(`/services/web/${group.path}`, { "not-a-field": "Yes" });
                assert.equal(unknown.status, 406);
                assert.equal(unknown.body.errors.type, "UnknownField");
                const raw = await api.call("PUT", `/services/web/${group.path}`, undefined, {
                    raw: "<xml/>",
                });
                assert.equal(raw.status, 415);
            }));
    });
}

describe("WebSocket and hidden advanced settings", () => {
    it("are not checked against each other: like the appliance, the emulator leaves that rule to the provider", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", { name: "web" });
            assert.equal(
                emulator.control.snapshot().system.advancedSettings["enable-advanced-settings"],
                "No",
            );
            const answer = await api.put("/services/web/advanced-configuration", {
                "enable-websocket": "Yes",
            });
            assert.equal(answer.status, 200);
            assert.equal(
                emulator.control.snapshot().services.web.advancedConfiguration["enable-websocket"],
                "Yes",
            );
        }));
});

/** The enums and ranges of Service_basic_security.json and Service_load_balancing.json, as the spec lists them. */
const specified = [
    {
        path: "basic-security",
        displayName: "Basic Security",
        enums: {
            "ignore-case": ["Yes", "No"],
            mode: ["Passive", "Active"],
            "rate-control-status": ["On", "Off"],
            "trusted-hosts-action": ["Allow", "Passive", "Default"],
            "web-firewall-log-level": [
                "0-Emergency",
                "1-Alert",
                "2-Critical",
                "3-Error",
                "4-Warning",
                "5-Notice",
                "6-Information",
                "7-Debug",
            ],
        },
        ranges: {},
        lengths: { "client-ip-addr-header": [1, 50] },
    },
    {
        path: "load-balancing",
        displayName: "Load Balancing",
        enums: {
            algorithm: ["Round Robin", "Weighted Round Robin", "Least Requests"],
            "failover-method": ["Load Balance", "Error"],
            "persistence-method": [
                "None",
                "Source IP",
                "Cookie Insert",
                "Cookie Passive",
                "HTTP Header",
                "URL Parameter",
            ],
        },
        ranges: { "cookie-age": [1, 1051200], "persistence-idle-timeout": [0, 86400] },
        lengths: {},
    },
] as const;

for (const group of specified) {
    describe(`/services/{name}/${group.path} carries the spec's enums and ranges`, () => {
        const path = `/services/web/${group.path}`;
        const read = async (api: ApiSession, field: string): Promise<unknown> =>
            (await api.get(path)).body.data.web[group.displayName][field];

        for (const [field, values] of Object.entries(group.enums)) {
            it(`takes every value the spec lists for ${field}, and refuses any other naming them all`, () =>
                withEmulator(async (emulator) => {
                    const api = await ApiSession.open(emulator);
                    await api.post("/services", { name: "web" });
                    for (const value of values) {
                        const answer = await api.put(path, { [field]: value });
                        assert.equal(answer.status, 200, `${value}: ${JSON.stringify(answer.body)}`);
                        assert.equal(await read(api, field), value);
                    }
                    for (const value of ["not-a-value", values[0].toUpperCase() + "x", ""]) {
                        const answer = await api.put(path, { [field]: value });
                        assert.equal(answer.status, 400, JSON.stringify(value));
                        assert.equal(
                            answer.body.errors.msg,
                            `'${field}' value ${JSON.stringify(value)} is not one of: ${values.join(", ")}.`,
                        );
                    }
                }));
        }

        for (const [field, [minimum, maximum]] of Object.entries(group.ranges)) {
            it(`takes ${field} from ${minimum} to ${maximum}, and refuses a value past either end`, () =>
                withEmulator(async (emulator) => {
                    const api = await ApiSession.open(emulator);
                    await api.post("/services", { name: "web" });
                    for (const value of [minimum, maximum]) {
                        assert.equal((await api.put(path, { [field]: value })).status, 200, String(value));
                        assert.equal(await read(api, field), String(value));
                    }
                    for (const value of [minimum - 1, maximum + 1]) {
                        const answer = await api.put(path, { [field]: value });
                        assert.equal(answer.status, 400, String(value));
                        assert.match(answer.body.errors.msg, new RegExp(`between ${minimum} and ${maximum}`));
                    }
                }));
        }

        for (const [field, [minLength, maxLength]] of Object.entries(group.lengths)) {
            it(`takes ${field} of ${minLength} to ${maxLength} characters, and refuses one shorter or longer`, () =>
                withEmulator(async (emulator) => {
                    const api = await ApiSession.open(emulator);
                    await api.post("/services", { name: "web" });
                    for (const length of [minLength, maxLength]) {
                        const value = "h".repeat(length);
                        assert.equal((await api.put(path, { [field]: value })).status, 200, String(length));
                        assert.equal(await read(api, field), value);
                    }
                    for (const length of [minLength - 1, maxLength + 1]) {
                        const answer = await api.put(path, { [field]: "h".repeat(length) });
                        assert.equal(answer.status, 400, String(length));
                        assert.match(
                            answer.body.errors.msg,
                            new RegExp(`between ${minLength} and ${maxLength}`),
                        );
                    }
                }));
        }
    });
}

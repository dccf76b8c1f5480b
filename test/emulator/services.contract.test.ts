import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { withEmulator } from "../helpers/with-emulator";
import { ApiSession } from "../helpers/api-session";

const web = { name: "web", "ip-address": "10.0.0.10", port: 80 };

describe("POST /services", () => {
    it("creates a service and answers 201 with its id and 'Successfully created.'", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const answer = await api.post("/services", web);
            assert.equal(answer.status, 201);
            assert.equal(answer.body.id, "web");
            assert.equal(answer.body.msg, "Successfully created.");
            assert.equal(typeof answer.body.token, "string");
            assert.ok(emulator.control.snapshot().services.web);
        }));

    it("fills in the appliance's defaults: status On, vsite and group default, IPv4, WebSocket off", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", { name: "bare" });
            const { services } = emulator.control.snapshot();
            assert.equal(services.bare.service.status, "On");
            assert.equal(services.bare.service.vsite, "default");
            assert.equal(services.bare.service.group, "default");
            assert.equal(services.bare.service["address-version"], "IPv4");
            assert.equal(services.bare.service.port, "80");
            assert.equal(services.bare.advancedConfiguration["enable-websocket"], "No");
            assert.deepEqual(services.bare.servers, {});
        }));

    it("takes numbers as JSON numbers or as decimal strings, and stores them as strings", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            assert.equal((await api.post("/services", { name: "a", port: 8080 })).status, 201);
            assert.equal((await api.post("/services", { name: "b", port: "8081" })).status, 201);
            const { services } = emulator.control.snapshot();
            assert.equal(services.a.service.port, "8080");
            assert.equal(services.b.service.port, "8081");
        }));

    it("refuses a duplicate name with 400 in the errors shape", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", web);
            const answer = await api.post("/services", web);
            assert.equal(answer.status, 400);
            assert.equal(answer.body.errors.type, "DuplicateName");
            assert.match(answer.body.errors.msg, /web.*already exists/);
            assert.equal(typeof answer.body.token, "string");
        }));

    it("refuses a body without the required name with 400", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const answer = await api.post("/services", { port: 80 });
            assert.equal(answer.status, 400);
            assert.equal(answer.body.errors.type, "MissingValue");
            assert.match(answer.body.errors.msg, /'name'/);
        }));

    const refused: { case: string; body: Record<string, unknown>; field: RegExp }[] = [
        {
            case: "a port above 65535",
            body: { name: "x", port: 65536 },
            field: /'port'.*between 1 and 65535/,
        },
        { case: "a port of 0", body: { name: "x", port: 0 }, field: /'port'/ },
        {
            case: "a port that is not an integer",
            body: { name: "x", port: "eighty" },
            field: /'port'.*integer/,
        },
        {
            case: "a fractional session timeout",
            body: { name: "x", "session-timeout": 1.5 },
            field: /session-timeout/,
        },
        {
            case: "a session timeout above 86400",
            body: { name: "x", "session-timeout": 86401 },
            field: /session-timeout/,
        },
        { case: "a status outside On/Off", body: { name: "x", status: "on" }, field: /'status'.*On, Off/ },
        { case: "a type outside the spec's enum", body: { name: "x", type: "Gopher" }, field: /'type'/ },
        {
            case: "an address version outside IPv4/IPv6",
            body: { name: "x", "address-version": "IPv5" },
            field: /address-version/,
        },
        { case: "a name longer than 64 characters", body: { name: "n".repeat(65) }, field: /'name'.*64/ },
        { case: "a name with a slash", body: { name: "a/b" }, field: /'name'/ },
        {
            case: "an app-id longer than 63 characters",
            body: { name: "x", "app-id": "a".repeat(64) },
            field: /app-id/,
        },
        {
            case: "an IPv4 service with an IPv6 address",
            body: { name: "x", "ip-address": "::1" },
            field: /ip-address/,
        },
        {
            case: "an HTTPS service without certificate",
            body: { name: "x", type: "HTTPS" },
            field: /certificate/,
        },
        {
            case: "a boolean JSON value for a Yes/No field",
            body: { name: "x", "enable-access-logs": true },
            field: /Yes, No/,
        },
        {
            case: "a secure site domain that is not a list",
            body: { name: "x", "secure-site-domain": "a" },
            field: /list/,
        },
    ];
    for (const example of refused) {
        it(`refuses ${example.case} with 400 naming the field`, () =>
            withEmulator(async (emulator) => {
                const api = await ApiSession.open(emulator);
                const answer = await api.post("/services", example.body);
                assert.equal(answer.status, 400);
                assert.equal(answer.body.errors.type, "InvalidValue");
                assert.match(answer.body.errors.msg, example.field);
                assert.deepEqual(emulator.control.snapshot().services, {}, "nothing was created");
            }));
    }

    it("accepts every value at the edges of the spec's ranges and enums", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const certificate = { name: "my-cert", "common-name": "tls.example", "country-code": "DE" };
            assert.equal((await api.post("/certificates/self-signed-certificate", certificate)).status, 201);
            const accepted = [
                { name: "p1", port: 1, "session-timeout": 0 },
                { name: "p2", port: 65535, "session-timeout": 86400 },
                { name: "v6", "address-version": "IPv6", "ip-address": "2001:db8::1" },
                { name: "tls", type: "HTTPS", certificate: "my-cert" },
                { name: "n".repeat(64), status: "Off", type: "Redirect Service" },
                {
                    name: "lists",
                    "secure-site-domain": ["a.example", "b.example"],
                    "enable-access-logs": "No",
                },
            ];
            for (const body of accepted) {
                const answer = await api.post("/services", body);
                assert.equal(answer.status, 201, `${JSON.stringify(body)}: ${JSON.stringify(answer.body)}`);
            }
            assert.equal(
                emulator.control.snapshot().services.tls.service.port,
                "443",
                "HTTPS defaults to 443",
            );
        }));

    it("refuses fields the service does not have with 406", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const answer = await api.post("/services", { name: "x", colour: "blue" });
            assert.equal(answer.status, 406);
            assert.equal(answer.body.errors.type, "UnknownField");
            assert.match(answer.body.errors.msg, /'colour'/);
        }));

    it("refuses JSON that is not an object with 406", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const answer = await api.post("/services", ["web"]);
            assert.equal(answer.status, 406);
            assert.equal(answer.body.errors.type, "NotAnObject");
        }));

    it("refuses a body that is not JSON with 415", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            for (const raw of ["name=web", "", '{"name": ']) {
                const answer = await api.call("POST", "/services", undefined, { raw });
                assert.equal(answer.status, 415, JSON.stringify(raw));
                assert.equal(answer.body.errors.type, "InvalidJSON");
            }
        }));
});

describe("GET /services and GET /services/{name}", () => {
    it("answer keyed by name with numbers as strings and only the Service group by default", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", web);
            await api.post("/services", { name: "api", port: 8443 });
            const all = await api.get("/services");
            assert.equal(all.status, 200);
            assert.equal(all.body.object, "Service");
            assert.deepEqual(Object.keys(all.body.data), ["web", "api"]);
            const one = await api.get("/services/web");
            assert.equal(one.body.object, "Service");
            assert.deepEqual(Object.keys(one.body.data), ["web"]);
            const fields = one.body.data.web;
            assert.equal(fields.port, "80");
            assert.equal(fields["session-timeout"], "60");
            assert.equal(fields["ip-address"], "10.0.0.10");
            assert.equal(fields["Advanced Configuration"], undefined);
            assert.equal(typeof one.body.token, "string");
        }));

    it("nest the requested groups under their display names and servers as their own object", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", web);
            await api.post("/services/web/servers", {
                name: "backend",
                "ip-address": "10.0.1.1",
                port: 8080,
            });
            const query = ["Service", "Advanced Configuration", "Basic Security", "Load Balancing", "Server"]
                .map((group) => `groups=${encodeURIComponent(group)}`)
                .join("&");
            const answer = await api.get(`/services/web?${query}`);
            assert.equal(answer.status, 200);
            const view = answer.body.data.web;
            assert.equal(view.name, "web");
            assert.equal(view["Advanced Configuration"]["enable-websocket"], "No");
            assert.equal(view["Basic Security"].mode, "Passive");
            assert.equal(view["Load Balancing"].algorithm, "Round Robin");
            assert.equal(view.Server.object, "Server");
            assert.equal(view.Server.data.backend.port, "8080");
        }));

    it("leave the Service group's fields out when only another group is asked for", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", web);
            const answer = await api.get(
                `/services/web?groups=${encodeURIComponent("Advanced Configuration")}`,
            );
            assert.deepEqual(Object.keys(answer.body.data.web), ["Advanced Configuration"]);
        }));

    it("narrow the fields to ?parameters=, comma-separated or repeated", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", web);
            const commas = await api.get("/services/web?parameters=name,port");
            assert.deepEqual(commas.body.data.web, { name: "web", port: "80" });
            const repeated = await api.get("/services?parameters=name&parameters=status");
            assert.deepEqual(repeated.body.data.web, { name: "web", status: "On" });
        }));

    it("refuse an unknown parameter or group with 400", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", web);
            const parameter = await api.get("/services/web?parameters=colour");
            assert.equal(parameter.status, 400);
            assert.equal(parameter.body.errors.type, "InvalidQuery");
            const group = await api.get("/services/web?groups=Nonsense");
            assert.equal(group.status, 400);
        }));

    it("page with ?offset= and ?limit=", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            for (const name of ["a", "b", "c", "d"]) await api.post("/services", { name });
            const page = await api.get("/services?offset=1&limit=2");
            assert.deepEqual(Object.keys(page.body.data), ["b", "c"]);
        }));

    it("answer 404 in the error shape, status as a string, for a missing service", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const answer = await api.get("/services/ghost");
            assert.equal(answer.status, 404);
            assert.equal(answer.body.error.status, "404");
            assert.match(answer.body.error.msg, /ghost/);
            assert.equal(typeof answer.body.token, "string");
        }));

    it("are served under /restapi/v3 and /restapi/v3.1 alike", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", web);
            for (const version of ["v3", "v3.1"]) {
                const other = new ApiSession(emulator, version);
                other.token = api.token;
                const answer = await other.get("/services/web");
                assert.equal(answer.status, 200, version);
                assert.equal(answer.body.data.web.name, "web");
            }
            const counts = emulator.control.counts();
            assert.equal(
                counts["GET /services/{name}"],
                2,
                "the version prefix is not part of the route key",
            );
        }));
});

describe("PUT /services/{name}", () => {
    it("changes only the given fields and answers 200 with a msg", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", { ...web, comments: "first" });
            const answer = await api.put("/services/web", { port: "8080", status: "Off" });
            assert.equal(answer.status, 200);
            assert.equal(typeof answer.body.msg, "string");
            const fields = (await api.get("/services/web")).body.data.web;
            assert.equal(fields.port, "8080");
            assert.equal(fields.status, "Off");
            assert.equal(fields.comments, "first");
        }));

    for (const field of ["name", "address-version", "group", "vsite", "type"]) {
        it(`refuses to change ${field} with 400 and a clear msg`, () =>
            withEmulator(async (emulator) => {
                const api = await ApiSession.open(emulator);
                await api.post("/services", web);
                const value = { "address-version": "IPv6", type: "FTP" }[field] ?? "other";
                const answer = await api.put("/services/web", { [field]: value, port: 81 });
                assert.equal(answer.status, 400);
                assert.equal(answer.body.errors.type, "UnchangeableField");
                assert.match(answer.body.errors.msg, new RegExp(`'${field}' cannot be changed`));
                assert.equal(emulator.control.snapshot().services.web.service.port, "80", "nothing changed");
            }));
    }

    it("accepts fixed fields sent with their current values, as the vendor's clients send the whole object", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", web);
            const whole = (await api.get("/services/web")).body.data.web;
            const answer = await api.put("/services/web", { ...whole, port: 81 });
            assert.equal(answer.status, 200, JSON.stringify(answer.body));
            const updated = await api.put("/services/web", {
                name: "web",
                "address-version": "IPv4",
                group: "default",
                vsite: "default",
                type: "HTTP",
                comments: "whole object",
            });
            assert.equal(updated.status, 200, JSON.stringify(updated.body));
            const fields = emulator.control.snapshot().services.web.service;
            assert.equal(fields.port, "81");
            assert.equal(fields.comments, "whole object");
        }));

    it("refuses a change of type, and of certificates in PUT /services/{name}, naming where they change", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", web);
            const retyped = await api.put("/services/web", { type: "Redirect Service" });
            assert.equal(retyped.status, 400);
            assert.equal(retyped.body.errors.type, "UnchangeableField");
            assert.match(retyped.body.errors.msg, /'type' cannot be changed/);
            const domains = await api.put("/services/web", { "secure-site-domain": ["example.com"] });
            assert.equal(domains.status, 400);
            assert.match(domains.body.errors.msg, /ssl-security/);
            const same = await api.put("/services/web", { "secure-site-domain": [], certificate: "" });
            assert.equal(same.status, 200, "unchanged values pass");
        }));

    it("refuses invalid values with 400 and changes nothing", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", web);
            const answer = await api.put("/services/web", { port: 70000, comments: "never" });
            assert.equal(answer.status, 400);
            assert.equal(emulator.control.snapshot().services.web.service.comments, "");
        }));

    it("answers 404 for a missing service and 415 for a body that is not JSON", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            assert.equal((await api.put("/services/ghost", { port: 81 })).status, 404);
            await api.post("/services", web);
            assert.equal(
                (await api.call("PUT", "/services/web", undefined, { raw: "port: 81" })).status,
                415,
            );
        }));
});

describe("DELETE /services/{name}", () => {
    it("deletes the service with its servers and answers 200", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            await api.post("/services", web);
            await api.post("/services/web/servers", { name: "backend", "ip-address": "10.0.1.1" });
            const answer = await api.delete("/services/web");
            assert.equal(answer.status, 200);
            assert.equal((await api.get("/services/web")).status, 404);
            assert.equal((await api.get("/services/web/servers/backend")).status, 404);
            await api.post("/services", web);
            const servers = await api.get("/services/web/servers");
            assert.deepEqual(servers.body.data, {}, "a service created again under the name has no servers");
        }));

    it("answers 404 for a missing service", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const answer = await api.delete("/services/ghost");
            assert.equal(answer.status, 404);
            assert.equal(answer.body.error.status, "404");
        }));
});

describe("routes and methods", () => {
    it("answer 405 with a msg for a method the path does not take", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const answer = await api.call("PATCH", "/services", {});
            assert.equal(answer.status, 405);
            assert.equal(typeof answer.body.msg, "string");
        }));

    it("answer 404 for a path the appliance does not have", () =>
        withEmulator(async (emulator) => {
            const api = await ApiSession.open(emulator);
            const answer = await api.get("/no-such-objects");
            assert.equal(answer.status, 404);
            assert.equal(answer.body.error.status, "404");
        }));
});

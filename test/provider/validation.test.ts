import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import { serviceHandlers, serviceInputFailures } from "../../provider/resources/service";
import { resourceModel } from "../../provider/schema/model";
import { validateInputs } from "../../provider/schema/validate";
import { providerBlob, unknown } from "./harness";

const base = { name: "chat", ipAddress: "192.0.2.10" };
const allTypes =
    '"HTTP", "HTTPS", "Instant SSL", "Redirect Service", "Custom", "Custom SSL", "FTP", "FTP SSL"';
const fix = "set systemConfiguration: <your SystemConfiguration with showAdvancedSettings: true>";

/** One bad service input: what is given on top of a valid service, and the one failure expected. */
interface BadCase {
    readonly title: string;
    readonly given: Record<string, unknown>;
    readonly property: string;
    readonly reason: string | RegExp;
    /** Replace the base service instead of adding to it. */
    readonly alone?: boolean;
}

const serviceCorpus: BadCase[] = [
    {
        title: "a port above 65535",
        given: { port: 70000 },
        property: "port",
        reason: "port: must be between 1 and 65535, got 70000",
    },
    {
        title: "port 0",
        given: { port: 0 },
        property: "port",
        reason: "port: must be between 1 and 65535, got 0",
    },
    {
        title: "a port given as a string",
        given: { port: "80" },
        property: "port",
        reason: 'port: must be a whole number, got "80"',
    },
    {
        title: "a fractional port",
        given: { port: 80.5 },
        property: "port",
        reason: "port: must be a whole number, got 80.5",
    },
    {
        title: "an unknown service type",
        given: { type: "HTTP2" },
        property: "type",
        reason: `type: must be one of ${allTypes}, got "HTTP2"`,
    },
    {
        title: "a service type in the wrong case",
        given: { type: "https" },
        property: "type",
        reason: `type: must be one of ${allTypes}, got "https"; did you mean "HTTPS"?`,
    },
    {
        title: "a service type given as a number",
        given: { type: 1 },
        property: "type",
        reason: `type: must be one of ${allTypes}, got 1`,
    },
    {
        title: "an HTTPS service without a certificate",
        given: { type: "HTTPS" },
        property: "certificate",
        reason: 'certificate: is required when type is "HTTPS", got nothing; set it to a SelfSignedCertificate of the program or to the name of a certificate that exists on the appliance',
    },
    {
        title: "an Instant SSL service with an empty certificate",
        given: { type: "Instant SSL", certificate: "" },
        property: "certificate",
        reason: 'certificate: is required when type is "Instant SSL", got ""; set it to a SelfSignedCertificate of the program or to the name of a certificate that exists on the appliance',
    },
    {
        title: "an FTP SSL service without a certificate",
        given: { type: "FTP SSL" },
        property: "certificate",
        reason: /^certificate: is required when type is "FTP SSL"/,
    },
    {
        title: "a name with a space",
        given: { name: "my service" },
        property: "name",
        reason: 'name: must consist of letters, digits, ".", "_" and "-", starting with a letter or digit, got "my service"',
    },
    {
        title: "a name starting with a dash",
        given: { name: "-chat" },
        property: "name",
        reason: /^name: must consist of letters, digits.*got "-chat"$/,
    },
    {
        title: "a name that is too long",
        given: { name: "a".repeat(65) },
        property: "name",
        reason: /^name: must be at most 64 characters long, got "a{57}"… \(65 characters\)$/,
    },
    {
        title: "an empty name",
        given: { name: "" },
        property: "name",
        reason: 'name: must not be empty, got ""',
    },
    {
        title: "a missing name",
        given: { ipAddress: "192.0.2.10" },
        alone: true,
        property: "name",
        reason: /^name: is required but was not set; it is the service's name/,
    },
    {
        title: "a missing IP address",
        given: { name: "chat" },
        alone: true,
        property: "ipAddress",
        reason: /^ipAddress: is required but was not set; it is the virtual IP address \(VIP\)/,
    },
    {
        title: "a bad IPv4 address",
        given: { ipAddress: "300.1.1.1" },
        property: "ipAddress",
        reason: 'ipAddress: must be an IPv4 address because addressVersion is "IPv4", got "300.1.1.1", e.g. "192.0.2.10"',
    },
    {
        title: "an IPv6 address on an IPv4 service",
        given: { ipAddress: "2001:db8::1" },
        property: "ipAddress",
        reason: 'ipAddress: must be an IPv4 address because addressVersion is "IPv4", got "2001:db8::1"; set addressVersion: "IPv6" for this address',
    },
    {
        title: "an IPv4 address on an IPv6 service",
        given: { addressVersion: "IPv6" },
        property: "ipAddress",
        reason: 'ipAddress: must be an IPv6 address because addressVersion is "IPv6", got "192.0.2.10"; set addressVersion: "IPv4" for this address',
    },
    {
        title: "a host name instead of an address",
        given: { ipAddress: "waf.example.com" },
        property: "ipAddress",
        reason: /got "waf\.example\.com", e\.g\. "192\.0\.2\.10"$/,
    },
    {
        title: "an unknown address version",
        given: { addressVersion: "ipv5" },
        property: "addressVersion",
        reason: 'addressVersion: must be one of "IPv4", "IPv6", got "ipv5"',
    },
    {
        title: "an unknown status",
        given: { status: "Enabled" },
        property: "status",
        reason: 'status: must be one of "On", "Off", got "Enabled"',
    },
    {
        title: "a misspelt property",
        given: { enableWebsocket: true },
        property: "enableWebsocket",
        reason: "enableWebsocket: is not a property of Service; did you mean enableWebSocket?",
    },
    {
        title: "an unknown property",
        given: { colour: "red" },
        property: "colour",
        reason: /^colour: is not a property of Service; its properties are name, type, ipAddress, port,/,
    },
    {
        title: "a negative session timeout",
        given: { sessionTimeout: -1 },
        property: "sessionTimeout",
        reason: "sessionTimeout: must be between 0 and 86400, got -1",
    },
    {
        title: "a session timeout above a day",
        given: { sessionTimeout: 90000 },
        property: "sessionTimeout",
        reason: "sessionTimeout: must be between 0 and 86400, got 90000",
    },
    {
        title: "an app id that is too long",
        given: { appId: "x".repeat(64) },
        property: "appId",
        reason: /^appId: must be at most 63 characters long, got "x{57}"… \(64 characters\)$/,
    },
    {
        title: "access logs given as Yes",
        given: { enableAccessLogs: "Yes" },
        property: "enableAccessLogs",
        reason: 'enableAccessLogs: must be true or false, got "Yes"; write true, the provider sends "Yes"',
    },
    {
        title: "WebSocket given as a string",
        given: { enableWebSocket: "true" },
        property: "enableWebSocket",
        reason: 'enableWebSocket: must be true or false, got "true"',
    },
    {
        title: "keep-alive requests out of range",
        given: { keepaliveRequests: 70000 },
        property: "keepaliveRequests",
        reason: "keepaliveRequests: must be between 0 and 65535, got 70000",
    },
    {
        title: "a non-contiguous IPv4 mask",
        given: { mask: "255.0.255.0" },
        property: "mask",
        reason: 'mask: must be an IPv4 network mask because addressVersion is "IPv4", got "255.0.255.0", e.g. "255.255.255.255"',
    },
    {
        title: "an IPv6 mask on an IPv4 service",
        given: { mask: "ffff::" },
        property: "mask",
        reason: /^mask: must be an IPv4 network mask .* got "ffff::"/,
    },
    {
        title: "an empty vsite",
        given: { vsite: "" },
        property: "vsite",
        reason: 'vsite: must not be empty, got ""',
    },
    {
        title: "a group name that is too long",
        given: { group: "g".repeat(65) },
        property: "group",
        reason: /^group: must be at most 64 characters long/,
    },
    {
        title: "comments given as a number",
        given: { comments: 5 },
        property: "comments",
        reason: "comments: must be a string, got 5",
    },
    {
        title: "a certificate given as a list",
        given: { certificate: ["a"] },
        property: "certificate",
        reason: "certificate: must be a string, got a list",
    },
    {
        title: "WebSocket without a system configuration",
        given: { enableWebSocket: true },
        property: "enableWebSocket",
        reason: `enableWebSocket: true needs the appliance's Show Advanced Settings on, but the service has no systemConfiguration; ${fix}`,
    },
    {
        title: "WebSocket with advanced settings hidden",
        given: { enableWebSocket: true, systemConfiguration: { id: "s", showAdvancedSettings: false } },
        property: "enableWebSocket",
        reason: `enableWebSocket: true needs the appliance's Show Advanced Settings on, but the systemConfiguration given has showAdvancedSettings: false; set showAdvancedSettings: true on that SystemConfiguration`,
    },
    {
        title: "WebSocket with advanced settings not set",
        given: { enableWebSocket: true, systemConfiguration: { id: "s" } },
        property: "enableWebSocket",
        reason: `enableWebSocket: true needs the appliance's Show Advanced Settings on, but the systemConfiguration given has showAdvancedSettings: not set; set showAdvancedSettings: true on that SystemConfiguration`,
    },
    {
        title: "a system configuration given as a string",
        given: { systemConfiguration: "system" },
        property: "systemConfiguration",
        reason: 'systemConfiguration: must be a SystemConfiguration resource, got "system"',
    },
    {
        title: "a system configuration without an id",
        given: { systemConfiguration: { showAdvancedSettings: true } },
        property: "systemConfiguration.id",
        reason: "systemConfiguration.id: is required but was not set; pass the SystemConfiguration resource itself",
    },
    {
        title: "a system configuration whose setting is not a boolean",
        given: { systemConfiguration: { id: "s", showAdvancedSettings: "yes" } },
        property: "systemConfiguration.showAdvancedSettings",
        reason: 'systemConfiguration.showAdvancedSettings: must be true or false, got "yes"',
    },
];

describe("Service check refuses bad inputs with the property, the value and what is allowed", () => {
    const handlers = serviceHandlers({
        client: () => assert.fail("check must not call the appliance"),
        address: () => assert.fail("check must not need the address"),
        // Stands in for the one login that check asks for once the inputs are valid.
        verifyConnection: async () => undefined,
        adoptExisting: () => false,
        notice: () => undefined,
    });
    for (const bad of serviceCorpus) {
        it(`refuses ${bad.title}`, async () => {
            const news = { ...(bad.alone ? {} : base), ...bad.given, __provider: providerBlob };
            const result = await handlers.check({}, news);
            assert.equal(result.failures?.length, 1, JSON.stringify(result.failures));
            const [failure] = result.failures ?? [];
            assert.equal(failure.property, bad.property);
            if (typeof bad.reason === "string") {
                assert.equal(failure.reason, bad.reason);
            } else {
                assert.match(failure.reason, bad.reason);
            }
            assert.deepEqual(result.inputs, news, "check hands the inputs back unchanged");
        });
    }

    it("has a corpus of at least 30 cases", () => {
        assert.ok(serviceCorpus.length >= 30, `${serviceCorpus.length} cases`);
    });

    it("reports every faulty property at once, in schema order", () => {
        const failures = serviceInputFailures({ name: "a b", ipAddress: "x", port: 0, status: "up" });
        assert.deepEqual(
            failures.map((failure) => failure.property),
            ["name", "port", "status", "ipAddress"],
        );
    });

    it("accepts a complete valid service", async () => {
        const result = await handlers.check(
            {},
            {
                ...base,
                type: "HTTPS",
                certificate: "chat-cert",
                port: 443,
                addressVersion: "IPv4",
                vsite: "default",
                group: "default",
                status: "Off",
                comments: "front door",
                sessionTimeout: 120,
                appId: "chat-app",
                enableAccessLogs: false,
                mask: "255.255.255.0",
                enableWebSocket: true,
                enableHttp2: true,
                keepaliveRequests: 100,
                systemConfiguration: { id: "system@127.0.0.1", showAdvancedSettings: true },
                __provider: providerBlob,
            },
        );
        assert.deepEqual(result.failures ?? [], []);
    });

    it("accepts an IPv6 service with an IPv6 mask", () => {
        assert.deepEqual(
            serviceInputFailures({
                name: "v6",
                ipAddress: "2001:db8::10",
                addressVersion: "IPv6",
                mask: "ffff:ffff::",
            }),
            [],
        );
    });

    it("skips unknown values instead of rejecting them, even for required properties", async () => {
        const result = await handlers.check(
            {},
            { name: unknown, ipAddress: unknown, port: unknown, type: unknown, enableWebSocket: unknown },
        );
        assert.deepEqual(result.failures ?? [], []);
    });

    it("skips the WebSocket rule while the system configuration or its setting is unknown", () => {
        assert.deepEqual(
            serviceInputFailures({ ...base, enableWebSocket: true, systemConfiguration: unknown }),
            [],
        );
        assert.deepEqual(
            serviceInputFailures({
                ...base,
                enableWebSocket: true,
                systemConfiguration: { id: unknown, showAdvancedSettings: unknown },
            }),
            [],
        );
    });

    it("refuses an object where a value is expected, whatever its keys (the host sends secrets as plain values)", () => {
        const wrapped = {
            "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
            value: "x",
        };
        assert.deepEqual(serviceInputFailures({ ...base, comments: wrapped }), [
            { property: "comments", reason: "comments: must be a string, got an object" },
        ]);
    });

    it("skips the certificate rule while the type is unknown", () => {
        assert.deepEqual(serviceInputFailures({ ...base, type: unknown }), []);
    });
});

describe("SystemConfiguration check refuses bad inputs", () => {
    const model = resourceModel("barracudawaf:index:SystemConfiguration");
    const cases: Array<[string, Record<string, unknown>, string]> = [
        [
            "Show Advanced Settings given as Yes",
            { showAdvancedSettings: "Yes" },
            'showAdvancedSettings: must be true or false, got "Yes"; write true, the provider sends "Yes"',
        ],
        [
            "a CAPTCHA expiry of 0",
            { captchaExpiryTime: 0 },
            "captchaExpiryTime: must be between 1 and 1440, got 0",
        ],
        [
            "a log level without its number",
            { defaultLogLevel: "Debug" },
            'defaultLogLevel: must be one of "0-Emergency", "1-Alert", "2-Critical", "3-Error", "4-Warning", "5-Notice", "6-Information", "7-Debug", got "Debug"; did you mean "7-Debug"?',
        ],
        [
            "a request buffer size above 32",
            { requestBufferSize: 33 },
            "requestBufferSize: must be between 0 and 32, got 33",
        ],
        [
            "a track interval below 70 seconds",
            { suspiciousClientsTrackInterval: 60 },
            "suspiciousClientsTrackInterval: must be between 70 and 1440, got 60",
        ],
        [
            "an unknown property",
            { showAdvancedSetting: true },
            "showAdvancedSetting: is not a property of SystemConfiguration; did you mean showAdvancedSettings?",
        ],
        [
            "outputs given as inputs",
            { originalSettings: {} },
            /^originalSettings: is not a property of SystemConfiguration/ as unknown as string,
        ],
    ];
    for (const [title, given, reason] of cases) {
        it(`refuses ${title}`, () => {
            const failures = validateInputs(model, given);
            assert.equal(failures.length, 1, JSON.stringify(failures));
            if (typeof reason === "string") {
                assert.equal(failures[0].reason, reason);
            } else {
                assert.match(failures[0].reason, reason);
            }
        });
    }

    it("accepts no settings at all: every field is optional", () => {
        assert.deepEqual(validateInputs(model, {}), []);
    });
});

import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import { objectResourceHandlers } from "../../provider/engine/object-resource";
import { resourceModel } from "../../provider/schema/model";
import { selfSignedCertificateToken } from "../../provider/schema/tokens";

const serverToken = "barracudawaf:index:Server";
const serviceGroupToken = "barracudawaf:index:ServiceGroup";
const vsiteToken = "barracudawaf:index:Vsite";

/** One bad input of a resource: the inputs, and the one failure `check` must report with its message. */
interface BadInput {
    readonly given: Record<string, unknown>;
    readonly property: string;
    readonly reason: string;
}

const server = { service: "chat", name: "app-1", ipAddress: "10.0.0.1" };
const certificate = { name: "shop-cert", commonName: "shop.example", countryCode: "DE" };

const corpus: Readonly<Record<string, readonly BadInput[]>> = {
    [serverToken]: [
        {
            given: { ...server, port: 70000 },
            property: "port",
            reason: "port: must be between 0 and 65535, got 70000",
        },
        {
            given: { service: "chat", name: "app-1" },
            property: "ipAddress",
            reason: 'ipAddress: is required when identifier is "IP Address", got nothing; set it to the server\'s address, or set identifier: "Hostname" and hostname',
        },
        {
            given: { service: "chat", name: "app-1", identifier: "Hostname" },
            property: "hostname",
            reason: 'hostname: is required when identifier is "Hostname", got nothing; set it to the server\'s host name, or set identifier: "IP Address" and ipAddress',
        },
        {
            given: { ...server, name: "app 1" },
            property: "name",
            reason: 'name: must consist of letters, digits, ".", "_", ":" and "-", starting with a letter or digit, got "app 1"',
        },
        {
            given: { ...server, ipAddress: "300.1.1.1" },
            property: "ipAddress",
            reason: 'ipAddress: must be an IPv4 address because addressVersion is "IPv4", got "300.1.1.1", e.g. "192.0.2.10"',
        },
        {
            given: { name: "app-1", ipAddress: "10.0.0.1" },
            property: "service",
            reason: "service: is required but was not set; it is the service the server belongs to: a `Service` of the program, or the name of one that exists on the appliance",
        },
        {
            given: { ...server, status: "Up" },
            property: "status",
            reason: 'status: must be one of "In Service", "Out of Service Maintenance", "Out of Service Sticky", "Out of Service All", got "Up"',
        },
    ],
    [vsiteToken]: [
        {
            given: { name: "edge2", interface: "DMZ" },
            property: "interface",
            reason: 'interface: must be one of "WAN", "LAN", got "DMZ"',
        },
        {
            given: { name: "edge2" },
            property: "interface",
            reason: "interface: is required but was not set; it is the interface the vsite serves on: `WAN` or `LAN`",
        },
        {
            given: { name: "edge2", interface: "WAN", activeOn: "x".repeat(65) },
            property: "activeOn",
            reason: `activeOn: must be at most 64 characters long, got "${"x".repeat(57)}"… (65 characters)`,
        },
    ],
    [serviceGroupToken]: [
        {
            given: { vsite: "default", name: "a/b" },
            property: "name",
            reason: 'name: must consist of letters, digits, ".", "_" and "-", starting with a letter or digit, got "a/b"',
        },
        {
            given: { name: "shop" },
            property: "vsite",
            reason: "vsite: is required but was not set; it is the vsite the group belongs to: a `Vsite` of the program, or the name of one that exists on the appliance, such as `default`",
        },
        { given: { vsite: "", name: "shop" }, property: "vsite", reason: 'vsite: must not be empty, got ""' },
    ],
    [selfSignedCertificateToken]: [
        {
            given: { ...certificate, countryCode: "DEU" },
            property: "countryCode",
            reason: 'countryCode: must be at most 2 characters long, got "DEU"',
        },
        {
            given: { name: "shop-cert", countryCode: "DE" },
            property: "commonName",
            reason: "commonName: is required but was not set; it is the subject's common name (CN), usually the host name clients connect to, at most 64 characters",
        },
        {
            given: { ...certificate, keySize: 2048 },
            property: "keySize",
            reason: 'keySize: must be one of "1024", "2048", "4096", got 2048',
        },
        {
            given: { ...certificate, keyType: "DSA" },
            property: "keyType",
            reason: 'keyType: must be one of "RSA", "ECDSA", got "DSA"; did you mean "ECDSA"?',
        },
    ],
};

const offline = {
    client: () => assert.fail("check must not call the appliance with bad inputs"),
    address: () => assert.fail("check must not need the address"),
    verifyConnection: async () => assert.fail("bad inputs are reported before the connection is checked"),
    adoptExisting: () => false,
    notice: () => undefined,
};

for (const [token, cases] of Object.entries(corpus)) {
    describe(`${token.slice(token.lastIndexOf(":") + 1)} check refuses bad inputs with the property, the value and the fix`, () => {
        const handlers = objectResourceHandlers(resourceModel(token), offline);
        for (const bad of cases) {
            it(`refuses ${JSON.stringify(bad.given)} on ${bad.property}`, async () => {
                const result = await handlers.check({}, bad.given);
                assert.deepEqual(result.failures, [{ property: bad.property, reason: bad.reason }]);
            });
        }
    });
}

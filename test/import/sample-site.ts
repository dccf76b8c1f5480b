import * as fs from "node:fs";
import * as path from "node:path";

import { repoRoot } from "../../scripts/lib/repo";
import type { ProviderHarness } from "../provider/harness";

/** The text of a PEM file of examples/real-site/tls, as a program reads it. */
export function realSitePem(file: string): string {
    return fs.readFileSync(path.join(repoRoot, "examples", "real-site", "tls", file), "utf8");
}

/**
 * Makes on the harness's emulator, through the provider's own handlers, what examples/real-site and
 * examples/websocket-app make: the shapes the importer must read back (references by name and as resources,
 * nested inputs, children of children, a secret, settings objects off their defaults, a factory item changed).
 */
export async function makeSampleSite(harness: ProviderHarness): Promise<void> {
    const h = harness.handlers;
    const create = async (kind: string, inputs: Record<string, unknown>) => {
        const handlers = h[kind];
        if (handlers === undefined) throw new Error(`no handlers for ${kind}`);
        return handlers.create(inputs);
    };
    const settings = await create("systemConfiguration", { showAdvancedSettings: true });
    await create("selfSignedCertificate", {
        name: "chat-cert",
        commonName: "chat.example.com",
        countryCode: "DE",
    });
    await create("service", {
        name: "chat",
        type: "HTTPS",
        ipAddress: "10.0.0.10",
        port: 443,
        certificate: "chat-cert",
        enableWebSocket: true,
        systemConfiguration: { id: settings.id, showAdvancedSettings: true },
        basicSecurity: { mode: "Active" },
        loadBalancing: { algorithm: "Least Requests" },
    });
    for (const [index, name] of ["chat-1", "chat-2"].entries()) {
        await create("server", { service: "chat", name, ipAddress: `10.0.1.${index + 1}`, port: 8080 });
    }
    await create("webSocketPolicy", {
        service: { name: "chat", enableWebSocket: true },
        name: "chat-ws",
        host: "chat.example.com",
        url: "/ws/*",
        mode: "Active",
        originProtection: { allowOrigins: ["https://chat.example.com"] },
        protocolSecurity: { maxFrameSize: 65536 },
    });

    await create("signedCertificate", {
        name: "shop-cert",
        certificateType: "PEM Certificate",
        signedCertificate: realSitePem("shop.crt"),
        certificateKey: realSitePem("shop.key"),
    });
    await create("securityPolicy", {
        name: "shop-policy",
        urlProtection: { enable: "Enable", maxContentLength: 1048576, csrfPrevention: "Forms" },
    });
    await create("trustedHostGroup", { name: "offices" });
    await create("trustedHost", {
        trustedHostGroup: "offices",
        name: "head-office",
        version: "IPv4",
        ipAddress: "203.0.113.0",
        mask: "255.255.255.0",
    });
    await create("service", {
        name: "shop",
        type: "HTTPS",
        ipAddress: "10.0.0.30",
        port: 443,
        certificate: "shop-cert",
        basicSecurity: { mode: "Active", webFirewallPolicy: "shop-policy", trustedHostsGroup: "offices" },
    });
    await create("server", { service: "shop", name: "web-1", ipAddress: "10.0.1.11", port: 8080 });
    await create("contentRule", {
        service: "shop",
        name: "api",
        urlMatch: "/api/*",
        hostMatch: "*",
        webFirewallPolicy: "shop-policy",
    });
    await create("contentRuleServer", {
        service: "shop",
        contentRule: "api",
        name: "api-1",
        ipAddress: "10.0.2.11",
        port: 8080,
    });
    await create("rateControlPool", { name: "logins", maxActiveRequests: 20 });
    await create("urlPolicy", { service: "shop", name: "login", url: "/login*", rateControlPool: "logins" });
    // Beyond the examples: a service's settings resource and an interface the appliance is made with, both
    // off their factory values, and a secret the appliance's GET gives back.
    await create("serviceSlowClientAttack", { service: "shop", maxRequestTimeout: 90 });
    await create("networkInterface", { name: "MGMT", duplexity: "Half Duplex" });
    await create("syslogServer", { name: "logs", ipAddress: "10.0.9.9", password: "syslog-secret" });
}

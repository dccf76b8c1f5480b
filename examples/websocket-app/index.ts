import * as pulumi from "@pulumi/pulumi";
import * as waf from "pulumi-barracudawaf";

const config = new pulumi.Config();
const origins = config.getObject<string[]>("allowOrigins") ?? ["https://chat.example.com"];

// The rule chain: Show Advanced Settings → the service's Enable WebSocket → its WebSocket policies. Passing each
// resource to the next lets preview check the chain and makes Pulumi apply it in that order.
const settings = new waf.SystemConfiguration("settings", { showAdvancedSettings: true });

const certificate = new waf.SelfSignedCertificate("chat-cert", {
    name: "chat-cert",
    commonName: "chat.example.com",
    countryCode: "DE",
});

const chat = new waf.Service("chat", {
    name: "chat",
    type: "HTTPS",
    ipAddress: "10.0.0.10",
    port: 443,
    certificate,
    enableWebSocket: true,
    systemConfiguration: settings,
    // Active: the firewall blocks attacks instead of only logging them.
    basicSecurity: { mode: "Active" },
    loadBalancing: { algorithm: "Least Requests" },
});

const servers = ["chat-1", "chat-2"].map(
    (name, index) =>
        new waf.Server(name, { service: chat, name, ipAddress: `10.0.1.${index + 1}`, port: 8080 }),
);

// The WAF passes WebSocket frames without parsing them; the policy is how that traffic is still checked.
const policy = new waf.WebSocketPolicy("chat-ws", {
    service: chat,
    name: "chat-ws",
    host: "chat.example.com",
    url: "/ws/*",
    mode: "Active",
    originProtection: { allowOrigins: origins },
    protocolSecurity: { maxFrameSize: 65536 },
});

export const service = chat.name;
export const serverIds = servers.map((server) => server.id);
export const webSocketPolicy = policy.id;

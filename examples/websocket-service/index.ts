import * as waf from "pulumi-barracudawaf";

// WebSocket may only be enabled once "Show Advanced Settings" is Yes on ADVANCED > System Configuration.
// Passing `settings` to the service makes preview check that rule and orders the two operations.
const settings = new waf.SystemConfiguration("settings", { showAdvancedSettings: true });

export const chat = new waf.Service("chat", {
    name: "chat",
    type: "HTTP",
    ipAddress: "10.0.0.10",
    port: 80,
    enableWebSocket: true,
    systemConfiguration: settings,
    basicSecurity: { mode: "Active" },
});

// The WAF passes WebSocket frames without parsing them: the policy is what still checks who may connect.
new waf.WebSocketPolicy("chat-ws", {
    service: chat,
    name: "chat-ws",
    host: "chat.example.com",
    url: "/ws/*",
    originProtection: { allowOrigins: ["https://chat.example.com"] },
});

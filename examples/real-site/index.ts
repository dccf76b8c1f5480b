import * as fs from "node:fs";
import * as path from "node:path";
import * as waf from "pulumi-barracudawaf";

// The certificate the shop's CA signed, with its key, from PEM files beside the program (tls/ holds a
// throwaway pair for the emulator: put yours there, and keep the key out of version control). The provider
// checks that each file holds what it should and sends it to the appliance base64-encoded; the key is a
// secret, so the state keeps it encrypted.
const pem = (file: string) => fs.readFileSync(path.join(__dirname, "tls", file), "utf8");
const certificate = new waf.SignedCertificate("shop-cert", {
    name: "shop-cert",
    certificateType: "PEM Certificate",
    signedCertificate: pem("shop.crt"),
    certificateKey: pem("shop.key"),
});

// The shop's own security policy: URL protection that blocks oversized requests and checks forms for CSRF,
// cookies that scripts cannot read and that are only sent over HTTPS.
const policy = new waf.SecurityPolicy("shop-policy", {
    name: "shop-policy",
    urlProtection: { enable: "Enable", maxContentLength: 1048576, csrfPrevention: "Forms" },
    cookieSecurity: { httpOnly: true, secureCookie: true, sameSite: "Lax", tamperProofMode: "Signed" },
});

// The offices that may reach the admin area.
const offices = new waf.TrustedHostGroup("offices", { name: "offices" });
new waf.TrustedHost("head-office", {
    trustedHostGroup: offices.name,
    name: "head-office",
    version: "IPv4",
    ipAddress: "203.0.113.0",
    mask: "255.255.255.0",
});

// The shop: HTTPS only with TLS 1.2 and 1.3, blocking attacks (Active) by its own policy, letting the
// offices' requests pass.
const shop = new waf.Service("shop", {
    name: "shop",
    type: "HTTPS",
    ipAddress: "10.0.0.30",
    port: 443,
    certificate: certificate.name,
    sslSecurity: {
        enableTls1: false,
        enableTls11: false,
        enableTls12: true,
        enableTls13: true,
        enableHsts: true,
    },
    basicSecurity: {
        mode: "Active",
        webFirewallPolicy: policy.name,
        trustedHostsGroup: offices.name,
        trustedHostsAction: "Allow",
    },
});
new waf.Server("web-1", { service: shop, name: "web-1", ipAddress: "10.0.1.11", port: 8080 });

// The page a blocked visitor sees.
const blocked = new waf.ResponsePage("blocked", {
    name: "shop-blocked",
    statusCode: "403 Forbidden",
    type: "Access Control Pages",
    body: "<html><body><h1>Not here</h1><p>This part of the shop is for staff.</p></body></html>",
});

// /admin is for the offices only: they pass as trusted hosts; everyone else is denied with the page above.
new waf.UrlAcl("admin-outside", {
    service: shop,
    name: "admin-outside",
    url: "/admin*",
    host: "*",
    action: "Deny and Log",
    denyResponse: "Response Page",
    responsePage: blocked.name,
});

// /api/* goes to the API's own two servers, each checked out of band every 10 seconds.
const api = new waf.ContentRule("api", {
    service: shop,
    name: "api",
    urlMatch: "/api/*",
    hostMatch: "*",
    webFirewallPolicy: policy.name,
});
for (const [index, address] of ["10.0.2.11", "10.0.2.12"].entries()) {
    new waf.ContentRuleServer(`api-${index + 1}`, {
        service: shop,
        contentRule: api.name,
        name: `api-${index + 1}`,
        ipAddress: address,
        port: 8080,
        outOfBandHealthChecks: { enableOobHealthChecks: "On", interval: 10 },
        applicationLayerHealthChecks: { method: "GET", url: "/api/health", statusCode: 200 },
    });
}

// The login form: at most 20 requests at a time, and the rest wait in line.
const logins = new waf.RateControlPool("logins", { name: "logins", maxActiveRequests: 20 });
new waf.UrlPolicy("login", { service: shop, name: "login", url: "/login*", rateControlPool: logins.name });

export const shopName = shop.name;
export const certificateName = certificate.name;

import * as pulumi from "@pulumi/pulumi";
import * as waf from "pulumi-barracudawaf";

const config = new pulumi.Config();

const shop = new waf.Service("shop", {
    name: config.get("name") ?? "shop",
    type: "HTTP",
    ipAddress: config.get("ipAddress") ?? "10.0.0.20",
    port: config.getNumber("port") ?? 8080,
    vsite: config.get("vsite") ?? "default",
    comments: "Managed by Pulumi",
    // Active: the firewall blocks attacks instead of only logging them.
    basicSecurity: { mode: "Active" },
});

// A resource's outputs are what its program sets, as the appliance has it now.
export const serviceName = shop.name;
export const port = shop.port;
export const mode = shop.basicSecurity.apply((security) => security?.mode);

import type { WireObject } from "../snapshot";
import { integer, oneOf, text, type ObjectModel } from "./field";
import { isAddressOfVersion } from "./ip";

/**
 * `/services/{name}/servers` (Server.json). The spec's POST body has no required field; a server still needs
 * a name to be addressed, so, like the appliance's web interface, the name defaults to the server's address
 * (or host name). `name` and `address-version` are not in the spec's PUT body: they are fixed after create.
 */
export const serverModel: ObjectModel = {
    displayName: "Server",
    fields: {
        name: {
            ...text("", { minLength: 1, maxLength: 255 }),
            // Names go into URL paths; they default to addresses, hence ':' for IPv6.
            pattern: {
                regex: /^[A-Za-z0-9][A-Za-z0-9._:-]*$/,
                hint: "letters, digits, '.', '_', ':' and '-'",
            },
            fixedAfterCreate: true,
        },
        "address-version": { ...oneOf(["IPv4", "IPv6"], "IPv4"), fixedAfterCreate: true },
        comments: text(""),
        hostname: text(""),
        identifier: oneOf(["IP Address", "Hostname"], "IP Address"),
        "ip-address": text(""),
        port: integer(0, 65535, 80),
        status: oneOf(
            ["In Service", "Out of Service Maintenance", "Out of Service Sticky", "Out of Service All"],
            "In Service",
        ),
    },
    // What the appliance resolved the host name to: operational data, not configuration.
    listedParameters: ["resolved-ips"],
    derivedHint: "a server without 'name' is named after its address or host name: give 'name'",
    derivedDefaults: (given: WireObject): WireObject => {
        if (given.name !== undefined) return {};
        const byHostname = given.identifier === "Hostname";
        const name = byHostname ? given.hostname : given["ip-address"];
        return typeof name === "string" && name !== "" ? { name } : {};
    },
    checkRecord: (record: WireObject): string[] => {
        const problems: string[] = [];
        const address = String(record["ip-address"]);
        const version = String(record["address-version"]);
        if (record.identifier === "Hostname") {
            if (record.hostname === "")
                problems.push("'hostname' is required when 'identifier' is 'Hostname'.");
        } else if (address === "") {
            problems.push("'ip-address' is required when 'identifier' is 'IP Address'.");
        }
        if (address !== "" && !isAddressOfVersion(address, version)) {
            problems.push(`'ip-address' value '${address}' is not a valid ${version} address.`);
        }
        if (record.name === "") problems.push("'name' is required.");
        return problems;
    },
};

import type { WireObject } from "../snapshot";
import { specObject } from "../spec/spec-objects";
import { modelFromSpec } from "./from-spec";
import { isAddressOfVersion } from "./ip";
import { pathName } from "./names";

/**
 * `/services/{name}/servers` (Server.json). The spec's POST body has no required field; a server still needs
 * a name to be addressed, so, like the appliance's web interface, the name defaults to the server's address
 * (or host name). `name` and `address-version` are not in the spec's PUT body: fixed after create.
 */
export const serverModel = modelFromSpec(specObject("services/servers"), {
    displayName: "Server",
    defaults: { port: 80 },
    fields: {
        // Names default to addresses, hence ':' for IPv6.
        name: {
            ...pathName,
            pattern: {
                regex: /^[A-Za-z0-9][A-Za-z0-9._:-]*$/,
                hint: "letters, digits, '.', '_', ':' and '-'",
            },
        },
    },
    derivedHint: "a server without 'name' is named after its address or host name: give 'name'",
    derivedDefaults: (given: WireObject): WireObject => {
        if (given.name !== undefined) return {};
        const name = given.identifier === "Hostname" ? given.hostname : given["ip-address"];
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
});

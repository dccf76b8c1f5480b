import { completeCertificate, downloadCertificate } from "./handlers/certificate-download";
import { advancedConfigurationModel } from "./model/advanced-configuration";
import { advancedSettingsModel } from "./model/advanced-settings";
import { basicSecurityModel } from "./model/basic-security";
import { certificateModel } from "./model/certificate";
import { loadBalancingModel } from "./model/load-balancing";
import { serverModel } from "./model/server";
import { serviceModel } from "./model/service";
import { serviceGroupModel } from "./model/service-group";
import { sslSecurityModel } from "./model/ssl-security";
import { systemModel } from "./model/system";
import { vsiteModel } from "./model/vsite";
import { websocketMessageSecurityModel } from "./model/websocket-message-security";
import { websocketOriginProtectionModel } from "./model/websocket-origin-protection";
import { websocketPolicyModel } from "./model/websocket-policy";
import { websocketProtocolSecurityModel } from "./model/websocket-protocol-security";
import type { ObjectRow } from "./object-row";
import { specObject } from "./spec/spec-objects";

const certificates = "certificates/self-signed-certificate";

type Row = Omit<ObjectRow, "spec">;

/** Every object the emulator serves, parents before children; the order of routes and of `?groups=`. */
const table: readonly Row[] = [
    {
        id: "services",
        kind: "collection",
        segment: "services",
        param: "name",
        nameField: "name",
        model: serviceModel,
        references: [
            { field: "vsite", target: "vsites" },
            { field: "group", target: "vsites/service-groups", within: ["vsite"] },
            { field: "certificate", target: certificates, noun: "certificate" },
            { field: "ecdsa-certificate", target: certificates, noun: "certificate" },
        ],
        snapshotKey: "services",
        recordKey: "service",
    },
    subObject("services/advanced-configuration", advancedConfigurationModel, "advancedConfiguration"),
    subObject("services/basic-security", basicSecurityModel, "basicSecurity"),
    {
        ...subObject("services/ssl-security", sslSecurityModel, "sslSecurity"),
        sharedWithParent: ["certificate", "ecdsa-certificate"],
        references: [
            { field: "sni-certificate", target: certificates, noun: "certificate" },
            { field: "sni-ecdsa-certificate", target: certificates, noun: "certificate" },
        ],
    },
    subObject("services/load-balancing", loadBalancingModel, "loadBalancing"),
    {
        id: "services/servers",
        kind: "collection",
        parent: "services",
        segment: "servers",
        param: "server",
        nameField: "name",
        model: serverModel,
        snapshotKey: "servers",
    },
    {
        id: "services/websocket-policies",
        kind: "collection",
        parent: "services",
        segment: "websocket-policies",
        param: "policy",
        nameField: "name",
        model: websocketPolicyModel,
        snapshotKey: "websocketPolicies",
        recordKey: "policy",
    },
    subObject(
        "services/websocket-policies/message-security",
        websocketMessageSecurityModel,
        "messageSecurity",
    ),
    subObject(
        "services/websocket-policies/origin-protection",
        websocketOriginProtectionModel,
        "originProtection",
    ),
    subObject(
        "services/websocket-policies/protocol-security",
        websocketProtocolSecurityModel,
        "protocolSecurity",
    ),
    {
        id: "system",
        kind: "singleton",
        segment: "system",
        model: systemModel,
        snapshotKey: "system",
        recordKey: "system",
    },
    subObject("system/advanced-settings", advancedSettingsModel, "advancedSettings"),
    {
        id: "vsites",
        kind: "collection",
        segment: "vsites",
        param: "vsite",
        nameField: "name",
        model: vsiteModel,
        snapshotKey: "vsites",
    },
    {
        id: "vsites/service-groups",
        kind: "collection",
        parent: "vsites",
        segment: "service-groups",
        param: "group",
        nameField: "service-group",
        model: serviceGroupModel,
        snapshotKey: "serviceGroups",
        hoisted: true,
    },
    {
        id: certificates,
        kind: "collection",
        segment: certificates,
        param: "certificate",
        nameField: "name",
        model: certificateModel,
        complete: completeCertificate,
        update: downloadCertificate,
        snapshotKey: "certificates",
    },
];

/** A sub-object row: its id says its parent and its path segment. */
function subObject(id: string, model: ObjectRow["model"], snapshotKey: string): Row {
    const cut = id.lastIndexOf("/");
    return {
        id,
        kind: "subObject",
        parent: id.slice(0, cut),
        segment: id.slice(cut + 1),
        model,
        snapshotKey,
    };
}

/** The rows, each with its part of the vendor's spec. */
export const objectRows: readonly ObjectRow[] = table.map((row) => ({ ...row, spec: specObject(row.id) }));

const byId = new Map(objectRows.map((row) => [row.id, row]));

/** The row `id`; throws for an id the table does not have. */
export function rowOf(id: string): ObjectRow {
    const row = byId.get(id);
    if (row === undefined) throw new Error(`the emulator has no object '${id}'`);
    return row;
}

/** The sub-object rows of `row`, in table order. */
export function subObjectRows(row: ObjectRow): ObjectRow[] {
    return objectRows.filter((other) => other.parent === row.id && other.kind === "subObject");
}

/** The child collection rows of `row`, in table order. */
export function childRows(row: ObjectRow): ObjectRow[] {
    return objectRows.filter((other) => other.parent === row.id && other.kind === "collection");
}

/** The rows from the top down to `row`, `row` last. */
export function rowChain(row: ObjectRow): ObjectRow[] {
    return row.parent === undefined ? [row] : [...rowChain(rowOf(row.parent)), row];
}

/** The path of a row without `/restapi/v3.2`: `/services/{name}/servers`. */
export function rowPath(row: ObjectRow): string {
    return `${row.parent === undefined ? "" : itemPath(rowOf(row.parent))}/${row.segment}`;
}

/** The path of one item of a collection (`/services/{name}`), or of the object itself. */
export function itemPath(row: ObjectRow): string {
    return row.kind === "collection" ? `${rowPath(row)}/{${row.param}}` : rowPath(row);
}

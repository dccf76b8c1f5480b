import { completeCertificate, downloadCertificate } from "./handlers/certificate-download";
import { completeSignedCertificate } from "./handlers/signed-certificate-upload";
import { advancedConfigurationModel } from "./model/advanced-configuration";
import { advancedSettingsModel } from "./model/advanced-settings";
import { basicSecurityModel } from "./model/basic-security";
import { certificateModel } from "./model/certificate";
import { loadBalancingModel } from "./model/load-balancing";
import { serverModel } from "./model/server";
import { serviceModel } from "./model/service";
import { serviceGroupModel } from "./model/service-group";
import { signedCertificateModel } from "./model/signed-certificate";
import { sslSecurityModel } from "./model/ssl-security";
import { systemModel } from "./model/system";
import { vsiteModel } from "./model/vsite";
import { websocketMessageSecurityModel } from "./model/websocket-message-security";
import { websocketOriginProtectionModel } from "./model/websocket-origin-protection";
import { websocketPolicyModel } from "./model/websocket-policy";
import { websocketProtocolSecurityModel } from "./model/websocket-protocol-security";
import { rowFromSpec, type HandRow } from "./derived-row";
import type { ObjectRow } from "./object-row";
import { specObjects } from "./spec/spec-objects";

const certificates = "certificates/self-signed-certificate";
/** A service names a certificate of either kind, generated or uploaded. */
const certificate = {
    target: certificates,
    alsoIn: ["certificates/signed-certificate"],
    noun: "certificate",
};

/**
 * What the appliance does that the spec does not say, per object: the emulator's hand-written part. Every
 * other object of the spec is served from the spec alone (see `derived-row.ts`). These rows keep the
 * parameter names of their routes (`GET /services/{name}`) and their snapshot keys, which tests and state
 * files use.
 */
const handRows: Readonly<Record<string, HandRow>> = {
    services: {
        param: "name",
        model: serviceModel,
        references: [
            { field: "vsite", target: "vsites" },
            { field: "group", target: "vsites/service-groups", within: ["vsite"] },
            { field: "certificate", ...certificate },
            { field: "ecdsa-certificate", ...certificate },
        ],
        snapshotKey: "services",
        recordKey: "service",
    },
    "services/advanced-configuration": {
        model: advancedConfigurationModel,
        snapshotKey: "advancedConfiguration",
    },
    "services/basic-security": { model: basicSecurityModel, snapshotKey: "basicSecurity" },
    "services/ssl-security": {
        model: sslSecurityModel,
        snapshotKey: "sslSecurity",
        sharedWithParent: ["certificate", "ecdsa-certificate"],
        references: [
            { field: "sni-certificate", ...certificate },
            { field: "sni-ecdsa-certificate", ...certificate },
        ],
    },
    "services/load-balancing": { model: loadBalancingModel, snapshotKey: "loadBalancing" },
    "services/servers": { param: "server", model: serverModel, snapshotKey: "servers" },
    "services/websocket-policies": {
        param: "policy",
        model: websocketPolicyModel,
        snapshotKey: "websocketPolicies",
        recordKey: "policy",
    },
    "services/websocket-policies/message-security": {
        model: websocketMessageSecurityModel,
        snapshotKey: "messageSecurity",
    },
    "services/websocket-policies/origin-protection": {
        model: websocketOriginProtectionModel,
        snapshotKey: "originProtection",
    },
    "services/websocket-policies/protocol-security": {
        model: websocketProtocolSecurityModel,
        snapshotKey: "protocolSecurity",
    },
    system: { model: systemModel, snapshotKey: "system", recordKey: "system" },
    "system/advanced-settings": { model: advancedSettingsModel, snapshotKey: "advancedSettings" },
    vsites: { param: "vsite", model: vsiteModel, snapshotKey: "vsites" },
    "vsites/service-groups": {
        param: "group",
        nameField: "service-group",
        model: serviceGroupModel,
        snapshotKey: "serviceGroups",
        hoisted: true,
    },
    [certificates]: {
        param: "certificate",
        model: certificateModel,
        complete: completeCertificate,
        update: downloadCertificate,
        snapshotKey: "certificates",
    },
    // Served from the spec, but an upload is read (it must be a certificate) and never shown again.
    "certificates/signed-certificate": {
        model: signedCertificateModel,
        complete: completeSignedCertificate,
        recordKey: "signedCertificate",
        storedAsDerived: true,
    },
};

/**
 * Served: every object of the spec that has a GET (`system/trusted-management-certificate` has only a PUT
 * that uploads a certificate: an action). Sorted by id, so parents come before their children.
 */
const served = Object.keys(specObjects)
    .filter((id) => specObjects[id].methods.includes("GET") || specObjects[id].itemMethods?.includes("GET"))
    .sort();

const hasContent = (id: string): boolean => served.some((other) => specObjects[other].parent === id);

/** The rows, each with its part of the vendor's spec. */
export const objectRows: readonly ObjectRow[] = served.map((id) => {
    const spec = specObjects[id];
    const parent = spec.parent === undefined ? undefined : specObjects[spec.parent];
    const siblings = served
        .filter((other) => other !== id && specObjects[other].parent === spec.parent)
        .map((other) => other.split("/").at(-1) as string);
    return rowFromSpec(id, spec, parent, handRows[id], hasContent(id), siblings);
});

const byId = new Map(objectRows.map((row) => [row.id, row]));

/** Each row's sub-objects and child collections, in table order: asked for on every request, made once. */
const rowsIn = (kind: ObjectRow["kind"]): Map<string, ObjectRow[]> => {
    const found = new Map<string, ObjectRow[]>();
    for (const row of objectRows.filter((candidate) => candidate.kind === kind && candidate.parent)) {
        found.set(row.parent as string, [...(found.get(row.parent as string) ?? []), row]);
    }
    return found;
};
const partsById = rowsIn("subObject");
const childrenById = rowsIn("collection");

/** The row `id`; throws for an id the table does not have. */
export function rowOf(id: string): ObjectRow {
    const row = byId.get(id);
    if (row === undefined) throw new Error(`the emulator has no object '${id}'`);
    return row;
}

/** The sub-object rows of `row`, in table order. */
export function subObjectRows(row: ObjectRow): readonly ObjectRow[] {
    return partsById.get(row.id) ?? [];
}

/** The child collection rows of `row`, in table order. */
export function childRows(row: ObjectRow): readonly ObjectRow[] {
    return childrenById.get(row.id) ?? [];
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

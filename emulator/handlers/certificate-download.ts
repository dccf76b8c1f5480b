import { randomBytes } from "node:crypto";
import { invalidData, notFound } from "../errors";
import { certificateDownloadModel } from "../model/certificate";
import type { WireObject } from "../snapshot";
import { validateBody } from "../validation";
import type { Handler } from "./handler";

/** How long a new self-signed certificate is valid. */
const validityDays = 365 * 10;

/**
 * What the appliance fills in on a certificate's create: `expiry` and `serial` (made up: the emulator keeps
 * the certificate's details, not a key). A request that sets them is refused.
 */
export function completeCertificate(record: WireObject, given: WireObject): WireObject {
    const set = ["expiry", "serial"].filter((field) => given[field] !== undefined);
    if (set.length > 0) {
        throw invalidData(
            `${set.map((f) => `'${f}'`).join(", ")}: set by the appliance, not in a request.`,
            "UnchangeableField",
        );
    }
    const expiry = new Date(Date.now() + validityDays * 24 * 3600 * 1000);
    return { ...record, expiry: expiry.toUTCString(), serial: randomBytes(8).toString("hex").toUpperCase() };
}

/**
 * `PUT .../{certificate}?operation=download`: the spec's only PUT, a download (`download-type` required).
 * The emulator checks the body and the certificate and answers 200 with a msg; it has no file to send.
 */
export const downloadCertificate: Handler = (request, { store }) => {
    const name = request.params.certificate;
    if (!store.state.collections["certificates/self-signed-certificate"].has(name))
        throw notFound(`Self Signed Certificate '${name}' does not exist.`);
    if (request.query.get("operation") !== "download") {
        throw invalidData("'operation' must be 'download'.", "InvalidQuery");
    }
    validateBody(certificateDownloadModel, request.body, "update");
    return { status: 200, body: { id: name, msg: "Successfully downloaded." } };
};

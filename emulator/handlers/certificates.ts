import { randomBytes } from "node:crypto";
import { invalidData, notFound } from "../errors";
import { certificateDownloadModel, certificateModel } from "../model/certificate";
import { validateBody } from "../validation";
import { collectionHandlers } from "./collection";
import type { Handler } from "./handler";
import { servicesWhere } from "./references";

/** How long a new self-signed certificate is valid. */
const validityDays = 365 * 10;

/**
 * `/certificates/self-signed-certificate` and `.../{certificate}`. The emulator keeps the certificate's
 * details, not a key: `expiry` and `serial` are made up on create. Deleting one is refused while a service
 * names it.
 */
const collection = collectionHandlers({
    model: certificateModel,
    object: "Self Signed Certificate",
    nameField: "name",
    param: "certificate",
    collection: (state) => state.certificates,
    complete: (record, given) => {
        const set = ["expiry", "serial"].filter((field) => given[field] !== undefined);
        if (set.length > 0) {
            throw invalidData(
                `${set.map((f) => `'${f}'`).join(", ")}: set by the appliance, not in a request.`,
                "UnchangeableField",
            );
        }
        const expiry = new Date(Date.now() + validityDays * 24 * 3600 * 1000);
        return {
            ...record,
            expiry: expiry.toUTCString(),
            serial: randomBytes(8).toString("hex").toUpperCase(),
        };
    },
    usedBy: (state, name) =>
        servicesWhere(
            state,
            (service) => service.certificate === name || service["ecdsa-certificate"] === name,
        ),
});

/**
 * `PUT .../{certificate}?operation=download`: the spec's only PUT, a download (`download-type` required).
 * The emulator checks the body and the certificate and answers 200 with a msg; it has no file to send.
 */
const download: Handler = (request, { store }) => {
    const name = request.params.certificate;
    if (!store.state.certificates.has(name))
        throw notFound(`Self Signed Certificate '${name}' does not exist.`);
    if (request.query.get("operation") !== "download") {
        throw invalidData("'operation' must be 'download'.", "InvalidQuery");
    }
    validateBody(certificateDownloadModel, request.body, "update");
    return { status: 200, body: { id: name, msg: "Successfully downloaded." } };
};

export const certificates = { ...collection, update: download };

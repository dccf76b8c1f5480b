import { specObject } from "../spec/spec-objects";
import { text, type FieldDefinition } from "./field";
import { modelFromSpec } from "./from-spec";
import { pathName } from "./names";

const spec = specObject("certificates/self-signed-certificate");

/** Filled in by the appliance on create; never in a request. */
const setByTheAppliance: FieldDefinition = {
    ...text(""),
    fixedAfterCreate: true,
    changeHint: "the appliance sets it",
};

/**
 * `/certificates/self-signed-certificate` (Self_Signed_Certificate.json): made once from its POST body
 * (`name`, `common-name` and `country-code` required); its only PUT downloads it. `expiry` and `serial` are
 * the appliance's, filled in on create. Services name certificates in `certificate` and `ecdsa-certificate`.
 */
export const certificateModel = modelFromSpec(
    { create: spec.create, ...(spec.parameters ? { parameters: spec.parameters } : {}) },
    {
        displayName: "Self Signed Certificate",
        defaults: { "key-size": "2048" },
        fields: { name: pathName, "common-name": { minLength: 1 } },
        extraFields: { expiry: setByTheAppliance, serial: setByTheAppliance },
    },
);

/** The body of `PUT .../{name}?operation=download` (the spec's PUT body); the emulator wants a type. */
export const certificateDownloadModel = modelFromSpec(
    { update: spec.update },
    {
        displayName: "Self Signed Certificate download",
        fields: { "download-type": { requiredOn: ["update"] } },
    },
);

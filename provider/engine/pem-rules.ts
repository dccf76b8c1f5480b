import { createPrivateKey, X509Certificate } from "node:crypto";

import type { PropertyModel, ResourceModel } from "../schema/model";
import { isUnknown } from "../schema/values";
import type { InputFailure } from "./input-failure";
import type { Props } from "./state";

type PemKind = NonNullable<PropertyModel["extension"]["pem"]>;

const blockPattern = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;
const keyLabels = ["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "ENCRYPTED PRIVATE KEY"];

/** What the program is asked for, in words, and how a program reads it from a file. */
const wanted: Readonly<Record<PemKind, { what: string; example: string }>> = {
    certificate: {
        what: "a PEM certificate (-----BEGIN CERTIFICATE-----)",
        example: 'fs.readFileSync("shop.crt", "utf8")',
    },
    "private-key": {
        what: "a PEM private key (-----BEGIN PRIVATE KEY-----, RSA or EC)",
        example: 'fs.readFileSync("shop.key", "utf8")',
    },
};

/**
 * The inputs that must be PEM text of one kind (`pem` in the schema: an uploaded certificate, its chain and its
 * key): each must hold exactly one PEM block of that kind that `node:crypto` can read. A failure names the
 * property, what kind of value it got and the fix, never the value: it may be a private key. Properties in
 * `skip` (already failing) and unknown values are not checked.
 */
export function pemFailures(model: ResourceModel, inputs: Props, skip: ReadonlySet<string>): InputFailure[] {
    const failures: InputFailure[] = [];
    for (const property of model.inputs) {
        const kind = property.extension.pem;
        const value = inputs[property.name];
        if (kind === undefined || skip.has(property.name) || value === undefined || isUnknown(value)) {
            continue;
        }
        const items = Array.isArray(value) ? value : [value];
        for (const [index, item] of items.entries()) {
            if (isUnknown(item)) {
                continue;
            }
            const where = Array.isArray(value) ? `${property.name}[${index}]` : property.name;
            const problem =
                typeof item === "string" ? pemProblem(item, kind) : "got a value that is not text";
            if (problem !== undefined) {
                failures.push({
                    property: property.name,
                    reason: `${where}: must be ${wanted[kind].what}, ${problem}; set it to the PEM text read from the file, e.g. ${wanted[kind].example}`,
                });
            }
        }
    }
    return failures;
}

/** Why `text` is not one PEM block of `kind` ("got a PEM private key"), or undefined when it is. */
function pemProblem(text: string, kind: PemKind): string | undefined {
    const labels = [...text.matchAll(blockPattern)].map((match) => match[1]);
    if (labels.length === 0) {
        return `got ${notPem(text)}`;
    }
    const fits = (label: string) =>
        kind === "certificate" ? label === "CERTIFICATE" : keyLabels.includes(label);
    const label = labels[0];
    if (!fits(label)) {
        return `got ${describeLabel(label)}`;
    }
    if (labels.length > 1) {
        return kind === "certificate"
            ? `got ${labels.length} PEM blocks (a chain?): give the certificate alone here and the others as intermediaryCertificates, one each`
            : `got ${labels.length} PEM blocks: give the key alone`;
    }
    try {
        if (kind === "certificate") {
            new X509Certificate(text);
        } else if (label !== "ENCRYPTED PRIVATE KEY") {
            createPrivateKey(text); // an encrypted key needs its password: the appliance reads it
        }
    } catch {
        return `got a PEM ${label} block that does not parse (damaged or cut short)`;
    }
    return undefined;
}

function describeLabel(label: string): string {
    if (keyLabels.includes(label)) return "a PEM private key";
    if (label === "CERTIFICATE") return "a PEM certificate";
    return `a PEM block of another kind (${label})`;
}

/** What a text that holds no PEM block looks like, without showing it. */
function notPem(text: string): string {
    const trimmed = text.trim();
    if (trimmed === "") return "empty text";
    if (
        /^[A-Za-z0-9+/=\s]+$/.test(trimmed) &&
        /-----BEGIN /.test(Buffer.from(trimmed, "base64").toString("latin1"))
    ) {
        return "base64-encoded PEM (the provider encodes it itself: give the PEM text as read)";
    }
    if (!trimmed.includes("\n") && /\.(pem|crt|cer|key)$/i.test(trimmed)) {
        return "a file name, not the file's contents";
    }
    return `text without a PEM block (${text.length} characters)`;
}

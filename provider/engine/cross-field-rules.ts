import { isIPv4, isIPv6 } from "node:net";

import type { ResourceModel } from "../schema/model";
import { describeValue } from "../schema/validate";
import type { InputFailure } from "./input-failure";
import { isUnknown } from "../schema/values";
import type { Props } from "./state";

/**
 * The rules of a service's inputs that span several properties, all declared in schema.json's `x-barracudawaf`
 * extensions: `requiredWhen` (a certificate for the TLS types) and the `ip-address` and `mask` formats, which
 * depend on `addressVersion`. Properties in `skip` (already failing) and unknown values are not checked.
 */
export function crossFieldFailures(
    model: ResourceModel,
    inputs: Props,
    skip: ReadonlySet<string>,
): InputFailure[] {
    const failures: InputFailure[] = [];
    const version = addressVersionOf(model, inputs);
    for (const property of model.inputs) {
        const name = property.name;
        const value = inputs[name];
        if (skip.has(name) || isUnknown(value)) {
            continue;
        }
        const when = property.extension.requiredWhen;
        if (when && (value === undefined || value === "")) {
            const other = inputs[when.property] ?? model.property(when.property)?.default;
            if (typeof other === "string" && !isUnknown(other) && when.in.includes(other)) {
                failures.push({
                    property: name,
                    reason:
                        `${name}: is required when ${when.property} is ${JSON.stringify(other)}, got ` +
                        `${describeValue(value)}; ${when.fix}`,
                });
                continue;
            }
        }
        if (typeof value !== "string" || version === undefined) {
            continue;
        }
        if (property.extension.format === "ip-address" && !isAddressOf(value, version)) {
            failures.push({
                property: name,
                reason:
                    `${name}: must be an ${version} address because addressVersion is ${JSON.stringify(version)}, ` +
                    `got ${describeValue(value)}` +
                    (isAddressOf(value, otherVersion(version))
                        ? `; set addressVersion: ${JSON.stringify(otherVersion(version))} for this address`
                        : `, e.g. ${version === "IPv4" ? '"192.0.2.10"' : '"2001:db8::10"'}`),
            });
        }
        if (property.extension.format === "mask" && !isMaskOf(value, version)) {
            failures.push({
                property: name,
                reason:
                    `${name}: must be an ${version} network mask because addressVersion is ${JSON.stringify(version)}, ` +
                    `got ${describeValue(value)}, e.g. ${version === "IPv4" ? '"255.255.255.255"' : '"ffff:ffff:ffff:ffff::"'}`,
            });
        }
    }
    return failures;
}

type Version = "IPv4" | "IPv6";

function addressVersionOf(model: ResourceModel, inputs: Props): Version | undefined {
    const value = inputs.addressVersion ?? model.property("addressVersion")?.default;
    return value === "IPv4" || value === "IPv6" ? value : undefined;
}

function otherVersion(version: Version): Version {
    return version === "IPv4" ? "IPv6" : "IPv4";
}

function isAddressOf(value: string, version: Version): boolean {
    return version === "IPv4" ? isIPv4(value) : isIPv6(value);
}

/** A mask is an address of the version whose bits are ones followed by zeros. */
function isMaskOf(value: string, version: Version): boolean {
    if (!isAddressOf(value, version)) {
        return false;
    }
    const bits =
        version === "IPv4"
            ? value
                  .split(".")
                  .map((part) => Number(part).toString(2).padStart(8, "0"))
                  .join("")
            : expandIPv6(value)
                  .map((group) => parseInt(group, 16).toString(2).padStart(16, "0"))
                  .join("");
    return /^1*0*$/.test(bits);
}

function expandIPv6(value: string): string[] {
    const [head, tail] = value.includes("::") ? value.split("::") : [value, undefined];
    const left = head ? head.split(":") : [];
    const right = tail ? tail.split(":") : [];
    const fill = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill("0");
    return [...left, ...fill, ...right];
}

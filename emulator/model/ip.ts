import { isIPv4, isIPv6 } from "node:net";

/** Whether `address` is a literal address of `version` ("IPv4" or "IPv6"). */
export function isAddressOfVersion(address: string, version: string): boolean {
    return version === "IPv6" ? isIPv6(address) : isIPv4(address);
}

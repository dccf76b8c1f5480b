import { invalidData } from "../errors";
import type { WireObject } from "../snapshot";
import type { ApplianceState } from "../state";

/**
 * What a service names must exist, as on the appliance: its vsite, its service group within that vsite,
 * and its certificates (`certificate`, `ecdsa-certificate`) when set. Throws 400 `InvalidReference` listing
 * every missing object.
 */
export function checkServiceReferences(state: ApplianceState, service: WireObject): void {
    const problems: string[] = [];
    const vsiteName = String(service.vsite);
    if (!state.vsites.has(vsiteName)) problems.push(`Vsite '${vsiteName}' does not exist.`);
    else if (!state.serviceGroups.get(vsiteName)?.has(String(service.group))) {
        problems.push(`Service group '${String(service.group)}' does not exist in vsite '${vsiteName}'.`);
    }
    for (const field of ["certificate", "ecdsa-certificate"]) {
        const name = String(service[field]);
        if (name !== "" && !state.certificates.has(name)) {
            problems.push(`'${field}': certificate '${name}' does not exist.`);
        }
    }
    if (problems.length > 0) throw invalidData(problems.join(" "), "InvalidReference");
}

/** The services that name `predicate`'s object, as `service 'web'` for a refusal's message. */
export function servicesWhere(state: ApplianceState, predicate: (service: WireObject) => boolean): string[] {
    return [...state.services]
        .filter(([, service]) => predicate(service.service))
        .map(([name]) => `service '${name}'`);
}

import type * as dynamic from "@pulumi/pulumi/dynamic";

import { BarracudaWafError } from "../barracuda-waf-error";
import type { ResourceHandlers } from "./handlers";

type Check = ResourceHandlers["check"];

/**
 * `check` as Pulumi's engine should show it, each problem once, in words. The engine prints a failure with a
 * property as `property P value {map[...]} has a problem: REASON` (the value in Go's syntax), and one without as
 * `resource 'NAME' has a problem: REASON`: our reasons start with the property already, so it goes. A provider
 * error while checking the settings or the connection (a setting missing or wrong, a login refused, an appliance
 * unreachable) becomes a failure too: thrown, it would be printed by the dynamic-provider host with its stack
 * trace and then again by the engine. The engine stops at the first resource that fails its check, so a wrong
 * password is reported once, not once per resource. Any other error is a bug and is thrown, with its trace.
 */
export function checkForEngine(check: Check): Check {
    return async (olds, news) => {
        let result: dynamic.CheckResult;
        try {
            result = await check(olds, news);
        } catch (error) {
            if (!(error instanceof BarracudaWafError)) {
                throw error;
            }
            return { inputs: news, failures: [{ property: "", reason: error.message }] };
        }
        return result.failures === undefined || result.failures.length === 0
            ? result
            : { ...result, failures: result.failures.map(withPropertyInReason) };
    };
}

/** A failure without its property, which its reason names instead (`port: must be ...`). */
function withPropertyInReason(failure: dynamic.CheckFailure): dynamic.CheckFailure {
    const named = failure.property === "" || failure.reason.startsWith(`${failure.property}:`);
    return { property: "", reason: named ? failure.reason : `${failure.property}: ${failure.reason}` };
}

import { isRouteKey } from "./router";

/** How an armed route fails: an answer with this status (and body), or a connection closed without answer. */
export type Failure = { status: number; body?: unknown } | { drop: true };

/** Failures armed per route key, each used up by one request. */
export class FaultInjector {
    private readonly armed = new Map<string, { remaining: number; failure: Failure }>();

    /** The next `count` requests of `route` fail with `failure`; replaces what was armed for that route. */
    failNext(route: string, count: number, failure: Failure): void {
        if (!isRouteKey(route)) {
            throw new RangeError(
                `unknown route ${JSON.stringify(route)}: expected e.g. "GET /services/{name}"`,
            );
        }
        if (!Number.isInteger(count) || count < 0) throw new RangeError(`invalid count: ${count}`);
        if (
            "status" in failure &&
            (!Number.isInteger(failure.status) || failure.status < 100 || failure.status > 599)
        ) {
            throw new RangeError(`invalid status: ${failure.status}`);
        }
        if (!("status" in failure) && failure.drop !== true)
            throw new RangeError("a failure needs a status or drop: true");
        if (count === 0) this.armed.delete(route);
        else this.armed.set(route, { remaining: count, failure });
    }

    /** The failure for this request of `route`, if one is armed (and uses it up). */
    take(route: string): Failure | undefined {
        const armed = this.armed.get(route);
        if (!armed) return undefined;
        if (--armed.remaining === 0) this.armed.delete(route);
        return armed.failure;
    }

    clear(): void {
        this.armed.clear();
    }
}

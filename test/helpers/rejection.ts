import * as assert from "node:assert/strict";
import { inspect } from "node:util";

/** The error `promise` rejects with, asserted to be a `type`; fails the test when it resolves. */
export async function rejection<E extends Error>(
    promise: Promise<unknown>,
    type: abstract new (...args: never[]) => E,
): Promise<E> {
    try {
        await promise;
    } catch (error) {
        assert.ok(error instanceof type, `expected ${type.name}, got ${inspect(error)}`);
        return error;
    }
    assert.fail(`expected ${type.name}, but the call succeeded`);
}

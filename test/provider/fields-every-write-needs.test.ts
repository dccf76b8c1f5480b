import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import { callAppliance } from "../helpers/appliance-api";
import { providerBlob, withProvider } from "./harness";

/**
 * The appliance refuses a PUT of a sub-object that lacks a field its spec requires on every write (a security
 * policy's URL Protection needs `allowed-methods`): the provider carries the field's current value when the
 * program does not set it.
 */
describe("a write of a sub-object whose PUT needs fields the program leaves out", () => {
    it("carries their current values, read with one GET of the sub-object, and changes nothing else", () =>
        withProvider(async ({ handlers, emulator, counts, resetCounts }) => {
            const inputs = {
                name: "shop-policy",
                urlProtection: { maxContentLength: 1048576 },
                __provider: providerBlob,
            };
            resetCounts();
            const created = await handlers.securityPolicy.create(inputs);
            assert.deepEqual(counts(), {
                "POST /security-policies": 1,
                "GET /security-policies/{securityPolicy}/url-protection": 1,
                "PUT /security-policies/{securityPolicy}/url-protection": 1,
                "GET /security-policies/{securityPolicy}": 1,
            });
            const protection = async () =>
                (
                    (await callAppliance(
                        emulator,
                        "GET",
                        "/security-policies/shop-policy/url-protection",
                    )) as {
                        data: Record<string, Record<string, Record<string, unknown>>>;
                    }
                ).data["shop-policy"]["URL Protection"];
            assert.equal((await protection())["max-content-length"], "1048576");
            resetCounts();
            await handlers.securityPolicy.update("shop-policy", created.outs, {
                ...inputs,
                urlProtection: { maxContentLength: 2097152 },
            });
            assert.equal(counts()["PUT /security-policies/{securityPolicy}/url-protection"], 1);
            assert.equal(counts()["GET /security-policies/{securityPolicy}/url-protection"], 1);
            assert.equal((await protection())["max-content-length"], "2097152");
        }));
});

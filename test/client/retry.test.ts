import * as assert from "node:assert/strict";
import { describe, it } from "node:test";

import { ApplianceError, ApplianceUnreachableError } from "../../provider/client/errors";
import {
    absentPostRetryDelay,
    retryAfterLimitMs,
    retryBaseDelayMs,
    retryDelayMs,
    retryMaxDelayMs,
} from "../../provider/client/retry";

const post = { method: "POST", path: "/services", outcomeUnknown: true };

describe("the retry policy", () => {
    it("backs off exponentially from the base delay, capped, with ±25 % jitter", () => {
        for (let i = 0; i < 50; i++) {
            const first = retryDelayMs(1);
            assert.ok(first >= retryBaseDelayMs * 0.75 && first <= retryBaseDelayMs * 1.25, `${first}`);
            const late = retryDelayMs(10);
            assert.ok(late >= retryMaxDelayMs * 0.75 && late <= retryMaxDelayMs * 1.25, `${late}`);
        }
    });

    it("waits as long as a Retry-After asks when that is longer, unless it is beyond its limit", () => {
        assert.equal(retryDelayMs(1, 5000), 5000);
        const ignored = retryDelayMs(1, retryAfterLimitMs + 1);
        assert.ok(ignored <= retryBaseDelayMs * 1.25, `${ignored}`);
    });

    it("sends a create's POST again only after a 503, and at most maxRetries times", () => {
        const busy = new ApplianceError({ ...post, status: 503, applianceMessage: "busy" });
        const delay = absentPostRetryDelay(busy, 1, 3);
        assert.ok(delay !== undefined && delay >= retryBaseDelayMs * 0.75, `${delay}`);
        assert.notEqual(absentPostRetryDelay(busy, 3, 3), undefined);
        assert.equal(absentPostRetryDelay(busy, 4, 3), undefined);
        assert.equal(absentPostRetryDelay(busy, 1, 0), undefined);
        for (const status of [500, 502, 504]) {
            const error = new ApplianceError({ ...post, status, applianceMessage: "failed" });
            assert.equal(absentPostRetryDelay(error, 1, 3), undefined, `${status}`);
        }
        const lost = new ApplianceUnreachableError({ ...post, address: "https://waf:8443", reason: "reset" });
        assert.equal(absentPostRetryDelay(lost, 1, 3), undefined);
    });
});

import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { chooseRefresh, RefreshChoiceError } from "../../scripts/pipeline/refresh-choice";

describe("whether the preview and up stages refresh (BARRACUDA_WAF_PIPELINE_REFRESH)", () => {
    it("refresh with true, and say that drift is repaired", () => {
        const choice = chooseRefresh({ BARRACUDA_WAF_PIPELINE_REFRESH: "true" });
        assert.deepEqual(choice.args, ["--refresh"]);
        assert.match(
            choice.notice,
            /^Refresh: on \(BARRACUDA_WAF_PIPELINE_REFRESH=true\): .*\(drift is repaired\)\.$/,
        );
    });

    it("do not refresh when it is false or not set, and say how to repair drift", () => {
        for (const [env, shown] of [
            [{}, "not set"],
            [{ BARRACUDA_WAF_PIPELINE_REFRESH: "" }, "not set"],
            [{ BARRACUDA_WAF_PIPELINE_REFRESH: "false" }, "false"],
        ] as const) {
            const choice = chooseRefresh(env);
            assert.deepEqual(choice.args, []);
            assert.ok(
                choice.notice.startsWith(`Refresh: off (BARRACUDA_WAF_PIPELINE_REFRESH is ${shown}): `),
            );
            assert.match(choice.notice, /set BARRACUDA_WAF_PIPELINE_REFRESH=true to repair them\.$/);
        }
    });

    it("refuse any other value, naming the variable, the value and the fix", () => {
        assert.throws(
            () => chooseRefresh({ BARRACUDA_WAF_PIPELINE_REFRESH: "yes" }),
            (error: unknown) =>
                error instanceof RefreshChoiceError &&
                error.message ===
                    'BARRACUDA_WAF_PIPELINE_REFRESH is "yes": set it to true (refresh first and repair drift) ' +
                        "or false (no refresh), or unset it.",
        );
    });
});

import type { Got } from "got" with { "resolution-mode": "import" };

let loading: Promise<Got> | undefined;

/**
 * Loads got, which is ESM-only, from this CommonJS package with a real dynamic `import()`. Loaded on first use
 * and shared; a failed load is not cached, so the next call tries again. Does no I/O until called.
 */
export function loadGot(): Promise<Got> {
    loading ??= import("got").then(
        (module) => module.default,
        (error: unknown) => {
            loading = undefined;
            throw error;
        },
    );
    return loading;
}

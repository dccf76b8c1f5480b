/** One API request as the emulator saw it. */
export interface RequestLogEntry {
    readonly method: string;
    /** The path as requested, with its version prefix and without the query. */
    readonly path: string;
    /** The route key, e.g. `"GET /services/{name}"`; null when the path matched no route. */
    readonly route: string | null;
    /** The status answered; 0 while in flight and when the connection was dropped without an answer. */
    readonly status: number;
    /** When the request arrived, ISO 8601. */
    readonly at: string;
}

/** Every API request in order of arrival, and counts per route. Control endpoints are not logged. */
export class RequestLog {
    private entries: { -readonly [K in keyof RequestLogEntry]: RequestLogEntry[K] }[] = [];

    /** Records a request as it arrives; call the returned function with the status once answered. */
    start(method: string, path: string, route: string | null): (status: number) => void {
        const entry = { method, path, route, status: 0, at: new Date().toISOString() };
        this.entries.push(entry);
        return (status) => {
            entry.status = status;
        };
    }

    all(): RequestLogEntry[] {
        return this.entries.map((entry) => ({ ...entry }));
    }

    /** Requests per route key, counting errors and injected failures; unmatched paths are not counted. */
    counts(): Record<string, number> {
        const counts: Record<string, number> = {};
        for (const { route } of this.entries) {
            if (route !== null) counts[route] = (counts[route] ?? 0) + 1;
        }
        return counts;
    }

    clear(): void {
        this.entries = [];
    }
}

/** One API request as the emulator saw it. */
export interface RequestLogEntry {
    readonly method: string;
    /** The path as requested, with its version prefix and without the query. */
    readonly path: string;
    /** The query as requested (`groups=Service&groups=Basic+Security`), empty when there is none. */
    readonly query: string;
    /** The route key, e.g. `"GET /services/{name}"`; null when the path matched no route. */
    readonly route: string | null;
    /** The status answered; 0 while in flight and when the connection was dropped without an answer. */
    readonly status: number;
    /** When the request arrived, ISO 8601. */
    readonly at: string;
}

/** How many entries the log keeps unless told otherwise. */
export const defaultRequestLogLimit = 5000;

type Entry = { -readonly [K in keyof RequestLogEntry]: RequestLogEntry[K] };

/**
 * The last `limit` API requests in order of arrival, and counts per route of every request since the last
 * `clear` (the counts are kept apart, so they stay exact when old entries drop out). Memory stays bounded
 * however long the emulator runs. Control endpoints are not logged.
 */
export class RequestLog {
    /** A ring: `entries[(first + i) % limit]` is the i-th oldest entry kept. */
    private entries: Entry[] = [];
    private first = 0;
    private perRoute = new Map<string, number>();

    constructor(private readonly limit = defaultRequestLogLimit) {
        if (!Number.isSafeInteger(limit) || limit < 1)
            throw new RangeError(`invalid request log limit: ${limit}`);
    }

    /** Records a request as it arrives; call the returned function with the status once answered. */
    start(method: string, path: string, route: string | null, query = ""): (status: number) => void {
        // Paths are the caller's: keep a bounded prefix, so that one huge path cannot hold much memory.
        const entry: Entry = {
            method,
            path: path.slice(0, 2048),
            query: query.slice(0, 2048),
            route,
            status: 0,
            at: new Date().toISOString(),
        };
        if (this.entries.length < this.limit) this.entries.push(entry);
        else {
            this.entries[this.first] = entry;
            this.first = (this.first + 1) % this.limit;
        }
        if (route !== null) this.perRoute.set(route, (this.perRoute.get(route) ?? 0) + 1);
        return (status) => {
            entry.status = status;
        };
    }

    /** The entries kept, oldest first, as copies. */
    all(): RequestLogEntry[] {
        const ordered = [...this.entries.slice(this.first), ...this.entries.slice(0, this.first)];
        return ordered.map((entry) => ({ ...entry }));
    }

    /** Requests per route key since the last `clear`, errors and injected failures included; unmatched paths are not counted. */
    counts(): Record<string, number> {
        return Object.fromEntries(this.perRoute);
    }

    clear(): void {
        this.entries = [];
        this.first = 0;
        this.perRoute = new Map();
    }
}

/**
 * The emulator's time, as token expiry sees it: a source (`Date.now` unless a test gives its own) plus
 * however far the clock was advanced. It only moves forward, so that a token once expired stays expired.
 */
export class Clock {
    private offsetMs = 0;

    constructor(private readonly source: () => number = Date.now) {}

    /** Milliseconds since the epoch, on this clock. */
    now(): number {
        return this.source() + this.offsetMs;
    }

    /** Moves the clock forward by `ms` (a finite number, zero or more). */
    advance(ms: number): void {
        if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`invalid clock advance: ${ms}`);
        this.offsetMs += ms;
    }
}

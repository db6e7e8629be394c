// Search as the user types, without a request per keystroke: only the last call in a burst runs.

/** Delay between the last keystroke and the search request. */
export const SEARCH_DELAY_MS = 300;

/** Runs the latest scheduled function once no new call came for delayMs; cancel drops it, flush runs it now. */
export class Debouncer {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pending: (() => void) | null = null;

  constructor(private readonly delayMs: number = SEARCH_DELAY_MS) {}

  /** Schedules fn, replacing any call not yet run. */
  schedule(fn: () => void): void {
    this.cancel();
    this.pending = fn;
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    this.timer = setTimeout(() => this.flush(), this.delayMs);
  }

  /** Runs the pending call now (if any). */
  flush(): void {
    const fn = this.pending;
    this.cancel();
    if (fn) fn();
  }

  /** Drops the pending call. */
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
  }
}

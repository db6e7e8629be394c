// Derived values rebuilt once per data change, not on every render.

/** Recomputes only when one of its inputs changed identity (not on every render). */
export class Memo<TArgs extends unknown[], TResult> {
  private last: { args: TArgs; result: TResult } | null = null;
  constructor(private readonly compute: (...args: TArgs) => TResult) {}
  get(...args: TArgs): TResult {
    if (!this.last || args.some((arg, index) => arg !== this.last!.args[index])) {
      this.last = { args, result: this.compute(...args) };
    }
    return this.last.result;
  }
}

// Derived view data is rebuilt once per data change, not on every render: screens keep a Memo
// per derived value and call it from their getters.

/** Remembers the last result of fn and recomputes only when an argument changes (by identity). */
export class Memo<Args extends unknown[], Result> {
  private args: Args | null = null;
  private result: Result | undefined;

  constructor(private readonly fn: (...args: Args) => Result) {}

  /** fn(...args), from the last call when every argument is identical to it. */
  get(...args: Args): Result {
    if (
      !this.args ||
      args.length !== this.args.length ||
      args.some((arg, i) => arg !== this.args![i])
    ) {
      this.result = this.fn(...args);
      this.args = args;
    }
    return this.result as Result;
  }
}

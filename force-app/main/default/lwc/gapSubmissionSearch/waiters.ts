// Save's duplicate check waits for the matches of a new gap's title: callers wait by term, and
// are answered once the search for that term answers.
import type { GapMatch } from 'c/gapData';

/** Callers waiting for the matches of a term, answered in the order they came. */
export class MatchWaiters {
  private waiting: { term: string; resolve: (matches: GapMatch[]) => void }[] = [];

  /** A promise of the matches for `term` (trimmed). */
  wait(term: string): Promise<GapMatch[]> {
    return new Promise((resolve) => this.waiting.push({ term: term.trim(), resolve }));
  }

  /** Answers everyone waiting for `term` with `matches`. */
  answer(term: string, matches: GapMatch[]): void {
    const answered = this.waiting.filter((waiter) => waiter.term === term);
    this.waiting = this.waiting.filter((waiter) => waiter.term !== term);
    answered.forEach((waiter) => waiter.resolve(matches));
  }
}

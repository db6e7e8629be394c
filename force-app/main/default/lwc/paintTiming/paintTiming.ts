// When work runs around the browser's paint: slow work (confidence re-rankings) must never hold
// back what the person waits for (a table, the ranks), so it runs once the current render is on
// screen. Shared by the Top 10 tab and the gap-scoring panel.

/* eslint-disable @lwc/lwc/no-async-operation -- timing around the paint is the point here */
/** Runs fn at the next animation frame, i.e. once the current render has been laid out and painted (a task at once where there are no frames, as in Jest). */
export function nextFrame(fn: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(fn);
  else setTimeout(fn, 0);
}

/** Runs fn in a task after the browser has painted the current update. */
export function afterPaint(fn: () => void): void {
  nextFrame(() => setTimeout(fn, 0));
}
/* eslint-enable @lwc/lwc/no-async-operation */

// When things happen around the browser's paint: deferring slow work past it, and the
// performance marks the UI benchmark reads.

/** A performance mark `topTenWorkbench:<name>`, read by preview/bench/ui.ts; nothing where unsupported. */
export function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') {
    performance.mark(`topTenWorkbench:${name}`);
  }
}

/* eslint-disable @lwc/lwc/no-async-operation -- timing around the paint is the point here */
/** Runs fn at the next animation frame, i.e. once the current render has been laid out and painted. */
export function nextFrame(fn: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(fn);
  else setTimeout(fn, 0);
}

/** Runs fn after the browser has painted the current update (so slow work never delays the table). */
export function afterPaint(fn: () => void): void {
  nextFrame(() => setTimeout(fn, 0));
}
/* eslint-enable @lwc/lwc/no-async-operation */

// Slow work that must not hold back what the person waits for (the ranks before their
// confidence): run it once the browser has painted.

/**
 * Runs `work` in a task after the next animation frame, i.e. after the current render has been
 * painted (in a task at once where there are no frames, as in Jest).
 */
export function afterPaint(work: () => void): void {
  /* eslint-disable @lwc/lwc/no-async-operation -- deferring past the paint is the point */
  const later = () => setTimeout(work, 0);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(later);
  else later();
  /* eslint-enable @lwc/lwc/no-async-operation */
}

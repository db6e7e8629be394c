// The performance marks the UI benchmark reads (deferring past the paint is c/paintTiming).

/** A performance mark `topTenWorkbench:<name>`, read by preview/bench/ui.ts; nothing where unsupported. */
export function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') {
    performance.mark(`topTenWorkbench:${name}`);
  }
}

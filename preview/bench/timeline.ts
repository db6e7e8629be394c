// The request timeline of a load as the preview server saw it: when each GraphQL request arrived,
// got a network slot, was answered, and its bytes, relative to the first arrival. Shows where a
// load's time goes under the org model (queued behind the in-flight limit, chained cursors, big
// responses, emulator CPU).
import type { TimelineEntry } from '../server/app';

/** Lines describing `entries` (one per request in arrival order, then a summary); none when empty. */
export function timelineLines(entries: readonly TimelineEntry[]): string[] {
  if (entries.length === 0) return [];
  const sorted = [...entries].sort((a, b) => a.arrivedAt - b.arrivedAt);
  const zero = sorted[0].arrivedAt;
  const at = (ms: number) => (ms - zero).toFixed(0).padStart(6);
  const lines = ['  request                         arrive   slot  answer  emulator     bytes'];
  for (const entry of sorted) {
    const name = `${entry.operation}${entry.cursors.length ? ` +${entry.cursors.length} cursors` : ''}`;
    lines.push(
      `  ${name.padEnd(30)} ${at(entry.arrivedAt)} ${at(entry.startedAt)} ${at(entry.answeredAt)} ${entry.executeMs.toFixed(0).padStart(6)} ms ${String(entry.bytes).padStart(9)}`
    );
  }
  const end = Math.max(...sorted.map((entry) => entry.answeredAt));
  const bytes = sorted.reduce((sum, entry) => sum + entry.bytes, 0);
  const emulator = sorted.reduce((sum, entry) => sum + entry.executeMs, 0);
  const queued = sorted.reduce((sum, entry) => sum + (entry.startedAt - entry.arrivedAt), 0);
  lines.push(
    `  ${sorted.length} requests, first arrival -> last answer ${(end - zero).toFixed(0)} ms, ${(bytes / 1e6).toFixed(2)} MB, emulator ${emulator.toFixed(0)} ms in all, queued for a slot ${queued.toFixed(0)} ms in all`
  );
  return lines;
}

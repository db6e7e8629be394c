// Where concerns about the list go: an https URL an admin sets in the TopTen_Board_Concerns_Url
// Custom Label (no code, no deploy); any other value hides the link.

const MAX_URL_LENGTH = 2048;

/** The configured target when it is an absolute https URL with a host; else null (link hidden). */
export function concernsTarget(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_URL_LENGTH) return null;
  if (!/^https:\/\//i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'https:' && url.hostname !== '' && !url.username && !url.password
      ? url.href
      : null;
  } catch {
    return null;
  }
}

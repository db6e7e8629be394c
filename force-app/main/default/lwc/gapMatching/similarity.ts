// How alike two tokens and two gaps are. Tokens: equal 1, one typo (two in long words) 0.85, one
// the other's prefix 0.8, else 0. Gaps: IDF-weighted soft coverage both ways (the query's words
// found in the candidate's name or summary, the candidate name's words found in the query).

/** Optimal-string-alignment distance (Levenshtein with adjacent swaps), stopping above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j += 1) {
      if (i === 0) {
        rows[0].push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, rows[i - 2][j - 2] + 1);
      rows[i].push(value);
    }
    if (i > 0 && Math.min(...rows[i]) > max) return max + 1;
  }
  return rows[a.length][b.length];
}

// Token pairs repeat across candidates (a small vocabulary): remember their grades, bounded.
const GRADES = new Map<string, number>();
const MAX_GRADES = 50000;

/** 1 for the same token, 0.85 for a small spelling difference, 0.8 for a prefix of ≥ 5 letters, else 0. */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  // Cheap rejections first: a small spelling difference keeps one of the first two letters
  // (a swap of exactly those two is the one typo missed), and a prefix keeps the first.
  if (a[0] !== b[0] && a[1] !== b[1]) return 0;
  if (a.length < 4 || b.length < 4) return 0;
  const key = a < b ? `${a} ${b}` : `${b} ${a}`;
  const known = GRADES.get(key);
  if (known !== undefined) return known;
  if (GRADES.size >= MAX_GRADES) GRADES.clear();
  const grade = gradeTokens(a, b);
  GRADES.set(key, grade);
  return grade;
}

function gradeTokens(a: string, b: string): number {
  if (a.includes('_') || b.includes('_') || /\d/.test(a) || /\d/.test(b)) return 0;
  const shorter = Math.min(a.length, b.length);
  if (shorter >= 4) {
    const allowed = shorter >= 8 ? 2 : 1;
    if (editDistance(a, b, allowed) <= allowed) return 0.85;
    if (shorter >= 5 && (a.startsWith(b) || b.startsWith(a))) return 0.8;
  }
  return 0;
}

/** Token weights: rarer tokens weigh more (smoothed inverse document frequency). */
export type Weights = (token: string) => number;

/** Weights from a corpus of token lists; every token weighs 1 when the corpus is empty. */
export function idfWeights(documents: readonly (readonly string[])[]): Weights {
  const frequency = new Map<string, number>();
  for (const tokens of documents)
    for (const token of new Set(tokens)) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  const count = documents.length;
  if (count === 0) return () => 1;
  return (token) => 1 + Math.log((1 + count) / (1 + (frequency.get(token) ?? 0)));
}

/** The weighted share of `from` found in `into` (each token counts its best match), 0 when `from` is empty. */
export function coverage(
  from: readonly string[],
  into: readonly string[],
  weight: Weights
): number {
  let total = 0;
  let found = 0;
  for (const token of from) {
    const w = weight(token);
    total += w;
    let best = 0;
    for (const other of into) {
      best = Math.max(best, tokenSimilarity(token, other));
      if (best === 1) break;
    }
    found += w * best;
  }
  return total === 0 ? 0 : found / total;
}

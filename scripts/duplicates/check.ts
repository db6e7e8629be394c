// The duplicate-code check (npm test): which of jscpd's clones fail the build. A block repeated
// BETWEEN two units (an LWC bundle, or a folder of tools/, scripts/ or preview/) fails; a block
// repeated inside one unit is that unit's own business, and GraphQL selection sets (the same
// fields asked for by two documents) are expected, not copied code.

/** One clone as jscpd's JSON report gives it (the fields used here). */
export interface Clone {
  lines: number;
  fragment: string;
  firstFile: { name: string; start: number };
  secondFile: { name: string; start: number };
}

/** A clone with its verdict. */
export interface Finding {
  clone: Clone;
  units: [string, string];
  kind: 'between' | 'within' | 'graphql' | 'known';
}

/**
 * The unit a repository path belongs to: `lwc/<bundle>` for a component bundle, `tools/<a>/<b>`
 * under tools/, `<root>/<folder>` under scripts/ and preview/, the path itself otherwise.
 */
export function unitOf(path: string): string {
  const parts = path.replace(/\\/g, '/').replace(/^\.\//, '').split('/');
  const lwc = parts.indexOf('lwc');
  if (parts[0] === 'force-app' && lwc >= 0 && parts.length > lwc + 2)
    return `lwc/${parts[lwc + 1]}`;
  if (parts[0] === 'tools' && parts.length > 3) return parts.slice(0, 3).join('/');
  if ((parts[0] === 'scripts' || parts[0] === 'preview') && parts.length > 2) {
    return parts.slice(0, 2).join('/');
  }
  return parts.join('/');
}

// A selection-set line: field names (with alias, arguments, variables), braces and spreads; no
// operator, semicolon, quote or arrow that code would have.
const SELECTION_LINE = /^[\s\w{}(),:$!.]*$/;

/**
 * True when `fragment` is a GraphQL selection set: every non-blank line made of fields (with
 * alias, arguments and braces) or fragment spreads, with at least one field and one brace,
 * ignoring a leading or trailing partial line where jscpd cut the block.
 */
export function isGraphQlSelection(fragment: string): boolean {
  const lines = fragment.split('\n').filter((line) => line.trim() !== '');
  const inner = lines.length > 2 ? lines.slice(1, -1) : lines;
  const text = inner.join('\n');
  return inner.every((line) => SELECTION_LINE.test(line)) && /\w/.test(text) && /[{}]/.test(text);
}

/** The key a known clone is listed under: its two units, sorted, joined by ` <-> `. */
export function pairKey(units: [string, string]): string {
  return [...units].sort().join(' <-> ');
}

/** Each clone's verdict; `known` holds unit pairs (pairKey) accepted for now. */
export function classify(clones: Clone[], known: ReadonlySet<string> = new Set()): Finding[] {
  return clones.map((clone) => {
    const units: [string, string] = [unitOf(clone.firstFile.name), unitOf(clone.secondFile.name)];
    let kind: Finding['kind'] = 'between';
    if (units[0] === units[1]) kind = 'within';
    else if (isGraphQlSelection(clone.fragment)) kind = 'graphql';
    else if (known.has(pairKey(units))) kind = 'known';
    return { clone, units, kind };
  });
}

/** The report: failing clones first with their places, then counts of the others. */
export function formatFindings(findings: Finding[], staleKnown: string[] = []): string {
  const place = (file: Clone['firstFile']) => `${file.name}:${file.start}`;
  const lines: string[] = [];
  const failing = findings.filter((f) => f.kind === 'between');
  for (const { clone } of failing) {
    lines.push(
      `duplicate (${clone.lines} lines): ${place(clone.firstFile)} <-> ${place(clone.secondFile)}`
    );
  }
  const count = (kind: Finding['kind']) => findings.filter((f) => f.kind === kind).length;
  lines.push(
    `${failing.length} block(s) repeated between bundles; aside: ${count('known')} known (scripts/duplicates/known.json), ` +
      `${count('within')} within one bundle, ${count('graphql')} GraphQL selection sets`
  );
  for (const key of staleKnown)
    lines.push(`known pair no longer repeated, remove it from known.json: ${key}`);
  return lines.join('\n');
}

/** Known pairs that no clone uses any more. */
export function staleKnownPairs(findings: Finding[], known: Iterable<string>): string[] {
  const used = new Set(findings.filter((f) => f.kind === 'known').map((f) => pairKey(f.units)));
  return [...known].filter((key) => !used.has(key));
}

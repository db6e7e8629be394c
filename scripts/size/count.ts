// Screen size figures (issue 17): per LWC bundle, the lines of its main .ts, its template and all
// its TypeScript (labels.ts, tests and the compiled .js aside), checked against the targets.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The size targets: main component .ts, template .html, bundle TypeScript in total. */
export const LIMITS = { main: 150, template: 120, bundle: 400 } as const;

export interface BundleSize {
  bundle: string;
  /** Lines of <bundle>.ts, or null when the bundle has none. */
  main: number | null;
  /** Lines of <bundle>.html, or null when the bundle has no template (a service module). */
  template: number | null;
  /** Lines of every .ts in the bundle folder and its sub-folders but __tests__, without labels.ts. */
  bundleTs: number;
  /** Which targets the bundle exceeds. */
  over: Array<keyof typeof LIMITS>;
}

/** The number of lines of `text`: newline-separated, a final newline does not start a line. */
export function countLines(text: string): number {
  if (text === '') return 0;
  const lines = text.split('\n').length;
  return text.endsWith('\n') ? lines - 1 : lines;
}

function linesOf(file: string): number | null {
  return existsSync(file) ? countLines(readFileSync(file, 'utf8')) : null;
}

function typeScriptFiles(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(folder).sort()) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) {
      if (entry !== '__tests__') files.push(...typeScriptFiles(path));
    } else if (entry.endsWith('.ts') && !entry.endsWith('.d.ts') && entry !== 'labels.ts') {
      files.push(path);
    }
  }
  return files;
}

/** The size figures of the bundle in `folder` (its name is the folder's last segment). */
export function measureBundle(folder: string, bundle: string): BundleSize {
  const main = linesOf(join(folder, `${bundle}.ts`));
  const template = linesOf(join(folder, `${bundle}.html`));
  const bundleTs = typeScriptFiles(folder).reduce((sum, file) => sum + (linesOf(file) ?? 0), 0);
  const over: BundleSize['over'] = [];
  // The targets are for screens: a bundle with a template.
  if (template !== null) {
    if ((main ?? 0) > LIMITS.main) over.push('main');
    if (template > LIMITS.template) over.push('template');
    if (bundleTs > LIMITS.bundle) over.push('bundle');
  }
  return { bundle, main, template, bundleTs, over };
}

/** The size figures of every bundle under `lwcRoot`, by name. */
export function measureBundles(lwcRoot: string): BundleSize[] {
  return readdirSync(lwcRoot)
    .sort()
    .filter((name) => statSync(join(lwcRoot, name)).isDirectory())
    .map((name) => measureBundle(join(lwcRoot, name), name));
}

/** The figures as an aligned text table, over-target figures marked with `!`, and a summary line. */
export function formatSizes(sizes: BundleSize[]): string {
  const cell = (value: number | null, flagged: boolean) =>
    `${value === null ? '-' : String(value)}${flagged ? '!' : ' '}`;
  const width = Math.max(6, ...sizes.map((s) => s.bundle.length));
  const rows = [
    `${'bundle'.padEnd(width)}  ${'main.ts'.padStart(8)}  ${'html'.padStart(6)}  ${'bundle ts'.padStart(10)}`
  ];
  for (const s of sizes) {
    rows.push(
      `${s.bundle.padEnd(width)}  ${cell(s.main, s.over.includes('main')).padStart(8)}  ` +
        `${cell(s.template, s.over.includes('template')).padStart(6)}  ` +
        `${cell(s.bundleTs, s.over.includes('bundle')).padStart(10)}`
    );
  }
  const over = sizes.filter((s) => s.over.length > 0).map((s) => s.bundle);
  rows.push(
    `targets: main .ts <= ${LIMITS.main}, template <= ${LIMITS.template}, bundle TypeScript <= ${LIMITS.bundle} (labels.ts, tests and .js aside)`
  );
  rows.push(
    over.length === 0 ? 'every screen within target' : `over target (!): ${over.join(', ')}`
  );
  return rows.join('\n');
}

// Sample-data CLI:
//   npx tsx tools/shared/sampleData/cli.ts --gaps 2000 --submissions 50000 --seed 42 --out .data/sample.json
//   npx tsx tools/shared/sampleData/cli.ts --seed 42 --tree data/
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from './args';
import { generateSampleData } from './generate';
import { buildTreePlan } from './tree';

/** Deletes the files a previous plan in `dir` listed, so a smaller data set leaves no stale file. */
function removePreviousPlan(dir: string): void {
  const planPath = join(dir, 'plan.json');
  if (!existsSync(planPath)) return;
  const previous = JSON.parse(readFileSync(planPath, 'utf8')) as { files?: string[] }[];
  for (const file of previous.flatMap((step) => step.files ?? []))
    rmSync(join(dir, file), { force: true });
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const data = generateSampleData(args.options);
  const generated = performance.now();
  if (args.out) {
    mkdirSync(dirname(args.out), { recursive: true });
    writeFileSync(args.out, JSON.stringify(data));
  }
  if (args.tree) {
    const { plan, files } = buildTreePlan(data);
    mkdirSync(args.tree, { recursive: true });
    removePreviousPlan(args.tree);
    writeFileSync(join(args.tree, 'plan.json'), `${JSON.stringify(plan, null, 2)}\n`);
    for (const [name, contents] of files) {
      writeFileSync(join(args.tree, name), `${JSON.stringify(contents, null, 2)}\n`);
    }
  }
  const counts = Object.entries(data)
    .filter(([, v]) => Array.isArray(v))
    .map(([k, v]) => `${k} ${(v as unknown[]).length}`)
    .join(', ');
  console.log(`seed ${data.seed}: ${counts}`);
  console.log(
    `generated in ${(generated - started).toFixed(0)} ms, written in ${(performance.now() - generated).toFixed(0)} ms`
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}

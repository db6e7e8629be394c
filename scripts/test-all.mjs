#!/usr/bin/env node
// `npm test`: the one command that says the project is healthy. Runs every check in order,
// prints each step's time, and exits non-zero if any failed (later steps still run, so one
// report shows everything that is wrong).
import { spawnSync } from 'node:child_process';

const steps = [
  ['build', 'npm run build --silent'],
  ['typecheck', 'npm run typecheck --silent'],
  ['lint', 'npm run lint --silent'],
  ['format', 'npm run format:check --silent'],
  ['metadata validation', 'npm run validate:metadata --silent'],
  ['GraphQL query validation', 'npm run validate:queries --silent'],
  ['GitHub workflow template validation', 'npm run validate:workflow --silent'],
  ['duplicate code (jscpd, between bundles)', 'npm run check:duplicates --silent'],
  ['unit tests (jest, coverage)', 'npm run test:unit --silent'],
  ['CLI convert check', 'npm run check:convert --silent'],
  ['security scan', 'npm run scan --silent'],
  // org:check --instance-url <preview> --access-token preview --writes, on a throwaway preview org.
  ['org acceptance check (preview org)', 'npm run org:check:preview --silent'],
  ['browser tests (preview in Chromium)', 'npm run test:browser --silent']
];

const only = process.argv.slice(2);
const results = [];
for (const [name, command] of steps) {
  if (only.length > 0 && !only.some((word) => name.includes(word))) continue;
  console.log(`\n=== ${name}: ${command}`);
  const started = Date.now();
  const { status } = spawnSync(command, { stdio: 'inherit', shell: true, env: process.env });
  results.push({ name, ok: status === 0, seconds: (Date.now() - started) / 1000 });
}

console.log('\n=== summary');
for (const { name, ok, seconds } of results) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} (${seconds.toFixed(1)} s)`);
}
const failed = results.filter((r) => !r.ok).length;
const total = results.reduce((sum, { seconds }) => sum + seconds, 0);
console.log(`total ${(total / 60).toFixed(1)} min`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

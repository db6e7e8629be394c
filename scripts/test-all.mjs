#!/usr/bin/env node
// `npm test`: the one command that says the project is healthy. Runs every check, prints each
// step's time, and exits non-zero if any failed (later steps still run, so one report shows
// everything that is wrong).
//
// Order: the build first (everything else reads its output); then two lanes at once: most static
// checks (one core each, one after another) and then Jest, beside the format check, the security
// scan, the org acceptance check and the browser tests (Chromium and the preview server, which
// spend much of their time waiting on each other: page loads, network idle, animations, rather
// than computing). The split keeps the two lanes about as long as each other (Jest ~7 min, the
// browser tests ~7 min on a 2-core machine). A step's output is
// printed whole when it ends, so the lanes' logs do not interleave. `--serial` runs every step
// one after another, as before (for timing a step alone, or on a one-core machine).
import { spawn } from 'node:child_process';

const build = [['build', 'npm run build --silent']];
const staticChecks = [
  ['typecheck', 'npm run typecheck --silent'],
  ['lint', 'npm run lint --silent'],
  ['metadata validation', 'npm run validate:metadata --silent'],
  ['GraphQL query validation', 'npm run validate:queries --silent'],
  ['GitHub workflow template validation', 'npm run validate:workflow --silent'],
  ['duplicate code (jscpd, between bundles)', 'npm run check:duplicates --silent'],
  ['CLI convert check', 'npm run check:convert --silent']
];
// Static checks that run beside the others, so the two lanes take about as long as each other.
const sideChecks = [
  ['format', 'npm run format:check --silent'],
  ['security scan', 'npm run scan --silent']
];
const browserLane = [
  // org:check --instance-url <preview> --access-token preview --writes, on a throwaway preview org.
  ['org acceptance check (preview org)', 'npm run org:check:preview --silent'],
  ['browser tests (preview in Chromium)', 'npm run test:browser --silent']
];
const unit = [['unit tests (jest, coverage)', 'npm run test:unit --silent']];

const args = process.argv.slice(2);
const serial = args.includes('--serial');
const only = args.filter((arg) => arg !== '--serial');
const wanted = (steps) =>
  steps.filter(([name]) => only.length === 0 || only.some((word) => name.includes(word)));

/** Runs one step, its output captured and printed whole at its end; resolves to its result. */
function runStep([name, command]) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, env: { ...process.env, FORCE_COLOR: '0' } });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (status) => {
      const seconds = (Date.now() - started) / 1000;
      process.stdout.write(`\n=== ${name}: ${command} (${seconds.toFixed(1)} s)\n`);
      process.stdout.write(Buffer.concat(output));
      resolve({ name, ok: status === 0, seconds });
    });
  });
}

/** Runs the steps one after another. */
async function lane(steps) {
  const results = [];
  for (const step of steps) results.push(await runStep(step));
  return results;
}

const started = Date.now();
const results = [];
results.push(...(await lane(wanted(build))));
if (serial) {
  results.push(...(await lane(wanted([...staticChecks, ...sideChecks, ...browserLane, ...unit]))));
} else {
  const lanes = await Promise.all([
    lane(wanted([...staticChecks, ...unit])),
    lane(wanted([...sideChecks, ...browserLane]))
  ]);
  results.push(...lanes.flat());
}

console.log('\n=== summary');
for (const { name, ok, seconds } of results) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} (${seconds.toFixed(1)} s)`);
}
const failed = results.filter((r) => !r.ok).length;
const steps = results.reduce((sum, { seconds }) => sum + seconds, 0);
console.log(
  `total ${((Date.now() - started) / 60000).toFixed(1)} min (steps ${(steps / 60).toFixed(1)} min${serial ? '' : ', two lanes at once'})`
);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

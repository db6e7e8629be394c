// Entry point: npx tsx scripts/rank/cli.ts <file> [options] (wired as `npm run rank -- ...`).
import { readFileSync } from 'node:fs';
import { runCli } from './run';

const result = runCli(process.argv.slice(2), (path) => readFileSync(path, 'utf8'));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;

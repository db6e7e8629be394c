// Entry point: npx tsx preview/soak/soak.ts [--users 20] [--seconds 20] [--port P] (npm run soak).
// Exit 0 when every invariant held, 1 on any violation or unexpected error, 2 on bad arguments.
import { parseSoakArgs } from './args';
import { soakReport } from './report';
import { runSoak } from './run';

async function main(): Promise<number> {
  let options;
  try {
    options = parseSoakArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const result = await runSoak(options);
  process.stdout.write(`${soakReport(options, result).join('\n')}\n`);
  return result.violations.length === 0 && result.ledger.errorSamples.length === 0 ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`soak failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  }
);

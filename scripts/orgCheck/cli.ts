// Entry point of `npm run org:check`: runs the check, prints the table, writes the JSON report.
import { resolve } from 'node:path';
import { parseOrgCheckArgs, USAGE } from './args';
import { reportText, writeReport } from './report';
import { runOrgCheck } from './run';

/** Runs the CLI on `argv`; resolves to the exit code. */
export async function main(argv: string[], root = resolve(__dirname, '..', '..')): Promise<number> {
  let options;
  try {
    options = parseOrgCheckArgs(argv);
  } catch (error) {
    process.stderr.write(`org:check: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const report = await runOrgCheck(options, {
    root,
    log: (line) => process.stderr.write(`${line}\n`)
  });
  const jsonOut = resolve(root, options.jsonOut);
  writeReport(jsonOut, report);
  const text = reportText(report);
  if (text.length) process.stdout.write(`${text.join('\n')}\n`);
  if (report.fatal) process.stderr.write(`org:check: ${report.fatal}\n`);
  process.stdout.write(`report: ${jsonOut} (exit ${report.exitCode})\n`);
  return report.exitCode;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(
        `org:check: unexpected error: ${(error as Error).stack ?? String(error)}\n`
      );
      process.exit(1);
    }
  );
}

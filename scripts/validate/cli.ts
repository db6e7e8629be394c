/**
 * Offline metadata validation: `npx tsx scripts/validate/cli.ts [packageDir] [--full-access <PermissionSet>]`.
 * Prints each problem as `file:line: element.path: message`, then a summary; exits 1 on any problem.
 */
import { parseCommandLine } from '../../tools/shared/args';
import { formatIssue } from './issue';
import { validatePackage } from './validate';

const { values, positionals } = parseCommandLine(
  process.argv.slice(2),
  { 'full-access': { type: 'string' } },
  true
);
const fullAccessPermissionSet = values['full-access'] ?? 'Product_Gap_TPM';
const root = positionals[0] ?? 'force-app';

const started = performance.now();
const { filesChecked, issues } = validatePackage({ root, fullAccessPermissionSet });
for (const issue of issues) console.error(formatIssue(issue));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${filesChecked} files checked, ${issues.length} errors (${seconds} s)`);
process.exitCode = issues.length > 0 ? 1 : 0;

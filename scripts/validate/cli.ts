/**
 * Offline metadata validation: `npx tsx scripts/validate/cli.ts [packageDir] [--full-access <PermissionSet>]`.
 * Prints each problem as `file:line: element.path: message`, then a summary; exits 1 on any problem.
 */
import { formatIssue } from './issue';
import { validatePackage } from './validate';

const args = process.argv.slice(2);
const flag = args.indexOf('--full-access');
const fullAccessPermissionSet = flag === -1 ? 'Product_Gap_TPM' : args[flag + 1];
const root =
  args.find((a, i) => !a.startsWith('--') && (flag === -1 || i !== flag + 1)) ?? 'force-app';

const started = performance.now();
const { filesChecked, issues } = validatePackage({ root, fullAccessPermissionSet });
for (const issue of issues) console.error(formatIssue(issue));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${filesChecked} files checked, ${issues.length} errors (${seconds} s)`);
process.exitCode = issues.length > 0 ? 1 : 0;

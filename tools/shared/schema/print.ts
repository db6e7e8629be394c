// Prints the generated UI API schema (admin, or as `--permission-set NAME` sees it) to stdout.
import { buildUiApiSchema } from './buildSchema';
import { printSchema } from 'graphql';
import { parseCommandLine } from '../args';

const { values } = parseCommandLine(process.argv.slice(2), {
  'permission-set': { type: 'string' }
});
const permissionSet = values['permission-set'];
const sets = permissionSet === undefined ? undefined : [permissionSet];
process.stdout.write(printSchema(buildUiApiSchema({ forPermissionSets: sets }).schema));

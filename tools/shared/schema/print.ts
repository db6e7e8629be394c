// Prints the generated UI API schema (admin, or as `--permission-set NAME` sees it) to stdout.
import { buildUiApiSchema } from './buildSchema';
import { printSchema } from 'graphql';

const i = process.argv.indexOf('--permission-set');
const sets = i > 0 ? [process.argv[i + 1]] : undefined;
process.stdout.write(printSchema(buildUiApiSchema({ forPermissionSets: sets }).schema));

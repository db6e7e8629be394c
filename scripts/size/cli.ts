// `npm run size:screens`: prints the size figures of every LWC bundle. It reports, it never fails
// (the screens are being split on other branches).
import { resolve } from 'node:path';
import { formatSizes, measureBundles } from './count';

const root = resolve(process.argv[2] ?? 'force-app/main/default/lwc');
console.log(formatSizes(measureBundles(root)));

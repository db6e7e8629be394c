import { parseArgs as parseArgv } from 'node:util';
import type { NetworkModel } from './latency';
import { NETWORK_OPTIONS, NETWORK_USAGE, networkModelOf } from './networkArgs';

/** What `preview/server/cli.ts` was asked to do. */
export interface CliOptions {
  port: number;
  reset: boolean;
  gaps?: number;
  submissions?: number;
  dataFile?: string;
  /** rebuild the bundle even when no source changed */
  rebuild: boolean;
  /** false with --no-lws: components run outside the Lightning Web Security sandbox */
  lws: boolean;
  help: boolean;
  /** delay GraphQL responses as an org would (absent: answer at once) */
  network?: NetworkModel;
}

export const USAGE = `Usage: npx tsx preview/server/cli.ts [--port 3000] [--reset] [--gaps N] [--submissions N] [--data-file F] [--rebuild] [--no-lws] [--model org] [--latency MS] [--bandwidth KB/s] [--max-in-flight N]
  --port N          port on 127.0.0.1 (default 3000; 0 picks a free one)
  --reset           rebuild the sample data set instead of loading the saved one
  --gaps N          number of product gaps in a new data set
  --submissions N   number of submissions in a new data set
  --data-file F     where the in-memory org is saved (default .data/preview/org.json)
  --rebuild         rebuild the app bundle even when no source changed
  --no-lws          run the components without the Lightning Web Security sandbox (debugging)
${NETWORK_USAGE}`;

const OPTIONS = {
  port: { type: 'string' },
  reset: { type: 'boolean' },
  rebuild: { type: 'boolean' },
  gaps: { type: 'string' },
  submissions: { type: 'string' },
  'data-file': { type: 'string' },
  'no-lws': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  ...NETWORK_OPTIONS
} as const;

function count(flag: string, value: string | undefined, min: number): number {
  const n = Number(value);
  if (value === undefined || value.startsWith('--') || !Number.isInteger(n) || n < min) {
    throw new Error(`${flag} needs a whole number of ${min} or more (got ${value ?? 'nothing'})`);
  }
  return n;
}

/** node:util's parse errors in this CLI's words: the flag and what it needs. */
function readArgv(argv: string[]) {
  try {
    return parseArgv({ args: argv, options: OPTIONS, strict: true, allowPositionals: false })
      .values;
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const flag = /'(-[-\w]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new Error(`Unknown option ${flag}`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new Error(message);
    if (flag === '--data-file') throw new Error('--data-file needs a path');
    throw new Error(`${flag} needs a value (got nothing)`);
  }
}

/** Parses the CLI's arguments; throws an Error naming the bad flag. */
export function parseArgs(argv: string[]): CliOptions {
  const values = readArgv(argv);
  const options: CliOptions = {
    port: values.port === undefined ? 3000 : count('--port', values.port, 0),
    reset: values.reset === true,
    rebuild: values.rebuild === true,
    lws: values['no-lws'] !== true,
    help: values.help === true
  };
  if (options.port > 65535) throw new Error('--port must be at most 65535');
  if (values.gaps !== undefined) options.gaps = count('--gaps', values.gaps, 1);
  if (values.submissions !== undefined) {
    options.submissions = count('--submissions', values.submissions, 0);
  }
  if (values['data-file'] !== undefined) {
    if (values['data-file'] === '' || values['data-file'].startsWith('--')) {
      throw new Error('--data-file needs a path');
    }
    options.dataFile = values['data-file'];
  }
  const network = networkModelOf(values);
  if (network) options.network = network;
  return options;
}

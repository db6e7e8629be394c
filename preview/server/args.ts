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
}

export const USAGE = `Usage: npx tsx preview/server/cli.ts [--port 3000] [--reset] [--gaps N] [--submissions N] [--data-file F] [--rebuild]
  --port N          port on 127.0.0.1 (default 3000; 0 picks a free one)
  --reset           rebuild the sample data set instead of loading the saved one
  --gaps N          number of product gaps in a new data set
  --submissions N   number of submissions in a new data set
  --data-file F     where the in-memory org is saved (default .data/preview/org.json)
  --rebuild         rebuild the app bundle even when no source changed
  --no-lws          run the components without the Lightning Web Security sandbox (debugging)`;

function count(flag: string, value: string | undefined, min: number): number {
  const n = Number(value);
  if (value === undefined || value.startsWith('--') || !Number.isInteger(n) || n < min) {
    throw new Error(`${flag} needs a whole number of ${min} or more (got ${value ?? 'nothing'})`);
  }
  return n;
}

/** Parses the CLI's arguments; throws an Error naming the bad flag. */
export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = {
    port: 3000,
    reset: false,
    rebuild: false,
    lws: true,
    help: false
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    switch (flag) {
      case '--port': {
        options.port = count(flag, value(), 0);
        if (options.port > 65535) throw new Error('--port must be at most 65535');
        break;
      }
      case '--reset':
        options.reset = true;
        break;
      case '--rebuild':
        options.rebuild = true;
        break;
      case '--no-lws':
        options.lws = false;
        break;
      case '--gaps':
        options.gaps = count(flag, value(), 1);
        break;
      case '--submissions':
        options.submissions = count(flag, value(), 0);
        break;
      case '--data-file': {
        const file = value();
        if (!file || file.startsWith('--')) throw new Error('--data-file needs a path');
        options.dataFile = file;
        break;
      }
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        throw new Error(`Unknown option ${argv[i]}`);
    }
  }
  return options;
}

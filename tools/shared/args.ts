// Command-line parsing for the tools: Node's util.parseArgs (strict), its errors reported as which
// option was unknown or lacked a value so that each CLI words its own message.
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What was wrong with the command line. */
export class ArgsError extends Error {
  constructor(
    readonly kind: 'unknown' | 'missing' | 'positional',
    readonly flag: string
  ) {
    super(`${kind} ${flag}`);
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses `argv` against `options` (util.parseArgs, strict); throws ArgsError on a bad command line. */
export function parseCommandLine<T extends Options>(
  argv: readonly string[],
  options: T,
  allowPositionals = false
) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const text = (error as Error).message;
    const flag = /'(--?[^\s'<]+)/.exec(text)?.[1] ?? /"([^"]+)"/.exec(text)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new ArgsError('unknown', flag);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new ArgsError('missing', flag);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      throw new ArgsError('positional', /'([^']*)'/.exec(text)?.[1] ?? text);
    }
    throw error;
  }
}

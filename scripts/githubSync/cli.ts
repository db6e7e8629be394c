// Entry point of `npm run github:sync`: one webhook payload (or --backfill) written to the org.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { OrgCheckError, orgClient } from '../orgCheck/orgClient';
import { connectionForTarget } from '../orgCheck/orgTarget';
import { parseGitHubSyncArgs, USAGE } from './args';
import { backfill } from './backfill';
import { readEvent } from './payload';
import { SyncRefused } from './state';
import { syncTarget, SyncWriteError } from './sync';

/** What the run may be given instead of the real world (tests). */
export interface GitHubSyncDeps {
  root?: string;
  env?: Record<string, string | undefined>;
  /** HTTP to the org */
  fetch?: typeof fetch;
  /** HTTP to GitHub (--backfill) */
  githubFetch?: typeof fetch;
  now?: Date;
  log?: (line: string) => void;
}

function readPayload(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SyncRefused(`cannot read the payload ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new SyncRefused(`the payload ${file} is not JSON`);
  }
}

/** Runs the CLI on `argv`; resolves to the exit code (see USAGE). */
export async function main(argv: string[], deps: GitHubSyncDeps = {}): Promise<number> {
  const log = deps.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const env = deps.env ?? process.env;
  const root = deps.root ?? resolve(__dirname, '..', '..');
  let options;
  try {
    options = parseGitHubSyncArgs(argv, env);
  } catch (error) {
    log(`github:sync: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    log(USAGE);
    return 0;
  }
  try {
    if (options.backfill) {
      const token = env.GITHUB_TOKEN;
      if (!token) {
        log('github:sync: --backfill reads GitHub with GITHUB_TOKEN, which is not set');
        return 2;
      }
      const client = orgClient(connectionForTarget(options, root), deps.fetch);
      const outcome = await backfill(client, options.repo!, token, {
        fetch: deps.githubFetch,
        now: deps.now,
        log: (line) => log(`github:sync: ${line}`)
      });
      log(
        `github:sync: backfill of ${options.repo}: ${outcome.issues} issue(s), ${outcome.gapIds.length} gap(s), ${outcome.entryIds.length} entr${outcome.entryIds.length === 1 ? 'y' : 'ies'} written, ${outcome.failures.length} not read`
      );
      return outcome.failures.length ? 1 : 0;
    }
    const target = readEvent(options.eventName, readPayload(resolve(options.event!)));
    const client = orgClient(connectionForTarget(options, root), deps.fetch);
    await syncTarget(client, target, { now: deps.now, log: (line) => log(`github:sync: ${line}`) });
    return 0;
  } catch (error) {
    if (error instanceof SyncRefused) {
      log(`github:sync: refused: ${error.message}; nothing was written`);
      return 2;
    }
    if (error instanceof SyncWriteError || error instanceof OrgCheckError) {
      log(`github:sync: ${error.message}`);
      return error instanceof OrgCheckError ? error.exitCode : 1;
    }
    throw error;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(
        `github:sync: unexpected error: ${(error as Error).stack ?? String(error)}\n`
      );
      process.exit(1);
    }
  );
}

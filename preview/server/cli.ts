// `npm start`: builds the preview app and serves it on 127.0.0.1 with the in-memory org.
import { join, resolve } from 'node:path';
import { parseArgs, USAGE } from './args';
import { describeNetwork } from './networkArgs';
import { ROOT, startPreview } from './start';

async function main(): Promise<void> {
  const started = Date.now();
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const log = (line: string) => console.log(`[preview] ${line}`);
  const { server, build, emulatorMs } = await startPreview({
    port: options.port,
    rebuild: options.rebuild,
    lws: options.lws ? undefined : false,
    log,
    network: options.network,
    emulatorOptions: {
      file: resolve(options.dataFile ?? join(ROOT, '.data', 'preview', 'org.json')),
      reset: options.reset,
      gaps: options.gaps,
      submissions: options.submissions
    }
  });
  if (!options.lws) log('Lightning Web Security sandbox: off (--no-lws)');
  log(`bundle: ${build.mode} in ${build.ms} ms; org ready in ${emulatorMs} ms`);
  if (options.network) log(`GraphQL network: ${describeNetwork(options.network)}`);
  const uptime = Math.round(process.uptime() * 1000);
  log(
    `started in ${Date.now() - started} ms (${uptime} ms since the process began): ${server.url}/ (Ctrl+C stops)`
  );
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(
    `[preview] could not start: ${error instanceof Error ? error.message : String(error)}`
  );
  if (process.env.DEBUG) console.error(error);
  process.exit(1);
});

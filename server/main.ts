// The playground in one process: the app port (the page, its env and log,
// and same-origin experiments) and the API port (the policy server).
// Run after a build: node build/server/server/main.js
import { readConfig } from './config.ts';
import { startPlayground } from './playground.ts';
import { RedisRecord } from './record-redis.ts';

async function main(): Promise<void> {
  const config = readConfig(process.env);
  const playground = await startPlayground(config);
  const { deployment, fallback } = playground.deps;

  console.log(`CORS playground: open ${deployment.app}/`);
  console.log(`  policy server (API): ${deployment.api}  (both ports listen on ${config.host})`);
  const { record } = playground.deps;
  if (record instanceof RedisRecord) {
    console.log(`  request record: Redis at ${config.redisUrl}${record.available ? '' : ' (not reachable yet: experiments are answered, not recorded, until it is)'}`);
  }
  console.log(`  If your browser does not resolve *.localhost names, open ${fallback.app}/ instead:`);
  console.log('  the page then uses localhost and 127.0.0.1 as its origins and says which roles share one.');
  if (config.publicMode) console.log('  PUBLIC=1: "Check my API" refuses loopback, private and link-local targets and rate-limits each client.');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: closing connections…`);
    // Answers in progress get a second to finish (a pattern match takes
    // milliseconds: re2js), then every connection is cut; the process is gone
    // within 2 s whatever a client does.
    void playground.close(1000).then(() => process.exit(0));
    setTimeout(() => process.exit(0), 1800).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`The playground could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

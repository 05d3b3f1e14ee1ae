// The command's entry point (bin/cors-playground.mjs runs its build): prints and exits.
import { runCli } from './cli.ts';

runCli(process.argv.slice(2)).then(
  ({ code, out }) => {
    process.stdout.write(out);
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`cors-playground: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);

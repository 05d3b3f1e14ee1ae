#!/usr/bin/env node
// npx cors-playground check|audit …: runs the compiled command line
// (server/check/cli.ts). The first run after a clone (or after the sources
// change) compiles it with the project's own TypeScript into build/cli.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'build/cli/server/check/cli-main.js');

function newest(dir) {
  let latest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) latest = Math.max(latest, newest(p));
    else if (e.name.endsWith('.ts')) latest = Math.max(latest, fs.statSync(p).mtimeMs);
  }
  return latest;
}

const built = fs.existsSync(entry) ? fs.statSync(entry).mtimeMs : 0;
if (built < Math.max(newest(path.join(root, 'src')), newest(path.join(root, 'server')))) {
  process.stderr.write('cors-playground: compiling the command line (once)…\n');
  const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', path.join(root, 'server/check/tsconfig.cli.json')], { stdio: 'inherit' });
    fs.utimesSync(entry, new Date(), new Date());
  } catch {
    process.stderr.write('cors-playground: the build failed (run `npm ci` first)\n');
    process.exit(2);
  }
}
await import(pathToFileURL(entry).href);

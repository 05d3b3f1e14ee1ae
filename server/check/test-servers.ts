// Real servers for the check's tests, on loopback: Express + cors in its
// common configurations (the dangerous ones too), and nginx from Debian with
// a configuration written here. Test-only (not built).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import cors, { type CorsOptions } from 'cors';
import express from 'express';

export const TRUSTED = 'https://app.example.com';

/** One Express app per configuration (name → what it is). The misconfigured ones are named for the audit's class. */
export const EXPRESS_CONFIGS: Record<string, { about: string; install: (app: express.Express) => void }> = {
  correct: { about: 'cors({ origin: [trusted], credentials: true })', install: (app) => app.use(cors({ origin: [TRUSTED], credentials: true })) },
  'reflect-with-credentials': { about: 'cors({ origin: true, credentials: true })', install: (app) => app.use(cors({ origin: true, credentials: true })) },
  'reflect-any-origin': { about: 'cors({ origin: true })', install: (app) => app.use(cors({ origin: true })) },
  'unescaped-dot': {
    about: 'cors({ origin: /^https:\\/\\/app.example\\.com$/, credentials: true })',
    install: (app) => app.use(cors({ origin: /^https:\/\/app.example\.com$/, credentials: true })),
  },
  'suffix-match': {
    about: "origin.endsWith('app.example.com')",
    install: (app) => app.use(cors({ origin: (o, cb) => cb(null, !!o && o.endsWith('app.example.com')), credentials: true })),
  },
  'prefix-match': {
    about: "origin.startsWith('https://app.example.com')",
    install: (app) => app.use(cors({ origin: (o, cb) => cb(null, !!o && o.startsWith(TRUSTED)), credentials: true })),
  },
  'null-trusted': { about: "cors({ origin: [trusted, 'null'], credentials: true })", install: (app) => app.use(cors({ origin: [TRUSTED, 'null'], credentials: true })) },
  'sibling-subdomain': {
    about: 'cors({ origin: /^https:\\/\\/[a-z]+\\.example\\.com$/ })',
    install: (app) => app.use(cors({ origin: /^https:\/\/[a-z]+\.example\.com$/, credentials: true })),
  },
  'http-trusted': {
    about: "cors({ origin: [trusted, 'http://app.example.com'] })",
    install: (app) => app.use(cors({ origin: [TRUSTED, 'http://app.example.com'], credentials: true })),
  },
  'wildcard-with-credentials': { about: "cors({ origin: '*', credentials: true })", install: (app) => app.use(cors({ origin: '*', credentials: true } as CorsOptions)) },
  'missing-vary': {
    about: 'a hand-written middleware that sets Access-Control-Allow-Origin for the trusted origin, without Vary: Origin',
    install: (app) =>
      app.use((req, res, next) => {
        if (req.headers.origin === TRUSTED) res.set('Access-Control-Allow-Origin', TRUSTED);
        next();
      }),
  },
  'no-cors': { about: 'no CORS middleware at all', install: () => {} },
  'redirect-then-cors': {
    about: 'GET /old answers 302 to /data (with cors on both)',
    install: (app) => {
      app.use(cors({ origin: [TRUSTED, 'http://localhost:3000'] }));
      app.get('/old', (_req, res) => res.redirect(302, '/data'));
    },
  },
};

export interface Running {
  url: string;
  close(): Promise<void>;
}

export async function startExpress(config: keyof typeof EXPRESS_CONFIGS, port: number): Promise<Running> {
  const app = express();
  EXPRESS_CONFIGS[config]!.install(app);
  app.all('/data', (_req, res) => res.json({ secret: 'account data' }));
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(port, '127.0.0.1', () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${port}/data`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** nginx answering the preflight itself and CORS for one origin, with `always` (as the export writes it). */
export function nginxServerBlock(port: number, allowOrigin: string): string {
  return `
    server {
      listen 127.0.0.1:${port};
      location / {
        if ($request_method = OPTIONS) {
          add_header Access-Control-Allow-Origin "${allowOrigin}" always;
          add_header Access-Control-Allow-Methods "GET, POST, PUT" always;
          add_header Access-Control-Allow-Headers "content-type, authorization" always;
          add_header Vary Origin always;
          return 204;
        }
        add_header Access-Control-Allow-Origin "${allowOrigin}" always;
        add_header Vary Origin always;
        default_type application/json;
        return 200 '{"ok":true}';
      }
    }`;
}

export async function startNginx(serverBlock: string, port: number): Promise<Running> {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'check-nginx-'));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${prefix}/${t};`);
  const conf = ['daemon off;', 'master_process off;', 'worker_processes 1;', `pid ${prefix}/nginx.pid;`, `error_log ${prefix}/error.log warn;`,
    'events { worker_connections 64; }', 'http {', '  access_log off;', ...temp, serverBlock, '}', ''].join('\n');
  fs.writeFileSync(path.join(prefix, 'nginx.conf'), conf);
  const child: ChildProcess = spawn('/usr/sbin/nginx', ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')], { stdio: 'ignore' });
  await waitForPort(port);
  return {
    url: `http://127.0.0.1:${port}/data`,
    close: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      fs.rmSync(prefix, { recursive: true, force: true });
    },
  };
}

async function waitForPort(port: number): Promise<void> {
  const net = await import('node:net');
  for (let i = 0; i < 100; i++) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => { s.destroy(); resolve(true); });
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nothing listens on port ${port}`);
}

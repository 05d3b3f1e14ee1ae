// One probe over real HTTP on loopback: the raw header lines as received
// (node:http keeps repeated lines apart in rawHeaders). Probes never repeat a request header.
import http from 'node:http';
import net from 'node:net';
import type { HeaderList } from '../src/scenario/types.ts';

export function send(port: number, method: string, path: string, headers: HeaderList): Promise<{ status: number; headers: HeaderList; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, headers: Object.fromEntries(headers), agent: false }, (res) => {
      const lines: HeaderList = [];
      for (let i = 0; i < res.rawHeaders.length; i += 2) lines.push([res.rawHeaders[i]!, res.rawHeaders[i + 1]!]);
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: lines, body }));
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`no answer from 127.0.0.1:${port} for ${method} ${path}`)));
    req.on('error', reject);
    req.end();
  });
}

/** Resolves once something accepts connections on the port (the framework is up), rejects after `ms`. */
export async function waitForPort(port: number, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const up = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => {
        s.destroy();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
    if (up) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on 127.0.0.1:${port} after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

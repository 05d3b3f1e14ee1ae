// One HTTP/1.1 request written byte for byte (the method token as given:
// node:http would upper-case "patch"; header names and order as given) to the
// address the resolver checked, and its answer read with limits on time and
// size. Never throws: every failure is a typed ProbeError.
import net from 'node:net';
import tls from 'node:tls';
import type { HeaderList } from '../../src/scenario/types.ts';
import type { ProbeError, ProbeErrorKind, RecordedResponse } from '../../src/check/types.ts';
import { resolveHost, type AddressPolicy } from './addresses.ts';
import { ResponseReader } from './response-reader.ts';

export interface WireRequest {
  method: string;
  url: URL;
  /** Every line after the request line, in order, Host included. */
  headers: HeaderList;
  body: Buffer | null;
}

export interface ClientLimits {
  timeoutMs: number;
  headBytes: number;
  bodyBytes: number;
}

export interface ClientOptions extends ClientLimits, AddressPolicy {}

export type Sent =
  | { ok: true; address: string; response: RecordedResponse }
  | { ok: false; address: string | null; error: ProbeError };

const TLS_CODE = /^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|HOSTNAME_MISMATCH|ERR_OSSL)/;

function errorKind(error: NodeJS.ErrnoException): ProbeErrorKind {
  const code = error.code ?? '';
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'ETIMEDOUT') return 'timeout';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'dns';
  if (TLS_CODE.test(code) || /certificate|ssl|tls/i.test(error.message)) return 'tls';
  return 'reset';
}

export function serializeRequest(req: WireRequest): Buffer {
  const lines = [`${req.method} ${req.url.pathname}${req.url.search} HTTP/1.1`, ...req.headers.map(([n, v]) => `${n}: ${v}`)];
  return Buffer.concat([Buffer.from(lines.join('\r\n') + '\r\n\r\n', 'latin1'), req.body ?? Buffer.alloc(0)]);
}

export async function sendRequest(req: WireRequest, options: ClientOptions): Promise<Sent> {
  const url = req.url.href;
  const resolved = await resolveHost(req.url.hostname, options);
  if (!resolved.ok) return { ok: false, address: null, error: { kind: resolved.kind, message: resolved.message, url } };
  const https = req.url.protocol === 'https:';
  const port = Number(req.url.port || (https ? 443 : 80));
  const address = resolved.family === 6 ? `[${resolved.address}]:${port}` : `${resolved.address}:${port}`;
  return new Promise<Sent>((resolve) => {
    let settled = false;
    const reader = new ResponseReader(req.method, options);
    const socket = https
      ? tls.connect({ host: resolved.address, port, servername: net.isIP(req.url.hostname.replace(/^\[|\]$/g, '')) ? undefined : req.url.hostname, ALPNProtocols: ['http/1.1'] })
      : net.connect({ host: resolved.address, port });
    const finish = (result: Sent) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const fail = (kind: ProbeErrorKind, message: string) => finish({ ok: false, address, error: { kind, message, url } });
    const timer = setTimeout(() => fail('timeout', `no complete answer from ${address} within ${options.timeoutMs / 1000} s`), options.timeoutMs);
    socket.once(https ? 'secureConnect' : 'connect', () => socket.write(serializeRequest(req)));
    socket.on('data', (chunk: Buffer) => {
      const state = reader.push(chunk);
      if (state.kind === 'done') finish({ ok: true, address, response: state.response });
      else if (state.kind === 'error') fail(state.error, state.message);
    });
    socket.on('end', () => {
      const state = reader.end();
      if (state.kind === 'done') finish({ ok: true, address, response: state.response });
      else fail(state.kind === 'error' ? state.error : 'bad-response', state.kind === 'error' ? state.message : `${address} closed the connection before a complete answer`);
    });
    socket.on('error', (error: NodeJS.ErrnoException) => fail(errorKind(error), `${error.code ?? 'error'}: ${error.message}`));
  });
}

// The settings of one running playground, from the environment.
import { DEFAULT_API_PORT, DEFAULT_APP_PORT, DEFAULT_SITE } from '../src/scenario/origins.ts';

export interface ServerConfig {
  host: string;
  appPort: number;
  /**
   * The port in the app origins the page is told about. It differs from
   * appPort only when a dev server in front forwards to the app listener.
   */
  appPublicPort: number | null;
  apiPort: number;
  site: string;
  staticDir: string;
  /** PUBLIC=1: a shared instance. The check refuses internal targets and rate-limits per client (server/check/). */
  publicMode?: boolean;
  /**
   * The API port in the origins the page is told about, when a proxy in front
   * (nginx, deploy/) answers on another port than apiPort.
   */
  apiPublicPort?: number | null;
  /** Where the shared request record lives (redis://…); unset: in this process's memory. */
  redisUrl?: string;
  /** Signs session ids; every instance behind one proxy needs the same one. Unset: a random key per process. */
  sessionSecret?: string;
}

export function readConfig(env: Record<string, string | undefined>): ServerConfig {
  const site = env.PLAYGROUND_SITE || DEFAULT_SITE;
  // The site becomes part of every origin and of Location headers.
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(site)) throw new Error(`PLAYGROUND_SITE is not a host name: ${site}`);
  return {
    host: env.HOST || '127.0.0.1',
    appPort: port(env, 'APP_PORT', DEFAULT_APP_PORT),
    appPublicPort: env.APP_PUBLIC_PORT ? port(env, 'APP_PUBLIC_PORT', DEFAULT_APP_PORT) : null,
    apiPort: port(env, 'API_PORT', DEFAULT_API_PORT),
    site,
    staticDir: env.STATIC_DIR || 'dist',
    ...(publicMode(env.PUBLIC) ? { publicMode: true } : {}),
    ...(env.API_PUBLIC_PORT ? { apiPublicPort: port(env, 'API_PUBLIC_PORT', DEFAULT_API_PORT) } : {}),
    ...(env.REDIS_URL ? { redisUrl: redisUrl(env.REDIS_URL) } : {}),
    ...(env.SESSION_SECRET ? { sessionSecret: secret(env.SESSION_SECRET) } : {}),
  };
}

function publicMode(text: string | undefined): boolean {
  if (text === undefined || text === '' || text === '0') return false;
  if (text === '1') return true;
  throw new Error(`PUBLIC must be 1 (a shared instance) or 0: ${text}`);
}

function port(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const text = env[name];
  if (!text) return fallback;
  const value = Number(text);
  // 0 asks the system for a free port (tests); the origins are built from the port actually bound.
  if (!/^\d+$/.test(text) || !Number.isInteger(value) || value < 0 || value > 65535) throw new Error(`${name} is not a port number: ${text}`);
  return value;
}

function redisUrl(text: string): string {
  if (!/^rediss?:\/\/[^\s]+$/.test(text)) throw new Error(`REDIS_URL must start with redis:// or rediss://: ${text}`);
  return text;
}

function secret(text: string): string {
  // Anyone who knows it can make session ids that read other tabs' records.
  if (text.length < 32) throw new Error(`SESSION_SECRET must be at least 32 characters (it has ${text.length})`);
  return text;
}

import type { ChildProcess } from 'node:child_process';

export interface LocalProcess {
  name: string;
  child: ChildProcess;
  readonly pid: number | undefined;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<void>;
}
export interface LocalRedis extends LocalProcess { port: number; url: string }
export interface LocalInstance extends LocalProcess { appPort: number; apiPort: number }
export interface LocalNginx extends LocalProcess { appPort: number; apiPort: number; accessLog: string; conf: string }
export interface LocalCluster {
  dir: string;
  redis: LocalRedis | null;
  instances: LocalInstance[];
  nginx: LocalNginx;
  sessionSecret: string;
  url: string;
  api: string;
  appPort: number;
  apiPort: number;
  stop(): Promise<void>;
}
export declare function freePort(from?: number, to?: number, taken?: Set<number>): Promise<number>;
export declare function waitForPort(port: number, timeoutMs?: number): Promise<void>;
export declare function startRedis(options: { port: number; dir: string; maxmemory?: string }): Promise<LocalRedis>;
export declare function startInstance(options: {
  appPort: number; apiPort: number; appPublicPort?: number; apiPublicPort?: number;
  redisUrl?: string; sessionSecret?: string; site?: string; env?: Record<string, string>;
}): Promise<LocalInstance>;
export declare function startNginx(options: { dir: string; appPort: number; apiPort: number; instances: { appPort: number; apiPort: number }[] }): Promise<LocalNginx>;
export declare function startCluster(options?: { instances?: number; from?: number; to?: number; site?: string; redis?: boolean }): Promise<LocalCluster>;

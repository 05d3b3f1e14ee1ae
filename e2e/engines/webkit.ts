// WebKitGTK behind the EngineDriver contract: webkit_driver.py (its GObject
// bindings under an Xvfb of its own) spoken to in JSON lines. A driver process
// holds one page at a time, so every console line it captures is that page's:
// a page opened while another is open gets a process of its own (kept for
// reuse once closed). The processes die with this one: stdin closes (we exit)
// or PR_SET_PDEATHSIG fires (we are killed); each takes its Xvfb with it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { ConsoleLine, EngineDriver, EnginePage } from './driver.ts';

const SCRIPT = fileURLToPath(new URL('./webkit_driver.py', import.meta.url));
/** Debian's python3 has the `gi` bindings; a python3 earlier on PATH (pyenv, venv) may not. */
const PYTHON = process.env.WEBKIT_PYTHON ?? '/usr/bin/python3';
/** Xvfb, the bindings and GTK take a second on an idle machine, far more on a loaded one. */
const START_TIMEOUT_MS = 50_000;
/** A load or a script may take long on a busy machine; the driver answers with its own error then. */
const GOTO_TIMEOUT_MS = 30_000;
const EVALUATE_TIMEOUT_MS = 30_000;
/** Above the driver's own timeouts, so the driver's error is the one seen. */
const ANSWER_TIMEOUT_MS = 40_000;

/** A console line as WebKit printed it, with the source WebKit names (SECURITY, JS, NETWORK, CONSOLE-API…). */
export interface WebKitConsoleLine extends ConsoleLine {
  source: string;
}

interface Ready {
  ready: true;
  version: string;
  /** WebKitGTK's default cookie accept policy (`no-third-party`). */
  cookiePolicy: string;
}

interface Answer {
  id: number;
  ok: boolean;
  result?: unknown;
  error?: string;
}

/** One webkit_driver.py process and its request/answer bookkeeping. */
class DriverProcess {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private exited: string | null = null;
  busy = false;

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    readonly ready: Ready,
  ) {}

  static start(): Promise<DriverProcess> {
    const child = spawn(PYTHON, [SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stderr.on('data', (chunk: Buffer) => {
      if (process.env.WEBKIT_DRIVER_DEBUG) process.stderr.write(chunk);
    });
    const lines = createInterface({ input: child.stdout });
    return new Promise((resolve, reject) => {
      let proc: DriverProcess | null = null;
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`webkit_driver.py did not start within ${START_TIMEOUT_MS} ms`));
      }, START_TIMEOUT_MS);
      child.on('error', (e) => {
        clearTimeout(timer);
        reject(new Error(`cannot start ${PYTHON} ${SCRIPT}: ${e.message}`));
      });
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        const why = `webkit_driver.py exited (${signal ?? `code ${code}`})`;
        if (!proc) return reject(new Error(why));
        proc.fail(why);
      });
      lines.on('line', (line) => {
        const message = JSON.parse(line) as Ready | Answer;
        if ('ready' in message) {
          clearTimeout(timer);
          proc = new DriverProcess(child, message);
          resolve(proc);
        } else proc?.settle(message);
      });
    });
  }

  request<T>(cmd: string, fields: Record<string, unknown> = {}): Promise<T> {
    if (this.exited) return Promise.reject(new Error(this.exited));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`webkit_driver.py: no answer to ${cmd} within ${ANSWER_TIMEOUT_MS} ms`));
      }, ANSWER_TIMEOUT_MS);
      this.pending.set(id, {
        resolve: (v) => (clearTimeout(timer), resolve(v as T)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      this.child.stdin.write(JSON.stringify({ id, cmd, ...fields }) + '\n');
    });
  }

  private settle(answer: Answer): void {
    const waiter = this.pending.get(answer.id);
    if (!waiter) return;
    this.pending.delete(answer.id);
    if (answer.ok) waiter.resolve(answer.result);
    else waiter.reject(new Error(answer.error ?? 'webkit_driver.py: failed'));
  }

  private fail(why: string): void {
    this.exited = why;
    for (const waiter of this.pending.values()) waiter.reject(new Error(why));
    this.pending.clear();
  }

  get alive(): boolean {
    return this.exited === null;
  }

  async stop(): Promise<void> {
    if (!this.alive) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await this.request('quit').catch(() => undefined);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
}

class WebKitPage implements EnginePage {
  private closed = false;

  constructor(
    private readonly proc: DriverProcess,
    private readonly id: string,
  ) {}

  async goto(url: string): Promise<void> {
    await this.proc.request('goto', { page: this.id, url, timeoutMs: GOTO_TIMEOUT_MS });
  }

  evaluate<T>(functionBody: string, arg?: unknown): Promise<T> {
    return this.proc.request<T>('evaluate', { page: this.id, body: functionBody, arg: arg ?? null, timeoutMs: EVALUATE_TIMEOUT_MS });
  }

  /** The page's console; each line also carries WebKit's source (SECURITY, JS, …). */
  async console(): Promise<WebKitConsoleLine[]> {
    const lines = await this.proc.request<Array<WebKitConsoleLine & { url: string | null }>>('console', { page: this.id });
    return lines.map(({ level, text, source }) => ({ level, text, source }));
  }

  async clearConsole(): Promise<void> {
    await this.proc.request('clear_console', { page: this.id });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      if (this.proc.alive) await this.proc.request('close_page', { page: this.id });
    } finally {
      this.proc.busy = false;
    }
  }
}

class WebKitDriver implements EngineDriver {
  readonly engine = 'webkit' as const;
  readonly version: string;
  /** WebKitGTK's default, left as it is: `no-third-party` (third-party cookies are neither sent nor stored). */
  readonly cookiePolicy: string;

  constructor(private readonly procs: DriverProcess[]) {
    this.version = procs[0]!.ready.version;
    this.cookiePolicy = procs[0]!.ready.cookiePolicy;
  }

  async newPage(): Promise<EnginePage> {
    let proc = this.procs.find((p) => p.alive && !p.busy);
    if (!proc) {
      proc = await DriverProcess.start();
      this.procs.push(proc);
    }
    proc.busy = true;
    try {
      const { page } = await proc.request<{ page: string }>('new_page');
      return new WebKitPage(proc, page);
    } catch (e) {
      proc.busy = false;
      throw e;
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.procs.splice(0).map((p) => p.stop()));
  }
}

/** Starts WebKitGTK (one driver process; more start as pages are opened in parallel). */
export async function launchWebKit(): Promise<EngineDriver & { cookiePolicy: string }> {
  return new WebKitDriver([await DriverProcess.start()]);
}

// The parent side of the runner protocol: one hidden iframe on the origin the
// request comes from. It is kept across runs of the same role, so the
// browser's preflight cache carries over, and replaced when the role changes.
import { pageOrigin, runnerHost, type Deployment } from '../scenario/origins.ts';
import type { OriginRole } from '../scenario/types.ts';
import {
  isReadyMessage,
  isResultMessage,
  runnerUrl,
  type RunInit,
  type RunMessage,
  type RunResult,
} from '../runner/protocol.ts';

export const RUN_TIMEOUT_MS = 10_000;

interface Frame {
  key: string;
  element: HTMLIFrameElement;
  /** The origin its messages carry: "null" for the sandboxed runner. */
  messageOrigin: string;
  /** Where we post to; a sandboxed (opaque) origin can only be addressed as "*". */
  postOrigin: string;
  ready: Promise<void>;
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e)),
    );
  });
}

export class RunnerFrames {
  private frame: Frame | null = null;
  private markReady: (() => void) | null = null;
  private pending = new Map<string, (result: RunResult) => void>();

  constructor(
    private readonly container: HTMLElement = document.body,
    private readonly parentOrigin: string = location.origin,
  ) {
    window.addEventListener('message', this.onMessage);
  }

  private onMessage = (event: MessageEvent) => {
    const frame = this.frame;
    // Only our current runner, from the origin it must have, is listened to.
    if (!frame || event.source !== frame.element.contentWindow || event.origin !== frame.messageOrigin) return;
    const data: unknown = event.data;
    if (isReadyMessage(data)) this.markReady?.();
    else if (isResultMessage(data)) {
      this.pending.get(data.runId)?.(data.result);
      this.pending.delete(data.runId);
    }
  };

  private frameFor(role: OriginRole, d: Deployment): Frame {
    const host = runnerHost(role, d);
    const key = `${role} ${host}`;
    if (this.frame?.key === key) return this.frame;
    this.frame?.element.remove();

    const element = document.createElement('iframe');
    element.title = `Runner for requests from ${role}`;
    element.className = 'runner-frame';
    element.tabIndex = -1;
    element.setAttribute('aria-hidden', 'true');
    if (role === 'null') element.setAttribute('sandbox', 'allow-scripts');
    const ready = new Promise<void>((resolve) => (this.markReady = resolve));
    element.src = runnerUrl(host, this.parentOrigin);
    const messageOrigin = pageOrigin(role, d);
    this.frame = { key, element, messageOrigin, postOrigin: role === 'null' ? '*' : host, ready };
    this.container.append(element);
    return this.frame;
  }

  /** Loads the runner for `role` ahead of a run, so the first Send does not wait for a page (and its process) to load. */
  prepare(role: OriginRole, d: Deployment): void {
    this.frameFor(role, d);
  }

  /** Runs one fetch() in the runner for `role`; rejects only when the runner itself fails or times out. */
  async run(role: OriginRole, d: Deployment, url: string, init: RunInit): Promise<RunResult> {
    const frame = this.frameFor(role, d);
    try {
      await withTimeout(frame.ready, RUN_TIMEOUT_MS, `The runner page on ${runnerHost(role, d)} did not load within ${RUN_TIMEOUT_MS / 1000} s. Is the server running, and does this browser resolve that host name?`);
    } catch (e) {
      // Start afresh next time rather than wait on a frame that never loaded.
      frame.element.remove();
      if (this.frame === frame) this.frame = null;
      throw e;
    }
    const runId = crypto.randomUUID();
    const result = new Promise<RunResult>((resolve) => this.pending.set(runId, resolve));
    const message: RunMessage = { type: 'cors-playground:run', runId, url, init };
    frame.element.contentWindow?.postMessage(message, frame.postOrigin);
    try {
      return await withTimeout(result, RUN_TIMEOUT_MS, `The request did not settle within ${RUN_TIMEOUT_MS / 1000} s (the runner got no answer from fetch()).`);
    } finally {
      this.pending.delete(runId);
    }
  }
}

// One real run: note where the server's log stands, have the runner fetch()
// from the chosen origin, then read what the server recorded for this run.
import type { QueryClient } from '@tanstack/react-query';
import { pageOrigin, type Deployment } from '../scenario/origins.ts';
import type { Scenario, ScenarioRequest } from '../scenario/types.ts';
import type { RunInit, RunResult } from '../runner/protocol.ts';
import type { BrowserRun } from '../lib/browser-run.ts';
import { fetchLog, logStatusQueryOptions } from '../lib/server-api.ts';
import { classifyOutcome } from './classify.ts';
import type { RunnerFrames } from './runner-frames.ts';

export interface RunReport extends BrowserRun {
  url: string;
  from: ScenarioRequest['from'];
  /** The page's origin (the runner frame's), as the browser serialized it. */
  origin: string;
  redirect: ScenarioRequest['redirect'];
}

/** The body as the runner should build it: a JSON body is just a string. */
export function toRunInit(request: ScenarioRequest): RunInit {
  const b = request.body;
  return {
    method: request.method,
    headers: request.headers,
    body: b.type === 'json' ? { type: 'text', text: b.text } : b,
    mode: request.mode,
    credentials: request.credentials,
    cache: request.cache,
    redirect: request.redirect,
    ...(request.via ? { via: request.via } : {}),
    ...(request.keepalive ? { keepalive: true } : {}),
    ...(request.referrerPolicy ? { referrerPolicy: request.referrerPolicy } : {}),
    ...(request.referrer !== undefined ? { referrer: request.referrer } : {}),
    ...(request.targetAddressSpace ? { targetAddressSpace: request.targetAddressSpace } : {}),
  };
}

export interface RunDeps {
  frames: RunnerFrames;
  queryClient: QueryClient;
}

/**
 * Only when fetch() failed and nothing reached the server: whether the server had answered this
 * URL earlier in this tab (then the browser's HTTP cache answered). The whole record is read then only.
 */
async function answeredBefore(result: RunResult, entries: readonly unknown[], session: string, url: string): Promise<boolean> {
  if (result.settled !== 'rejected' || entries.length > 0) return false;
  const [record, { answeredEarlier }] = await Promise.all([fetchLog(session, 0).catch(() => null), import('./answered-earlier.ts')]);
  return record !== null && answeredEarlier(url, record.entries);
}

/** @param url the scenario's request URL (lib/request-url.ts), computed once per run by the caller */
export async function runScenario(deps: RunDeps, scenario: Scenario, d: Deployment, session: string, url: string): Promise<RunReport> {
  const { request } = scenario;
  const before = await deps.queryClient.fetchQuery(logStatusQueryOptions(session));
  performance.mark('cors-playground:run:log-before');
  let result: RunResult | null = null;
  let harnessError: string | null = null;
  try {
    result = await deps.frames.run(request.from, d, url, toRunInit(request));
  } catch (e) {
    harnessError = (e as Error).message;
  }
  performance.mark('cors-playground:run:fetched');
  const after = await fetchLog(session, before.lastSeq);
  performance.mark('cors-playground:run:log-after');
  void deps.queryClient.invalidateQueries({ queryKey: logStatusQueryOptions(session).queryKey });
  return {
    url,
    from: request.from,
    origin: pageOrigin(request.from, d),
    redirect: request.redirect,
    result,
    harnessError,
    entries: after.entries,
    outcome: result ? classifyOutcome(result, after.entries, {
      redirect: request.redirect, mode: request.mode, streamBody: request.body.type === 'stream',
      answeredBefore: await answeredBefore(result, after.entries, session, url),
      localNetworkChecked: scenario.network?.page === 'public' || request.targetAddressSpace !== undefined,
    }) : null,
  };
}

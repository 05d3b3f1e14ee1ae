// The request lines the case table says the server receives (Referer, Origin,
// Content-Type: the body's kinds, keepalive, the referrer policy), checked in
// real Chromium against the server's record. The parity suite checks the same
// cases' outcomes; this checks what crossed the wire.
import { test, expect } from './fixtures.ts';
import { CASES } from '../src/scenario/cases/index.ts';
import type { Page } from '@playwright/test';
import { resolveTokens, runnerHost } from '../src/scenario/origins.ts';
import type { Scenario } from '../src/scenario/types.ts';
import type { LoggedRequest } from '../src/scenario/log-types.ts';
import { testDeployment } from './deployment.ts';

/** The runner frame's own URL, as the browser has it ({page} in the table): the Referer under unsafe-url. */
function pageUrl(page: Page, s: Scenario): string {
  const origin = runnerHost(s.request.from, testDeployment);
  const frame = page.frames().find((f) => f.url().startsWith(`${origin}/runner.html`));
  if (!frame) throw new Error(`no runner frame on ${origin}`);
  return frame.url();
}

function lines(entry: LoggedRequest, wanted: Record<string, string | null>): Record<string, string | null> {
  return Object.fromEntries(Object.keys(wanted).map((name) => [name, entry.headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1] ?? null]));
}

function resolve(wanted: Record<string, string | null>, page: string): Record<string, string | null> {
  return Object.fromEntries(Object.entries(wanted).map(([n, v]) => [n, v === null ? null : resolveTokens(v.replace('{page}', page), testDeployment)]));
}

for (const c of CASES.filter((c) => c.steps.some((s) => s.expect.received))) {
  test(`${c.id}: the server received what the table says`, async ({ playground }) => {
    const [step] = c.steps;
    await playground.open(step!.scenario);
    await playground.send();
    const { entries } = await playground.serverRecord();
    const { received, preflightReceived } = step!.expect;
    const page = pageUrl(playground.page, step!.scenario);
    const actual = entries.filter((e) => e.kind === 'actual');
    expect(actual.length, 'actual requests recorded').toBeGreaterThan(0);
    for (const e of actual) expect(lines(e, received!), 'actual request').toEqual(resolve(received!, page));
    if (preflightReceived) {
      const preflight = entries.filter((e) => e.kind === 'preflight');
      expect(preflight.length, 'preflights recorded').toBeGreaterThan(0);
      for (const e of preflight) expect(lines(e, preflightReceived), 'preflight').toEqual(resolve(preflightReceived, page));
    }
  });
}

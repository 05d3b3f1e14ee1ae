// predict(): what Chromium will do with one scenario, step by step, with the
// exact words it prints and the smallest fix. Pure: the server is a function
// and the preflight cache goes in and comes out.
import { pageOrigin, runnerHost } from '../scenario/origins.ts';
import { cookieBaseDomain, hostOf, siteForCookies } from './cookies.ts';
import type { Scenario } from '../scenario/types.ts';
import { serverModel } from '../policy/model.ts';
import type { FetchContext, FetchOutcome, RequestState } from './context.ts';
import { credentialsInclude } from './context.ts';
import { step } from './explain.ts';
import { readableHeaders } from './exposed.ts';
import { mainFetch } from './fetch.ts';
import { parseUrl } from './http.ts';
import { firefoxReason } from './messages.ts';
import { channelFailureConsole, corsConsole, networkConsole, type FailureFacts } from './console-lines.ts';
import { rulesFor, type EngineRules } from './engine-differences.ts';
import { EMPTY_CACHE } from './preflight-cache.ts';
import { preflightNeed } from './preflight-fetch.ts';
import { constructRequest } from './request.ts';
import { requestAsBuilt, STREAM_AS_TEXT, STREAM_REFUSED } from './bodies.ts';
import { bodyLength } from './body-bytes.ts';
import { findFix, passes, type Run } from './fix.ts';
import { channelIntro, channelPrediction, channelRequest, formBlocked, websocketPrediction } from './channels.ts';
import type { Prediction, PredictInput, Serve } from './types.ts';
import { failedParameterOf, type Decision } from './decision.ts';
import { LOOPBACK_PAGE } from '../scenario/defaults.ts';

export type { PredictInput, Prediction } from './types.ts';

/** Options beyond the shared contract. */
export interface PredictOptions {
  /** The runner page's URL, named by the "Unsafe attempt to load URL" message. Default: its origin + "/". */
  frameUrl?: string;
}

/** What fetch() rejects with for a network error, in this engine's words. */
function failedToFetch(ctx: FetchContext): Prediction['js'] {
  return { kind: 'error', name: 'TypeError', message: ctx.rules.failedToFetch };
}

/** What every outcome shares; `facts` are the record's outcome-specific facts (what failed and where). */
function base(ctx: FetchContext, verdict: Prediction['verdict'], facts: Partial<Pick<Decision, 'error' | 'typeErrorStep' | 'networkError'>> = {}): Omit<Prediction, 'js'> {
  const cookie = ctx.requests.find((r) => r.kind === 'actual')?.cookie ?? { cookie: 'not-sent', reason: 'no-request' };
  const error = facts.error ?? null;
  const failedParameter = error ? failedParameterOf(error) : null;
  const placed = placedPage(ctx);
  const decision: Decision = {
    verdict, error, failedParameter, preflight: ctx.decision.preflight, preflightReasons: ctx.decision.preflightReasons,
    typeErrorStep: facts.typeErrorStep ?? null, networkError: facts.networkError ?? null, cookie,
    ...(ctx.httpCache ? { httpCache: ctx.httpCache } : {}),
    ...(placed ? { placedPage: placed } : {}),
  };
  return {
    verdict, corsError: error?.name ?? null, failedParameter,
    failedParameterOneOf: error?.name === 'HeaderDisallowedByPreflightResponse' && error.refused.length > 1 ? error.refused : null,
    consoleMessage: null, engine: ctx.rules.engine, console: [], firefox: null,
    requests: ctx.requests, preflightFromCache: ctx.preflightFromCache, cache: ctx.cache, decision, trace: ctx.trace, fix: null, cookie,
  };
}

/** The page's placement when the scenario put it somewhere other than loopback (Decision.placedPage). */
function placedPage(ctx: FetchContext): Decision['placedPage'] {
  const page = ctx.network.placement.page;
  return ctx.networkSaid && page !== 'loopback' ? page : undefined;
}

/** The main line and every line, as Prediction holds them. */
function lines(console: string[]): Pick<Prediction, 'consoleMessage' | 'console'> {
  return { consoleMessage: console[0] ?? null, console };
}

function fromOutcome(outcome: FetchOutcome, state: RequestState, ctx: FetchContext): Prediction {
  const facts = (lastUrl: string): FailureFacts => ({
    initialUrl: state.initialUrl.href, lastUrl, pageOrigin: ctx.pageOrigin, frameUrl: ctx.frameUrl, status: ctx.lastStatus,
    headers: ctx.lastHeaders, requestHeaders: state.request.headers, redirectMode: state.request.redirect, keepalive: state.request.keepaliveBytes !== null,
    preflightNeeded: state.tainting === 'cors' && preflightNeed(state, ctx).needed,
    ...(ctx.initiator ? { initiator: ctx.initiator } : {}),
  });
  switch (outcome.kind) {
    case 'cors-error': {
      const error = outcome.failure;
      ctx.trace.push(step('response', 'fail', { message: ctx.rules.failedToFetch }));
      return {
        ...base(ctx, 'cors-error', { error }),
        ...lines(corsConsole(ctx.rules.engine, error, facts(outcome.lastUrl))),
        firefox: firefoxReason(error.name, outcome.detail), js: failedToFetch(ctx),
      };
    }
    case 'network-error':
      ctx.trace.push(step('response', 'fail', { message: ctx.rules.failedToFetch }));
      return {
        ...base(ctx, 'network-error', { networkError: outcome.reason }),
        ...lines(networkConsole(ctx.rules.engine, outcome.reason, outcome.consoleMessage, facts(state.url.href))),
        js: failedToFetch(ctx),
      };
    case 'response': {
      const opaque = outcome.type === 'opaque' || outcome.type === 'opaqueredirect';
      const readable = readableHeaders(outcome.type, outcome.headers, outcome.body, credentialsInclude(state));
      if (!opaque) ctx.trace.push(step('exposed-headers', 'info', { names: readable.map(([n]) => n).join(', ') }));
      ctx.trace.push(step('response', opaque ? 'info' : 'pass', { type: outcome.type, status: String(outcome.status) }));
      return {
        ...base(ctx, opaque ? 'opaque' : 'ok'),
        js: { kind: 'response', status: opaque ? 0 : outcome.status, type: outcome.type, readableHeaders: readable },
      };
    }
  }
}

/** The login cookie as this engine holds it: the API's host-only cookie, and the page's site for SameSite. */
function cookieJar(input: PredictInput, origin: string, rules: EngineRules): FetchContext['cookies'] {
  const { deployment, scenario } = input;
  // A sandboxed frame has an opaque origin; WebKit still gives it its top page's site.
  const frame = origin === 'null' && rules.sandboxedSiteForCookies === 'top' ? runnerHost(scenario.request.from, deployment) : origin;
  const secureOverHttp = input.cookie?.sameSite === 'None' && deployment.api.startsWith('http:');
  const thirdParty = rules.refusesThirdPartyCookieStorage && cookieBaseDomain(deployment.api) !== cookieBaseDomain(deployment.app);
  return {
    login: input.cookie, host: hostOf(deployment.api), siteForCookies: siteForCookies(frame, deployment.app),
    notStored: secureOverHttp && !rules.storesSecureCookieOverHttpLocalhost ? 'secure-not-stored' : thirdParty ? 'third-party-not-stored' : null,
  };
}

function run(input: PredictInput, options: PredictOptions): Run {
  const { scenario, deployment } = input;
  const origin = pageOrigin(scenario.request.from, deployment);
  const ctx: FetchContext = {
    rules: rulesFor(input.engine), lastHeaders: [],
    serve: input.serve, pageOrigin: origin, topOrigin: deployment.app, frameUrl: options.frameUrl ?? `${runnerHost(scenario.request.from, deployment)}/`,
    now: input.now ?? 0, cache: input.cache ?? EMPTY_CACHE, trace: [], requests: [], preflightFromCache: false, lastStatus: 0,
    decision: { preflight: 'none', preflightReasons: null },
    // The runner frames sit in the app's page: it is the top-level site. The API's cookie is host-only.
    cookies: cookieJar(input, origin, rulesFor(input.engine)),
    network: { placement: scenario.network ?? LOOPBACK_PAGE, appPort: parseUrl(deployment.app)?.port ?? '' },
    networkSaid: scenario.network !== undefined,
  };
  const via = scenario.request.via ?? 'fetch';
  if (via === 'websocket') return { prediction: websocketPrediction(scenario.server, input.requestUrl, deployment, ctx, base(ctx, 'ok')), lastStatus: 0 };
  if (formBlocked(scenario.request)) {
    ctx.trace.push(step('channel-sandboxed-form', 'fail'));
    const console = lines(channelFailureConsole(ctx.rules.engine, 'form-sandboxed', input.requestUrl));
    return { prediction: { ...base(ctx, 'network-error', { networkError: 'sandboxed-form' }), ...console, js: failedToFetch(ctx), channel: { via: 'form', event: 'error' } }, lastStatus: 0 };
  }
  if (via !== 'fetch') channelIntro(via, scenario.request, ctx);
  const asked = via === 'fetch' ? requestAsBuilt(scenario.request, ctx.rules.streamBody) : channelRequest(scenario.request, via);
  if (asked.body !== scenario.request.body && via === 'fetch') ctx.trace.push(step('request-stream-as-text', 'info', { browser: ctx.rules.browser, text: STREAM_AS_TEXT }));
  const built = constructRequest(asked, ctx.rules.engine);
  if (!built.ok) {
    ctx.trace.push(step('request-construct', 'fail', { message: built.message }));
    return { prediction: { ...base(ctx, 'type-error', { typeErrorStep: built.step }), js: { kind: 'error', name: 'TypeError', message: built.message } }, lastStatus: 0 };
  }
  const request = built.request;
  if (request.streamBody && ctx.rules.streamBody === 'refuse') {
    ctx.trace.push(step('request-stream-refused', 'fail', { browser: ctx.rules.browser }));
    return { prediction: { ...base(ctx, 'type-error', { typeErrorStep: 'stream-unsupported' }), js: STREAM_REFUSED }, lastStatus: 0 };
  }
  ctx.trace.push(step('request-construct', 'pass', { method: request.method, headers: request.headers.map(([n]) => n).join(', ') }));
  for (const d of request.dropped) ctx.trace.push(step('request-header-dropped', 'info', { name: d.name, reason: d.reason }, d.name, d.value));
  if (request.addedContentType) ctx.trace.push(step('request-content-type', 'info', { value: request.addedContentType }, 'Content-Type', request.addedContentType));
  const url = parseUrl(input.requestUrl);
  if (!url) {
    const message = `Failed to execute 'fetch' on 'Window': Failed to parse URL from ${input.requestUrl}`;
    return { prediction: { ...base(ctx, 'type-error', { typeErrorStep: 'url-invalid' }), js: { kind: 'error', name: 'TypeError', message } }, lastStatus: 0 };
  }
  if (via === 'fetch' && scenario.request.keepalive) request.keepaliveBytes = bodyLength(asked.body);
  const state: RequestState = { request, initialUrl: url, url, tainted: false, tainting: 'basic', redirectCount: 0 };
  const outcome = mainFetch(state, ctx);
  const prediction = fromOutcome(outcome, state, ctx);
  return {
    prediction: via === 'fetch' ? prediction : channelPrediction(via, prediction, ctx.lastStatus, ctx),
    lastStatus: ctx.lastStatus,
    ...(ctx.lastAnsweredBy ? { lastAnsweredBy: ctx.lastAnsweredBy } : {}),
  };
}

/** The prediction for one run, with a fix that the engine has checked by predicting it again. */
export function predict(input: PredictInput, options: PredictOptions = {}): Prediction {
  const first = run(input, options);
  // A fix is a change to the CORS policy: nothing to fix for a no-cors load or a WebSocket.
  const noCors = first.prediction.channel !== undefined && first.prediction.channel.via !== 'eventsource';
  if (passes(input.scenario, first.prediction) || first.prediction.verdict === 'opaque' || noCors) return first.prediction;
  const serveFor = (s: Scenario): Serve => (s.server === input.scenario.server ? input.serve : serverModel(s.server, input.deployment));
  const repredict = (s: Scenario) => run({ ...input, scenario: s, serve: serveFor(s) }, options);
  return { ...first.prediction, fix: findFix(input.scenario, first, input.deployment, repredict) };
}

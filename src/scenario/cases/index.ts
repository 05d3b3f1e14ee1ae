// The one table of scenario cases: engine tests, server tests and the browser
// parity suite all read it. Expectations come from the reference
// (chromium-cors.md, toolchain.md observations), never from the engine.
import type { ScenarioCase } from './types.ts';
import { SAFELIST_CASES } from './safelist.ts';
import { MODE_CASES } from './modes.ts';
import { CREDENTIAL_CASES } from './credentials.ts';
import { PREFLIGHT_CASES } from './preflight.ts';
import { ORIGIN_CASES } from './origin.ts';
import { REDIRECT_CASES } from './redirects.ts';
import { CACHE_CASES } from './cache.ts';
import { COOKIE_CASES } from './cookies.ts';
import { CHANNEL_CASES } from './channels.ts';
import { HTTP_CACHE_CASES } from './http-cache.ts';
import { SEQUENCE_CASES } from './sequences.ts';
import { ENGINE_CASES } from './engines.ts';
import { withEngineExpectations } from './engine-overrides.ts';
import { BODY_CASES } from './bodies.ts';
import { REQUEST_OPTION_CASES } from './request-options.ts';
import { LOCAL_NETWORK_CASES } from './local-network.ts';

export const CASES: ScenarioCase[] = withEngineExpectations([
  ...SAFELIST_CASES,
  ...ORIGIN_CASES,
  ...PREFLIGHT_CASES,
  ...CREDENTIAL_CASES,
  ...MODE_CASES,
  ...REDIRECT_CASES,
  ...CACHE_CASES,
  ...COOKIE_CASES,
  ...CHANNEL_CASES,
  ...HTTP_CACHE_CASES,
  ...SEQUENCE_CASES,
  ...BODY_CASES,
  ...REQUEST_OPTION_CASES,
  ...ENGINE_CASES,
  ...LOCAL_NETWORK_CASES,
]);

import { test } from 'vitest';
import { predict } from './predict.ts';
import { makeDeployment, targetOrigin } from '../scenario/origins.ts';
import { apiUrl } from '../scenario/wire.ts';
import { serverModel } from '../policy/model.ts';
import { DEFAULT_SCENARIO, DEFAULT_POLICY } from '../scenario/defaults.ts';
test('smoke', () => {
  const d = makeDeployment();
  const s = { ...DEFAULT_SCENARIO, request: { ...DEFAULT_SCENARIO.request, method: 'PUT', headers: [['X-A','1']] as [string,string][] } };
  const url = apiUrl(targetOrigin('app', d), 'sessionsession1234', 'cfg', s.request.path);
  const p = predict({ scenario: s, deployment: d, requestUrl: url, serve: serverModel(s.server, d) });
  console.log(JSON.stringify(p, null, 1));
});

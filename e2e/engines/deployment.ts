// The origins the engines' suite runs on: the same layout as the Chromium
// suite's (e2e/deployment.ts), on ports of its own so both can run at once.
// E2E_ENGINES_APP_PORT / E2E_ENGINES_API_PORT choose them; E2E_APP_PORT /
// E2E_API_PORT are honoured too (one pair of ports for a whole worktree).
import { makeDeployment } from '../../src/scenario/origins.ts';

const env = process.env;

export const ENGINES_PORTS = {
  app: Number(env.E2E_ENGINES_APP_PORT ?? env.E2E_APP_PORT ?? 5283),
  api: Number(env.E2E_ENGINES_API_PORT ?? env.E2E_API_PORT ?? 8897),
};

export const enginesDeployment = makeDeployment('playground.localhost', ENGINES_PORTS.app, ENGINES_PORTS.api);

// The origins the end-to-end tests run on: the same layout as the defaults,
// on ports of their own.
import { makeDeployment } from '../src/scenario/origins.ts';

export const TEST_PORTS = {
  app: Number(process.env.E2E_APP_PORT ?? 5273),
  api: Number(process.env.E2E_API_PORT ?? 8887),
};

export const testDeployment = makeDeployment('playground.localhost', TEST_PORTS.app, TEST_PORTS.api);

// The page is honest about Local Network Access in a normal Chromium (default project):
// a scenario that places the page in public is predicted as Chromium's check decides,
// but this browser loaded the page from loopback, so the real run goes through. The page
// says so near the result, with the command that would make the real run agree, and does
// not call the difference a bug. The editor's control places the page.
import { test, expect } from './fixtures.ts';
import { policyScenario } from '../src/scenario/cases/helpers.ts';
import { TEST_PORTS } from './deployment.ts';

test('a public placement: the model refuses, this browser does not, and the page says why and how to see it', async ({ playground }) => {
  await playground.open({ ...policyScenario({}), network: { page: 'public', permission: 'denied' } });
  await playground.send();
  const { result, page } = playground;
  await expect(result).toHaveAttribute('data-browser-outcome', 'ok');
  await expect(result).toHaveAttribute('data-predicted-cors-error', 'LocalNetworkAccessPermissionDenied');
  const note = page.getByTestId('placement-note');
  await expect(note).toContainText(`--ip-address-space-overrides=127.0.0.1:${TEST_PORTS.app}=public`);
  await expect(page.getByTestId('agreement')).toHaveAttribute('data-expected', 'true');
});

test('the editor places the page and grants the permission; the live code shows targetAddressSpace', async ({ playground }) => {
  await playground.open(policyScenario({}));
  const { page, result } = playground;
  await page.getByTestId('network-page').selectOption('public');
  await playground.send();
  await expect(result).toHaveAttribute('data-predicted-cors-error', 'LocalNetworkAccessPermissionDenied');
  await page.getByLabel('the user allowed local network access').check();
  await playground.send();
  await expect(result).toHaveAttribute('data-predicted-outcome', 'ok');
  await page.getByLabel('targetAddressSpace').selectOption('local');
  await expect(page.getByText("targetAddressSpace: 'local'")).toBeVisible();
  // In this browser the page really is on loopback: only the target space is checked, and refused.
  await playground.send();
  await expect(result).toHaveAttribute('data-predicted-cors-error', 'InvalidLocalNetworkAccess');
  await expect(result).toHaveAttribute('data-browser-outcome', 'cors-error');
  await expect(result).toHaveAttribute('data-preflight', 'none');
});

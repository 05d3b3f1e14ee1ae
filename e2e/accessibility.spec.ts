// The playground as a screen-reader or keyboard user meets it: axe-core's
// WCAG 2 A/AA rules over the whole page, before and after a run.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';

for (const scheme of ['light', 'dark'] as const) {
  test(`no WCAG A/AA violations before and after a run (${scheme})`, async ({ page, playground }) => {
    // Two audits of the whole page (its three engines' predictions included): axe needs more than
    // the default 30 s on a busy machine. Not a speed target.
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    await playground.open();
    const audit = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).exclude('iframe').analyze();
    const summary = (r: Awaited<ReturnType<typeof audit>>) =>
      r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(summary(await audit())).toEqual([]);
    await playground.send();
    expect(summary(await audit())).toEqual([]);
  });
}

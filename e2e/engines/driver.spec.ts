// The EngineDriver contract itself, in each engine: what the parity suite
// relies on without checking it. Console lines belong to the page that printed
// them (two pages open at once), console() holds every line since the page
// opened or was cleared, evaluate() returns JSON and rejects with a thrown
// error's message, and a page that cannot load rejects instead of hanging.
import { createServer } from 'node:net';
import { test, expect } from './fixtures.ts';
import { enginesDeployment } from './deployment.ts';
import type { EnginePage } from './driver.ts';

/** A small document: the API's JSON 404, on the API origin. */
const apiDocument = `${enginesDeployment.api}/`;
/** The app answers without CORS headers: a fetch() from the API origin fails CORS. */
const noCorsUrl = `${enginesDeployment.app}/not-for-other-origins`;

const texts = async (page: EnginePage) => (await page.console()).map((l) => l.text);

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test('two pages open at once: each console holds its own lines only', async ({ driver }) => {
  const a = await driver.newPage();
  const b = await driver.newPage();
  try {
    await Promise.all([a.goto(apiDocument), b.goto(apiDocument)]);
    await Promise.all([a.clearConsole(), b.clearConsole()]);
    await Promise.all([
      a.evaluate(`console.log('page A: ' + arg.n); await fetch(arg.url).catch(() => {});`, { n: 1, url: noCorsUrl }),
      b.evaluate(`console.warn('page B: ' + arg)`, 2),
    ]);
    // The CORS failure is printed by the browser's network code: it may trail the script.
    await expect.poll(async () => (await texts(a)).some((t) => t.includes(noCorsUrl)), { message: "A's CORS failure, in A" }).toBe(true);
    expect(await texts(a)).toContain('page A: 1');
    const linesB = await b.console();
    expect(linesB.map(({ level, text }) => ({ level, text }))).toContainEqual({ level: 'warning', text: 'page B: 2' });
    expect(linesB.filter((l) => l.text.includes('page A') || l.text.includes(noCorsUrl)), "A's lines in B").toEqual([]);
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
});

test('console(): every line since the page opened or was cleared, several-line messages whole', async ({ enginePage: page }) => {
  await page.goto(apiDocument);
  await page.evaluate(`console.log('before clearing')`);
  await page.clearConsole();
  await page.evaluate(`console.log('one')`);
  await expect.poll(() => texts(page)).toContain('one');
  await page.evaluate(`console.error('two\\nlines')`);
  await expect.poll(() => texts(page)).toContain('two\nlines');
  const lines = await texts(page);
  expect(lines.indexOf('one'), 'still there after a second console()').toBeLessThan(lines.indexOf('two\nlines'));
  expect(lines).not.toContain('before clearing');
  expect((await page.console()).find((l) => l.text === 'two\nlines')?.level).toBe('error');
});

test('evaluate(): the result as JSON, a thrown error as its message; goto() rejects when nothing answers', async ({ enginePage: page }) => {
  await page.goto(apiDocument);
  expect(await page.evaluate('return { sum: arg.a + 1, list: [arg.b, null], origin: location.origin }', { a: 41, b: 'x' })).toEqual({
    sum: 42,
    list: ['x', null],
    origin: enginesDeployment.api,
  });
  expect(await page.evaluate('return await new Promise((r) => setTimeout(() => r(arg), 50));', 'later')).toBe('later');
  await expect(page.evaluate('throw new Error("refused: " + arg)', 'because')).rejects.toThrow('refused: because');
  await expect(page.goto(`http://127.0.0.1:${await closedPort()}/`)).rejects.toThrow();
  // The page is still usable afterwards.
  await page.goto(apiDocument);
  expect(await page.evaluate('return location.origin')).toBe(enginesDeployment.api);
});

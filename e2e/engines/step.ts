// One step as both suites run it: press Send, read what the page shows, wait
// for the browser's console lines, read what the server received, and (with
// ENGINES_OBSERVE) dump it all.
import type { EngineName } from './fixtures.ts';
import type { EnginePage } from './driver.ts';
import { requestLines } from './console-filter.ts';
import { recordObservation } from './observe.ts';
import { receivedRequest, type EnginePlayground } from './playground.ts';

/**
 * The console lines about the request. They may trail the page's own result
 * (the browser logs from its network code): wait until they match the
 * prediction, or until they have had time to arrive.
 */
async function settledConsole(page: EnginePage, engine: EngineName, predicted: string[]) {
  // Generous: a passing step returns at once, only a difference waits it out (CI runs three browsers on two cores).
  const deadline = Date.now() + 5_000;
  for (;;) {
    const all = await page.console();
    const lines = requestLines(engine, all);
    if (JSON.stringify(lines) === JSON.stringify(predicted) || Date.now() > deadline) return { lines, all };
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Sends the scenario on screen and returns the browser's side and the model's, side by side. */
export async function sendAndObserve(playground: EnginePlayground, engine: EngineName, id: string, step: number) {
  const page = playground.page;
  const before = (await playground.serverRecord()).lastSeq;
  await page.clearConsole();
  await playground.send();
  const seen = await playground.observe();
  const { lines, all } = await settledConsole(page, engine, seen.predicted.console);
  const received = (await playground.serverRecord(before)).entries.map(receivedRequest);
  recordObservation(engine, { id, step, browser: { ...seen.browser, console: lines, consoleAll: all }, predicted: seen.predicted, received });
  const { engine: predictedFor, ...model } = seen.predicted;
  return { browser: { ...seen.browser, console: lines }, model, predictedFor };
}

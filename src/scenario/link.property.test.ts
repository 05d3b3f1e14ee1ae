// Property: whatever arrives after "#", the decoder resolves (never throws or
// rejects) and, when it cannot open the link, says what was wrong.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeLink, encodeLink } from './link.ts';
import { DEFAULT_POLICY, DEFAULT_SCENARIO, PRESETS } from './defaults.ts';
import { CASES } from './cases/index.ts';

const SAMPLES = [
  DEFAULT_SCENARIO,
  ...PRESETS.map((p) => ({ ...DEFAULT_SCENARIO, server: { type: 'policy' as const, policy: p.policy } })),
  ...CASES.slice(0, 12).map((c) => c.steps[0]!.scenario),
];
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A decoder answer is either a scenario or a non-empty reason. */
async function expectAnswer(hash: string): Promise<void> {
  const read = await decodeLink(hash);
  if (read.kind === 'error') expect(read.error.length).toBeGreaterThan(10);
  else if (read.kind === 'ok') expect(read.scenario.version).toBe(1);
  else expect(hash.startsWith('#s=') || hash.startsWith('#scenario=')).toBe(false);
}

type Mutation = { kind: 'cut'; at: number } | { kind: 'set'; at: number; ch: string } | { kind: 'drop'; at: number } | { kind: 'insert'; at: number; ch: string };
function mutate(text: string, m: Mutation): string {
  const at = 4 + (m.at % Math.max(1, text.length - 4)); // keep "#s=" and mutate the rest, version included
  if (m.kind === 'cut') return text.slice(0, at);
  if (m.kind === 'drop') return text.slice(0, at) + text.slice(at + 1);
  if (m.kind === 'set') return text.slice(0, at) + m.ch + text.slice(at + 1);
  return text.slice(0, at) + m.ch + text.slice(at);
}
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), ch: fc.constantFrom(...B64, '%', '$', 'é') }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), ch: fc.constantFrom(...B64, '=', ' ') }),
);

describe('the link decoder never throws and always says what was wrong', () => {
  it('on random text after the link prefixes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('#s=', '#s=2', '#scenario=', '#'), fc.string({ maxLength: 200 }), async (prefix, rest) => expectAnswer(prefix + rest)),
      { numRuns: 300 },
    );
  });

  it('on random base64url after "#s=2"', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...B64), { maxLength: 300 }), async (chars) => expectAnswer('#s=2' + chars.join(''))),
      { numRuns: 300 },
    );
  });

  it('on real links, mutated (cut, a character changed, dropped or inserted)', async () => {
    const links = await Promise.all(SAMPLES.map((scenario) => encodeLink({ scenario })));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...links), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (link, ms) => expectAnswer(ms.reduce(mutate, link))),
      { numRuns: 400 },
    );
  });

  it('on random JSON inside a well-formed compact or readable link', async () => {
    const json = fc.oneof(fc.json({ maxDepth: 3 }), fc.record({ request: fc.jsonValue({ maxDepth: 2 }), server: fc.jsonValue({ maxDepth: 3 }), title: fc.jsonValue({ maxDepth: 1 }) }).map((o) => JSON.stringify(o)));
    await fc.assert(
      fc.asyncProperty(json, async (text) => {
        await expectAnswer('#scenario=' + encodeURIComponent(text));
        await expectAnswer(await encodeLink({ scenario: { ...DEFAULT_SCENARIO, title: text } }));
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips random edits of the policy exactly', async () => {
    const policy = fc.record({
      exposeHeaders: fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }),
      allowCredentials: fc.boolean(),
      maxAge: fc.option(fc.integer({ min: -10, max: 100_000 })),
      preflightStatus: fc.integer({ min: 200, max: 599 }),
    });
    const title = fc.option(fc.string({ maxLength: 40 }), { nil: undefined });
    await fc.assert(
      fc.asyncProperty(policy, title, fc.string({ maxLength: 20 }), async (p, t, method) => {
        const { title: _t, ...base } = DEFAULT_SCENARIO;
        const scenario = { ...base, ...(t === undefined ? {} : { title: t }), request: { ...base.request, method }, server: { type: 'policy' as const, policy: { ...DEFAULT_POLICY, ...p } } };
        expect(await decodeLink(await encodeLink({ scenario }))).toEqual({ kind: 'ok', format: 2, scenario });
      }),
      { numRuns: 150 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { readScenarioLink, scenarioHash } from './scenario-link.ts';
import { DEFAULT_SCENARIO, PRESETS } from '../scenario/defaults.ts';
import type { Scenario } from '../scenario/types.ts';

describe('scenario links', () => {
  it('round-trips a scenario through the hash', () => {
    const scenario: Scenario = {
      ...DEFAULT_SCENARIO,
      request: { ...DEFAULT_SCENARIO.request, method: 'patch', headers: [['X-A', 'b & c #d']] },
      server: { type: 'policy', policy: PRESETS[0]!.policy },
    };
    const hash = scenarioHash(scenario);
    expect(hash.startsWith('#scenario=')).toBe(true);
    expect(hash.slice(1)).not.toMatch(/[#\s]/);
    expect(readScenarioLink(hash)).toEqual({ kind: 'ok', scenario });
  });

  it('ignores hashes that are not scenario links', () => {
    expect(readScenarioLink('')).toEqual({ kind: 'none' });
    expect(readScenarioLink('#lessons')).toEqual({ kind: 'none' });
  });

  it('explains a link that is not valid URL encoding', () => {
    const read = readScenarioLink('#scenario=%E0%A4%A');
    expect(read.kind).toBe('error');
    expect(read.kind === 'error' && read.error).toMatch(/URL encoding/);
  });

  it('passes on the parser’s reason for a bad scenario', () => {
    const read = readScenarioLink('#scenario=' + encodeURIComponent('{"version":1,"request":{"method":7}}'));
    expect(read.kind).toBe('error');
    expect(read.kind === 'error' && read.error).toContain('scenario.request.method');
    expect(readScenarioLink('#scenario=not%20json').kind).toBe('error');
  });
});

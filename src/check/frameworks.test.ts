// The framework signs, on answers as each framework writes them.
import { describe, expect, it } from 'vitest';
import { recogniseFramework } from './frameworks.ts';
import type { HeaderList } from '../scenario/types.ts';

describe('recogniseFramework', () => {
  it.each<[string, HeaderList, string | null]>([
    ['Express', [['X-Powered-By', 'Express'], ['Content-Type', 'application/json']], 'express'],
    ['uvicorn', [['date', 'x'], ['server', 'uvicorn']], 'fastapi'],
    ['nginx', [['Server', 'nginx/1.22.1']], 'nginx'],
    ['Spring\'s three Vary values', [['Vary', 'Origin'], ['Vary', 'Access-Control-Request-Method'], ['Vary', 'Access-Control-Request-Headers']], 'spring-filter'],
    ['Go: canonical, sorted, Date, no Server', [['Access-Control-Allow-Origin', '*'], ['Content-Type', 'text/plain'], ['Date', 'x']], 'go'],
    ['unsorted canonical lines are not Go', [['Date', 'x'], ['Content-Type', 'text/plain'], ['Access-Control-Allow-Origin', '*']], null],
    ['nothing to go by', [['Content-Type', 'application/json']], null],
  ])('%s', (_what, headers, id) => {
    expect(recogniseFramework([headers])?.id ?? null).toBe(id);
  });

  it('names the line that gave it away', () => {
    expect(recogniseFramework([[['X-Powered-By', 'PHP/8.2.1']]])).toEqual({ id: 'php', name: 'PHP', evidence: ['X-Powered-By: PHP/8.2.1'] });
  });
});

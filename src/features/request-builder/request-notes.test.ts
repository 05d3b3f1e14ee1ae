import { describe, expect, it } from 'vitest';
import { bodyNote, droppedHeaderReason, methodNote, redirectNote } from './request-notes.ts';
import { DEFAULT_REQUEST } from '../../scenario/defaults.ts';

describe('droppedHeaderReason', () => {
  it('flags forbidden names in any case, prefixes, and User-Agent (still dropped by Chromium)', () => {
    for (const name of ['Cookie', 'origin', 'Sec-Fetch-Mode', 'Proxy-Authorization', 'User-Agent', 'Content-Length']) {
      expect(droppedHeaderReason(name, 'x', 'cors')).toMatch(/forbidden/);
    }
  });

  it('lets ordinary and custom headers through in cors mode', () => {
    expect(droppedHeaderReason('Content-Type', 'application/json', 'cors')).toBeNull();
    expect(droppedHeaderReason('X-Api-Key', 'k', 'cors')).toBeNull();
    expect(droppedHeaderReason('Authorization', 'Bearer x', 'cors')).toBeNull();
  });

  it('flags method overrides only when they name a forbidden method', () => {
    expect(droppedHeaderReason('X-HTTP-Method-Override', 'trace', 'cors')).toMatch(/forbidden/);
    expect(droppedHeaderReason('X-HTTP-Method-Override', 'PATCH', 'cors')).toBeNull();
  });

  it('in no-cors mode keeps only the four safelistable names', () => {
    expect(droppedHeaderReason('X-Api-Key', 'k', 'no-cors')).toMatch(/no-cors/);
    expect(droppedHeaderReason('Accept', 'text/plain', 'no-cors')).toBeNull();
  });
});

describe('methodNote', () => {
  it('says a lower-case standard method is upper-cased', () => {
    expect(methodNote('put', 'cors')).toMatch(/Sent as PUT/);
  });
  it('says patch is sent as typed and differs from PATCH', () => {
    expect(methodNote('patch', 'cors')).toMatch(/Sent exactly as patch/);
    expect(methodNote('PATCH', 'cors')).toBeNull();
    expect(methodNote('GET', 'cors')).toBeNull();
  });
  it('says what fetch() throws for', () => {
    expect(methodNote('TRACE', 'cors')).toMatch(/unsupported/);
    expect(methodNote('GE T', 'cors')).toMatch(/not a valid HTTP method/);
    expect(methodNote('PUT', 'no-cors')).toMatch(/no-cors/);
  });
});

describe('bodyNote and redirectNote', () => {
  it('warns that GET and HEAD cannot carry a body, in any case', () => {
    expect(bodyNote({ ...DEFAULT_REQUEST, method: 'get', body: { type: 'text', text: 'x' } })).toMatch(/cannot have a body/);
    expect(bodyNote({ ...DEFAULT_REQUEST, method: 'POST', body: { type: 'text', text: 'x' } })).toBeNull();
  });
  it('explains that a JSON string goes out as text/plain unless Content-Type is set', () => {
    const json = { ...DEFAULT_REQUEST, method: 'POST', body: { type: 'json' as const, text: '{}' } };
    expect(bodyNote(json)).toMatch(/text\/plain/);
    expect(bodyNote({ ...json, headers: [['content-type', 'application/json']] })).toBeNull();
  });
  it('says no-cors needs redirect: follow', () => {
    expect(redirectNote({ ...DEFAULT_REQUEST, mode: 'no-cors', redirect: 'manual' })).toMatch(/follow/);
    expect(redirectNote({ ...DEFAULT_REQUEST, mode: 'cors', redirect: 'manual' })).toBeNull();
  });
});

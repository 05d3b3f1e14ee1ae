import { describe, expect, it } from 'vitest';
import { bodyNote, droppedHeaderReason, methodNote, redirectNote } from './request-notes.ts';
import { DEFAULT_REQUEST } from '../../scenario/defaults.ts';
import { constructRequest } from '../../engine/request.ts';

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

  it('in no-cors mode also drops a safelistable name whose value is not safelisted', () => {
    expect(droppedHeaderReason('Content-Type', 'application/json', 'no-cors')).toMatch(/no-cors/);
    expect(droppedHeaderReason('Content-Type', 'text/plain', 'no-cors')).toBeNull();
  });

  it('flags exactly the lines the engine drops when it builds the request', () => {
    const lines: Array<[string, string]> = [
      ['Cookie', 'a=1'], ['X-HTTP-Method-Override', 'PATCH'], ['X-Method-Override', 'GET, track'], ['Sec-Foo', '1'],
      ['Content-Type', 'application/json'], ['Accept', 'text/html'], ['X-Api-Key', 'k'], ['Range', 'bytes=0-'],
    ];
    for (const mode of ['cors', 'no-cors'] as const) {
      for (const [name, value] of lines) {
        const built = constructRequest({ ...DEFAULT_REQUEST, method: 'GET', mode, redirect: 'follow', headers: [[name, value]] });
        if (!built.ok) throw new Error(built.message);
        const engineDrops = built.request.dropped.length > 0;
        expect(droppedHeaderReason(name, value, mode) !== null, `${mode} ${name}: ${value}`).toBe(engineDrops);
      }
    }
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
  it('warns of a TypeError exactly when the engine cannot build the request', () => {
    for (const mode of ['cors', 'no-cors'] as const) {
      for (const method of ['GET', 'get', 'post', 'PUT', 'patch', 'PATCH', 'trace', 'Connect', 'GE T', '', 'délete']) {
        const built = constructRequest({ ...DEFAULT_REQUEST, method, mode, redirect: 'follow', headers: [], body: { type: 'none' } });
        expect(/TypeError/.test(methodNote(method, mode) ?? ''), `${mode} ${method}`).toBe(!built.ok);
      }
    }
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

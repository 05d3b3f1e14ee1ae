// Request bodies of every kind fetch() takes, observed in Chromium 156: a
// Blob's (or File's) type is its Content-Type and alone decides a preflight;
// an ArrayBuffer (or typed array, or DataView) has none; a ReadableStream is
// always preflighted and then never sent over HTTP/1.1.
import type { ScenarioRequest } from '../types.ts';
import type { CaseExpectation, ScenarioCase } from './types.ts';
import { fails, headerRefused, methodRefused, networkError, ok, opaque, policyCase, typeError } from './helpers.ts';

type Body = ScenarioRequest['body'];
const blob = (blobType: string, text = '{"a":1}'): Body => ({ type: 'blob', text, blobType });
const post = (body: Body, more: Partial<ScenarioRequest> = {}) => ({ method: 'POST', body, ...more });
/** The Content-Type the server received on the actual request (null: none). */
const withType = (expect: CaseExpectation, contentType: string | null): CaseExpectation => ({ ...expect, received: { 'Content-Type': contentType } });
const allowContentType = { allowHeaders: { type: 'list' as const, values: ['Content-Type'] } };
const arraybuffer: Body = { type: 'arraybuffer', text: 'hello' };
const stream: Body = { type: 'stream', text: 'hello' };

export const BODY_CASES: ScenarioCase[] = [
  policyCase('body-blob-json-preflighted', 'A Blob typed application/json brings that Content-Type: preflighted and refused.', post(blob('application/json')), {}, headerRefused('content-type')),
  policyCase('body-blob-json-allowed', 'A Blob typed application/json passes once Content-Type is allowed.', post(blob('application/json')), allowContentType, withType(ok(true), 'application/json')),
  policyCase('body-blob-text-plain', 'A Blob typed text/plain is a simple request.', post(blob('text/plain', 'hi')), {}, withType(ok(), 'text/plain')),
  policyCase('body-blob-no-type', 'A Blob without a type sends no Content-Type at all.', post(blob('', 'hi')), {}, withType(ok(), null)),
  policyCase('body-blob-type-lower-cased', 'The Blob constructor lower-cases its type: Text/Plain;Charset=UTF-8 goes out lower-case.', post(blob('Text/Plain;Charset=UTF-8', 'hi')), {}, withType(ok(), 'text/plain;charset=utf-8')),
  policyCase('body-blob-type-non-ascii', 'A Blob type with a non-ASCII character becomes empty: no Content-Type.', post(blob('text/plain\u00e9', 'hi')), {}, withType(ok(), null)),
  policyCase('body-blob-type-not-a-mime', 'A Blob typed "text /plain" is not a MIME type: preflighted.', post(blob('text /plain', 'hi')), {}, headerRefused('content-type')),
  policyCase('body-blob-urlencoded', 'A Blob typed application/x-www-form-urlencoded stays simple.', post(blob('application/x-www-form-urlencoded', 'a=1')), {}, withType(ok(), 'application/x-www-form-urlencoded')),
  policyCase('body-file-json', 'A File is a Blob with a name: its application/json type preflights too.', post({ type: 'blob', text: '{}', blobType: 'application/json', name: 'data.json' }), {}, headerRefused('content-type')),
  policyCase('body-blob-header-wins', "The author's Content-Type: text/plain wins over the Blob's application/json: simple.", post(blob('application/json'), { headers: [['Content-Type', 'text/plain']] }), {}, withType(ok(), 'text/plain')),
  policyCase('body-blob-no-cors-type-dropped', "In no-cors mode the Blob's application/json is dropped by the guard: sent without Content-Type.", post(blob('application/json'), { mode: 'no-cors' }), { allowOrigin: { type: 'none' } }, withType(opaque(), null)),
  policyCase('body-arraybuffer', 'An ArrayBuffer (a typed array, a DataView) has no Content-Type: a simple request.', post(arraybuffer), {}, withType(ok(), null)),
  policyCase('body-arraybuffer-json-header', 'An ArrayBuffer with Content-Type: application/json set by hand is preflighted.', post(arraybuffer, { headers: [['Content-Type', 'application/json']] }), {}, headerRefused('content-type')),
  policyCase('body-arraybuffer-put', 'A PUT of an ArrayBuffer is preflighted for its method.', { method: 'PUT', body: arraybuffer }, {}, methodRefused('PUT')),
  policyCase('body-stream-forced-preflight', 'A ReadableStream POST is preflighted, then Chromium refuses to stream it over HTTP/1.1.', post(stream), {}, networkError(true)),
  policyCase('body-stream-preflight-status', 'A ReadableStream POST whose preflight is answered 500 fails on the preflight.', post(stream), { preflightStatus: 500 }, fails('PreflightInvalidStatus', '', true)),
  policyCase('body-stream-put-allowed', 'A preflight that allows the PUT does not help a stream over HTTP/1.1.', { method: 'PUT', body: stream }, { allowMethods: { type: 'list', values: ['PUT'] } }, networkError(true)),
  policyCase('body-stream-same-origin', 'Same origin: no preflight, and still no streaming upload over HTTP/1.1.', post(stream, { from: 'same-origin' }), {}, networkError()),
  policyCase('body-stream-no-cors', 'A ReadableStream body in no-cors mode throws a TypeError.', post(stream, { mode: 'no-cors' }), {}, typeError()),
  policyCase('body-stream-keepalive', 'A ReadableStream body with keepalive throws a TypeError.', post(stream, { keepalive: true }), {}, typeError()),
  policyCase('body-stream-get', 'A GET cannot have a ReadableStream body either.', { body: stream }, {}, typeError()),
];

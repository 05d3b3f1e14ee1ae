// Copies as the browsers' DevTools write them ("Copy as cURL (bash)" and
// "(cmd)", "Copy as fetch") and typical hand-written calls; every expected
// request is written out by hand.
import { describe, expect, it } from 'vitest';
import { importRequest, toScenarioRequest, type ImportedRequest } from './index.ts';

function read(text: string): ImportedRequest {
  const r = importRequest(text);
  if (!r.ok) throw new Error(r.message);
  return r.request;
}

const CHROME_BASH = String.raw`curl 'http://localhost:8080/api/items?page=2' \
  -H 'accept: application/json' \
  -H 'accept-language: en-GB,en;q=0.9' \
  -H 'content-type: application/json' \
  -b 'sid=s%3Aabc; theme=dark' \
  -H 'origin: http://localhost:3000' \
  -H 'priority: u=1, i' \
  -H 'referer: http://localhost:3000/' \
  -H 'sec-ch-ua: "Chromium";v="142", "Not_A Brand";v="99"' \
  -H 'sec-ch-ua-mobile: ?0' \
  -H 'sec-ch-ua-platform: "Linux"' \
  -H 'sec-fetch-dest: empty' \
  -H 'sec-fetch-mode: cors' \
  -H 'sec-fetch-site: same-site' \
  -H 'user-agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36' \
  -H 'x-api-key: k-123' \
  --data-raw '{"name":"Widget","tags":["a","b"]}'`;

const CHROME_CMD = [
  'curl ^"http://localhost:8080/api/items?page=2^" ^',
  '  -H ^"accept: application/json^" ^',
  '  -H ^"content-type: application/json^" ^',
  '  -b ^"sid=s^%^3Aabc^" ^',
  '  -H ^"origin: http://localhost:3000^" ^',
  '  -H ^"sec-fetch-mode: cors^" ^',
  '  -H ^"x-api-key: k-123^" ^',
  '  --data-raw ^"^{^\\^"name^\\^":^\\^"Widget^\\^",^\\^"tags^\\^":^[^\\^"a^\\^",^\\^"b^\\^"^]^}^"',
].join('\n');

const SAME_REQUEST = {
  url: 'http://localhost:8080/api/items?page=2',
  method: 'POST',
  headers: [['accept', 'application/json'], ['content-type', 'application/json'], ['x-api-key', 'k-123']],
  body: { type: 'json', text: '{"name":"Widget","tags":["a","b"]}' },
  mode: 'cors',
  credentials: 'include',
  origin: 'http://localhost:3000',
};

describe('cURL', () => {
  it("reads Chrome's bash copy: the script's headers kept, the browser's set aside, cookies not kept", () => {
    const r = read(CHROME_BASH);
    expect(r).toMatchObject(SAME_REQUEST);
    expect(r.setAside).toEqual(['Cookie', 'accept-language', 'origin', 'priority', 'referer', 'sec-ch-ua', 'sec-ch-ua-mobile', 'sec-ch-ua-platform', 'sec-fetch-dest', 'sec-fetch-mode', 'sec-fetch-site', 'user-agent']);
    expect(JSON.stringify(r)).not.toContain('s%3Aabc');
  });

  it("reads Chrome's cmd copy (^ escapes, \\\" quotes) into the same request", () => {
    expect(read(CHROME_CMD)).toMatchObject(SAME_REQUEST);
  });

  it("reads $'…' strings with escapes, as Chrome writes a body holding a quote or a line break", () => {
    const r = read(String.raw`curl 'http://localhost:8080/notes' -H 'content-type: text/plain;charset=UTF-8' --data-raw $'it\'s\nline 2 \u00e9 \x41\\'`);
    expect(r.body).toEqual({ type: 'text', text: "it's\nline 2 é A\\" });
  });

  it("reads Firefox's copy: -X, --compressed, Origin, and the mode from Sec-Fetch-Mode", () => {
    const r = read(String.raw`curl 'http://localhost:8080/api/items/7' --compressed -X PUT -H 'User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0' -H 'Accept: */*' -H 'Accept-Language: en-US,en;q=0.5' -H 'Accept-Encoding: gzip, deflate, br, zstd' -H 'Content-Type: application/json' -H 'Authorization: Bearer eyJhbGciOi' -H 'Origin: http://localhost:5173' -H 'Connection: keep-alive' -H 'Sec-Fetch-Dest: empty' -H 'Sec-Fetch-Mode: no-cors' -H 'Sec-Fetch-Site: same-site' --data-raw '{"done":true}'`);
    expect(r).toMatchObject({
      url: 'http://localhost:8080/api/items/7', method: 'PUT', origin: 'http://localhost:5173', mode: 'no-cors', credentials: 'same-origin',
      headers: [['Content-Type', 'application/json'], ['Authorization', 'Bearer eyJhbGciOi']], body: { type: 'json', text: '{"done":true}' },
    });
  });

  it('reads Firefox\'s Windows form ("" for a quote inside "…")', () => {
    const r = read('curl "http://localhost:8080/api" -X POST -H "Content-Type: application/json" --data-raw "{""a"":1}"');
    expect(r).toMatchObject({ method: 'POST', body: { type: 'json', text: '{"a":1}' } });
  });

  it("reads Safari's copy: quoted -X, --data-binary", () => {
    const r = read(["curl 'http://localhost:8080/api/items' \\", "-X 'DELETE' \\", "-H 'Accept: */*' \\", "-H 'Origin: http://localhost:3000' \\", "-H 'X-Requested-With: XMLHttpRequest' \\", "--data-binary 'id=7'"].join('\n'));
    expect(r).toMatchObject({ method: 'DELETE', headers: [['X-Requested-With', 'XMLHttpRequest']], body: { type: 'text', text: 'id=7' }, origin: 'http://localhost:3000' });
  });

  it('reads a multipart body as DevTools copies it into FormData fields, without the copied boundary header', () => {
    const r = read(String.raw`curl 'http://localhost:8080/upload' -H 'content-type: multipart/form-data; boundary=----WebKitFormBoundaryAbC123' --data-raw $'------WebKitFormBoundaryAbC123\r\nContent-Disposition: form-data; name="title"\r\n\r\nHello\r\n------WebKitFormBoundaryAbC123\r\nContent-Disposition: form-data; name="n"\r\n\r\n2\r\n------WebKitFormBoundaryAbC123--\r\n'`);
    expect(r.body).toEqual({ type: 'multipart', fields: [['title', 'Hello'], ['n', '2']] });
    expect(r.headers).toEqual([]);
  });

  it('reads hand-written commands: -d makes a POST, -I a HEAD, -u an Authorization, --json its headers, -F fields', () => {
    expect(read('curl -d "a=1" -d "b=2" http://localhost:8080/form')).toMatchObject({ method: 'POST', body: { type: 'text', text: 'a=1&b=2' } });
    expect(read('curl -sI https://api.example.com/health')).toMatchObject({ method: 'HEAD', body: { type: 'none' } });
    expect(read("curl -u 'ann:pw' http://localhost:8080/me").headers).toEqual([['Authorization', 'Basic YW5uOnB3']]);
    expect(read(`curl --json '{"x":1}' http://localhost:8080/j`)).toMatchObject({ method: 'POST', headers: [['Content-Type', 'application/json'], ['Accept', 'application/json']] });
    expect(read("curl -F 'name=Ann' -F 'age=7' http://localhost:8080/f").body).toEqual({ type: 'multipart', fields: [['name', 'Ann'], ['age', '7']] });
  });

  it('refuses what it cannot read, saying where', () => {
    expect(importRequest("curl 'http://localhost:8080/a' \\\n  -H 'x: 1' \\\n  --frobnicate")).toEqual({ ok: false, message: 'The option --frobnicate is not one this import understands (line 3, column 3).' });
    expect(importRequest("curl 'http://localhost:8080/a")).toEqual({ ok: false, message: 'A single-quoted string is not closed (line 1, column 6).' });
    expect(importRequest('curl -H "Authorization: Bearer $TOKEN" http://x.test/')).toEqual({ ok: false, message: 'A "…" string holds a shell variable or command ($ or `): paste the command with its values (line 1, column 32).' });
    expect(importRequest('curl -d @body.json http://x.test/')).toMatchObject({ ok: false, message: expect.stringContaining('reads a file') });
    expect(importRequest('curl ftp://x.test/file')).toMatchObject({ ok: false, message: expect.stringContaining('not an http(s) URL') });
    expect(importRequest('curl -X POST')).toMatchObject({ ok: false, message: expect.stringContaining('has no URL') });
    expect(importRequest('Invoke-WebRequest -Uri "http://x.test/"')).toMatchObject({ ok: false, message: expect.stringContaining('PowerShell') });
  });
});

describe('fetch()', () => {
  it("reads Chrome's Copy as fetch", () => {
    const r = read(`fetch("http://localhost:8080/api/items?page=2", {
  "headers": {
    "accept": "application/json",
    "accept-language": "en-GB,en;q=0.9",
    "content-type": "application/json",
    "sec-ch-ua": "\\"Chromium\\";v=\\"142\\"",
    "sec-fetch-dest": "empty",
    "sec-fetch-mode": "cors",
    "sec-fetch-site": "same-site",
    "x-api-key": "k-123"
  },
  "referrer": "http://localhost:3000/",
  "body": "{\\"name\\":\\"Widget\\",\\"tags\\":[\\"a\\",\\"b\\"]}",
  "method": "POST",
  "mode": "cors",
  "credentials": "include"
});`);
    expect(r).toMatchObject(SAME_REQUEST);
  });

  it("reads Firefox's Copy as Fetch (await, four-space indents, GET with no body)", () => {
    const r = read(`await fetch("http://localhost:8080/api/me", {
    "credentials": "omit",
    "headers": {
        "User-Agent": "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
        "Accept": "*/*",
        "Authorization": "Bearer abc",
        "Sec-Fetch-Mode": "cors"
    },
    "referrer": "http://localhost:5173/",
    "method": "GET",
    "mode": "cors"
});`);
    expect(r).toMatchObject({ method: 'GET', headers: [['Authorization', 'Bearer abc']], credentials: 'omit', origin: 'http://localhost:5173', body: { type: 'none' } });
  });

  it('reads hand-written calls: bare keys, single quotes, JSON.stringify, new Headers, URLSearchParams, comments', () => {
    const r = read(`const res = await fetch('https://api.example.com/v1/items', {
      method: 'PATCH', // partial update
      headers: new Headers({ 'Content-Type': 'application/json', Authorization: \`Bearer abc\` }),
      body: JSON.stringify({ name: 'x', n: 2 }),
      credentials: 'include',
    });`);
    expect(r).toMatchObject({ method: 'PATCH', headers: [['Content-Type', 'application/json'], ['Authorization', 'Bearer abc']], body: { type: 'json', text: '{"name":"x","n":2}' }, credentials: 'include', origin: null });
    expect(read("fetch('http://localhost:8080/login', { method: 'POST', body: new URLSearchParams({ user: 'ann', pw: 'x y' }) })").body)
      .toEqual({ type: 'urlencoded', fields: [['user', 'ann'], ['pw', 'x y']] });
    expect(read("fetch('http://localhost:8080/x', { headers: [['X-A', '1'], ['X-A', '2']] })").headers).toEqual([['X-A', '1'], ['X-A', '2']]);
    expect(read('fetch("http://localhost:8080/plain")')).toMatchObject({ method: 'GET', mode: 'cors', credentials: 'same-origin' });
  });

  it('refuses variables and unreadable calls, saying where', () => {
    expect(importRequest("fetch(API_URL + '/items')")).toEqual({ ok: false, message: '"API_URL" is a variable or an expression, which an import cannot know: write its value (line 1, column 7).' });
    expect(importRequest("fetch('http://x.test/', {\n  headers: { Authorization: `Bearer ${token}` },\n})")).toEqual({ ok: false, message: 'A template string with ${…} depends on a variable: write its value (line 2, column 37).' });
    expect(importRequest("fetch('http://x.test/', { body })")).toMatchObject({ ok: false, message: expect.stringContaining('shorthand for a variable') });
    expect(importRequest("fetch('/api/items')")).toMatchObject({ ok: false, message: expect.stringContaining('not an absolute http(s) URL') });
    expect(importRequest("fetch('http://x.test/', { mode: 'navigate' })")).toMatchObject({ ok: false, message: expect.stringContaining('mode must be one of') });
    expect(importRequest("fetch('http://x.test/', { body: new FormData(form) })")).toMatchObject({ ok: false, message: expect.stringContaining('new FormData') });
    expect(importRequest("fetch('http://x.test/', { method: 'GET'")).toMatchObject({ ok: false, message: expect.stringContaining('the text ends too early') });
  });
});

describe('toScenarioRequest', () => {
  it("keeps the URL's path and query for the API, and the request's own fields", () => {
    expect(toScenarioRequest(read(CHROME_BASH))).toEqual({
      path: '/api/items?page=2', method: 'POST',
      headers: [['accept', 'application/json'], ['content-type', 'application/json'], ['x-api-key', 'k-123']],
      body: { type: 'json', text: '{"name":"Widget","tags":["a","b"]}' }, mode: 'cors', credentials: 'include',
    });
  });
});

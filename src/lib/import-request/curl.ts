// A curl command as browsers' DevTools "Copy as cURL" writes it (Chrome,
// Firefox, Safari; bash or Windows cmd) or as people type it → the request.
// Options that only change curl's own behaviour are ignored; an option that
// would change the request and is not understood is refused, located.
import { bashWords, cmdWords, looksLikeCmd, type Word } from './shell-words.ts';
import { finish, ImportError, type ImportedRequest, type RawImport } from './imported.ts';
import type { HeaderList } from '../../scenario/types.ts';

/** Options with no bearing on what a browser would send (output, TLS, verbosity, compression). */
const IGNORED = new Set([
  '--compressed', '-s', '--silent', '-S', '--show-error', '-v', '--verbose', '-i', '--include', '-k', '--insecure', '-L', '--location',
  '-f', '--fail', '-g', '--globoff', '--http1.1', '--http2', '-#', '--progress-bar', '--no-buffer', '-N',
]);
const IGNORED_WITH_VALUE = new Set(['-o', '--output', '--max-time', '-m', '--connect-timeout', '--retry', '-w', '--write-out', '--resolve', '--cacert']);
const DATA = new Set(['-d', '--data', '--data-raw', '--data-binary', '--data-ascii', '--data-urlencode', '--json']);

function header(text: string, at: number): [string, string] {
  const colon = text.indexOf(':');
  if (colon <= 0) throw new ImportError(`The header "${text}" has no "Name: value" form`, at);
  return [text.slice(0, colon).trim(), text.slice(colon + 1).trim()];
}

/** --data-urlencode's forms: "content", "=content", "name=content": the content is encoded. */
function urlencode(value: string): string {
  const eq = value.indexOf('=');
  if (eq < 0) return encodeURIComponent(value);
  const name = value.slice(0, eq);
  return (name === '' ? '' : name + '=') + encodeURIComponent(value.slice(eq + 1));
}

export function importCurl(text: string): ImportedRequest {
  const words: Word[] = looksLikeCmd(text) ? cmdWords(text) : bashWords(text);
  const first = words[0];
  if (!first || !/^curl(?:\.exe)?$/.test(first.text)) throw new ImportError('A cURL import starts with "curl"', first?.at ?? 0);
  const raw: RawImport & { headers: HeaderList } = { url: '', method: null, headers: [], bodyText: null, setAside: [] };
  const data: string[] = [];
  const form: HeaderList = [];
  let url: Word | null = null;
  let head = false;
  let jsonFlag = false;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const [opt, inline] = w.text.startsWith('--') && w.text.includes('=') ? [w.text.slice(0, w.text.indexOf('=')), w.text.slice(w.text.indexOf('=') + 1)] : [w.text, null];
    const value = (): string => {
      if (inline !== null) return inline;
      const next = words[++i];
      if (!next) throw new ImportError(`${opt} needs a value after it`, w.at);
      return next.text;
    };
    // Short flags written together (-sSL, -sI): each must be one that changes nothing, or -I.
    if (/^-[A-Za-z#]{2,}$/.test(opt)) {
      for (const letter of opt.slice(1)) {
        if (letter === 'I') head = true;
        else if (!IGNORED.has(`-${letter}`)) throw new ImportError(`The option -${letter} (in ${opt}) is not one this import understands`, w.at);
      }
      continue;
    }
    if (!opt.startsWith('-') || opt === '-') {
      if (url) throw new ImportError(`A second URL ("${w.text}"): import one request at a time`, w.at);
      url = w;
    } else if (opt === '--url') url = { text: value(), at: w.at };
    else if (opt === '-H' || opt === '--header') raw.headers.push(header(value(), w.at));
    else if (opt === '-X' || opt === '--request') raw.method = value();
    else if (opt === '-I' || opt === '--head') head = true;
    else if (DATA.has(opt)) {
      const v = value();
      if (opt !== '--data-raw' && v.startsWith('@')) throw new ImportError(`${opt} ${v} reads a file, which a paste cannot hold: paste the data itself`, w.at);
      data.push(opt === '--data-urlencode' ? urlencode(v) : v);
      if (opt === '--json') jsonFlag = true;
    } else if (opt === '-F' || opt === '--form') {
      const v = value();
      const eq = v.indexOf('=');
      if (eq <= 0 || v[eq + 1] === '@' || v[eq + 1] === '<') throw new ImportError(`-F "${v}": only name=value fields can be imported (not files)`, w.at);
      form.push([v.slice(0, eq), v.slice(eq + 1)]);
    } else if (opt === '-b' || opt === '--cookie') {
      value();
      // The browser sends its own cookies when credentials are included; the pasted ones are not kept.
      raw.credentials = 'include';
      raw.setAside!.push('Cookie');
    } else if (opt === '-u' || opt === '--user') {
      raw.headers.push(['Authorization', `Basic ${btoa(value())}`]);
    } else if (opt === '-A' || opt === '--user-agent') raw.headers.push(['User-Agent', value()]);
    else if (opt === '-e' || opt === '--referer') raw.headers.push(['Referer', value()]);
    else if (IGNORED_WITH_VALUE.has(opt)) value();
    else if (!IGNORED.has(opt)) throw new ImportError(`The option ${opt} is not one this import understands`, w.at);
  }
  if (!url) throw new ImportError('The command has no URL', text.length);
  if (!/^https?:\/\//i.test(url.text)) throw new ImportError(`"${url.text}" is not an http(s) URL`, url.at);
  raw.url = url.text;
  if (jsonFlag) {
    if (!raw.headers.some(([n]) => n.toLowerCase() === 'content-type')) raw.headers.push(['Content-Type', 'application/json']);
    if (!raw.headers.some(([n]) => n.toLowerCase() === 'accept')) raw.headers.push(['Accept', 'application/json']);
  }
  if (form.length > 0) raw.body = { type: 'multipart', fields: form };
  else if (data.length > 0) raw.bodyText = data.join('&');
  if (head) raw.method ??= 'HEAD';
  return finish(raw);
}

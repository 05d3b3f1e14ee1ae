// Sentences for the steps of a request made by something other than fetch()
// (channels.ts decides; this file only words its decisions).
type Params = Record<string, string>;
type Words = Partial<Record<'pass' | 'fail' | 'info' | 'skip', (p: Params) => string>>;

const FETCH = 'https://fetch.spec.whatwg.org/';
const HTML = 'https://html.spec.whatwg.org/multipage/';
const WS = 'https://websockets.spec.whatwg.org/';

export const CHANNEL_STEPS: Record<string, { spec: string; words: Words }> = {
  'channel-no-cors': { spec: `${HTML}urls-and-fetching.html#cors-settings-attributes`, words: {
    info: (p) => `${p.what} makes a no-cors request: no CORS check, the request goes with the user's cookies (as SameSite allows), and page script never reads the answer.`,
  } },
  'channel-sandboxed-form': { spec: `${HTML}browsers.html#sandboxed-forms-browsing-context-flag`, words: {
    fail: () => 'The page is a sandboxed frame without allow-forms: the browser refuses to submit the form, and nothing is sent.',
  } },
  'channel-loaded': { spec: `${HTML}urls-and-fetching.html#cors-settings-attributes`, words: {
    info: (p) => `${p.what} fires load (status ${p.status}): ${p.use}, but page script cannot read the bytes.`,
    fail: (p) => `${p.what} fires error: the answer's status is ${p.status}.`,
  } },
  'eventsource-request': { spec: `${HTML}server-sent-events.html#dom-eventsource`, words: {
    info: (p) => `new EventSource() makes a CORS GET with Accept: text/event-stream, credentials "${p.credentials}"${p.credentials === 'include' ? ' (withCredentials: true)' : ' (withCredentials: false: no cookies to another origin)'}.`,
  } },
  'eventsource-result': { spec: `${HTML}server-sent-events.html#dom-eventsource`, words: {
    pass: () => 'The stream passes the CORS check: the EventSource delivers its messages to page script.',
    fail: () => 'The EventSource fires error and closes: page script gets no message, and the reason is only in the console.',
  } },
  'websocket-handshake': { spec: `${WS}#websocket-opening-handshake`, words: {
    info: (p) => `new WebSocket() sends a GET with Upgrade: websocket and Origin: ${p.origin}, ${p.cookie === 'sent' ? 'with the user\'s cookie' : 'without the login cookie'}. There is no CORS check and no preflight: only the server can refuse.`,
  } },
  'websocket-result': { spec: `${FETCH}#websocket-opening-handshake`, words: {
    pass: () => 'The server accepts the handshake (101): the page can send and read messages, whatever its origin.',
    fail: () => 'The server refuses the handshake: the WebSocket fires error and closes.',
  } },
};

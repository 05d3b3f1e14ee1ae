// The runner's other ways to reach the API, each really made by the browser:
// an <img>, a <script>, a real <form method=post> submitted into a hidden
// frame, an EventSource, a WebSocket. Each reports only what page script can
// learn (protocol.ts ChannelResult). No run-time imports (see protocol.ts).
import type { ChannelResult, RunInit } from './protocol.ts';

type Via = ChannelResult['via'];
/** How long the runner waits for any channel before reporting what it saw. */
const WAIT_MS = 5000;
const MAX_MESSAGES = 16;

function result(via: Via, event: ChannelResult['event'], detail: string, extra: Partial<ChannelResult> = {}): ChannelResult {
  return { settled: 'channel', via, event, messages: [], readable: false, detail, ...extra };
}

/** Resolves with the first of the channel's own outcome and the wait running out. */
function settle(via: Via, start: (done: (r: ChannelResult) => void) => () => ChannelResult): Promise<ChannelResult> {
  return new Promise((resolve) => {
    let finished = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = (r: ChannelResult) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      resolve(r);
    };
    try {
      const onTimeout = start(done);
      if (!finished) timer = setTimeout(() => done(onTimeout()), WAIT_MS);
    } catch (error) {
      done(result(via, 'error', `the runner could not start it: ${String(error)}`));
    }
  });
}

function image(url: string): Promise<ChannelResult> {
  return settle('img', (done) => {
    const img = new Image();
    img.onload = () => done(result('img', 'load', 'load event', { naturalWidth: img.naturalWidth }));
    img.onerror = () => done(result('img', 'error', 'error event', { naturalWidth: 0 }));
    img.src = url;
    return () => result('img', 'error', 'no load or error event in time', { naturalWidth: 0 });
  });
}

function script(url: string): Promise<ChannelResult> {
  return settle('script', (done) => {
    const element = document.createElement('script');
    element.onload = () => done(result('script', 'load', 'the script ran (load event)'));
    element.onerror = () => done(result('script', 'error', 'error event: the script did not run'));
    element.src = url;
    document.head.append(element);
    return () => result('script', 'error', 'no load or error event in time');
  });
}

function form(url: string, init: RunInit): Promise<ChannelResult> {
  return settle('form', (done) => {
    const name = `form-target-${Math.random().toString(36).slice(2)}`;
    const frame = document.createElement('iframe');
    frame.name = name;
    frame.hidden = true;
    const element = document.createElement('form');
    element.method = 'post';
    element.action = url;
    element.target = name;
    const body = init.body;
    element.enctype = body.type === 'multipart' ? 'multipart/form-data' : body.type === 'text' ? 'text/plain' : 'application/x-www-form-urlencoded';
    const fields = body.type === 'urlencoded' || body.type === 'multipart' ? body.fields : body.type === 'text' ? [['text', body.text] as [string, string]] : [];
    for (const [key, value] of fields) {
      const input = document.createElement('input');
      input.type = 'hidden';
      input.name = key;
      input.value = value;
      element.append(input);
    }
    // An iframe without src fires load for its about:blank synchronously on insertion: listen after it.
    document.body.append(frame, element);
    frame.addEventListener('load', () => {
      // The answer is in a frame on the API's origin: page script cannot read it.
      let readable = false;
      try {
        readable = frame.contentDocument !== null;
      } catch {
        readable = false;
      }
      done(result('form', 'load', 'the answer loaded in the hidden frame', { readable }));
    });
    element.submit();
    return () => result('form', 'error', 'the form was not submitted (no load in time)');
  });
}

function eventSource(url: string, init: RunInit): Promise<ChannelResult> {
  return settle('eventsource', (done) => {
    const messages: string[] = [];
    const source = new EventSource(url, { withCredentials: init.credentials === 'include' });
    source.onmessage = (event: MessageEvent<string>) => {
      if (messages.length < MAX_MESSAGES) messages.push(event.data);
    };
    // The stream ends after a few events (the browser would reconnect: we stop it), or it never opens.
    source.onerror = () => {
      const state = source.readyState === EventSource.CLOSED ? 'closed' : 'reconnecting';
      source.close();
      done(result('eventsource', messages.length > 0 ? 'message' : 'error', `error event (${state})`, { messages, readable: messages.length > 0 }));
    };
    return () => {
      source.close();
      return result('eventsource', messages.length > 0 ? 'message' : 'error', 'no end of stream in time', { messages, readable: messages.length > 0 });
    };
  });
}

function webSocket(url: string): Promise<ChannelResult> {
  return settle('websocket', (done) => {
    const messages: string[] = [];
    let opened = false;
    const socket = new WebSocket(url.replace(/^http/, 'ws'));
    socket.onopen = () => {
      opened = true;
      socket.send('hello from the page');
    };
    socket.onmessage = (event: MessageEvent<unknown>) => {
      if (typeof event.data === 'string' && messages.length < MAX_MESSAGES) messages.push(event.data);
      // The greeting and the answer to our message: enough to show what the page can do with it.
      if (messages.length >= 2) socket.close(1000);
    };
    socket.onclose = (event) => {
      const ev = messages.length > 0 ? 'message' : opened ? 'open' : 'error';
      done(result('websocket', ev, `closed with ${event.code}${event.reason ? ` (${event.reason})` : ''}`, { messages, readable: messages.length > 0 }));
    };
    return () => {
      socket.close();
      return result('websocket', messages.length > 0 ? 'message' : opened ? 'open' : 'error', 'no close in time', { messages, readable: messages.length > 0 });
    };
  });
}

/** Makes the request the way `init.via` says. */
export function runChannel(url: string, init: RunInit & { via: Via }): Promise<ChannelResult> {
  switch (init.via) {
    case 'img':
      return image(url);
    case 'script':
      return script(url);
    case 'form':
      return form(url, init);
    case 'eventsource':
      return eventSource(url, init);
    case 'websocket':
      return webSocket(url);
  }
}

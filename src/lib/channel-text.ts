// One sentence for what page script learned when an element or an API other
// than fetch() made the request (the runner's ChannelResult), and the text it
// could read. Shared by the result view, the timeline and the leak check.
import type { ChannelResult, RunResult } from '../runner/protocol.ts';

const WHAT: Record<ChannelResult['via'], string> = {
  img: '<img>',
  script: '<script>',
  form: '<form method=post>',
  eventsource: 'EventSource',
  websocket: 'WebSocket',
};

export function channelName(via: ChannelResult['via']): string {
  return WHAT[via];
}

/** What page script learned, in one sentence. */
export function channelSentence(r: ChannelResult): string {
  const what = WHAT[r.via];
  switch (r.event) {
    case 'load':
      if (r.via === 'img') return `${what} loaded (naturalWidth ${r.naturalWidth ?? 0}): it shows, but script cannot read its pixels or bytes.`;
      if (r.via === 'script') return `${what} ran: the page executed it, but cannot read its text.`;
      return `${what}: the server received it and its answer loaded in the hidden frame, which page script cannot read.`;
    case 'message':
      return `${what} delivered ${r.messages.length} message${r.messages.length === 1 ? '' : 's'} that page script read (${r.detail}).`;
    case 'open':
      return `${what} opened but delivered no message (${r.detail}).`;
    case 'error':
      return `${what} fired an error event (${r.detail}): page script learns nothing else.`;
  }
}

/** The text page script could read from a run: a fetch() body, or the messages of an EventSource or WebSocket. */
export function readableText(r: RunResult | null): string {
  if (!r || r.settled === 'rejected') return '';
  if (r.settled === 'channel') return r.readable ? r.messages.join('\n') : '';
  return r.body;
}

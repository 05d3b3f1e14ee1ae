// One sentence for what page script learned when something other than fetch()
// made the request (the runner's ChannelResult), and the text it could read.
// Shared by the result view, the timeline and the leak check.
import type { ChannelResult, RunResult } from '../runner/protocol.ts';

/** What page script learned, in one sentence. */
export function channelSentence(r: ChannelResult): string {
  const n = r.messages.length;
  const what = r.event === 'load'
    ? `loaded${r.via === 'img' ? ` (naturalWidth ${r.naturalWidth ?? 0})` : ''}, unreadable`
    : r.event === 'message' ? `delivered ${n} message${n === 1 ? '' : 's'} to page script` : r.event === 'open' ? 'opened, no message' : 'error';
  return `${r.via}: ${what} (${r.detail}).`;
}

/** The text page script could read from a run: a fetch() body, or the messages of an EventSource or WebSocket. */
export function readableText(r: RunResult | null): string {
  if (!r || r.settled === 'rejected') return '';
  if (r.settled === 'channel') return r.readable ? r.messages.join('\n') : '';
  return r.body;
}

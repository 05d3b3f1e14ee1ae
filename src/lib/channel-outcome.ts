// The verdict of a run made by something other than fetch(), from what page
// script saw and what the server recorded (never from the model): the same
// five verdicts the engine predicts.
//   img, script, form: no-cors loads. Loaded: "opaque" (the request went, the
//     page cannot read the answer). Error: "network-error".
//   EventSource: a CORS request. Messages: "ok". An error after the server
//     answered: "cors-error"; with no answer recorded: "network-error".
//   WebSocket: no CORS at all. Open: "ok"; refused: "network-error".
import type { Verdict } from '../engine/types.ts';
import type { ChannelResult } from '../runner/protocol.ts';
import type { LoggedRequest } from '../scenario/log-types.ts';

export function channelOutcome(result: ChannelResult, entries: readonly LoggedRequest[]): Verdict {
  switch (result.via) {
    case 'img':
    case 'script':
    case 'form':
      return result.event === 'load' ? 'opaque' : 'network-error';
    case 'eventsource':
      if (result.event === 'message') return 'ok';
      return entries.length > 0 ? 'cors-error' : 'network-error';
    case 'websocket':
      return result.event === 'error' ? 'network-error' : 'ok';
  }
}

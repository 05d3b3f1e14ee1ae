// The runner: a page with no UI, loaded in an iframe from the origin a request
// should come from. It obeys only its parent, and only when the parent's
// origin is the one named in ?parent=.
import { buildRequestInit } from './build-init.ts';
import { isRunMessage } from './accept-run.ts';
import type { ReadyMessage, ResultMessage } from './protocol.ts';
import { describeError, readResponse } from './read-response.ts';
import { runChannel } from './channels.ts';

/**
 * The parent the runner obeys. The server also forbids framing by anyone but
 * the app (CSP frame-ancestors); as a second lock, the playground only ever
 * runs on loopback names, so a parent elsewhere is ignored.
 */
function trustedParent(text: string | null): string | null {
  if (!text) return null;
  try {
    const url = new URL(text);
    const loopback = url.hostname === 'localhost' || url.hostname.endsWith('.localhost') || url.hostname === '127.0.0.1';
    return url.protocol === 'http:' && loopback && url.origin === text ? text : null;
  } catch {
    return null;
  }
}

const parentOrigin = trustedParent(new URLSearchParams(location.search).get('parent'));

function post(message: ReadyMessage | ResultMessage): void {
  if (parentOrigin) window.parent.postMessage(message, parentOrigin);
}

async function run(url: string, init: Parameters<typeof buildRequestInit>[0]) {
  const via = init.via ?? 'fetch';
  if (via !== 'fetch') return runChannel(url, { ...init, via });
  try {
    const response = await fetch(url, buildRequestInit(init));
    return await readResponse(response);
  } catch (error) {
    return describeError(error);
  }
}

if (parentOrigin && window.parent !== window) {
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || event.origin !== parentOrigin) return;
    const message: unknown = event.data;
    if (!isRunMessage(message)) return;
    void run(message.url, message.init).then((result) =>
      post({ type: 'cors-playground:result', runId: message.runId, result }),
    );
  });
  post({ type: 'cors-playground:ready' });
}

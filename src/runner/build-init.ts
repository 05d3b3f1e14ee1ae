// Turns a RunInit (plain data from postMessage) into the RequestInit fetch()
// gets. Kept apart from main.ts so it can be tested without a browser.
import type { BodyDescription, RunInit } from './protocol.ts';

export function buildBody(body: BodyDescription): BodyInit | undefined {
  switch (body.type) {
    case 'none':
      return undefined;
    case 'text':
      return body.text;
    case 'urlencoded':
      return new URLSearchParams(body.fields);
    case 'multipart': {
      const form = new FormData();
      for (const [name, value] of body.fields) form.append(name, value);
      return form;
    }
    case 'blob':
      // A File is a Blob with a name (and a date): the same bytes and type on the wire.
      return body.name === undefined ? new Blob([body.text], { type: body.blobType }) : new File([body.text], body.name, { type: body.blobType });
    case 'arraybuffer':
      return new TextEncoder().encode(body.text).buffer;
    case 'stream': // the live code writes the same: a ReadableStream of the text's bytes
      return new Blob([body.text]).stream();
  }
}

/**
 * Header pairs go to fetch() as they are, duplicates and invalid names
 * included: the browser itself should throw or drop, not us.
 */
export function buildRequestInit(init: RunInit): RequestInit {
  const request: RequestInit = {
    method: init.method,
    headers: init.headers.map(([n, v]): [string, string] => [n, v]),
    mode: init.mode,
    credentials: init.credentials,
    cache: init.cache,
    redirect: init.redirect,
  };
  const body = buildBody(init.body);
  if (body !== undefined) request.body = body;
  // A stream body needs duplex: 'half' (the only value), or fetch() throws before anything else.
  if (init.body.type === 'stream') (request as RequestInit & { duplex: 'half' }).duplex = 'half';
  if (init.keepalive) request.keepalive = true;
  if (init.referrerPolicy !== undefined) request.referrerPolicy = init.referrerPolicy;
  if (init.referrer !== undefined) request.referrer = init.referrer;
  // Not in TypeScript's RequestInit yet; a browser without Local Network Access ignores it.
  if (init.targetAddressSpace !== undefined) (request as RequestInit & { targetAddressSpace: string }).targetAddressSpace = init.targetAddressSpace;
  return request;
}

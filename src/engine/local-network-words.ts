// Sentences for the Local Network Access steps (local-network.ts decides; this
// file only words its decisions).
type Params = Record<string, string>;
type Words = Partial<Record<'pass' | 'fail' | 'info' | 'skip', (p: Params) => string>>;

const LNA = 'https://wicg.github.io/local-network-access/';

export const LOCAL_NETWORK_STEPS: Record<string, { spec: string; words: Words }> = {
  'lna-target': { spec: `${LNA}#dom-requestinit-targetaddressspace`, words: {
    fail: (p) => `fetch() said targetAddressSpace: "${p.target}", but the API is in the ${p.resource} address space: Chromium refuses before connecting, so nothing is sent.`,
  } },
  'lna-target-ignored': { spec: `${LNA}#dom-requestinit-targetaddressspace`, words: {
    info: (p) => `fetch() said targetAddressSpace: "${p.target}", an option of Chromium's: this browser ignores it and checks the page's address space against the API's as for any request.`,
  } },
  'lna-not-gated': { spec: LNA, words: {
    info: (p) => p.page === p.resource
      ? `The page and the API are both in the ${p.resource} address space: Local Network Access has nothing to check.`
      : `The page is in the ${p.page} address space and the API in ${p.resource}: only a public page reaching a local or loopback address is gated, so Local Network Access lets it through.`,
  } },
  'lna-insecure': { spec: LNA, words: {
    fail: (p) => `The page is public and not a secure context (plain http from a name that is not localhost), and the API is on ${p.resource}: Chromium refuses outright, before sending anything.`,
  } },
  'lna-permission': { spec: LNA, words: {
    pass: (p) => `A public page reaches the ${p.resource} address space: the user granted the Local Network Access permission, so the request goes on to ordinary CORS.`,
    fail: (p) => `A public page reaches the ${p.resource} address space: that needs the user's Local Network Access permission, which was denied (a headless browser never asks), so nothing is sent.`,
  } },
};

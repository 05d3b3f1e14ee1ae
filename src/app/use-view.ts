// Which view the address bar asks for: the playground, or "Check my API" at
// #check (its tabs at #check/audit and #check/error). A hash route, so it is a
// link like any other and scenario links (#s=…, #scenario=…) are untouched.
import { useSyncExternalStore } from 'react';

export type View = { name: 'playground' } | { name: 'check'; tab: 'check' | 'audit' | 'error' };

const CHECK_TABS: Record<string, 'check' | 'audit' | 'error'> = { '#check': 'check', '#check/audit': 'audit', '#check/error': 'error' };

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
}

export function useView(): View {
  const hash = useSyncExternalStore(subscribe, () => location.hash);
  const tab = CHECK_TABS[hash];
  return tab ? { name: 'check', tab } : { name: 'playground' };
}

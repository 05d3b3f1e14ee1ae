// Live updates of the tab's request record: the app host streams one event
// per change (GET /__log/<session>/stream, server-sent events, whichever
// instance holds the connection), and the log status the page shows (the
// login cookie, where the record stands, whether it is available) is read
// again when told. EventSource reconnects by itself (an instance that stops,
// a proxy that restarts).
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { logStatusQueryOptions } from './server-api.ts';

const EVENTS = ['entry', 'cookie', 'available'] as const;

export function useRecordLive(session: string | null): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!session || typeof EventSource === 'undefined') return;
    const source = new EventSource(`/__log/${encodeURIComponent(session)}/stream`);
    const refresh = () => void queryClient.invalidateQueries({ queryKey: logStatusQueryOptions(session).queryKey });
    for (const name of EVENTS) source.addEventListener(name, refresh);
    return () => source.close();
  }, [session, queryClient]);
}

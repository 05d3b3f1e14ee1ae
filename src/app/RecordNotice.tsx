// Says when the shared request record (Redis, in a multi-instance deployment)
// cannot be reached: Send still gets the browser's real answer, but the
// preflight and the blocked responses the record shows are missing until it is back.
import { useQuery } from '@tanstack/react-query';
import { Icon } from '../components/Icon.tsx';
import { useRecordLive } from '../lib/record-live.ts';
import { logStatusQueryOptions } from '../lib/server-api.ts';

const RETRY_MS = 2000;

export function RecordNotice({ session }: { session: string | null }) {
  useRecordLive(session);
  // While unavailable, asked again every few seconds too: instances reconnect one by one, and the
  // "available" event comes from the one holding the stream, not necessarily the one answering next.
  const status = useQuery({
    ...logStatusQueryOptions(session ?? ''),
    enabled: session !== null,
    refetchInterval: (query) => (query.state.data?.unavailable ? RETRY_MS : false),
  });
  const unavailable = status.data?.unavailable;
  if (!unavailable) return null;
  return (
    <p className="notice" role="status" data-testid="record-unavailable">
      <Icon name="warning" /> <strong>The request record is unavailable.</strong> {unavailable} Until then the result shows what the
      browser did, without the preflight and the responses it hid.
    </p>
  );
}

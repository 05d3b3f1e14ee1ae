// Which origins this page uses, discovered once at start.
import { useQuery } from '@tanstack/react-query';
import { discoverDeployment, pingApi } from '../lib/deployment.ts';
import { fetchEnv } from '../lib/server-api.ts';

export function useDeployment() {
  return useQuery({
    queryKey: ['deployment', location.origin],
    queryFn: ({ signal }) => discoverDeployment({ pageOrigin: location.origin, env: () => fetchEnv(signal), ping: pingApi }),
    staleTime: Infinity,
    retry: false,
  });
}

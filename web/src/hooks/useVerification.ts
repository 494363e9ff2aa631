import { useEffect, useState } from 'react';
import { bearer, client, type StoredResponse } from '../api';

/** Whether a held response counts in the aggregates, read with its token; null until known. */
export function useVerification(id: string, token: string): StoredResponse['verification'] | null {
  const [verification, setVerification] = useState<StoredResponse['verification'] | null>(null);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const res = await client.api.responses[':id'].$get({ param: { id } }, bearer(token));
      if (!cancelled && res.ok) setVerification((await res.json()).verification);
    })();
    return () => {
      cancelled = true;
    };
  }, [id, token]);
  return verification;
}

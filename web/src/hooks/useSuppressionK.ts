import { useEffect, useState } from 'react';
import { client } from '../api';

/** The smallest group whose aggregates are published (the service's SUPPRESSION_K); null until loaded. */
export function useSuppressionK() {
  const [k, setK] = useState<number | null>(null);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const res = await client.api.diffusion.$get();
      if (!cancelled && res.ok) setK((await res.json()).suppressionK);
    })();
    return () => {
      cancelled = true;
    };
  }, []);
  return k;
}

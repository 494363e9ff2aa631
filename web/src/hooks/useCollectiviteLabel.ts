import { useEffect, useState } from 'react';
import { client } from '../api';

/** The registry's name of a collectivity ("Grenoble (commune, 38)"); its key until known, null for none. */
export function useCollectiviteLabel(key: string | undefined): string | null {
  const [label, setLabel] = useState<{ key: string; label: string } | null>(null);
  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    void (async () => {
      const res = await client.api.collectivites[':key'].$get({ param: { key } });
      if (!cancelled && res.ok) setLabel({ key, label: (await res.json()).label });
    })();
    return () => {
      cancelled = true;
    };
  }, [key]);
  if (!key) return null;
  return label?.key === key ? label.label : key;
}

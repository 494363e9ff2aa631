import { useEffect, useState } from 'react';
import { client, type FranceRegionsMap } from '../api';
import { adminHeaders } from '../admin-session';

/** The régions of France as SVG paths (null until loaded, or when they cannot be read: the table beside says the same). */
export function useRegionMap(): FranceRegionsMap | null {
  const [map, setMap] = useState<FranceRegionsMap | null>(null);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const res = await client.api.admin['carte-des-regions'].$get({}, adminHeaders());
      if (!cancelled && res.ok) setMap(await res.json());
    })();
    return () => {
      cancelled = true;
    };
  }, []);
  return map;
}

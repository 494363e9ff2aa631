import { useEffect, useState } from 'react';
import type { InferResponseType } from 'hono/client';
import { client } from '../api';

/** « Qui fait quoi à l’export » as `GET /api/guide/acteurs` gives it. */
export type GuideActors = InferResponseType<typeof client.api.guide.acteurs.$get, 200>;
export type GuideActor = GuideActors['actors'][number];

/** The export-support actors of the guide; null until loaded, with the error when the request fails. */
export function useGuideActors() {
  const [actors, setActors] = useState<GuideActors | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const res = await client.api.guide.acteurs.$get();
      if (cancelled) return;
      if (res.ok) setActors(await res.json());
      else setError(`Le serveur a répondu ${res.status}\u202f; réessayez dans un instant.`);
    })();
    return () => {
      cancelled = true;
    };
  }, []);
  return { actors, error };
}

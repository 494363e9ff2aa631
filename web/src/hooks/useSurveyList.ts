import { useEffect, useState } from 'react';
import { client, errorMessage, type SurveySummary } from '../api';

/** The instruments on offer, with the campaign a new response would join; null until loaded. */
export function useSurveyList() {
  const [surveys, setSurveys] = useState<SurveySummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const res = await client.api.surveys.$get();
      if (cancelled) return;
      if (res.ok) setSurveys(await res.json());
      else setError(await errorMessage(res));
    })();
    return () => {
      cancelled = true;
    };
  }, []);
  return { surveys, error };
}

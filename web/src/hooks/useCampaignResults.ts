import { useEffect, useState } from 'react';
import { client, errorMessage, type ResultsAnswer, type TrendsAnswer } from '../api';

interface Loaded {
  /** The request these results answer: older ones are not shown once another campaign is asked for. */
  request: string;
  doc: ResultsAnswer;
  trends: TrendsAnswer | null;
}

/** The results of a campaign (the current one when none is named) broken down by type of collectivity, then its trends. */
export function useCampaignResults(surveyId: string, campaign: string | undefined) {
  const request = `${surveyId}/${campaign ?? ''}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const query = { campaign, groupBy: 'collectivite_type' };
      const res = await client.api.surveys[':id'].results.$get({ param: { id: surveyId }, query });
      if (cancelled) return;
      if (!res.ok) return setError(await errorMessage(res));
      const doc = await res.json();
      setLoaded({ request, doc, trends: null });
      const t = await client.api.surveys[':id'].trends.$get({ param: { id: surveyId }, query: { campaign: doc.campaign } });
      const trends = t.ok ? await t.json() : null;
      if (!cancelled) setLoaded({ request, doc, trends });
    })();
    return () => {
      cancelled = true;
    };
  }, [surveyId, campaign, request]);

  const current = loaded?.request === request ? loaded : null;
  return { doc: current?.doc ?? null, trends: current?.trends ?? null, error };
}

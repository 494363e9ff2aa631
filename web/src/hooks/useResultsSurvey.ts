import { useEffect, useMemo, useState } from 'react';
import { client, errorMessage, type PublishedCampaign, type SurveyDefinition } from '../api';
import { questionLabels } from '../labels';

/** An instrument as its results page needs it: its definition, its questions' labels, and the campaigns whose results are visible. */
export function useResultsSurvey(surveyId: string) {
  const [definition, setDefinition] = useState<SurveyDefinition | null>(null);
  const [campaigns, setCampaigns] = useState<PublishedCampaign[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const [def, list] = await Promise.all([
        client.api.surveys[':id'].$get({ param: { id: surveyId } }),
        client.api.surveys[':id'].campaigns.$get({ param: { id: surveyId } }),
      ]);
      if (cancelled) return;
      if (!def.ok) return setError(await errorMessage(def));
      setDefinition(await def.json());
      if (list.ok) setCampaigns(await list.json());
    })();
    return () => {
      cancelled = true;
    };
  }, [surveyId]);

  const labels = useMemo(() => (definition ? questionLabels(definition.json) : new Map()), [definition]);
  return { definition, labels, campaigns, error };
}

import { useEffect, useState } from 'react';
import { bearer, client, errorMessage, type PeersAnswer } from '../api';
import { fetchSurveyLabels } from '../fetch-survey-labels';
import type { QuestionLabels } from '../labels';

/** A response against its peers, read with the response's token, with the survey's labels. */
export function usePeersReport(id: string, token: string) {
  const [report, setReport] = useState<{ peers: PeersAnswer; labels: Map<string, QuestionLabels> } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const [p, r] = await Promise.all([
        client.api.responses[':id'].peers.$get({ param: { id } }, bearer(token)),
        client.api.responses[':id'].$get({ param: { id } }, bearer(token)),
      ]);
      if (cancelled) return;
      if (!p.ok) return setError(await errorMessage(p));
      if (!r.ok) return setError(await errorMessage(r));
      const peers = await p.json();
      // The labels of the instrument the response answers.
      const labels = await fetchSurveyLabels((await r.json()).surveyId);
      if (!cancelled) setReport({ peers, labels });
    })();
    return () => {
      cancelled = true;
    };
  }, [id, token]);

  return { report, error };
}

import { useEffect, useState } from 'react';
import { bearer, client, errorMessage, type Diagnostic, type PeersAnswer } from '../api';
import { fetchRespondent, type Respondent } from '../fetch-respondent';
import { fetchSurveyLabels } from '../fetch-survey-labels';
import type { QuestionLabels } from '../labels';

export interface DiagnosticReportData {
  diagnostic: Diagnostic;
  /** Null when the comparison cannot be had. */
  peers: PeersAnswer | null;
  labels: Map<string, QuestionLabels>;
  /** Who answered and when, for the report's header. */
  respondent: Respondent;
}

/** Everything the self-diagnosis report of a response shows, read with the response's token. */
export function useDiagnosticReport(id: string, token: string) {
  const [report, setReport] = useState<DiagnosticReportData | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const [d, p] = await Promise.all([
        client.api.responses[':id'].diagnostic.$get({ param: { id } }, bearer(token)),
        client.api.responses[':id'].peers.$get({ param: { id } }, bearer(token)),
      ]);
      if (cancelled) return;
      if (!d.ok) return setError(await errorMessage(d));
      const diagnostic = await d.json();
      const peers = p.ok ? await p.json() : null;
      const [labels, respondent] = await Promise.all([fetchSurveyLabels(diagnostic.surveyId), fetchRespondent(id, token)]);
      if (!cancelled) setReport({ diagnostic, peers, labels, respondent });
    })();
    return () => {
      cancelled = true;
    };
  }, [id, token]);

  return { report, error };
}

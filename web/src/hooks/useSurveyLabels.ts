import { useEffect, useState } from 'react';
import { fetchSurveyLabels } from '../fetch-survey-labels';
import type { QuestionLabels } from '../labels';

/** The labels of an instrument's questions; empty until read (codes then stand for labels). */
export function useSurveyLabels(surveyId: string): Map<string, QuestionLabels> {
  const [labels, setLabels] = useState<Map<string, QuestionLabels>>(new Map());
  useEffect(() => {
    let cancelled = false;
    void fetchSurveyLabels(surveyId).then((l) => {
      if (!cancelled) setLabels(l);
    });
    return () => {
      cancelled = true;
    };
  }, [surveyId]);
  return labels;
}

import { useEffect, useState } from 'react';
import { client, type PublishedComparison } from '../api';
import { questionLabels, type QuestionLabels } from '../labels';

export interface SurveyFigures {
  survey: string;
  title: string;
  labels: Map<string, QuestionLabels>;
  items: PublishedComparison[];
}

/** Each historical survey's published figures and findings, recomputed by the service; null until all are in. */
export function useGuideFigures() {
  const [data, setData] = useState<SurveyFigures[] | null>(null);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const list = await client.api.surveys.$get();
      // The historical surveys whose figures the guide publishes.
      const surveys = list.ok ? (await list.json()).filter((s) => s.features.publishedFigures).map((s) => s.id) : [];
      const out: SurveyFigures[] = [];
      for (const id of surveys) {
        const [def, pub] = await Promise.all([
          client.api.surveys[':id'].$get({ param: { id } }),
          client.api.surveys[':id'].published.$get({ param: { id } }),
        ]);
        if (!def.ok || !pub.ok) continue;
        const d = await def.json();
        out.push({ survey: id, title: d.title, labels: questionLabels(d.json), items: await pub.json() });
      }
      if (!cancelled) setData(out);
    })();
    return () => {
      cancelled = true;
    };
  }, []);
  return data;
}

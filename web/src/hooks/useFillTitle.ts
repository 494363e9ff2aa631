import { useEffect } from 'react';

const SITE = 'Observatoire AICT';

/** The tab's title on a fill page: "Enquête annuelle … — Questionnaire, étape 2 sur 5 · Observatoire AICT". */
export function useFillTitle(surveyTitle: string | null, what: string): void {
  const title = `${surveyTitle ? `${surveyTitle} — ` : ''}${what} · ${SITE}`;
  useEffect(() => {
    const before = document.title;
    document.title = title;
    return () => {
      document.title = before;
    };
  }, [title]);
}

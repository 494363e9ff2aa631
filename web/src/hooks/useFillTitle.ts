import { useDocumentTitle } from './useDocumentTitle';

/** The tab's title on a fill page: "Enquête annuelle … — Questionnaire, étape 2 sur 5 · Observatoire AICT". */
export function useFillTitle(surveyTitle: string | null, what: string): void {
  useDocumentTitle(surveyTitle ? `${surveyTitle} — ${what}` : what);
}

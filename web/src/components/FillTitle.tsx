import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useSurveyList } from '../hooks/useSurveyList';

/** The tab's title of a questionnaire page, from the survey list (the fill-in page itself stays as it is). */
export function FillTitle({ surveyId, kind }: { surveyId?: string; kind: 'nouvelle' | 'reprise' | 'invitation' }) {
  const { surveys } = useSurveyList();
  const title = surveys?.find((s) => s.id === surveyId)?.title;
  useDocumentTitle(kind === 'reprise' ? 'Vos réponses' : kind === 'invitation' ? 'Votre invitation' : title ? `Répondre — ${title}` : 'Répondre');
  return null;
}

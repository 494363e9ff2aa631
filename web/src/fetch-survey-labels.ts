import { client } from './api';
import { questionLabels, type QuestionLabels } from './labels';

/** The labels of an instrument's questions, fetched; none when it cannot be read (codes then stand for labels). */
export async function fetchSurveyLabels(surveyId: string): Promise<Map<string, QuestionLabels>> {
  const res = await client.api.surveys[':id'].$get({ param: { id: surveyId } });
  return res.ok ? questionLabels((await res.json()).json) : new Map();
}

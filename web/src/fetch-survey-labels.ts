import { client, type SurveyDefinition } from './api';
import { questionLabels, type QuestionLabels } from './labels';

/** The labels of each question of a definition, as the API sends it. */
export function definitionLabels(definition: SurveyDefinition): Map<string, QuestionLabels> {
  // The API types SurveyJS pages as any JSON (SurveyJson.pages: unknown[]); questionLabels reads them as SurveyJS elements.
  return questionLabels(definition.json as Parameters<typeof questionLabels>[0]);
}

/** The labels of an instrument's questions, fetched; none when it cannot be read (codes then stand for labels). */
export async function fetchSurveyLabels(surveyId: string): Promise<Map<string, QuestionLabels>> {
  const res = await client.api.surveys[':id'].$get({ param: { id: surveyId } });
  return res.ok ? definitionLabels(await res.json()) : new Map();
}

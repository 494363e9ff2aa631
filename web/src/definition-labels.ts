import type { SurveyDefinition } from './api';
import { questionLabels, type QuestionLabels } from './labels';

/** The labels of each question of a definition, as the API sends it. */
export function definitionLabels(definition: SurveyDefinition): Map<string, QuestionLabels> {
  // The API types SurveyJS pages as any JSON (SurveyJson.pages: unknown[]); questionLabels reads them as SurveyJS elements.
  return questionLabels(definition.json as Parameters<typeof questionLabels>[0]);
}

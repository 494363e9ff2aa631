import { findQuestion, type SurveyJsonLike } from './walk-questions.js';

/** The typology of the guide, as the instruments carry it: the `typologie_actions` matrix. */
const TYPOLOGY_QUESTION = 'typologie_actions';

/** The typology's rows and the category each belongs to (the `categorie` property of its row in the JSON). */
export function typologyCategories(json: SurveyJsonLike): Record<string, string> {
  const rows = findQuestion(json, TYPOLOGY_QUESTION)?.rows;
  if (!Array.isArray(rows)) return {};
  const out: Record<string, string> = {};
  for (const row of rows as { value?: unknown; categorie?: unknown }[]) {
    if (typeof row?.value === 'string' && typeof row.categorie === 'string') out[row.value] = row.categorie;
  }
  return out;
}

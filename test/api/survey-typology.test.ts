import { describe, expect, it } from 'vitest';
import { readJson } from '../helpers/read-json.js';
import { testApp } from '../helpers/test-app.js';
import { findQuestion, type SurveyJsonLike } from '../../api/instruments/walk-questions.js';
import { GUIDE_CATEGORIES, GUIDE_SUB_CATEGORIES } from '../helpers/typology-names.js';

const { app } = await testApp();

/** The typology matrix of an instrument as the API serves it. */
async function typologyMatrix(id: string) {
  const res = await app.request(`/api/surveys/${id}`);
  expect(res.status).toBe(200);
  const { json } = await readJson<{ json: SurveyJsonLike }>(res);
  return findQuestion(json, 'typologie_actions') as { categories?: { value: string; text: string }[]; sousCategories?: { value: string; text: string }[] } | undefined;
}

const named = (items: { value: string; text: string }[] | undefined) => Object.fromEntries((items ?? []).map((i) => [i.value, i.text]));

describe('the typology matrix served names its groups of rows as the guide does', () => {
  it.each(['enquete-annuelle', 'autodiagnostic'])('%s: the six sub-categories and three categories, in French', async (id) => {
    const matrix = await typologyMatrix(id);
    expect(named(matrix?.sousCategories)).toEqual(GUIDE_SUB_CATEGORIES);
    expect(named(matrix?.categories)).toEqual(GUIDE_CATEGORIES);
  });

  it('an instrument without the typology has no such matrix', async () => {
    expect(await typologyMatrix('arricod-2016')).toBeUndefined();
  });
});

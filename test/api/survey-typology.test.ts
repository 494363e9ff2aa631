import { describe, expect, it } from 'vitest';
import type { TypologyNames } from '../../api/instruments/typology.js';
import { readJson } from '../helpers/read-json.js';
import { testApp } from '../helpers/test-app.js';

const { app } = await testApp();

async function survey(id: string) {
  const res = await app.request(`/api/surveys/${id}`);
  expect(res.status).toBe(200);
  return readJson<{ json: { pages: unknown[] }; typology?: TypologyNames }>(res);
}

describe('GET /api/surveys/:id names the typology’s groups of rows', () => {
  it.each(['enquete-annuelle', 'autodiagnostic'])('%s: the six sub-categories and three categories, in French', async (id) => {
    const { typology } = await survey(id);
    expect(typology?.sousCategories).toEqual({
      accompagnement_individuel: 'Accompagnement individuel d’entreprises',
      actions_collectives: 'Actions collectives',
      visibilite_locale: 'Dispositifs de mise en visibilité localement',
      visibilite_internationale: 'Dispositifs de mise en visibilité à l’international',
      gagnant_gagnant: 'Gagnant-gagnant',
      dialogique: 'Dialogique (échanges sur les différences)',
    });
    expect(typology?.categories).toEqual({
      internationalisation_entreprises: 'Internationalisation des entreprises',
      promotion_territoire: 'Promotion du territoire',
      cooperation: 'Coopération',
    });
  });

  it('gives none for an instrument without the typology', async () => {
    const answer = await survey('arricod-2016');
    expect(answer.json.pages.length).toBeGreaterThan(0);
    expect(answer).not.toHaveProperty('typology');
  });
});

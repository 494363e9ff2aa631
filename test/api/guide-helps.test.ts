import { describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.js';
import type { ResultsDocument } from '../../api/results/build-results-document.js';
import type { ActorsView } from '../../api/guide/actors-view.js';
import { alterOneWord, isCited } from '../helpers/guide-quotes.js';
import { readJson } from '../helpers/read-json.js';
import { ADMIN, fixedClock, testApp, testCatalog, testDatabase, testRegistry } from '../helpers/test-app.js';
import { postVerified } from '../helpers/verified.js';

interface AbbreviationView {
  abbreviation: string;
  expansion: string | null;
  fromGuide: boolean;
  source: { section: string; quote: string };
}

const steps = (status: number) => ({
  mobilisation_interne: { services_eco_associes: status, ressources_identifiees: status, etat_des_lieux: status },
  diagnostic_partage: { parties_prenantes: status, opportunites: status, vision_politique: status },
  cadrage: { priorites_geographiques: status, priorites_sectorielles_actions: status, conventions_partenariales: status, financements_identifies: status },
  evaluation: { resultats_attendus: status, indicateurs_definis: status, dispositif_suivi: status },
  mise_en_oeuvre: { portage_clarifie: status, metiers_identifies: status, competences_disponibles: status },
});

describe('who does what at export (GET /api/guide/acteurs)', () => {
  it('is public, and gives each actor of Fiche pratique 1 its role as the guide gives it, with a verbatim source', async () => {
    const { app } = await testApp();
    const res = await app.request('/api/guide/acteurs');
    expect(res.status).toBe(200);
    const view = await readJson<ActorsView>(res);
    expect(view.actors.length).toBeGreaterThanOrEqual(20);
    for (const a of view.actors) {
      expect(a.role.length, a.id).toBeGreaterThan(10);
      expect(isCited(a.source), `${a.id}: ${a.source.quote}`).toBe(true);
      expect(isCited({ ...a.source, quote: alterOneWord(a.source.quote) }), a.id).toBe(false);
    }
    expect(isCited(view.map.source)).toBe(true);
    const direccte = view.actors.find((a) => a.abbreviation === 'Direccte')!;
    expect(direccte.role).toMatch(/réseaux régionaux d’accompagnement à l’international/);
    expect(view.actors.find((a) => a.id === 'acteur.ccife')).toMatchObject({ where: 'etranger', whereLabel: 'À l’étranger', groupLabel: 'Les chambres consulaires' });
  });
});

describe('the abbreviations (GET /api/guide/abreviations)', () => {
  it('is public, alphabetical, each with its expansion and the passage that uses it', async () => {
    const { app } = await testApp();
    const res = await app.request('/api/guide/abreviations');
    expect(res.status).toBe(200);
    const list = await readJson<AbbreviationView[]>(res);
    const names = list.map((a) => a.abbreviation);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
    expect(list.find((a) => a.abbreviation === 'DAECT')).toMatchObject({ expansion: 'Direction de l’Action extérieure des collectivités territoriales', fromGuide: true });
    for (const a of list) expect(isCited(a.source), a.abbreviation).toBe(true);
  });
});

describe('the publication threshold the pages state (GET /api/diffusion)', () => {
  it('is the configured SUPPRESSION_K', async () => {
    const db = await testDatabase();
    const app = createApp({ db, catalog: testCatalog(), registry: testRegistry(), clock: fixedClock, suppressionK: 7 });
    expect(await (await app.request('/api/diffusion')).json()).toEqual({ suppressionK: 7 });
    const { app: byDefault } = await testApp();
    expect(await (await byDefault.request('/api/diffusion')).json()).toEqual({ suppressionK: 5 });
  });
});

describe('the skills gaps in the self-diagnosis results', () => {
  it('are a matrix of the results document, under the same disclosure rules', async () => {
    const { app } = await testApp();
    const read = async () => {
      const res = await app.request('/api/surveys/autodiagnostic/results?campaign=permanent', { headers: ADMIN });
      expect(res.status).toBe(200);
      return readJson<ResultsDocument>(res);
    };
    const skills = [0, 0, 1, 2, 1];
    for (const s of skills.slice(0, 4)) {
      await postVerified(app, 'autodiagnostic', { collectivite_type: 'region', ...steps(1), competences_ecosysteme: { lobbying: s } });
    }
    const four = await read();
    expect([four.n, four.suppressed, four.questions]).toEqual([4, true, {}]);

    await postVerified(app, 'autodiagnostic', { collectivite_type: 'region', ...steps(1), competences_ecosysteme: { lobbying: skills[4] } });
    const five = await read();
    expect(five.suppressed).toBe(false);
    const grid = five.questions.competences_ecosysteme;
    expect(grid?.kind).toBe('matrix');
    if (grid?.kind !== 'matrix') return;
    expect(grid.rows.lobbying).toMatchObject({ base: 5, counts: { '0': 2, '1': 2, '2': 1 }, percents: { '0': 40, '1': 40, '2': 20 } });
    // A skill nobody rated has no base.
    expect(grid.rows.union_europeenne!.base).toBe(0);
  });
});

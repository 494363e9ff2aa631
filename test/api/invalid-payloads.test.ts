import { beforeAll, describe, expect, it } from 'vitest';
import { countStoredRows } from '../../api/queries/count-stored-rows.js';
import { ADMIN, adminJson, complete2016, FRENCH, getWithToken, postJson, testApp } from '../helpers/test-app.js';
import { errorOf, readJson } from '../helpers/read-json.js';
import type { ErrorBody } from '../../api/http/errors.js';

const { app, db } = await testApp();
let existing: { id: string; token: string };

beforeAll(async () => {
  const res = await postJson(app, '/api/surveys/arricod-2016/responses', { answers: complete2016(), status: 'complete' });
  existing = (await res.json()) as { id: string; token: string };
});

interface Case {
  name: string;
  survey?: string;
  body: unknown;
  contentType?: string;
  method?: 'POST' | 'PUT';
  token?: 'none' | 'wrong' | 'own';
  status: number;
  code: string;
  detail?: string;
}

const valid = { answers: complete2016(), status: 'complete' };
const with2016 = (extra: Record<string, unknown>, status = 'partial') => ({ answers: { ...extra }, status });

const CASES: Case[] = [
  { name: 'malformed JSON', body: '{"answers": {', status: 400, code: 'json_invalide' },
  {
    name: 'invalid UTF-8',
    // {"answers":{"zone_cible_autre":"<0xff 0xfe>"},"status":"partial"}
    body: new Uint8Array([...new TextEncoder().encode('{"answers":{"zone_cible_autre":"'), 0xff, 0xfe, ...new TextEncoder().encode('"},"status":"partial"}')]),
    status: 400,
    code: 'encodage_invalide',
  },
  { name: 'empty body', body: '', status: 400, code: 'json_invalide' },
  { name: 'duplicate key', body: '{"answers": {"zone_cible": "chine"}, "status": "partial", "status": "complete"}', status: 400, code: 'cle_en_double' },
  { name: 'duplicate key inside answers', body: '{"answers": {"zone_cible": "chine", "zone_cible": "maroc"}, "status": "partial"}', status: 400, code: 'cle_en_double' },
  { name: 'deeply nested JSON', body: `{"answers": {"x": ${'['.repeat(5000)}${']'.repeat(5000)}}, "status": "partial"}`, status: 400, code: 'json_trop_imbrique' },
  { name: 'very long string', body: { answers: { zone_cible_autre: 'é'.repeat(60_000) }, status: 'partial' }, status: 413, code: 'corps_trop_volumineux' },
  { name: 'wrong content type', body: JSON.stringify(valid), contentType: 'text/plain', status: 415, code: 'type_de_contenu_invalide' },
  { name: 'oversize body', body: { answers: { zone_cible_autre: 'x'.repeat(200_000) }, status: 'partial' }, status: 413, code: 'corps_trop_volumineux' },
  { name: 'unknown survey', survey: 'sondage-2099', body: valid, status: 404, code: 'questionnaire_inconnu' },
  { name: 'body is an array', body: [valid], status: 422, code: 'requete_invalide' },
  { name: 'answers missing', body: { status: 'complete' }, status: 422, code: 'requete_invalide' },
  { name: 'answers is a list', body: { answers: [1, 2], status: 'partial' }, status: 422, code: 'requete_invalide' },
  { name: 'unknown status', body: { answers: {}, status: 'termine' }, status: 422, code: 'requete_invalide' },
  { name: 'unknown envelope field', body: { ...valid, admin: true }, status: 422, code: 'requete_invalide' },
  { name: 'unknown question code', body: with2016({ pays_prefere: 'chine' }), status: 422, code: 'reponses_invalides', detail: 'question_inconnue' },
  { name: 'wrong JSON type for a choice', body: with2016({ zone_cible: 3 }), status: 422, code: 'reponses_invalides', detail: 'type_invalide' },
  { name: 'choice not offered', body: with2016({ zone_cible: 'japon' }), status: 422, code: 'reponses_invalides', detail: 'choix_invalide' },
  { name: 'rating out of range', survey: 'arricod-2014', body: with2016({ implication_acteurs_eco: 9 }), status: 422, code: 'reponses_invalides', detail: 'note_hors_echelle' },
  { name: 'matrix value outside its columns', body: with2016({ actions_realisees: { promotion_internationale: 7 } }), status: 422, code: 'reponses_invalides', detail: 'choix_invalide' },
  { name: 'unknown matrix row', body: with2016({ acteurs_mobilises: { mairies: 'oui' } }), status: 422, code: 'reponses_invalides', detail: 'ligne_inconnue' },
  { name: 'unknown matrixdropdown column', survey: 'ua-2014-indicateurs', body: with2016({ indicateurs: { touristes_an: { cout: 2 } } }), status: 422, code: 'reponses_invalides', detail: 'colonne_inconnue' },
  { name: 'matrixdropdown rating out of range', survey: 'ua-2014-indicateurs', body: with2016({ indicateurs: { touristes_an: { acces: 0 } } }), status: 422, code: 'reponses_invalides', detail: 'note_hors_echelle' },
  { name: 'missing required answer on complete', body: { answers: { ...complete2016(), actions_realisees: undefined }, status: 'complete' }, status: 422, code: 'reponses_invalides', detail: 'reponse_obligatoire' },
  { name: 'matrix rows missing on complete', body: { answers: { ...complete2016(), actions_realisees: { promotion_internationale: 1 } }, status: 'complete' }, status: 422, code: 'reponses_invalides', detail: 'lignes_manquantes' },
  { name: 'negative budget', survey: 'enquete-annuelle', body: with2016({ budget_aict_euros: -5 }), status: 422, code: 'reponses_invalides', detail: 'nombre_hors_limites' },
  { name: 'number as text', survey: 'enquete-annuelle', body: with2016({ etp_aict: '2,5' }), status: 422, code: 'reponses_invalides', detail: 'type_invalide' },
  { name: 'non-integer partnerships', survey: 'enquete-annuelle', body: with2016({ partenariats_actifs: 2.5 }), status: 422, code: 'reponses_invalides', detail: 'nombre_entier_attendu' },
  { name: 'duplicate code in a multiple choice', survey: 'enquete-annuelle', body: with2016({ zones_cibles: ['asie', 'asie'] }), status: 422, code: 'reponses_invalides', detail: 'choix_en_double' },
  { name: 'text over its length', survey: 'ua-2015-kit-de-survie', body: with2016({ commentaire: 'é'.repeat(2001) }), status: 422, code: 'reponses_invalides', detail: 'texte_trop_long' },
  { name: 'NUL character in a free text', survey: 'ua-2015-kit-de-survie', body: with2016({ commentaire: 'avant\u0000après' }), status: 422, code: 'reponses_invalides', detail: 'texte_invalide' },
  { name: 'half of a surrogate pair in a free text', survey: 'ua-2015-kit-de-survie', body: with2016({ commentaire: 'Lyon \ud83c' }), status: 422, code: 'reponses_invalides', detail: 'texte_invalide' },
  { name: 'answer to a hidden question', survey: 'arricod-2014', body: with2016({ projets_cooperation_eco: 'non', initiative: 'dri' }), status: 422, code: 'reponses_invalides', detail: 'question_masquee' },
  { name: 'collectivity not in the registry', body: with2016({ collectivite: 'commune:99999' }), status: 422, code: 'reponses_invalides', detail: 'collectivite_inconnue' },
  { name: 'type contradicting the registry', body: with2016({ collectivite: 'region:84', collectivite_type: 'commune' }), status: 422, code: 'reponses_invalides', detail: 'profil_contradictoire' },
  { name: 'edit without token', method: 'PUT', token: 'none', body: with2016({ zone_cible: 'maroc' }), status: 401, code: 'jeton_manquant' },
  { name: 'edit with a wrong token', method: 'PUT', token: 'wrong', body: with2016({ zone_cible: 'maroc' }), status: 404, code: 'reponse_introuvable' },
  { name: 'edit with invalid answers', method: 'PUT', token: 'own', body: with2016({ zone_cible: 'japon' }), status: 422, code: 'reponses_invalides', detail: 'choix_invalide' },
];

async function send(c: Case): Promise<Response> {
  const body: BodyInit = c.body instanceof Uint8Array ? new Blob([c.body as Uint8Array<ArrayBuffer>]) : typeof c.body === "string" ? c.body : JSON.stringify(c.body);
  const headers: Record<string, string> = { 'content-type': c.contentType ?? 'application/json' };
  if (c.method === 'PUT') {
    if (c.token === 'own') headers.authorization = `Bearer ${existing.token}`;
    if (c.token === 'wrong') headers.authorization = `Bearer ${'x'.repeat(43)}`;
    return app.request(`/api/responses/${existing.id}`, { method: 'PUT', headers, body });
  }
  return app.request(`/api/surveys/${c.survey ?? 'arricod-2016'}/responses`, { method: 'POST', headers, body });
}

describe(`${CASES.length} kinds of invalid payload`, () => {
  it.each(CASES)('$name → $status $code, French message, nothing stored', async (c) => {
    const before = await countStoredRows(db);
    const res = await send(c);
    expect(res.status).toBe(c.status);
    const body = await readJson<ErrorBody>(res);
    expect(body.error.code).toBe(c.code);
    expect(body.error.message).toMatch(FRENCH);
    if (c.detail) {
      expect(body.error.details.map((d) => d.code)).toContain(c.detail);
      for (const d of body.error.details) {
        expect(d.question).toBeTruthy();
        expect(d.message).toMatch(FRENCH);
      }
    }
    expect(await countStoredRows(db)).toEqual(before);
    const stored = await db.selectFrom('responses').select(['answers', 'status']).where('id', '=', existing.id).executeTakeFirstOrThrow();
    expect(JSON.parse(stored.answers)).toEqual(complete2016());
  });

  it('covers at least 15 kinds', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(15);
  });
});

describe('requests from another site', () => {
  it('are refused with 403 on state-changing routes, and change nothing; same-origin ones pass', async () => {
    const before = await countStoredRows(db);
    const foreign = await app.request('http://observatoire.test/api/surveys/arricod-2016/responses', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://site-malveillant.example', host: 'observatoire.test' },
      body: JSON.stringify({ answers: complete2016(), status: 'complete' }),
    });
    expect(foreign.status).toBe(403);
    expect(await errorOf(foreign)).toMatchObject({ code: 'origine_refusee', message: expect.stringMatching(FRENCH) });
    expect(await countStoredRows(db)).toEqual(before);
    const own = await app.request('http://observatoire.test/api/surveys/arricod-2016/responses', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://observatoire.test', host: 'observatoire.test' },
      body: JSON.stringify({ answers: complete2016(), status: 'complete' }),
    });
    expect(own.status).toBe(201);
    // Reading is not state-changing: a foreign Origin on GET is not refused by this check.
    expect((await app.request('/api/surveys', { headers: { origin: 'https://ailleurs.example' } })).status).toBe(200);
  });
});

describe('free texts', () => {
  it('are stored as typed, accents, an emoji (a whole surrogate pair), quotes and backslashes included, on either engine', async () => {
    const { app } = await testApp();
    const typed = 'Coopération « Lyon–Shanghai » 🤝 \\ "guillemets" \t tabulation';
    const created = await readJson<{ id: string; token: string }>(
      await postJson(app, '/api/surveys/ua-2015-kit-de-survie/responses', { answers: { collectivite_type: 'commune', session: '1', commentaire: typed }, status: 'complete' }),
    );
    const read = await readJson<{ answers: { commentaire: string } }>(await getWithToken(app, `/api/responses/${created.id}`, created.token));
    expect(read.answers.commentaire).toBe(typed);
  });
});

describe('odd characters in paths and queries', () => {
  it('a NUL character or half of a surrogate pair is a 4xx in French, never a query that fails in the database', async () => {
    const { app } = await testApp();
    const publicPaths = [
      '/api/surveys/enquete-annuelle/results?campaign=%00',
      '/api/surveys/enquete-annuelle/results?campaign=2026%ED%A0%80',
      '/api/surveys/enquete-annuelle/results?groupBy=%00',
      '/api/surveys/enquete-annuelle/trends?campaign=a%00',
      '/api/surveys/enquete-annuelle/published?campaign=%00',
      '/api/surveys/%00',
      '/api/collectivites?q=%00',
      '/api/invitations/%00',
    ];
    const adminPaths = ['/api/admin/responses?surveyId=%00', '/api/admin/responses?campaign=%00', '/api/admin/campaigns/enquete-annuelle/a%00', '/api/admin/campaigns/enquete-annuelle/2026/invitations/%00'];
    for (const [path, headers] of [...publicPaths.map((p) => [p, {}] as const), ...adminPaths.map((p) => [p, ADMIN] as const)]) {
      const response = await app.request(path, { headers });
      expect(response.status, path).toBeLessThan(500);
      if (response.status >= 400) expect((await errorOf(response)).message, path).toMatch(FRENCH);
    }
    const label = await app.request('/api/admin/campaigns', adminJson({ surveyId: 'enquete-annuelle', campaign: 'essai', label: 'Essai\u0000' }, ADMIN));
    expect(label.status).toBe(422);
    expect((await errorOf(label)).details[0]).toMatchObject({ field: 'label' });
    const typed = await app.request('/api/admin/campaigns', adminJson({ surveyId: 'enquete-annuelle', campaign: 'essai', label: 'Essai « 2027 » 🤝' }, ADMIN));
    expect(typed.status).toBe(201);
  });
});

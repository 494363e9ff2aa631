import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Clock } from '../../api/deps.js';
import { countStoredRows } from '../../api/queries/count-stored-rows.js';
import { newToken, NO_TOKEN, tokenMatches } from '../../api/security/tokens.js';
import { ADMIN, adminJson, complete2016, getWithToken, postJson, putJson, testApp } from '../helpers/test-app.js';
import { seededApp } from '../helpers/seeded.js';
import { errorOf, readJson } from '../helpers/read-json.js';
import { postVerified } from '../helpers/verified.js';
import type { CampaignTracking, ImportAnswer, InvitationsAnswer, OpenedInvitation, ResultsAnswer, StoredResponse, SurveyDefinition } from '../helpers/api-types.js';
import type { ErrorBody } from '../../api/http/errors.js';

type App = Awaited<ReturnType<typeof testApp>>['app'];

const json = adminJson;
const patch = (body: unknown) => adminJson(body, ADMIN, 'PATCH');

async function createCampaign(app: App, surveyId: string, campaign: string) {
  const res = await app.request('/api/admin/campaigns', json({ surveyId, campaign }));
  expect(res.status).toBe(201);
}

describe('administrator routes', () => {
  it('refuse a request without the admin token (401) and with a response token (403)', async () => {
    const { app } = await testApp();
    const r = (await (await postJson(app, '/api/surveys/arricod-2016/responses', { answers: complete2016(), status: 'complete' })).json()) as { token: string };
    for (const path of ['/api/admin/campaigns', '/api/admin/campaigns/enquete-annuelle/2027/tracking', '/api/admin/campaigns/enquete-annuelle/2027/export']) {
      const without = await app.request(path);
      expect(without.status).toBe(401);
      expect((await errorOf(without)).code).toBe('administrateur_requis');
      const withResponseToken = await app.request(path, { headers: { authorization: `Bearer ${r.token}` } });
      expect(withResponseToken.status).toBe(403);
      expect((await errorOf(withResponseToken)).message).toMatch(/administration/);
    }
    const post = await app.request('/api/admin/campaigns', json({ surveyId: 'enquete-annuelle', campaign: '2027' }, { authorization: `Bearer ${r.token}` }));
    expect(post.status).toBe(403);
    expect((await app.request('/api/admin/campaigns', { headers: ADMIN })).status).toBe(200);
  });
});

describe('campaigns', () => {
  it('a closed campaign rejects a new response and an edit with 409, and nothing changes', async () => {
    let now = new Date('2027-03-01T10:00:00Z');
    const clock: Clock = { now: () => now };
    const { app, db } = await testApp({ clock });
    await createCampaign(app, 'arricod-2016', 'relance-2027');
    const r = (await (await postJson(app, '/api/surveys/arricod-2016/responses', { answers: complete2016(), status: 'complete' })).json()) as { id: string; token: string };
    expect((await db.selectFrom('responses').select('campaign').where('id', '=', r.id).executeTakeFirstOrThrow()).campaign).toBe('relance-2027');
    const close = await app.request('/api/admin/campaigns/arricod-2016/relance-2027', patch({ close: true }));
    expect(close.status).toBe(200);
    now = new Date('2027-03-02T10:00:00Z');
    const before = await countStoredRows(db);
    // The campaign is closed and the 2016 default campaign does not exist: the survey
    // falls back to its own year only when no campaign of that name exists.
    await db.insertInto('campaigns').values({ survey_id: 'arricod-2016', campaign: '2016', label: '2016', nature: 'reconstitution', note: null, created_at: now.toISOString(), opens_at: null, closes_at: now.toISOString(), published_at: null }).execute();
    const created = await postJson(app, '/api/surveys/arricod-2016/responses', { answers: complete2016(), status: 'complete' });
    expect(created.status).toBe(409);
    expect((await errorOf(created)).code).toBe('campagne_close');
    const edit = await putJson(app, `/api/responses/${r.id}`, { answers: { ...complete2016(), zone_cible: 'maroc' }, status: 'complete' }, r.token);
    expect(edit.status).toBe(409);
    expect((await errorOf(edit)).message).toMatch(/close/);
    expect(await countStoredRows(db)).toEqual(before);
    const read = await readJson<StoredResponse>(await getWithToken(app, `/api/responses/${r.id}`, r.token));
    expect(read.answers.zone_cible).toBe('chine');
  });

  it('tell the respondent’s pages whether the campaign takes answers, until when, and whether its results are published', async () => {
    let now = new Date('2027-03-01T10:00:00Z');
    const { app } = await testApp({ clock: { now: () => now } });
    const opened = await app.request('/api/admin/campaigns', json({ surveyId: 'enquete-annuelle', campaign: '2027', label: 'Enquête 2027', closesAt: '2027-03-15T23:00:00.000Z' }));
    expect(opened.status).toBe(201);
    const definition = await readJson<SurveyDefinition>(await app.request('/api/surveys/enquete-annuelle'));
    expect(definition.campaignState).toEqual({ campaign: '2027', label: 'Enquête 2027', open: true, closesAt: '2027-03-15T23:00:00.000Z', resultsPublished: false });
    const r = (await (await postJson(app, '/api/surveys/enquete-annuelle/responses', { answers: { collectivite_type: 'region' }, status: 'partial' })).json()) as { id: string; token: string };
    const read = async () => (await readJson<StoredResponse>(await getWithToken(app, `/api/responses/${r.id}`, r.token))).campaignState;
    expect(await read()).toMatchObject({ campaign: '2027', open: true });

    // Past its closing date: closed for the response and for a new one; then published.
    now = new Date('2027-03-16T10:00:00Z');
    expect(await read()).toMatchObject({ open: false, closesAt: '2027-03-15T23:00:00.000Z', resultsPublished: false });
    expect((await readJson<SurveyDefinition>(await app.request('/api/surveys/enquete-annuelle'))).campaignState).toMatchObject({ campaign: '2027', open: false });
    expect((await app.request('/api/admin/campaigns/enquete-annuelle/2027', patch({ publish: true }))).status).toBe(200);
    expect(await read()).toMatchObject({ open: false, resultsPublished: true });

    // A survey whose default campaign was never created takes answers, with no date.
    const historical = await readJson<SurveyDefinition>(await app.request('/api/surveys/arricod-2016'));
    expect(historical.campaignState).toEqual({ campaign: '2016', label: '2016', open: true, closesAt: null, resultsPublished: false });
  });

  it('results are public only once published; the administrator sees them before', async () => {
    const { app } = await seededApp('none');
    await createCampaign(app, 'arricod-2016', 'r2027');
    for (let i = 0; i < 5; i++) await postVerified(app, 'arricod-2016', complete2016());
    expect((await app.request('/api/surveys/arricod-2016/results?campaign=r2027')).status).toBe(403);
    expect((await app.request('/api/surveys/arricod-2016/results?campaign=r2027', { headers: ADMIN })).status).toBe(200);
    // Results are published once the campaign is closed.
    expect((await app.request('/api/admin/campaigns/arricod-2016/r2027', patch({ publish: true }))).status).toBe(409);
    await app.request('/api/admin/campaigns/arricod-2016/r2027', patch({ close: true }));
    await app.request('/api/admin/campaigns/arricod-2016/r2027', patch({ publish: true }));
    const pub = await app.request('/api/surveys/arricod-2016/results?campaign=r2027');
    expect(pub.status).toBe(200);
    expect((await readJson<ResultsAnswer>(pub)).n).toBe(5);
  });
});

describe('invitations', () => {
  it('bind the collectivity; a second response is refused and the link resumes the first', async () => {
    const { app, db } = await testApp();
    await createCampaign(app, 'enquete-annuelle', '2027');
    const res = await app.request('/api/admin/campaigns/enquete-annuelle/2027/invitations', json({ lines: ['epci:200040715', '38185', 'Auvergne-Rhône-Alpes', 'Nulle-Part-sur-Mer', 'Saint-Martin'] }));
    expect(res.status).toBe(201);
    const inv = await readJson<InvitationsAnswer>(res);
    expect(inv.created.map((x) => x.collectivite)).toEqual(['epci:200040715', 'commune:38185', 'region:84']);
    expect(inv.rejected.map((x) => x.line)).toEqual([4, 5]);
    expect(inv.rejected[1]!.reason).toMatch(/Plusieurs collectivités/);
    // Inviting the same collectivity again keeps the first link.
    const again = await readJson<InvitationsAnswer>(await app.request('/api/admin/campaigns/enquete-annuelle/2027/invitations', json({ lines: ['region:84'] })));
    expect(again.created).toEqual([]);
    expect(again.rejected[0]!.reason).toMatch(/Déjà invitée/);

    const code = inv.created[0]!.code;
    const opened = await readJson<OpenedInvitation>(await app.request(`/api/invitations/${code}`));
    expect(opened).toMatchObject({ surveyId: 'enquete-annuelle', campaign: '2027', collectivite: { key: 'epci:200040715', label: 'Grenoble-Alpes-Métropole (métropole)' }, responseId: null });
    expect(opened.campaignState).toMatchObject({ campaign: '2027', open: true, closesAt: null });

    const answers = { actions_realisees: { promotion_internationale: 3, internationalisation_entreprises: 2, cooperation_economique: 1 } };
    const first = await postJson(app, '/api/surveys/enquete-annuelle/responses', { answers, status: 'partial', invitation: code });
    expect(first.status).toBe(201);
    const r = (await first.json()) as { id: string };
    const stored = await db.selectFrom('responses').selectAll().where('id', '=', r.id).executeTakeFirstOrThrow();
    expect([stored.campaign, stored.collectivite, stored.collectivite_type]).toEqual(['2027', 'epci:200040715', 'metropole']);

    const second = await postJson(app, '/api/surveys/enquete-annuelle/responses', { answers, status: 'partial', invitation: code });
    expect(second.status).toBe(409);
    expect((await errorOf(second)).details[0]!.responseId).toBe(r.id);
    const other = await postJson(app, '/api/surveys/enquete-annuelle/responses', { answers: { ...answers, collectivite: 'region:84' }, status: 'partial', invitation: inv.created[1]!.code });
    expect(other.status).toBe(422);
    expect((await countStoredRows(db)).responses).toBe(1);

    // Reopening the link resumes the response: the invitation code reads and edits it.
    expect((await readJson<OpenedInvitation>(await app.request(`/api/invitations/${code}`))).responseId).toBe(r.id);
    expect((await getWithToken(app, `/api/responses/${r.id}`, code)).status).toBe(200);
    expect((await putJson(app, `/api/responses/${r.id}`, { answers: { ...answers, collectivite: 'epci:200040715' }, status: 'partial' }, code)).status).toBe(200);
    // Another invitation's code does not open it.
    expect((await getWithToken(app, `/api/responses/${r.id}`, inv.created[1]!.code)).status).toBe(404);
    expect((await app.request('/api/invitations/ceci-n-est-pas-un-code-valide')).status).toBe(404);
  });

  it('tracking counts complete and partial answers by type and by region', async () => {
    const { app } = await testApp();
    await createCampaign(app, 'enquete-annuelle', '2027');
    const inv = await readJson<InvitationsAnswer>(await app.request('/api/admin/campaigns/enquete-annuelle/2027/invitations', json({ lines: ['epci:200040715', 'commune:38185', 'region:84'] })));
    await postJson(app, '/api/surveys/enquete-annuelle/responses', {
      answers: { actions_realisees: { promotion_internationale: 3, internationalisation_entreprises: 2, cooperation_economique: 1 }, actions_a_renforcer: { promotion_internationale: 3, internationalisation_entreprises: 2, cooperation_economique: 1 } },
      status: 'complete',
      invitation: inv.created[1]!.code,
    });
    const t = await readJson<CampaignTracking>(await app.request('/api/admin/campaigns/enquete-annuelle/2027/tracking', { headers: ADMIN }));
    expect([t.invited, t.complete, t.partial]).toEqual([3, 1, 0]);
    expect(t.byType.find((x) => x.key === 'commune')).toMatchObject({ invited: 1, complete: 1 });
    expect(t.byRegion).toEqual([{ key: '84', label: 'Auvergne-Rhône-Alpes', invited: 3, complete: 1, partial: 0, opened: 0 }]);
  });
});

describe('exports and imports', () => {
  async function exportFile(app: App, format: string, labels = '1') {
    const res = await app.request(`/api/admin/campaigns/enquete-annuelle/demo/export?format=${format}&labels=${labels}`, { headers: ADMIN });
    expect(res.status).toBe(200);
    return res;
  }

  it('round trip: export then import into an empty database gives identical results (CSV and XLSX)', async () => {
    const source = await seededApp('demo');
    const expected = await readJson<ResultsAnswer>(await source.app.request('/api/surveys/enquete-annuelle/results?campaign=demo&groupBy=collectivite_type', { headers: ADMIN }));

    const csv = await exportFile(source.app, 'csv');
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    // UTF-8 with a byte-order mark, so that French Excel reads the accents right.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFFreponse_id;statut;statut (libellé);modifiee_le;collectivite;collectivite (nom);collectivite_type;collectivite_type (libellé);')).toBe(true);
    expect(text).toMatch(/\r\n/);
    const xlsx = new Uint8Array(await (await exportFile(source.app, 'xlsx')).arrayBuffer());
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Réponses', 'Codebook']);
    expect(book.getWorksheet('Codebook')!.getRow(2).values).toContain('reponse_id');

    for (const [type, body] of [['text/csv', text], ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsx]] as const) {
      const target = await seededApp('none');
      await createCampaign(target.app, 'enquete-annuelle', 'demo');
      const res = await target.app.request('/api/admin/campaigns/enquete-annuelle/demo/import?mode=tout-ou-rien', {
        method: 'POST',
        headers: { ...ADMIN, 'content-type': type },
        body,
      });
      const report = await readJson<ImportAnswer>(res);
      expect(res.status, JSON.stringify(report).slice(0, 500)).toBe(200);
      expect(report.rejected).toEqual([]);
      const got = await readJson<ResultsAnswer>(await target.app.request('/api/surveys/enquete-annuelle/results?campaign=demo&groupBy=collectivite_type', { headers: ADMIN }));
      expect(got.n).toBe(expected.n);
      expect(got.questions).toEqual(expected.questions);
      expect(got.groups).toEqual(expected.groups);
    }
  }, 120_000);

  it('neutralises formula-looking answers in CSV and XLSX, and reads them back intact', async () => {
    const { app } = await testApp();
    await createCampaign(app, 'ua-2015-kit-de-survie', 'k');
    const formula = '=HYPERLINK("http://exemple.test","clic")';
    await postJson(app, '/api/surveys/ua-2015-kit-de-survie/responses', { answers: { collectivite_type: 'commune', session: '1', commentaire: formula }, status: 'complete' });
    await postJson(app, '/api/surveys/ua-2015-kit-de-survie/responses', { answers: { collectivite_type: 'commune', session: '2', commentaire: '-1 +2 @moi' }, status: 'complete' });
    const csv = await (await app.request('/api/admin/campaigns/ua-2015-kit-de-survie/k/export?format=csv', { headers: ADMIN })).text();
    expect(csv).toContain(`'=HYPERLINK(`);
    expect(csv).toContain(`'-1 +2 @moi`);
    expect(csv).not.toMatch(/;=HYPERLINK/);
    const xlsx = new Uint8Array(await (await app.request('/api/admin/campaigns/ua-2015-kit-de-survie/k/export?format=xlsx', { headers: ADMIN })).arrayBuffer());
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx as unknown as ArrayBuffer);
    const cells: unknown[] = [];
    book.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    expect(cells).toContain(`'${formula}`);
    expect(cells.some((c) => typeof c === 'object' && c !== null && 'formula' in (c as object))).toBe(false);
    const target = await testApp();
    await createCampaign(target.app, 'ua-2015-kit-de-survie', 'k');
    const res = await target.app.request('/api/admin/campaigns/ua-2015-kit-de-survie/k/import', { method: 'POST', headers: { ...ADMIN, 'content-type': 'text/csv' }, body: csv });
    expect(res.status).toBe(200);
    const stored = await target.db.selectFrom('responses').select(['id', 'answers', 'token_hash']).execute();
    expect(stored.map((s) => JSON.parse(s.answers).commentaire).sort()).toEqual(['-1 +2 @moi', formula]);
    // Nobody was given a link to an imported response: no token opens it, not even an empty one.
    for (const s of stored) {
      expect(s.token_hash).toBe(NO_TOKEN);
      for (const token of [newToken(), 'x', '-']) expect((await getWithToken(target.app, `/api/responses/${s.id}`, token)).status).toBe(404);
      expect(tokenMatches('', s.token_hash)).toBe(false);
    }
  });

  it('a file with bad rows yields a report naming each row and reason; all-or-nothing stores nothing', async () => {
    const { app, db } = await testApp();
    await createCampaign(app, 'ua-2015-kit-de-survie', 'h');
    const csv = [
      'statut;collectivite_type;session;besoins.analyse_legislative;commentaire',
      'complete;commune;1;1;bien',
      'complete;commune;7;;session inconnue',
      'termine;region;2;;statut inconnu',
      'complete;;3;;type manquant',
      'complete;region;2;1;',
    ].join('\r\n');
    const strict = await app.request('/api/admin/campaigns/ua-2015-kit-de-survie/h/import?mode=tout-ou-rien', { method: 'POST', headers: { ...ADMIN, 'content-type': 'text/csv' }, body: csv });
    expect(strict.status).toBe(422);
    const body = await readJson<ErrorBody & { report: ImportAnswer }>(strict);
    expect(body.error.code).toBe('import_refuse');
    expect(body.report.rejected.map((r) => r.line)).toEqual([3, 4, 5]);
    expect(body.report.rejected[0]!.problems[0]).toMatchObject({ question: 'session' });
    expect(body.report.rejected[1]!.problems[0]!.message).toMatch(/Statut «\u202ftermine\u202f» inconnu/);
    expect(body.report.rejected[2]!.problems[0]).toMatchObject({ question: 'collectivite_type' });
    expect(await countStoredRows(db)).toEqual({ responses: 0, counts: 0 });

    const partial = await app.request('/api/admin/campaigns/ua-2015-kit-de-survie/h/import?mode=partiel', { method: 'POST', headers: { ...ADMIN, 'content-type': 'text/csv' }, body: csv });
    expect(partial.status).toBe(200);
    const report = await readJson<ImportAnswer>(partial);
    expect([report.total, report.imported, report.rejected.length]).toEqual([5, 2, 3]);
    expect((await countStoredRows(db)).responses).toBe(2);

    const unknownColumn = await app.request('/api/admin/campaigns/ua-2015-kit-de-survie/h/import', { method: 'POST', headers: { ...ADMIN, 'content-type': 'text/csv' }, body: 'statut;pays\r\ncomplete;fr' });
    expect(unknownColumn.status).toBe(422);
    expect((await errorOf(unknownColumn)).code).toBe('fichier_invalide');
  });
});

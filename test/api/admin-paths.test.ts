import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse as parseContentDisposition } from 'content-disposition';
import { changeCampaign } from '../../api/campaigns/change-campaign.js';
import { createCampaign as createCampaignRecord } from '../../api/campaigns/create-campaign.js';
import { createDatabase } from '../../api/db/create-database.js';
import { migrateToLatest } from '../../api/db/migrate.js';
import type { ErrorBody } from '../../api/http/errors.js';
import { ADMIN, adminJson, testApp, testCatalog } from '../helpers/test-app.js';

type Test = Awaited<ReturnType<typeof testApp>>;

const SURVEY = 'ua-2015-kit-de-survie';
/** Two valid rows of the kit's survey, laid out as its export. */
const CSV = 'statut;collectivite_type;session;besoins.analyse_legislative\r\ncomplete;commune;1;1\r\ncomplete;region;2;\r\n';

/** Campaign names an attacker may put in a path, each as it travels: percent-encoded by the client. */
const MALFORMED: Record<string, string> = {
  'CR/LF': encodeURIComponent('2027\r\nSet-Cookie: x=1'),
  'a double quote': encodeURIComponent('2027"; filename="evil.exe'),
  'a single quote': encodeURIComponent("l'annee"),
  '300 characters': 'x'.repeat(300),
  'a percent-encoded slash': '2027%2F..%2F..',
  'a percent-encoded NUL': '2027%00',
  'a non-ASCII letter': encodeURIComponent('année'),
  'an invalid percent sequence': '2027%ZZ',
  'a space': encodeURIComponent('vague 2'),
  'a semicolon': encodeURIComponent('a;b'),
};

async function createCampaign({ app }: Test, campaign: string, extra: Record<string, unknown> = {}) {
  const res = await app.request('/api/admin/campaigns', adminJson({ surveyId: SURVEY, campaign, ...extra }));
  expect(res.status).toBe(201);
}

async function stored({ db }: Test) {
  const [responses, campaigns] = await Promise.all([
    db.selectFrom('responses').select(['campaign']).execute(),
    db.selectFrom('campaigns').select(['survey_id', 'campaign', 'closes_at', 'published_at']).orderBy('campaign').execute(),
  ]);
  return { responses: responses.length, campaigns };
}

function importInto(t: Test, campaign: string, mode = 'tout-ou-rien') {
  return t.app.request(`/api/admin/campaigns/${SURVEY}/${campaign}/import?mode=${mode}`, { method: 'POST', headers: { ...ADMIN, 'content-type': 'text/csv' }, body: CSV });
}

/** Every administrator route that names a campaign in its path. */
const ROUTES: Record<string, (t: Test, campaign: string) => Response | Promise<Response>> = {
  import: (t, campaign) => importInto(t, campaign),
  export: (t, campaign) => t.app.request(`/api/admin/campaigns/${SURVEY}/${campaign}/export?format=csv`, { headers: ADMIN }),
  tracking: (t, campaign) => t.app.request(`/api/admin/campaigns/${SURVEY}/${campaign}/tracking`, { headers: ADMIN }),
  invitations: (t, campaign) => t.app.request(`/api/admin/campaigns/${SURVEY}/${campaign}/invitations`, adminJson({ lines: ['Lyon'] })),
  change: (t, campaign) => t.app.request(`/api/admin/campaigns/${SURVEY}/${campaign}`, adminJson({ close: true }, ADMIN, 'PATCH')),
};

describe('campaign names in administrator paths', () => {
  it.each(Object.entries(MALFORMED))('a name with %s is a 422 on every route, and nothing is stored', async (_, name) => {
    const t = await testApp();
    await createCampaign(t, '2027');
    const before = await stored(t);
    for (const [route, call] of Object.entries(ROUTES)) {
      const res = await call(t, name);
      expect(res.status, `${route}: ${await res.clone().text()}`).toBe(422);
      const body = (await res.json()) as ErrorBody;
      expect(body.error.code).toBe('requete_invalide');
      expect(body.error.details.map((d) => d.field)).toEqual(['campaign']);
      expect(body.error.message).toMatch(/format attendu/);
    }
    expect(await stored(t)).toEqual(before);
  });

  it('an unknown well-formed name is a 404 on import and export, and creates no campaign', async () => {
    const t = await testApp();
    await createCampaign(t, '2027');
    const before = await stored(t);
    for (const res of [await importInto(t, 'vague-2'), await ROUTES.export!(t, 'vague-2')]) {
      expect(res.status).toBe(404);
      const body = (await res.json()) as ErrorBody;
      expect(body.error.code).toBe('campagne_inconnue');
      expect(body.error.message).toMatch(/Créez-la d’abord/);
    }
    expect(await stored(t)).toEqual(before);
  });

  it('the names a campaign may take are the same at creation and in paths', async () => {
    const t = await testApp();
    const refused = await t.app.request('/api/admin/campaigns', adminJson({ surveyId: SURVEY, campaign: 'x'.repeat(33) }));
    expect(refused.status).toBe(422);
    await createCampaign(t, 'x'.repeat(32));
    expect((await ROUTES.tracking!(t, 'x'.repeat(32))).status).toBe(200);
    expect((await ROUTES.tracking!(t, 'x'.repeat(33))).status).toBe(422);
  });
});

describe('imports write only into an existing, open campaign', () => {
  it('imports into an open campaign the administrator created', async () => {
    const t = await testApp();
    await createCampaign(t, '2027');
    const res = await importInto(t, '2027');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { imported: number }).imported).toBe(2);
    expect((await stored(t)).responses).toBe(2);
  });

  it('refuses a closed campaign with 409 campagne_close, before anything is stored, in both modes', async () => {
    const t = await testApp();
    await createCampaign(t, '2015');
    expect((await importInto(t, '2015')).status).toBe(200);
    const closing = await t.app.request(`/api/admin/campaigns/${SURVEY}/2015`, adminJson({ close: true, publish: true }, ADMIN, 'PATCH'));
    expect(closing.status).toBe(200);
    const before = await stored(t);
    expect(before.responses).toBe(2);
    for (const mode of ['tout-ou-rien', 'partiel']) {
      const res = await importInto(t, '2015', mode);
      expect(res.status).toBe(409);
      const body = (await res.json()) as ErrorBody;
      expect(body.error.code).toBe('campagne_close');
      expect(body.error.message).toMatch(/^La campagne «\u202f2015\u202f» est close/);
    }
    expect(await stored(t)).toEqual(before);
  });

  it('refuses a campaign not open yet', async () => {
    const t = await testApp();
    // The test clock reads 2026-11-22.
    await createCampaign(t, '2028', { opensAt: '2028-01-01T00:00:00Z' });
    const before = await stored(t);
    const res = await importInto(t, '2028');
    expect(res.status).toBe(409);
    expect(((await res.json()) as ErrorBody).error.code).toBe('campagne_close');
    expect(await stored(t)).toEqual(before);
  });
});

describe('npm run import applies the same rule', () => {
  it('refuses an unknown campaign and a closed one with the French message, exit 1, storing nothing', async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aict-import-rule-'));
    const file = path.join(dir, 'kit.csv');
    fs.writeFileSync(file, CSV);
    const env = { ...process.env, DATABASE_URL: path.join(dir, 'aict.db') };
    const { db } = createDatabase(env.DATABASE_URL);
    await migrateToLatest(db);
    const created = await createCampaignRecord(db, testCatalog().get(SURVEY)!, { campaign: '2015' }, new Date());
    await changeCampaign(db, testCatalog(), created, { close: true }, new Date(), 5);
    /** The command's exit code and error output. */
    const importInto = (campaign: string) =>
      promisify(execFile)(path.join(root, 'node_modules/.bin/tsx'), ['api/cli/import.ts', file, '--survey', SURVEY, '--campaign', campaign], { cwd: root, env }).then(
        ({ stderr }) => ({ code: 0, stderr }),
        (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
      );
    const unknown = await importInto('2016');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('La campagne «\u202f2016\u202f» du questionnaire «\u202fua-2015-kit-de-survie\u202f» n’existe pas. Créez-la d’abord.');
    const closed = await importInto('2015');
    expect(closed.code).toBe(1);
    expect(closed.stderr).toMatch(/La campagne «\u202f2015\u202f» est close/);
    expect(await db.selectFrom('responses').select('id').execute()).toEqual([]);
    expect((await db.selectFrom('campaigns').select('campaign').execute()).map((c) => c.campaign)).toEqual(['2015']);
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});

describe('the export’s Content-Disposition', () => {
  it.each(['csv', 'xlsx', 'json'])('parses back to <survey>-<campaign>.%s', async (format) => {
    const t = await testApp();
    await createCampaign(t, 'vague_2-b');
    const res = await t.app.request(`/api/admin/campaigns/${SURVEY}/vague_2-b/export?format=${format}`, { headers: ADMIN });
    expect(res.status).toBe(200);
    const header = res.headers.get('content-disposition')!;
    const parsed = parseContentDisposition(header);
    expect(parsed.type).toBe('attachment');
    expect(parsed.parameters).toEqual({ filename: `${SURVEY}-vague_2-b.${format}` });
  });
});

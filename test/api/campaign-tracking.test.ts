import { describe, expect, it } from 'vitest';
import type { Clock } from '../../api/deps.js';
import { ensureStandingCampaigns } from '../../api/campaigns/ensure-standing-campaigns.js';
import { completeAnnualAnswers } from '../helpers/annual-answers.js';
import type { CampaignTracking, InvitationsAnswer } from '../helpers/api-types.js';
import { errorOf, readJson } from '../helpers/read-json.js';
import { seededApp } from '../helpers/seeded.js';
import { ADMIN, adminJson, postJson, testApp, testCatalog } from '../helpers/test-app.js';

const CAMPAIGN = '/api/admin/campaigns/enquete-annuelle/2027';
const { collectivite: _anyone, ...invitedAnswers } = completeAnnualAnswers;

interface CampaignView {
  phase: string;
  open: boolean;
  closesAt: string | null;
  can: { close: boolean; publish: boolean; withdraw: boolean };
}

const patch = (body: unknown) => adminJson(body, ADMIN, 'PATCH');

describe('the tracking an administrator acts on', () => {
  it('lists each invited collectivity with its name, type and region in words, and where it stands: not opened, opened, in progress, complete', async () => {
    const { app } = await testApp();
    await app.request('/api/admin/campaigns', adminJson({ surveyId: 'enquete-annuelle', campaign: '2027' }));
    const inv = await readJson<InvitationsAnswer>(
      await app.request(`${CAMPAIGN}/invitations`, adminJson({ lines: ['epci:200040715;dri@grenoble-alpes-metropole.fr', 'commune:38185', 'region:84', 'departement:29'] })),
    );
    const code = (key: string) => inv.created.find((c) => c.collectivite === key)!.code;
    // The métropole answers completely, Grenoble begins, the région only opens its link.
    await postJson(app, '/api/surveys/enquete-annuelle/responses', { answers: invitedAnswers, status: 'complete', invitation: code('epci:200040715') });
    await postJson(app, '/api/surveys/enquete-annuelle/responses', { answers: { service_repondant: 'cabinet_elus' }, status: 'partial', invitation: code('commune:38185') });
    expect((await app.request(`/api/invitations/${code('region:84')}`)).status).toBe(200);

    const t = await readJson<CampaignTracking>(await app.request(`${CAMPAIGN}/tracking`, { headers: ADMIN }));
    expect(t.mailEnabled).toBe(false);
    expect([t.invited, t.complete, t.partial, t.opened]).toEqual([4, 1, 1, 1]);
    const line = (key: string) => t.invitations.find((i) => i.collectivite === key)!;
    expect(line('epci:200040715')).toMatchObject({
      name: 'Grenoble-Alpes-Métropole',
      type: { key: 'metropole', label: 'Métropole' },
      region: { key: '84', label: 'Auvergne-Rhône-Alpes' },
      status: 'complete',
      emails: ['dri@grenoble-alpes-metropole.fr'],
    });
    expect(line('commune:38185')).toMatchObject({ status: 'en_cours', type: { label: 'Commune' } });
    expect(line('region:84').status).toBe('ouverte');
    expect(line('region:84').openedAt).toBe('2026-11-22T10:00:00.000Z');
    expect(line('departement:29')).toMatchObject({ status: 'pas_ouverte', openedAt: null, region: { label: 'Bretagne' } });
    // Sorted by name, for people.
    expect(t.invitations.map((i) => i.name)).toEqual(['Auvergne-Rhône-Alpes', 'Finistère', 'Grenoble', 'Grenoble-Alpes-Métropole']);
    // Counts per type and per region, in words.
    expect(t.byType.map((x) => x.label).sort()).toEqual(['Commune', 'Département', 'Métropole', 'Région']);
    expect(t.byRegion).toEqual([
      { key: '84', label: 'Auvergne-Rhône-Alpes', invited: 3, complete: 1, partial: 1, opened: 1 },
      { key: '53', label: 'Bretagne', invited: 1, complete: 0, partial: 0, opened: 0 },
    ]);
  });

  it('draws the régions of France, the five overseas ones included, each with its outline', async () => {
    const { app } = await testApp();
    const map = await readJson<{ viewBox: string; regions: { code: string; path: string; outline: string }[]; overseas: { code: string; name: string; viewBox: string }[]; source: string }>(
      await app.request('/api/admin/carte-des-regions', { headers: ADMIN }),
    );
    expect(map.regions.map((r) => r.code).sort()).toEqual(['11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93', '94']);
    expect(map.overseas.map((r) => r.name)).toEqual(['Guadeloupe', 'Martinique', 'Guyane', 'La Réunion', 'Mayotte']);
    for (const r of map.regions) {
      expect(r.path).toMatch(/^M[\d. L]+Z/);
      // The outline leaves the inner borders of its départements out: shorter than all of them.
      expect(r.outline.length).toBeGreaterThan(0);
      expect(r.outline.length).toBeLessThan(r.path.length * 2);
    }
    expect(map.source).toMatch(/CC BY 4\.0/);
    expect((await app.request('/api/admin/carte-des-regions')).status).toBe(401);
  });
});

describe('campaign dates and state', () => {
  it('closes itself at its closing date: tracking, answering and publishing agree, and only the changes that apply are offered', async () => {
    let now = new Date('2027-03-01T10:00:00Z');
    const clock: Clock = { now: () => now };
    const { app } = await testApp({ clock });
    // Dates arrive with their offset (Paris), and are kept as UTC instants.
    const created = await app.request('/api/admin/campaigns', adminJson({ surveyId: 'enquete-annuelle', campaign: '2027', opensAt: '2027-03-02T00:00:00+01:00', closesAt: '2027-03-15T00:00:00+01:00' }));
    expect(created.status).toBe(201);
    const view = async () => readJson<CampaignView>(await app.request(CAMPAIGN, { headers: ADMIN }));
    expect(await view()).toMatchObject({ phase: 'a_venir', open: false, closesAt: '2027-03-14T23:00:00.000Z', can: { close: false, publish: false, withdraw: false } });
    // Not open yet: nothing to close, nothing to publish.
    expect((await errorOf(await app.request(CAMPAIGN, patch({ close: true })))).code).toBe('campagne_non_ouverte');
    expect((await app.request(CAMPAIGN, patch({ publish: true }))).status).toBe(409);

    now = new Date('2027-03-10T10:00:00Z');
    expect(await view()).toMatchObject({ phase: 'ouverte', open: true, can: { close: true, publish: false, withdraw: false } });
    const inv = await readJson<InvitationsAnswer>(await app.request(`${CAMPAIGN}/invitations`, adminJson({ lines: ['commune:38185'] })));
    expect((await postJson(app, '/api/surveys/enquete-annuelle/responses', { answers: { service_repondant: 'cabinet_elus' }, status: 'partial', invitation: inv.created[0]!.code })).status).toBe(201);

    // Midnight in Paris on 15 March: closed, with no one pressing « Clore ».
    now = new Date('2027-03-14T23:00:00Z');
    expect(await view()).toMatchObject({ phase: 'close', open: false, can: { close: false, publish: true, withdraw: false } });
    const late = await postJson(app, '/api/surveys/enquete-annuelle/responses', { answers: { service_repondant: 'cabinet_elus' }, status: 'partial', invitation: inv.created[0]!.code });
    expect(late.status).toBe(409);
    const opened = await readJson<{ campaignState: { open: boolean } }>(await app.request(`/api/invitations/${inv.created[0]!.code}`));
    expect(opened.campaignState.open).toBe(false);
    // Closing it again would move its closing date: refused, and the date stays.
    expect((await app.request(CAMPAIGN, patch({ close: true }))).status).toBe(409);
    expect((await view()).closesAt).toBe('2027-03-14T23:00:00.000Z');

    expect((await app.request(CAMPAIGN, patch({ publish: true }))).status).toBe(200);
    expect(await view()).toMatchObject({ can: { close: false, publish: false, withdraw: true } });
    // A published campaign cannot be reopened; withdrawn, it can.
    const reopen = await app.request(CAMPAIGN, patch({ closesAt: '2027-04-01T00:00:00+02:00' }));
    expect((await errorOf(reopen)).code).toBe('publication_a_retirer');
    expect((await app.request(CAMPAIGN, patch({ publish: false }))).status).toBe(200);
    expect((await app.request(CAMPAIGN, patch({ closesAt: '2027-04-01T00:00:00+02:00' }))).status).toBe(200);
    expect(await view()).toMatchObject({ phase: 'ouverte', closesAt: '2027-03-31T22:00:00.000Z', can: { close: true, publish: false, withdraw: false } });
  });

  it('refuses a closing date that does not follow the opening date', async () => {
    const { app } = await testApp();
    const res = await app.request('/api/admin/campaigns', adminJson({ surveyId: 'enquete-annuelle', campaign: '2027', opensAt: '2027-03-02T00:00:00Z', closesAt: '2027-03-01T00:00:00Z' }));
    expect(res.status).toBe(422);
    expect((await errorOf(res)).code).toBe('dates_incoherentes');
  });
});

describe('standing campaigns', () => {
  it('the current year’s annual campaign and the permanent self-diagnosis exist once, and keep what the seed or the administrator made of them', async () => {
    const { app, db } = await seededApp('demo');
    const catalog = testCatalog();
    const now = new Date('2026-11-22T10:00:00Z');
    expect(await ensureStandingCampaigns(db, catalog, now)).toEqual(['enquete-annuelle/2026']);
    // Idempotent: a second start creates nothing.
    expect(await ensureStandingCampaigns(db, catalog, now)).toEqual([]);
    const campaigns = await readJson<{ surveyId: string; campaign: string; nature: string; open: boolean }[]>(await app.request('/api/admin/campaigns', { headers: ADMIN }));
    const standing = campaigns.filter((c) => ['enquete-annuelle/2026', 'autodiagnostic/permanent'].includes(`${c.surveyId}/${c.campaign}`));
    expect(standing.map((c) => [c.campaign, c.nature, c.open])).toEqual([
      // The seed's fictitious self-diagnoses made the permanent campaign: it stays theirs.
      ['permanent', 'fictive', true],
      ['2026', 'reelle', true],
    ]);
    // A response without an invitation lands in the listed campaign at once.
    const r = await readJson<{ id: string }>(await postJson(app, '/api/surveys/enquete-annuelle/responses', { answers: { collectivite: 'commune:38185' }, status: 'partial' }));
    const pending = await readJson<{ id: string; campaign: string }[]>(await app.request('/api/admin/responses?surveyId=enquete-annuelle&campaign=2026', { headers: ADMIN }));
    expect(pending.map((p) => p.id)).toEqual([r.id]);
    // The next year brings its own.
    expect(await ensureStandingCampaigns(db, catalog, new Date('2027-01-01T00:00:00Z'))).toEqual(['enquete-annuelle/2027']);
  });

  it('creates both on an empty database', async () => {
    const { db } = await testApp();
    expect(await ensureStandingCampaigns(db, testCatalog(), new Date('2026-11-22T10:00:00Z'))).toEqual(['enquete-annuelle/2026', 'autodiagnostic/permanent']);
    const rows = await db.selectFrom('campaigns').select(['survey_id', 'campaign', 'closes_at', 'published_at']).orderBy('survey_id').execute();
    expect(rows).toEqual([
      { survey_id: 'autodiagnostic', campaign: 'permanent', closes_at: null, published_at: null },
      { survey_id: 'enquete-annuelle', campaign: '2026', closes_at: null, published_at: null },
    ]);
  });
});

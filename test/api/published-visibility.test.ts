import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../api/http/errors.js';
import { instrumentsWith } from '../../api/instruments/catalog.js';
import { ADMIN, adminJson, testApp } from '../helpers/test-app.js';
import { instruments, seededApp } from '../helpers/seeded.js';

type App = Awaited<ReturnType<typeof testApp>>['app'];

const SURVEY = 'arricod-2016';
/** The campaign whose results the guide's figures are recomputed from. */
const CAMPAIGN = instruments.get(SURVEY)!.features.publishedFigures!.campaign;

interface Comparison {
  id: string;
  match: boolean;
}

/** The statuses of /published and of the same campaign's /results, for the public and for the administrator. */
async function statuses(app: App) {
  const published = (headers: Record<string, string>) => app.request(`/api/surveys/${SURVEY}/published`, { headers });
  const results = (headers: Record<string, string>) => app.request(`/api/surveys/${SURVEY}/results?campaign=${CAMPAIGN}`, { headers });
  return {
    published: { public: (await published({})).status, admin: (await published(ADMIN)).status },
    results: { public: (await results({})).status, admin: (await results(ADMIN)).status },
  };
}

async function setPublication(app: App, publish: boolean) {
  const res = await app.request(`/api/admin/campaigns/${SURVEY}/${CAMPAIGN}`, adminJson({ publish }, ADMIN, 'PATCH'));
  expect(res.status).toBe(200);
}

async function expectRefusedToPublic(app: App) {
  const res = await app.request(`/api/surveys/${SURVEY}/published`);
  expect(res.status).toBe(403);
  const body = (await res.json()) as ErrorBody;
  expect(body.error.code).toBe('resultats_non_publies');
  expect(body.error.message).toContain(`«\u202f${CAMPAIGN}\u202f»`);
}

describe('GET /api/surveys/:id/published follows the publication of its campaign', () => {
  it('is refused to the public when the campaign does not exist yet, and answered to the administrator', async () => {
    const { app } = await testApp();
    await expectRefusedToPublic(app);
    expect(await statuses(app)).toEqual({ published: { public: 403, admin: 200 }, results: { public: 403, admin: 200 } });
  });

  it('is refused to the public while the campaign is not published, answered once it is', async () => {
    const { app } = await testApp();
    const created = await app.request('/api/admin/campaigns', adminJson({ surveyId: SURVEY, campaign: CAMPAIGN }));
    expect(created.status).toBe(201);
    await expectRefusedToPublic(app);
    expect(await statuses(app)).toEqual({ published: { public: 403, admin: 200 }, results: { public: 403, admin: 200 } });

    // Results are published once the campaign is closed.
    const closed = await app.request(`/api/admin/campaigns/${SURVEY}/${CAMPAIGN}`, adminJson({ close: true }, ADMIN, 'PATCH'));
    expect(closed.status).toBe(200);
    await setPublication(app, true);
    expect(await statuses(app)).toEqual({ published: { public: 200, admin: 200 }, results: { public: 200, admin: 200 } });
  });

  it('is refused to the public again after withdrawal, with the administrator still seeing the same figures', async () => {
    const { app } = await seededApp('replay');
    const before = await app.request(`/api/surveys/${SURVEY}/published`);
    expect(before.status).toBe(200);
    const figures = (await before.json()) as Comparison[];
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.every((f) => f.match)).toBe(true);

    await setPublication(app, false);
    await expectRefusedToPublic(app);
    expect(await statuses(app)).toEqual({ published: { public: 403, admin: 200 }, results: { public: 403, admin: 200 } });
    expect(await (await app.request(`/api/surveys/${SURVEY}/published`, { headers: ADMIN })).json()).toEqual(figures);

    await setPublication(app, true);
    expect(await (await app.request(`/api/surveys/${SURVEY}/published`)).json()).toEqual(figures);
  });

  it('leaves the other historical surveys public when one campaign is withdrawn', async () => {
    const { app } = await seededApp('replay');
    await setPublication(app, false);
    const others = instrumentsWith(instruments, 'publishedFigures').filter((i) => i.id !== SURVEY);
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect((await app.request(`/api/surveys/${other.id}/published`)).status).toBe(200);
  });
});

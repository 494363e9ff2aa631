import { describe, expect, it } from 'vitest';
import { browserSuite } from '../helpers/browser.js';
import type { CreatedResponse } from '../helpers/api-types.js';
import { readJson } from '../helpers/read-json.js';
import { ADMIN, adminJson } from '../helpers/test-app.js';

/*
 * Issue 16: a campaign's closing date is told while it is open; once closed, the private
 * link shows the answers read-only with the date in words, and the questionnaire offers no
 * form. (Its own file: closing the year's campaign closes the questionnaire for every test.)
 */
const suite = browserSuite();
const year = String(new Date().getUTCFullYear());
const inWords = (iso: string) => new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(new Date(iso));

describe('a closed campaign', () => {
  it('is announced with its date while open; once closed, answers are read-only and the questionnaire has no form', async () => {
    const { url } = suite.server();
    const api = (path: string, init?: RequestInit) => fetch(`${url}${path}`, init);
    // Open until the end of 15 March next year (midnight, Paris): the last day to answer is the 15th.
    const closesAt = `${Number(year) + 1}-03-16T00:00:00+01:00`;
    expect((await api('/api/admin/campaigns', adminJson({ surveyId: 'enquete-annuelle', campaign: year, label: `Enquête ${year}`, closesAt }))).status).toBe(201);

    const page = await suite.browser().newPage();
    await page.goto(`${url}/questionnaires/enquete-annuelle`);
    await page.getByText(`Vous pouvez répondre jusqu’au 15 mars ${Number(year) + 1}.`).waitFor();

    const created = await api('/api/surveys/enquete-annuelle/responses', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers: { collectivite: 'commune:38185', budget_aict_euros: 37500, typologie_actions: { branding: 'realisee' } }, status: 'partial' }),
    });
    const r = await readJson<CreatedResponse>(created);
    const closing = await api(`/api/admin/campaigns/enquete-annuelle/${year}`, adminJson({ close: true, publish: true }, ADMIN, 'PATCH'));
    expect(closing.status).toBe(200);
    const closedAt = (await readJson<{ closes_at: string }>(closing)).closes_at;

    // The private link: the date in words, the answers, nothing editable, the published results one link away.
    await page.goto(`${url}/reponses/${r.id}#jeton=${r.token}`);
    await page.getByText(`La campagne a été close le ${inWords(closedAt)}.`).waitFor();
    await page.locator('[data-name="budget_aict_euros"]').waitFor();
    expect(await page.getByText(/jusqu’à la clôture|jusqu’au/).count()).toBe(0);
    const fields = page.locator('main input, main textarea, main select');
    expect(await fields.count()).toBeGreaterThan(30);
    for (const field of await fields.all()) expect(await field.isEditable()).toBe(false);
    expect(await page.getByRole('radio', { name: /Branding.*colonne Réalisée/ }).isChecked()).toBe(true);
    expect(await page.getByRole('button', { name: /Suivant|Terminer/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Voir les résultats publiés de la campagne' }).getAttribute('href')).toBe(`/resultats/enquete-annuelle?campagne=${year}`);
    expect(await page.title()).toMatch(/ — Vos réponses \(campagne close\) · Observatoire AICT$/);

    // The questionnaire: said closed, no form at all.
    await page.goto(`${url}/questionnaires/enquete-annuelle`);
    await page.getByText(`La campagne a été close le ${inWords(closedAt)}.`).waitFor();
    expect(await page.locator('.sd-root-modern').count()).toBe(0);
    expect(await page.locator('main input, main textarea, main select').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Suivant' }).count()).toBe(0);
    await page.close();
  });
});

import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { adminPageWatchingErrors, browserSuite } from '../helpers/browser.js';
import { completeAnnualAnswers } from '../helpers/annual-answers.js';
import { HOSTILE_ANSWER, HOSTILE_LABEL, HOSTILE_LINE, hostileInstruments, INJECTED_SELECTOR, PLAIN } from '../helpers/hostile-instruments.js';
import { ADMIN, ADMIN_TOKEN, adminJson, testRegistry } from '../helpers/test-app.js';

/*
 * Issue 7, web safety: markup written into an instrument's texts, a free-text answer, a
 * campaign label or an invitation line is read as text on every page that shows it and in
 * every export; nothing of it becomes an element. The content security policy would block
 * an inline handler anyway: these checks look for the element itself, so they would fail
 * even if the policy were gone.
 */
const suite = browserSuite({ instruments: hostileInstruments() });
const year = String(new Date().getUTCFullYear());

async function expectNothingInjected(page: Page, problems: string[]) {
  expect(await page.locator(INJECTED_SELECTOR).count(), page.url()).toBe(0);
  expect(await page.locator('body script').count(), page.url()).toBe(0);
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss), page.url()).toBeUndefined();
  expect(problems).toEqual([]);
}

describe('markup is shown as text, never rendered', () => {
  it('in instrument texts, free-text answers, campaign labels and invitation lines, on every page and in every export', async () => {
    const { url } = suite.server();
    const api = (path: string, init?: RequestInit) => fetch(`${url}${path}`, init);
    expect((await api('/api/admin/campaigns', adminJson({ surveyId: 'enquete-annuelle', campaign: year, label: HOSTILE_LABEL }))).status).toBe(201);
    expect((await api('/api/admin/campaigns', adminJson({ surveyId: 'ua-2015-kit-de-survie', campaign: '2015' }))).status).toBe(201);
    const workshop = (await (
      await api('/api/surveys/ua-2015-kit-de-survie/responses', adminJson({ answers: { collectivite_type: 'region', session: '1', commentaire: HOSTILE_ANSWER }, status: 'complete' }, {}))
    ).json()) as { id: string; token: string };
    // Five métropoles (one voice each), so that the campaign has results to show.
    const metropoles = testRegistry().all().filter((c) => c.type === 'metropole').slice(0, 5);
    for (const m of metropoles) {
      const created = await api('/api/surveys/enquete-annuelle/responses', adminJson({ answers: { ...completeAnnualAnswers, collectivite: m.key }, status: 'complete' }, {}));
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };
      expect((await api(`/api/admin/responses/${id}`, adminJson({ verified: true }, ADMIN, 'PATCH'))).status).toBe(200);
    }

    // The API already serves the instrument's texts plain.
    const definition = (await (await api('/api/surveys/enquete-annuelle')).json()) as { title: string; json: { title: string } };
    expect(definition.title).toBe(PLAIN.surveyTitle);
    expect(JSON.stringify(definition.json)).not.toMatch(/<(img|script|svg|i|b)\b/);

    const { context, page, problems } = await adminPageWatchingErrors(suite.browser(), ADMIN_TOKEN);

    // The questionnaire: instrument texts, plain.
    await page.goto(`${url}/questionnaires/enquete-annuelle`);
    await page.getByRole('heading', { name: PLAIN.surveyTitle, exact: true }).waitFor();
    await page.getByText(PLAIN.pageDescription, { exact: true }).waitFor();
    await page.getByText(PLAIN.typeTitle, { exact: true }).first().waitFor();
    await page.getByRole('radio', { name: PLAIN.regionText, exact: true }).waitFor({ state: 'attached' });
    await expectNothingInjected(page, problems);

    // The respondent's own answer, reopened: the free text is in the field, as typed.
    await page.goto(`${url}/reponses/${workshop.id}#jeton=${workshop.token}`);
    await page.getByRole('button', { name: 'Suivant' }).click();
    const comment = page.locator('[data-name="commentaire"] textarea');
    await comment.waitFor();
    expect(await comment.inputValue()).toBe(HOSTILE_ANSWER);
    await page.getByText(PLAIN.commentTitle, { exact: true }).waitFor();
    await expectNothingInjected(page, problems);

    // Administration: the campaign label and a rejected invitation line, as typed.
    await page.goto(`${url}/admin`);
    await page.getByText(HOSTILE_LABEL).first().waitFor();
    await expectNothingInjected(page, problems);
    await page.goto(`${url}/admin/campagnes/enquete-annuelle/${year}`);
    await page.getByLabel(/Une collectivité par ligne/).fill(HOSTILE_LINE);
    await page.getByRole('button', { name: 'Créer les invitations' }).click();
    await page.getByText(HOSTILE_LINE).first().waitFor();
    await expectNothingInjected(page, problems);

    // Results: instrument texts and the campaign label, plain or as typed.
    const published = await api(`/api/admin/campaigns/enquete-annuelle/${year}`, adminJson({ close: true, publish: true }, ADMIN, 'PATCH'));
    expect(published.status).toBe(200);
    await page.goto(`${url}/resultats/enquete-annuelle`);
    await page.getByText(HOSTILE_LABEL).first().waitFor({ state: 'attached' });
    await page.getByRole('heading', { name: new RegExp(PLAIN.surveyTitle) }).first().waitFor();
    await page.getByText(PLAIN.typeTitle, { exact: true }).first().waitFor();
    await page.waitForLoadState('networkidle');
    await expectNothingInjected(page, problems);
    await context.close();

    // Exports: a download, never a page; the free text kept exactly as the respondent typed it.
    const exported = (format: string) => api(`/api/admin/campaigns/ua-2015-kit-de-survie/2015/export?format=${format}&labels=1`, { headers: ADMIN });
    for (const format of ['csv', 'xlsx', 'json']) {
      const res = await exported(format);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-type')).not.toMatch(/html/);
    }
    const csv = Papa.parse<string[]>((await (await exported('csv')).text()).replace(/^\uFEFF/, ''), { delimiter: ';' }).data;
    expect(csv.flat()).toContain(HOSTILE_ANSWER);
    expect(csv[1]).toContain(PLAIN.commentTitle);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await (await exported('xlsx')).arrayBuffer());
    const cells: unknown[] = [];
    book.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    expect(cells).toContain(HOSTILE_ANSWER);
    expect(JSON.stringify(await (await exported('json')).json())).toContain(JSON.stringify(HOSTILE_ANSWER));
  }, 120_000);
});

import { describe, expect, it } from 'vitest';
import { adminPageWatchingErrors, browserSuite } from '../helpers/browser.js';
import { ADMIN_TOKEN } from '../helpers/test-app.js';

const suite = browserSuite();
const LINES = 3000;

describe('importing a file from the administration', () => {
  it('shows a progress bar while the file goes, then the report in French, refused lines named', async () => {
    const url = suite.server().url;
    const created = await fetch(`${url}/api/admin/campaigns`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN_TOKEN}` },
      body: JSON.stringify({ surveyId: 'ua-2015-kit-de-survie', campaign: 'import-navigateur' }),
    });
    expect(created.status).toBe(201);
    const { page, problems } = await adminPageWatchingErrors(suite.browser(), ADMIN_TOKEN);
    await page.goto(`${url}/admin/campagnes/ua-2015-kit-de-survie/import-navigateur`);
    await page.getByRole('heading', { name: 'Importer des réponses historiques' }).waitFor();
    // The largest share the progress bar ever showed, watched from the page itself (-1: never shown): the upload may be quick.
    await page.evaluate(() => {
      const w = window as unknown as { progressSeen: number };
      w.progressSeen = -1;
      new MutationObserver(() => {
        const bar = document.querySelector<HTMLProgressElement>('progress#import-progress');
        if (bar) w.progressSeen = Math.max(w.progressSeen, bar.value);
      }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['value'] });
    });
    const good = JSON.stringify({ status: 'complete', answers: { collectivite_type: 'commune', session: '1' } });
    const body = [...Array.from({ length: LINES - 1 }, () => good), '{pas du json'].join('\n') + '\n';
    await page.getByLabel(/Fichier CSV ou XLSX/).setInputFiles({ name: 'kit.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(body) });
    await page.getByLabel('Mode').selectOption('partiel');
    await page.getByRole('button', { name: 'Importer' }).click();
    const report = page.locator('pre.report-text');
    await expect.poll(() => report.innerText(), { timeout: 60_000 }).toMatch(/^2\u202f999\u00a0réponses importées sur 3\u202f000\./);
    expect(await report.innerText()).toContain('Ligne 3000\u202f: Cette ligne n’est pas du JSON valide');
    // The bar moved: the share sent was reported while the file went.
    expect(await page.evaluate(() => (window as unknown as { progressSeen: number }).progressSeen)).toBeGreaterThan(0);
    expect(await page.locator('progress').count()).toBe(0);
    expect(problems).toEqual([]);
  }, 90_000);
});

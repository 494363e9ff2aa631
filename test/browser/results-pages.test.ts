import { describe, expect, it } from 'vitest';
import { browserSuite } from '../helpers/browser.js';

const suite = browserSuite({ seed: 'demo' });

describe('results pages', () => {
  it('the guide-figures page shows 40, 33, 20, 7 for the target countries and 2,5 for transferts_financiers', async () => {
    const page = await suite.browser().newPage();
    const errors: string[] = [];
    const scripts: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => scripts.push(r.url()));
    await page.goto(`${suite.server().url}/chiffres-du-guide`);
    await page.getByText(/chiffres et constats concordent/).waitFor();
    expect(await page.getByText(/chiffres et constats concordent/).innerText()).toBe('13 sur 13 chiffres et constats concordent.');

    const zone = page.locator('table[data-figure="arricod-2016.zone_cible"]');
    for (const [code, value] of [['nsp', '40 %'], ['europe_amerique_sud', '33 %'], ['chine', '20 %'], ['maroc', '7 %']]) {
      const row = zone.locator(`tr[data-code="${code}"]`);
      expect(await row.locator('td.printed').innerText()).toBe(value);
      expect(await row.locator('td.recomputed').innerText()).toBe(value);
    }
    const transfers = page.locator('table[data-figure="ua-2014-indicateurs.indicateurs"] tr[data-code="transferts_financiers"]');
    expect(await transfers.locator('td.recomputed[data-column="pertinence"]').innerText()).toBe('2,5');
    expect(await transfers.locator('td.printed[data-column="pertinence"]').innerText()).toBe('2,5');
    // The results pages never load the SurveyJS runtime.
    expect(scripts.filter((u) => /FillPage|survey/i.test(u) && u.includes('/assets/'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the results page charts the demo campaign, filters by type, and marks 2016 → demo changes', async () => {
    const page = await suite.browser().newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${suite.server().url}/resultats/enquete-annuelle`);
    await page.locator('#q-typologie_actions').waitFor();
    expect(await page.getByText(/Données fictives de démonstration/).count()).toBe(1);
    expect(await page.locator('.chart[role="img"]').count()).toBeGreaterThan(10);
    // French decimals in the statistics line.
    expect(await page.locator('.stats').first().innerText()).toMatch(/Moyenne \d+(,\d)?/);
    await page.locator('select').nth(1).selectOption('region');
    await expect.poll(() => page.getByText(/réponses complètes/).innerText()).toMatch(/^1\d réponses complètes/);
    await page.locator('select').nth(1).selectOption('');
    await page.getByRole('heading', { name: 'Évolutions' }).waitFor();
    expect(await page.locator('.trends table').count()).toBeGreaterThan(3);
    expect(await page.locator('.trends tr.significant').count()).toBeGreaterThan(0);
    // Campaigns in words, not codes.
    expect(await page.locator('.trends h3').first().innerText()).toMatch(
      /^De «\u202fSondage ARRICOD 2016 \(reconstitution\)\u202f», 15 réponses, à «\u202fCampagne de démonstration \(données fictives\)\u202f», 388 réponses$/,
    );
    // Each test in words with both p-values; none where 2016 did not ask (population bands).
    const tests = await page.locator('.trends tbody td:last-child').allInnerTexts();
    for (const t of tests) expect(t).toMatch(/^(significatif|non significatif) \(p\s[=<]\s(0,\d+|1,0), corrigé\s[=<]\s(0,\d+|1,0)\)$|^pas de point de comparaison$/);
    expect(tests.filter((t) => t === 'pas de point de comparaison').length).toBeGreaterThan(0);
    expect(tests.filter((t) => t.startsWith('significatif')).length).toBe(await page.locator('.trends tr.significant').count());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on a 390 px phone, chart labels are whole and no chart text is under 12 px', async () => {
    const page = await suite.browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${suite.server().url}/resultats/enquete-annuelle`);
    await page.locator('#q-typologie_actions').waitFor();
    const texts = await page.locator('.chart .bar-label, .chart .bar-value, .chart .part-value, .chart-legend li').evaluateAll((els) =>
      els.map((e) => {
        const box = e.getBoundingClientRect();
        return { text: e.textContent ?? '', left: box.left, right: box.right, size: parseFloat(getComputedStyle(e).fontSize), cut: e.scrollWidth > e.clientWidth + 1 };
      }),
    );
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((t) => t.left < 0 || t.right > 390 || t.cut || t.text.endsWith('…'))).toEqual([]);
    expect(Math.min(...texts.map((t) => t.size))).toBeGreaterThanOrEqual(12);
    await page.close();
  });
});

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
    for (const [code, value] of [['nsp', '40\u00a0%'], ['europe_amerique_sud', '33\u00a0%'], ['chine', '20\u00a0%'], ['maroc', '7\u00a0%']]) {
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

  it('the guide-figures page speaks French: the guide’s sentence quoted, recomputed values named and with units, a chart per figure, no code', async () => {
    const page = await suite.browser().newPage();
    await page.goto(`${suite.server().url}/chiffres-du-guide`);
    await page.getByText(/chiffres et constats concordent/).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[lang="en"]').count()).toBe(0);
    // The readings are in the page (closed disclosures): open them so that their text counts too.
    for (const d of await page.locator('article.comparison details').all()) await d.locator('summary').click();
    const text = await page.evaluate(() => document.body.innerText);
    expect(text.match(/\b[a-z]+_[a-z_]+\b/g)).toBeNull();
    expect(text.match(/\b(Reading|printed|recomputed|median|share|percent|finding)\b/g)).toBeNull();
    // A finding: the guide's own sentence, then what was recomputed, named in French with its unit.
    const implication = page.locator('article[data-comparison="arricod-2014.implication"]');
    expect(await implication.locator('.guide-quote q').innerText()).toBe('Elle a également mis en lumière la faible implication des acteurs économiques dans ces projets');
    expect(await implication.locator('tr[data-code="median"]').innerText()).toBe('Implication des acteurs économiques (médiane)\t2 sur 5');
    const service = page.locator('article[data-comparison="arricod-2016.service"] tr[data-code="relations_internationales"]');
    expect(await service.innerText()).toBe('Service des relations internationales\t80\u00a0%');
    // Each figure: printed and recomputed as two series of bars, with a legend and a text alternative.
    const figures = page.locator('article.comparison:has(.compared-chart)');
    expect(await figures.count()).toBe(4);
    const zone = page.locator('article[data-comparison="arricod-2016.zone_cible"] .compared-chart');
    expect(await zone.locator('.chart-legend li').allInnerTexts()).toEqual(['publié par le guide', 'recalculé']);
    expect(await zone.getAttribute('aria-label')).toContain('Chine\u202f: publié par le guide 20\u00a0%, recalculé 20\u00a0%');
    await page.close();
  });

  it('a reconstruction shows the questions its source published, the others behind a labelled disclosure', async () => {
    const page = await suite.browser().newPage();
    await page.goto(`${suite.server().url}/resultats/arricod-2016`);
    await page.locator('#q-service_repondant').waitFor();
    expect(await page.locator('#q-service_repondant').isVisible()).toBe(true);
    const hidden = page.locator('details.unsourced');
    expect(await hidden.locator(':scope > summary').innerText()).toBe('Questions non publiées par la source\u202f: valeurs de la reconstitution (2)');
    expect(await page.locator('#q-collectivite_type').isVisible()).toBe(false);
    await hidden.locator(':scope > summary').click();
    expect(await page.locator('#q-collectivite_type').isVisible()).toBe(true);
    // The real answers of the demo campaign have no such disclosure.
    await page.goto(`${suite.server().url}/resultats/enquete-annuelle`);
    await page.locator('#q-typologie_actions').waitFor();
    expect(await page.locator('details.unsourced').count()).toBe(0);
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

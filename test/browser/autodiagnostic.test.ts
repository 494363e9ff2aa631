import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite } from '../helpers/browser.js';

const suite = browserSuite({ seed: 'replay' });

/** Answers every row of a step's matrix with the given status (0 pas engagé … 3 réalisé), by row. */
async function answerStep(page: Page, step: string, statuses: number[]) {
  const rows = page.locator(`[data-name="${step}"] tr.sd-table__row`);
  await rows.first().waitFor();
  const count = await rows.count();
  expect(count).toBe(statuses.length);
  for (let i = 0; i < count; i++) await rows.nth(i).getByRole('radio').nth(statuses[i]!).check({ force: true });
}

describe('the self-diagnosis in the browser', () => {
  it('completes the autodiagnostic and lands on the report with the steps, the level and a Fiche B recommendation', async () => {
    const page = await suite.browser().newPage({ viewport: { width: 1200, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${suite.server().url}/questionnaires/autodiagnostic`);
    await page.locator('[data-name="collectivite_type"]').waitFor();
    await page.locator('[data-name="collectivite_type"]').getByText('Département', { exact: true }).click();
    await page.getByRole('button', { name: 'Suivant' }).click();
    // The page's own « Étape 1 — » is not repeated after « Étape 2 sur 8 — ».
    await page.getByRole('heading', { name: /^Étape 2 sur \d+ — La mobilisation interne \(Fiche pratique A\)$/ }).waitFor();
    await answerStep(page, 'mobilisation_interne', [3, 3, 2]);
    await page.getByRole('button', { name: 'Suivant' }).click();
    // The shared diagnosis is unfinished: the elected officials' vision is only being thought about.
    await answerStep(page, 'diagnostic_partage', [3, 2, 1]);
    await page.getByRole('button', { name: 'Suivant' }).click();
    await answerStep(page, 'cadrage', [1, 1, 0, 0]);
    await page.getByRole('button', { name: 'Suivant' }).click();
    await answerStep(page, 'evaluation', [0, 0, 0]);
    await page.getByRole('button', { name: 'Suivant' }).click();
    await answerStep(page, 'mise_en_oeuvre', [2, 1, 1]);
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.locator('[data-name="typologie_actions"]').waitFor();
    await page.locator('[data-name="typologie_actions"] tr.sd-table__row').first().getByRole('radio').nth(1).check({ force: true });
    await page.getByRole('button', { name: 'Suivant' }).click();
    // The optional skills grid: one skill of the first group is to be acquired, the rest left blank.
    await page.locator('[data-name="competences_strategie"] tr.sd-table__row').first().getByRole('radio').nth(0).check({ force: true });
    await page.getByRole('button', { name: 'Terminer' }).click();

    await page.getByRole('heading', { name: 'Votre autodiagnostic' }).waitFor();
    const report = page.locator('article.report');
    // The five steps, in the table and the chart (the heading comes before the report's data).
    await report.locator('table.figures tbody th[scope="row"]').first().waitFor();
    const steps = await report.locator('table.figures tbody th[scope="row"]').allInnerTexts();
    expect(steps).toEqual(['La mobilisation interne', 'Diagnostic territorial partagé', 'Cadrer l’intervention', 'Penser l’évaluation', 'Organiser la mise en œuvre']);
    expect(await report.locator('.chart[role="img"]').count()).toBe(1);
    // (8/9 + 6/9 + 2/12 + 0 + 4/9) / 5 × 100 = 43,3 → en structuration.
    expect(await report.locator('.level').innerText()).toMatch(/Niveau\u202f: En structuration — score global 43,3 sur 100/);
    const ficheB = report.locator('.recommendation-step', { hasText: 'Fiche B' });
    expect(await ficheB.locator('h3').innerText()).toMatch(/^Diagnostic territorial partagé — Fiche B$/);
    expect(await ficheB.locator('li').count()).toBe(2);
    expect(await ficheB.locator('li').first().innerText()).toMatch(/vision partagée|élus/);
    // Each recommendation quotes the guide; the skill to acquire is listed.
    expect(await ficheB.locator('.guide-source').first().innerText()).toMatch(/^Source\u202f: /);
    expect(await report.locator('section[aria-labelledby="formation"] .no-print li').allInnerTexts()).toEqual([
      'à acquérir — Stratégie\u202f: Contribuer à la conduite d’une stratégie d’attractivité internationale et d’internationalisation du territoire',
    ]);
    // The guide's abbreviations in the advice are spelled out.
    const aict = report.locator('.recommendation-step abbr', { hasText: /^AICT$/ }).first();
    await aict.waitFor();
    expect(await aict.getAttribute('title')).toBe('Action Internationale et Européenne des Collectivités Territoriales');
    // The long lists are folded on screen; « Qui fait quoi à l’export » is one link away.
    expect(await report.locator('details.folded[open]').count()).toBe(0);
    expect(await report.locator('details.folded').count()).toBeGreaterThan(3);
    expect(await report.getByRole('link', { name: 'Qui fait quoi à l’export' }).getAttribute('href')).toBe('/acteurs-de-l-export');
    // Too few peers so far: said plainly.
    expect(await report.getByText(/Trop peu de collectivités comparables/).count()).toBe(1);
    // The private link opens the report again.
    const link = await page.locator('#lien-prive').inputValue();
    const again = await suite.browser().newPage();
    await again.goto(link);
    await again.getByRole('heading', { name: 'Votre autodiagnostic' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
    await again.close();
  });
});

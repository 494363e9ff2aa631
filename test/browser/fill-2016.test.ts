import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite } from '../helpers/browser.js';
import { readJson } from '../helpers/read-json.js';
import type { StoredResponse } from '../helpers/api-types.js';

const suite = browserSuite();

/** Ticks a matrix cell the way a mouse user does: on its label, by the French accessible name SurveyJS gives it. */
async function tick(page: Page, question: string, row: string, column: string) {
  await page
    .locator(`[data-name="${question}"]`)
    .getByRole('radio', { name: `ligne ${row}, colonne ${column}` })
    .check({ force: true });
}

describe('answering the 2016 survey in the browser', () => {
  it('fills, leaves, resumes through the private link, completes, and the response is stored', async () => {
    const errors: string[] = [];
    const first = await suite.browser().newContext();
    const page = await first.newPage();
    page.on('pageerror', (e) => errors.push(e.message));

    // The home page presents the instruments in French.
    await page.goto(suite.server().url);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await page.getByRole('link', { name: /Répondre : Sondage ARRICOD 2016/ }).click();
    await page.locator('[data-name="collectivite"]').waitFor();

    // Page 1, by keyboard: the registry picker fills type and population band.
    await page.getByRole('combobox', { name: /Votre collectivité/ }).focus();
    await page.keyboard.type('Grenoble-Alpes', { delay: 20 });
    await page.getByRole('option', { name: /Grenoble-Alpes-Métropole/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('radio', { name: 'Métropole' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: /De 100 000 à 500 000/ }).isChecked()).toBe(true);
    await page.getByText('Relations internationales / affaires européennes').click();
    // French UI, where the respondent stands.
    expect(await page.getByRole('button', { name: 'Suivant' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Étape 1 sur 3 — Votre collectivité' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Suivant' }).click();

    // The page change saved a draft and shows the private link.
    const link = page.locator('#lien-prive');
    await link.waitFor();
    const resumeUrl = await link.inputValue();
    expect(resumeUrl).toMatch(/\/reponses\/[A-Za-z0-9_-]{22}#jeton=[A-Za-z0-9_-]{43}$/);
    const id = /\/reponses\/([^#]+)#/.exec(resumeUrl)![1]!;
    const token = /#jeton=(.+)$/.exec(resumeUrl)![1]!;

    // Page 2: the two importance matrices.
    const rows = ['Actions de promotion internationale', 'Accompagnement à l’internationalisation', 'Coopération économique entre territoires'];
    const fullRow = async (start: string) =>
      (await page.locator('[data-name="actions_realisees"] td.sd-table__cell--row-text', { hasText: start }).innerText()).trim();
    const realisees = ['4', '1', '3'];
    const aRenforcer = ['5', '4', '2'];
    for (const [i, start] of rows.entries()) {
      const label = await fullRow(start);
      await tick(page, 'actions_realisees', label, realisees[i]!);
      await tick(page, 'actions_a_renforcer', label, aRenforcer[i]!);
    }
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.locator('[data-name="acteurs_mobilises"]').waitFor();
    await expect.poll(() => page.locator('.save-status').innerText()).toMatch(/Enregistré à/);

    // Stored as partial, with pages 1 and 2.
    const partial = await suite.server().db.selectFrom('responses').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(partial.status).toBe('partial');
    expect(JSON.parse(partial.answers).actions_realisees).toEqual({
      promotion_internationale: 4,
      internationalisation_entreprises: 1,
      cooperation_economique: 3,
    });

    // Leave: close the browser context entirely.
    await first.close();

    // Come back in a fresh browser through the private link.
    const second = await suite.browser().newContext();
    const again = await second.newPage();
    again.on('pageerror', (e) => errors.push(e.message));
    await again.goto(resumeUrl);
    await again.locator('[data-name="collectivite"]').waitFor();
    await expect.poll(() => again.locator('[data-name="collectivite"]').innerText()).toMatch(/Grenoble-Alpes-Métropole/);
    expect(await again.getByRole('radio', { name: 'Métropole' }).isChecked()).toBe(true);
    await again.getByRole('button', { name: 'Suivant' }).click();
    await again.locator('[data-name="actions_realisees"]').waitFor();
    expect(
      await again
        .locator('[data-name="actions_realisees"]')
        .getByRole('radio', { name: /ligne Coopération économique entre territoires, colonne 3/ })
        .isChecked(),
    ).toBe(true);
    await again.getByRole('button', { name: 'Suivant' }).click();

    // Page 3: actors, target zone, orientation; then finish.
    await again.locator('[data-name="acteurs_mobilises"]').waitFor();
    await tick(again, 'acteurs_mobilises', 'Entreprises', 'Oui');
    await tick(again, 'acteurs_mobilises', 'Associations de solidarité internationale', 'Non');
    await again.locator('[data-name="zone_cible"]').getByText('Chine', { exact: true }).click();
    await again.locator('[data-name="orientation_partenaires"]').getByText(/De nouveaux partenaires/).click();
    await again.getByRole('button', { name: 'Terminer' }).click();
    await again.getByRole('heading', { name: 'Merci, votre réponse est enregistrée' }).waitFor();
    expect(await again.locator('#lien-prive').inputValue()).toBe(resumeUrl);
    await second.close();

    // The response is stored, complete, and readable through the API with its token.
    const res = await fetch(`${suite.server().url}/api/responses/${id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const stored = await readJson<StoredResponse>(res);
    expect(stored.status).toBe('complete');
    expect(stored.answers).toEqual({
      collectivite: 'epci:200040715',
      collectivite_type: 'metropole',
      strate_population: '100k_500k',
      service_repondant: 'relations_internationales',
      actions_realisees: { promotion_internationale: 4, internationalisation_entreprises: 1, cooperation_economique: 3 },
      actions_a_renforcer: { promotion_internationale: 5, internationalisation_entreprises: 4, cooperation_economique: 2 },
      acteurs_mobilises: { entreprises: 'oui', associations_solidarite: 'non' },
      zone_cible: 'chine',
      orientation_partenaires: 'nouveaux_partenaires',
    });
    const count = await suite.server().db.selectFrom('responses').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
    expect(errors).toEqual([]);
  }, 90_000);
});

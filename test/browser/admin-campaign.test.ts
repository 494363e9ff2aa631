import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite } from '../helpers/browser.js';
import { ADMIN_TOKEN } from '../helpers/test-app.js';

const suite = browserSuite();

async function answerMatrix(page: Page, question: string, column: number) {
  const rows = page.locator(`[data-name="${question}"] tr.sd-table__row`);
  await rows.first().waitFor();
  for (let i = 0; i < (await rows.count()); i++) await rows.nth(i).getByRole('radio').nth(column).check({ force: true });
}

describe('running a campaign in the browser', () => {
  it('the administrator creates a campaign, invites three collectivities, one answers through its link, tracking shows 1 of 3', async () => {
    const admin = await (await suite.browser().newContext()).newPage();
    const errors: string[] = [];
    admin.on('pageerror', (e) => errors.push(e.message));
    await admin.goto(`${suite.server().url}/admin`);
    await admin.getByLabel('Jeton d’administration').fill(ADMIN_TOKEN);
    await admin.getByRole('button', { name: 'Entrer' }).click();
    await admin.getByRole('heading', { name: 'Ouvrir une campagne' }).waitFor();
    await admin.getByLabel('Questionnaire').selectOption('enquete-annuelle');
    await admin.getByLabel(/Nom de la campagne/).fill('2027');
    await admin.getByRole('button', { name: 'Créer la campagne' }).click();
    await admin.getByRole('heading', { name: /Campagne 2027/ }).waitFor();

    await admin.getByLabel(/Une collectivité par ligne/).fill('epci:200040715\n38185\nrégion:84 introuvable\nregion:84');
    await admin.getByRole('button', { name: 'Créer les invitations' }).click();
    await admin.getByRole('heading', { name: '3 invitations créées' }).waitFor();
    expect(await admin.getByText(/Ligne 3/).count()).toBe(1);
    await expect.poll(() => admin.locator('.progress-text').first().innerText()).toBe('0 sur 3 ont terminé, 0 en cours');
    const link = await admin.locator('a[data-invitation="commune:38185"]').getAttribute('href');
    expect(link).toMatch(/^\/invitation\/[A-Za-z0-9_-]{43}$/);

    // Grenoble answers through its link, in another suite.browser().
    const respondent = await (await suite.browser().newContext()).newPage();
    respondent.on('pageerror', (e) => errors.push(e.message));
    await respondent.goto(`${suite.server().url}${link}`);
    await respondent.getByText(/Invitation de l’ARRICOD pour/).waitFor();
    expect(await respondent.getByText(/Grenoble \(commune, 38\)/).count()).toBeGreaterThan(0);
    await expect.poll(() => respondent.getByRole('radio', { name: 'Commune', exact: true }).isChecked()).toBe(true);
    await respondent.getByRole('button', { name: 'Suivant' }).click();
    await respondent.locator('[data-name="typologie_actions"]').waitFor();
    await respondent.getByRole('button', { name: 'Suivant' }).click();
    await answerMatrix(respondent, 'actions_realisees', 2);
    await answerMatrix(respondent, 'actions_a_renforcer', 4);
    await respondent.getByRole('button', { name: 'Suivant' }).click();
    await respondent.locator('[data-name="budget_aict_euros"]').waitFor();
    await respondent.getByRole('button', { name: 'Suivant' }).click();
    await respondent.locator('[data-name="evaluation_impact"]').waitFor();
    await respondent.getByRole('button', { name: 'Terminer' }).click();
    await respondent.getByRole('heading', { name: 'Merci, votre réponse est enregistrée' }).waitFor();

    // Reopening the invitation resumes the same response.
    const again = await (await suite.browser().newContext()).newPage();
    await again.goto(`${suite.server().url}${link}`);
    await again.getByText(/Réponse terminée le/).waitFor();

    await admin.reload();
    await expect.poll(() => admin.locator('.progress-text').first().innerText()).toBe('1 sur 3 ont terminé, 0 en cours');
    const stored = await suite.server().db.selectFrom('responses').select(['collectivite', 'campaign', 'status']).execute();
    expect(stored).toEqual([{ collectivite: 'commune:38185', campaign: '2027', status: 'complete' }]);
    expect(errors).toEqual([]);
  }, 90_000);
});

import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { browserSuite } from '../helpers/browser.js';
import type { CreatedResponse, StoredResponse } from '../helpers/api-types.js';
import { readJson } from '../helpers/read-json.js';

/*
 * Issue 16, the respondent's side: numbers typed the French way in any browser language,
 * drafts kept as one types and reopened where one left, the site's look, the focus after
 * a page change, the typology's headings, the phone, the receipt.
 */
const suite = browserSuite();

/** A response of the annual survey whose first three pages are answered (page 3's matrices are required). */
async function answeredUpToPage3(): Promise<CreatedResponse> {
  const answers = {
    collectivite_type: 'region',
    actions_realisees: { promotion_internationale: 4, internationalisation_entreprises: 2, cooperation_economique: 3 },
    actions_a_renforcer: { promotion_internationale: 5, internationalisation_entreprises: 4, cooperation_economique: 2 },
  };
  const res = await fetch(`${suite.server().url}/api/surveys/enquete-annuelle/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ answers, status: 'partial' }),
  });
  expect(res.status).toBe(201);
  return readJson<CreatedResponse>(res);
}

const privateLink = (r: CreatedResponse) => `${suite.server().url}/reponses/${r.id}#jeton=${r.token}`;

async function storedAnswers(r: CreatedResponse): Promise<StoredResponse['answers']> {
  const res = await fetch(`${suite.server().url}/api/responses/${r.id}`, { headers: { authorization: `Bearer ${r.token}` } });
  return (await readJson<StoredResponse>(res)).answers;
}

/** Opens the private link and goes to page 4 (« Vos moyens et vos partenaires ») by « Suivant ». */
async function openPage4(context: BrowserContext, r: CreatedResponse): Promise<Page> {
  const page = await context.newPage();
  await page.goto(privateLink(r));
  for (const step of [2, 3, 4]) {
    await page.getByRole('button', { name: 'Suivant' }).click();
    await page.getByRole('heading', { name: new RegExp(`^Étape ${step} sur 5 — `) }).waitFor();
  }
  await page.locator('[data-name="budget_aict_euros"] input').waitFor();
  return page;
}

/** Waiting for a save: a draft is saved 1,5 s after the last change (not a timed assertion: a bound to give up). */
const POLL = { timeout: 15_000 };

/** The save status once a save is done: "Enregistré à 14 h 32", Paris time. */
const SAVED = /^Enregistré à \d{1,2}\u00a0h\u00a0\d{2}$/;

/** WCAG relative luminance contrast of two `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, bl] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((c) => {
      const s = Number(c) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The colour of a `box-shadow` such as "rgb(74, 74, 85) 0px 0px 0px 1px inset". */
const shadowColour = (boxShadow: string) => /rgba?\([^)]*\)/.exec(boxShadow)![0];

describe.each(['fr-FR', 'en-US'])('numbers typed the French way, browser in %s', (locale) => {
  it('"37 500" and "2,5" are stored as 37500 and 2.5', async () => {
    const context = await suite.browser().newContext({ locale });
    const r = await answeredUpToPage3();
    const page = await openPage4(context, r);
    expect(await page.evaluate(() => navigator.language)).toBe(locale);
    const budget = page.locator('[data-name="budget_aict_euros"] input');
    await budget.click();
    await budget.pressSequentially('37 500');
    const staff = page.locator('[data-name="etp_aict"] input');
    await staff.click();
    await staff.pressSequentially('2,5');
    await page.keyboard.press('Tab');
    // Shown with French separators, as typed; phones offer a keypad with the comma.
    expect(await budget.inputValue()).toBe('37\u202f500');
    expect(await budget.getAttribute('inputmode')).toBe('decimal');
    expect(await staff.inputValue()).toBe('2,5');
    // Saved without « Suivant », 1,5 s after the last change.
    const numbers = async () => {
      const answers = await storedAnswers(r);
      return [answers.budget_aict_euros, answers.etp_aict];
    };
    await expect.poll(numbers, POLL).toEqual([37500, 2.5]);
    expect(await page.locator('.save-status').innerText()).toMatch(SAVED);
    // No refusal from a step: no "taille du pas", no error at all.
    expect(await page.locator('[data-name="budget_aict_euros"] .sd-question__erbox, [data-name="etp_aict"] .sd-question__erbox').count()).toBe(0);
    await context.close();
  });
});

describe('drafts and resuming', () => {
  it('a value typed on page 4, the page closed without « Suivant », is there when the private link is reopened, on page 4', async () => {
    const context = await suite.browser().newContext({ locale: 'fr-FR' });
    const r = await answeredUpToPage3();
    const page = await openPage4(context, r);
    await expect.poll(() => page.locator('.save-status').innerText(), POLL).toMatch(SAVED);
    const partners = page.locator('[data-name="partenariats_actifs"] input');
    await partners.click();
    await partners.pressSequentially('12');
    // Closed while the field still has the focus: nothing was saved yet but what leaving the page saves.
    await page.close({ runBeforeUnload: true });
    await expect.poll(async () => (await storedAnswers(r)).partenariats_actifs, POLL).toBe(12);

    const again = await context.newPage();
    await again.goto(privateLink(r));
    await again.getByRole('heading', { name: /^Étape 4 sur 5 — Vos moyens et vos partenaires$/ }).waitFor();
    expect(await again.locator('[data-name="partenariats_actifs"] input').inputValue()).toBe('12');
    await context.close();
  });

  it('saves as one types, says when in French time, and keeps the link ready for a pasted fragment', async () => {
    const context = await suite.browser().newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${suite.server().url}/questionnaires/enquete-annuelle`);
    await page.locator('[data-name="collectivite_type"]').getByText('Département', { exact: true }).click();
    // No « Suivant »: the draft is saved after the last change, and the address becomes the private link.
    await expect.poll(() => page.locator('.save-status').innerText(), POLL).toMatch(SAVED);
    expect(await page.locator('.save-status').getAttribute('aria-live')).toBe('polite');
    const link = await page.locator('#lien-prive').inputValue();
    const id = /\/reponses\/([^#]+)#/.exec(link)![1]!;
    const token = /#jeton=(.+)$/.exec(link)![1]!;
    expect(await storedAnswers({ id, token, status: 'partial' })).toMatchObject({ collectivite_type: 'departement' });

    // A fresh browser given the link without its fragment, then the full link pasted: no reload needed.
    const other = await suite.browser().newContext();
    const tab = await other.newPage();
    await tab.goto(`${suite.server().url}/reponses/${id}`);
    await tab.getByText(/Ce lien est incomplet/).waitFor();
    await tab.evaluate((t) => (window.location.hash = `#jeton=${t}`), token);
    // This browser never saw the response: it opens on the first page with a required answer missing.
    await tab.getByRole('heading', { name: 'Étape 3 sur 5 — Importance de vos actions' }).waitFor();
    expect(await tab.getByText(/Ce lien est incomplet/).count()).toBe(0);
    for (const step of [2, 1]) {
      await tab.getByRole('button', { name: 'Précédent' }).click();
      await tab.getByRole('heading', { name: new RegExp(`^Étape ${step} sur 5 — `) }).waitFor();
    }
    expect(await tab.getByRole('radio', { name: 'Département' }).isChecked()).toBe(true);
    await other.close();
    await context.close();
  });
});

describe('one look, one focus order', () => {
  it('the form takes the site’s typeface and navy, with outlines and focus rings of at least 3:1', async () => {
    const page = await suite.browser().newPage();
    await page.goto(`${suite.server().url}/questionnaires/enquete-annuelle`);
    const types = page.locator('[data-name="collectivite_type"]');
    await types.waitFor();
    const font = (selector: string) => page.evaluate((s) => getComputedStyle(document.querySelector(s)!).fontFamily, selector);
    expect(await font('[data-name="collectivite_type"] .sd-question__title')).toBe(await font('body'));
    expect(await font('[data-name="collectivite_type"] .sd-item__control-label')).toBe(await font('body'));

    const decorator = (label: string) => types.locator('label', { hasText: label }).locator('.sd-item__decorator');
    const style = (label: string) => decorator(label).evaluate((d) => ({ bg: getComputedStyle(d).backgroundColor, shadow: getComputedStyle(d).boxShadow }));
    const panel = await types.evaluate((q) => getComputedStyle(q).backgroundColor);
    const unchecked = await style('Région');
    expect(contrast(shadowColour(unchecked.shadow), panel)).toBeGreaterThanOrEqual(3);
    expect(contrast(shadowColour(unchecked.shadow), unchecked.bg)).toBeGreaterThanOrEqual(3);

    await types.getByText('Région', { exact: true }).click();
    await page.mouse.move(0, 0);
    // The checked radio is filled with the site's navy (#003d7a), once its transition ends.
    await expect.poll(async () => (await style('Région')).bg, POLL).toBe('rgb(0, 61, 122)');

    // By keyboard, the focus ring around the next radio stands out from the panel.
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Département' }).isChecked()).toBe(true);
    const ring = await decorator('Département').evaluate((d) => getComputedStyle(d, '::before').boxShadow);
    expect(ring).not.toBe('none');
    expect(contrast(shadowColour(ring), panel)).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('after « Suivant » the focus is on the new page’s heading, and Tab leads into its first question', async () => {
    const page = await suite.browser().newPage();
    await page.goto(`${suite.server().url}/questionnaires/enquete-annuelle`);
    await page.locator('[data-name="collectivite_type"]').getByText('Commune', { exact: true }).click();
    expect(await page.title()).toMatch(/^Enquête annuelle .* — Questionnaire, étape 1 sur 5 · Observatoire AICT$/);
    await page.getByRole('button', { name: 'Suivant' }).click();
    const heading = page.getByRole('heading', { name: 'Étape 2 sur 5 — Vos actions selon la typologie du guide' });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((h) => h === document.activeElement), POLL).toBe(true);
    expect(await page.title()).toMatch(/ — Questionnaire, étape 2 sur 5 · Observatoire AICT$/);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (document.activeElement?.closest('[data-name]') as HTMLElement | null)?.dataset.name);
    expect(focused).toBe('typologie_actions');
    await page.close();
  });
});

describe('the typology matrix', () => {
  it('shows the guide’s three categories and six sub-categories as headings, and labels each radio with its place', async () => {
    const page = await suite.browser().newPage();
    const r = await answeredUpToPage3();
    await page.goto(privateLink(r));
    await page.getByRole('button', { name: 'Suivant' }).click();
    const matrix = page.locator('[data-name="typologie_actions"]');
    await matrix.waitFor();
    const headings = async (level: number) => matrix.getByRole('heading', { level }).allInnerTexts();
    expect(await headings(4)).toEqual(['Internationalisation des entreprises (export, création de filiales)', 'Promotion du territoire', 'Coopération']);
    expect(await headings(5)).toEqual([
      'Accompagnement individuel d’entreprises',
      'Actions collectives',
      'Dispositifs de mise en visibilité localement',
      'Dispositifs de mise en visibilité à l’international',
      'Gagnant-gagnant',
      'Dialogique (échanges sur les différences)',
    ]);
    const label =
      'ligne Promotion du territoire — Dispositifs de mise en visibilité localement\u202f: Au sein de réseaux de territoires / réseaux thématiques, colonne Réalisée';
    await matrix.getByRole('radio', { name: label, exact: true }).check({ force: true });
    // The answer keeps the question's code and shape.
    await expect.poll(async () => (await storedAnswers(r)).typologie_actions, POLL).toEqual({ reseaux_territoires: 'realisee' });
    expect(await matrix.getByText(/lignes? \d/).count()).toBe(0);
    await page.close();
  });
});

describe('on a phone (390 × 844)', () => {
  it('every page of the questionnaire fits the width, and says « Étape n sur 5 »', async () => {
    const context = await suite.browser().newContext({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
    const r = await answeredUpToPage3();
    const page = await context.newPage();
    await page.goto(privateLink(r));
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    for (const [step, title] of ['Votre collectivité', 'Vos actions selon la typologie du guide', 'Importance de vos actions', 'Vos moyens et vos partenaires', 'Évaluation et suivi'].entries()) {
      await page.getByRole('heading', { name: `Étape ${step + 1} sur 5 — ${title}` }).waitFor();
      expect(await overflow(), title).toBeLessThanOrEqual(0);
      if (step < 4) await page.getByRole('button', { name: 'Suivant' }).click();
    }
    await context.close();
  });
});

describe('the receipt', () => {
  it('lists the answers with the collectivity, the campaign and the date, and prints without its buttons', async () => {
    const page = await suite.browser().newPage();
    const r = await answeredUpToPage3();
    const res = await fetch(`${suite.server().url}/api/responses/${r.id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${r.token}` },
      // The type comes from the registry with the collectivity.
      body: JSON.stringify({ answers: { ...(await storedAnswers(r)), collectivite_type: undefined, collectivite: 'commune:38185', budget_aict_euros: 37500, zones_cibles: ['europe', 'asie'] }, status: 'partial' }),
    });
    expect(res.status).toBe(200);
    await page.goto(privateLink(r));
    await page.getByRole('button', { name: 'Récapitulatif de vos réponses' }).click();
    const receipt = page.locator('.receipt');
    await receipt.getByRole('heading', { level: 1, name: 'Récapitulatif de vos réponses' }).waitFor();
    expect(await page.title()).toMatch(/ — Récapitulatif de vos réponses · Observatoire AICT$/);
    const meta = receipt.locator('.receipt-meta');
    await expect.poll(() => meta.innerText(), POLL).toMatch(/Collectivité\s+Grenoble \(commune, 38\)/);
    expect(await meta.innerText()).toMatch(/Campagne\s+\d{4}/);
    expect(await meta.innerText()).toMatch(/Réponse\s+en cours, enregistrée le \d{1,2} \S+ \d{4}/);
    const answer = (question: RegExp) => receipt.locator('tr', { has: page.getByRole('rowheader', { name: question }) }).locator('td').innerText();
    expect(await answer(/^Budget annuel/)).toBe('37\u202f500');
    expect(await answer(/^Zones géographiques/)).toBe('Europe, Asie');
    expect(await answer(/^Types d’actions à caractère économique que vous avez déjà réalisés/)).toMatch(/Coopération économique entre territoires\u202f: 3/);
    const print = receipt.getByRole('button', { name: 'Imprimer le récapitulatif' });
    expect(await print.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await print.isVisible()).toBe(false);
    expect(await receipt.locator('table').first().isVisible()).toBe(true);
    await page.close();
  });
});

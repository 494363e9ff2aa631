import { describe, expect, it } from 'vitest';
import { browserSuite } from '../helpers/browser.js';

const suite = browserSuite();

/** The twelve actors of Fiche pratique 1 the guide's map of export support names, as the page names them. */
const FICHE_1_ACTORS = [
  'Directions régionales des entreprises, de la concurrence, de la consommation, du travail et de l’emploi (Direccte)',
  'Business France',
  'Missions économiques (services économiques des ambassades)',
  'Bpifrance (BPI France)',
  'Chambres de commerce et d’industrie (CCI, CCI International)',
  'Chambres de commerce et d’industrie françaises à l’étranger (UCCIFE, CCIFE)',
  'Conseillers du commerce extérieur de la France (CCEF)',
  'MEDEF et MEDEF International',
  'Confédération des petites et moyennes entreprises (CPME)',
  'Opérateurs spécialisés du commerce international (OSCI)',
  'Pôles de compétitivité et clusters',
  'Agences de développement économique',
];

describe('the guide’s helps for agents', () => {
  it('« Qui fait quoi à l’export » lists the actors by where they act, each with its role and the guide’s passage', async () => {
    const page = await suite.browser().newPage();
    await page.goto(`${suite.server().url}/`);
    await page.getByRole('navigation').getByRole('link', { name: 'Qui fait quoi à l’export' }).click();
    await page.getByRole('heading', { level: 1, name: 'Qui fait quoi à l’export' }).waitFor();
    await page.locator('.actor').first().waitFor();
    expect(await page.title()).toBe('Qui fait quoi à l’export · Observatoire AICT');
    const names = await page.locator('.actor dt').allInnerTexts();
    for (const name of FICHE_1_ACTORS) expect(names).toContain(name);
    // Business France acts abroad, as the guide says; its role is there with the passage it rests on.
    const abroad = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'À l’étranger' }) });
    const businessFrance = abroad.locator('.actor[data-actor="acteur.business-france"]');
    expect(await businessFrance.locator('dd').innerText()).toMatch(/accompagnement des PME et TPE/);
    expect(await businessFrance.locator('.guide-source').innerText()).toMatch(/^Source\s: .*\(Fiche pratique 1\)$/s);
    // Abbreviations spelled out.
    expect(await businessFrance.locator('abbr[title="Petites et moyennes entreprises"]').first().innerText()).toBe('PME');
    await page.close();
  });

  it('the glossary lists the guide’s abbreviations with their expansions, and says which the guide does not give', async () => {
    const page = await suite.browser().newPage();
    await page.goto(`${suite.server().url}/glossaire`);
    await page.getByRole('heading', { level: 1, name: 'Glossaire des sigles' }).waitFor();
    const aict = page.locator('#sigle-AICT');
    await aict.waitFor();
    expect(await aict.locator('dt abbr').getAttribute('title')).toBe('Action Internationale et Européenne des Collectivités Territoriales');
    expect(await page.locator('#sigle-UA dd').innerText()).toMatch(
      /^Université d’automne \(de l’ARRICOD\) \(développement usuel, que le guide ne donne pas\)/,
    );
    expect(await page.locator('.glossary > div').count()).toBeGreaterThan(50);
    await page.close();
  });
});

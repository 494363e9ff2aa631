import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getLocaleStrings } from 'survey-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInstruments } from '../../api/instruments/catalog.js';
import { isReadTextProperty } from '../../api/instruments/sanitise-texts.js';
import { loadPublishedReadings, loadPublishedTitles } from '../../api/results/published-figures.js';
import { counted, fr, typeset } from '../../surveys/french-typography.js';
import { loadGuide } from '../../surveys/guide/load-guide.js';
import { FRENCH_OVERRIDES } from '../../web/src/fill/survey-french.js';
import { buildWithSourceMaps, bundleStrings, type BundleString } from '../helpers/bundle-strings.js';
import { describeFaults, plainSpaceFaults, typographyFaults } from '../helpers/french-typography-faults.js';

type Located = { where: string; text: string };

describe('typeset and fr', () => {
  it('count in French: singular for 0 and 1, plural from 2, thousands apart', () => {
    expect(counted(0, 'ligne', 'lignes')).toBe('0\u00a0ligne');
    expect(counted(1, 'ligne', 'lignes')).toBe('1\u00a0ligne');
    expect(counted(2, 'ligne', 'lignes')).toBe('2\u00a0lignes');
    expect(counted(12500, 'réponse', 'réponses')).toBe('12\u202f500\u00a0réponses');
  });

  it('put the no-break spaces and the apostrophe where French wants them', () => {
    expect(typeset("Taux : 12 % d'ici « 2027 » ; 37 500 € ? Oui !")).toBe('Taux\u202f: 12\u00a0% d’ici «\u202f2027\u202f»\u202f; 37 500\u00a0€\u202f? Oui\u202f!');
    expect(fr`Lien : ${'https://exemple.fr:8443/a'} ; ${"l'ami"} ?`).toBe('Lien\u202f: https://exemple.fr:8443/a\u202f; l\'ami\u202f?');
  });

  it('are what the checks accept, and the checks catch what they fix', () => {
    const raw = "Où en êtes-vous ? « Plus d'un million » : 5 % de 37 500 €...";
    expect(typographyFaults(raw).length).toBeGreaterThan(3);
    expect(plainSpaceFaults(raw).length).toBeGreaterThan(3);
    expect(plainSpaceFaults(typeset(raw).replace('37 500', '37\u202f500'))).toEqual([]);
  });
});

/** Properties that hold codes, expressions or settings, never read as text. */
const INSTRUMENT_CODE_KEYS = new Set([
  'locale',
  'name',
  'value',
  'type',
  'showQuestionNumbers',
  'questionErrorLocation',
  'clearInvisibleValues',
  'checkErrorsMode',
  'textUpdateMode',
  'visibleIf',
  'enableIf',
  'requiredIf',
  'valueTrue',
  'valueFalse',
  'renderAs',
  'sectionGuide',
  'categorie',
  'sousCategorie',
  'maskType',
  'decimalSeparator',
  'thousandsSeparator',
  'regex',
  'cellType',
  'inputType',
]);

/**
 * Every string of an instrument's JSON with where it is (names and codes in the path): texts
 * under `texts`, and under `unknown` every string of a property the test does not know, so
 * that a new kind of text cannot slip past unchecked.
 */
function instrumentStrings(json: unknown, at: string): { texts: Located[]; unknown: Located[] } {
  const texts: Located[] = [];
  const unknown: Located[] = [];
  const visit = (node: unknown, where: string, key: string): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        const id = child && typeof child === 'object' ? ((child as Record<string, unknown>).name ?? (child as Record<string, unknown>).value) : undefined;
        const label = typeof id === 'string' || typeof id === 'number' ? String(id) : String(i);
        if (typeof child === 'string' && ['choices', 'rows', 'columns'].includes(key)) texts.push({ where: `${where}[${label}]`, text: child });
        else visit(child, `${where}[${label}]`, key);
      });
    } else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) visit(v, `${where}.${k}`, k);
    } else if (typeof node === 'string') {
      if (isReadTextProperty(key)) texts.push({ where, text: node });
      else if (!INSTRUMENT_CODE_KEYS.has(key)) unknown.push({ where, text: node });
    }
  };
  visit(json, at, '');
  return { texts, unknown };
}

describe('every text of the six instruments', () => {
  const walked = loadInstruments().map((i) => instrumentStrings(i.json, i.id));
  const texts = walked.flatMap((w) => w.texts);

  it('is French typography: narrow no-break spaces, no-break spaces, ’, « … »', () => {
    expect(texts.length).toBeGreaterThan(500);
    expect(describeFaults(texts, typographyFaults)).toEqual([]);
  });

  it('sits under a property the walk knows, text or code', () => {
    expect(walked.flatMap((w) => w.unknown)).toEqual([]);
  });

  it('says « plus d’un million », numbers as French writes them', () => {
    const bands = texts.filter((t) => t.where.includes('strate_population')).map((t) => t.text);
    expect(bands).toContain('Plus d’un million d’habitants');
    expect(bands).toContain('De 500\u202f000 à 1\u00a0million d’habitants');
  });
});

/** Guide data that are codes, ids, dates or addresses, and the verbatim quotes (checked against the source, never retyped). */
const GUIDE_EXEMPT_KEYS = new Set([
  'quotes',
  'id',
  'code',
  'key',
  'item',
  'step',
  'category',
  'level',
  'collectiviteTypes',
  'nature',
  'beneficiaries',
  'where',
  'group',
  'source',
  'sourceId',
  'date',
  'site',
  'abbreviation',
  'surveyCode',
]);

function guideTexts(node: unknown, where: string, key = ''): Located[] {
  if (GUIDE_EXEMPT_KEYS.has(key)) return [];
  if (typeof node === 'string') return [{ where, text: node }];
  if (Array.isArray(node)) return node.flatMap((child, i) => guideTexts(child, `${where}[${i}]`, key));
  if (node && typeof node === 'object') {
    const id = (node as { id?: unknown }).id;
    const here = typeof id === 'string' ? `${where}<${id}>` : where;
    return Object.entries(node).flatMap(([k, v]) => guideTexts(v, `${here}.${k}`, k));
  }
  return [];
}

describe('our own wording of the guide, the readings and the titles of its figures', () => {
  it('follows French typography in every text but the quotes', () => {
    const texts = guideTexts(loadGuide(), 'guide');
    expect(texts.length).toBeGreaterThan(500);
    expect(texts.some((t) => t.where.endsWith('.quotes'))).toBe(false);
    expect(describeFaults(texts, typographyFaults)).toEqual([]);
  });

  it('follows it in the French readings (not their quotes) and titles of the guide’s figures', () => {
    const readings = Object.entries(loadPublishedReadings()).flatMap(([id, r]) => [
      { where: `${id}.reading`, text: r.reading },
      { where: `${id}.unit`, text: r.unit },
      ...Object.entries(r.labels ?? {}).map(([k, text]) => ({ where: `${id}.labels.${k}`, text })),
    ]);
    const titles = Object.entries(loadPublishedTitles()).map(([id, text]) => ({ where: `titre ${id}`, text }));
    expect(readings.length + titles.length).toBeGreaterThan(20);
    expect(describeFaults([...readings, ...titles], typographyFaults)).toEqual([]);
  });
});

describe('SurveyJS’s own French strings, as our forms show them', () => {
  it('follow French typography once our overrides are in (web/src/fill/survey-french.ts)', () => {
    const strings = getLocaleStrings('fr') as Record<string, unknown>;
    const texts = Object.entries(strings)
      .filter((e): e is [string, string] => typeof e[1] === 'string')
      .map(([key, text]) => ({ where: `survey-core fr.${key}`, text }));
    expect(texts.length).toBeGreaterThan(100);
    expect(describeFaults(texts, typographyFaults)).toEqual([]);
    for (const [key, text] of Object.entries(FRENCH_OVERRIDES)) expect(strings[key], key).toBe(text);
  });
});

/**
 * The strings of the built web app that are ours. Which strings are French text, and which
 * are code, cannot be told from a minified bundle alone: React's and survey-core's English
 * messages have « %s » after a space and straight apostrophes, their CSS selectors « :scope »
 * after a space. So each string is traced back, through the build's source maps, to the
 * file it comes from, and only the strings of our own files (`web/src`, and what it imports
 * of `api/`, `surveys/`, `analysis/`) are checked, every one of them. survey-core's French
 * strings are checked apart, as the forms show them (the test above).
 */
describe('the built web app', () => {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aict-bundle-'));
  let strings: BundleString[] = [];
  beforeAll(() => {
    buildWithSourceMaps(outDir);
    strings = bundleStrings(outDir);
  });
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  const ourFaults = () =>
    describeFaults(
      strings.filter((s) => s.source !== null).map((s) => ({ where: s.source!, text: s.text })),
      plainSpaceFaults,
    );

  it('traces strings to our files and to dependencies, and the check sees a dependency’s faults', () => {
    const home = strings.filter((s) => s.source === 'web/src/pages/HomePage.tsx').map((s) => s.text);
    expect(home).toContain('Pour qui\u202f?');
    // survey-core's own French, overridden at run time, is still in the bundle: a dependency's string.
    const vendor = strings.find((s) => s.text === 'Merci d\'avoir répondu au questionnaire !');
    expect(vendor?.source).toBeNull();
    expect(plainSpaceFaults(vendor!.text)).not.toEqual([]);
  });

  it('has no plain space before « : ; ! ? » % € » nor after « « », no straight apostrophe, in the strings of our files', () => {
    expect(ourFaults()).toEqual([]);
  });
});

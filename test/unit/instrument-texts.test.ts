import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Model, type QuestionSelectBase } from 'survey-core';
import { loadInstruments } from '../../api/instruments/catalog.js';
import { compileInstrument } from '../../api/instruments/compile-instrument.js';
import { typologyNames } from '../../api/instruments/typology.js';
import { validateAnswers } from '../../api/instruments/validate-answers.js';
import { walkQuestions, type ElementJson } from '../../api/instruments/walk-questions.js';
import { loadGuide } from '../../surveys/guide/load-guide.js';

const instruments = loadInstruments();
const instrument = (id: string) => instruments.find((i) => i.id === id)!;

/** Every help text of an instrument: its pages' and its questions' descriptions, with where each is. */
function helpTexts(json: { pages: unknown[] }): { where: string; text: string }[] {
  const pages = json.pages as ElementJson[];
  const elements = [...pages, ...walkQuestions(json)];
  return elements.filter((e) => typeof e.description === 'string').map((e) => ({ where: String(e.name), text: e.description as string }));
}

describe('help texts never tell respondents what to answer', () => {
  it.each(instruments.map((i) => [i.id, i] as const))('%s states no finding', (_id, i) => {
    for (const { where, text } of helpTexts(i.json)) {
      expect(text, where).not.toMatch(/relève|constate|souligne|met en (avant|lumière)|plus souvent|majoritairement|faible/i);
    }
  });

  it('the surveys whose results the guide publishes point no question to the guide', () => {
    const historical = instruments.filter((i) => i.features.publishedFigures);
    expect(historical.map((i) => i.id).sort()).toEqual(['arricod-2014', 'arricod-2016', 'ua-2014-indicateurs', 'ua-2015-kit-de-survie']);
    for (const i of historical) {
      for (const q of walkQuestions(i.json)) if (typeof q.description === 'string') expect(q.description, `${i.id}.${q.name}`).not.toMatch(/guide/i);
    }
  });
});

describe('arricod-2014: what is asked about « ces projets » is asked only of those who have some', () => {
  const DEPENDENT = ['initiative', 'mise_en_oeuvre', 'implication_acteurs_eco', 'evaluation_impact'];
  const json = instrument('arricod-2014').json;
  const spec = compileInstrument('arricod-2014', json);

  it('hides them after « non » and requires the rating and the evaluation after « oui », in SurveyJS', () => {
    const m = new Model(json);
    m.setValue('projets_cooperation_eco', 'non');
    for (const name of DEPENDENT) expect(m.getQuestionByName(name).isVisible, name).toBe(false);
    m.setValue('projets_cooperation_eco', 'oui');
    for (const name of DEPENDENT) expect(m.getQuestionByName(name).isVisible, name).toBe(true);
    for (const name of ['implication_acteurs_eco', 'evaluation_impact']) expect(m.getQuestionByName(name).isRequired, name).toBe(true);
  });

  it('the server applies the same rules to a complete response', () => {
    const problems = (answers: Record<string, unknown>) =>
      Object.fromEntries(validateAnswers(spec, { collectivite_type: 'region', ...answers }, 'complete').map((p) => [p.question, p.code]));
    expect(problems({ projets_cooperation_eco: 'non' })).toEqual({});
    expect(problems({ projets_cooperation_eco: 'non', implication_acteurs_eco: 1, evaluation_impact: 'jamais' })).toEqual({
      implication_acteurs_eco: 'question_masquee',
      evaluation_impact: 'question_masquee',
    });
    expect(problems({ projets_cooperation_eco: 'oui', initiative: 'dri' })).toEqual({
      implication_acteurs_eco: 'reponse_obligatoire',
      evaluation_impact: 'reponse_obligatoire',
    });
    expect(problems({ projets_cooperation_eco: 'oui', initiative: 'dri', implication_acteurs_eco: 0, evaluation_impact: 'jamais' })).toEqual({});
  });
});

describe('the Kit de survie instrument keeps what the sheet says', () => {
  const json = instrument('ua-2015-kit-de-survie').json;
  const sheet = fs.readFileSync(path.resolve(import.meta.dirname, '../../surveys/guide/sources/000_1c54128f0009cca1.txt'), 'utf8');

  it('offers « valoriser le soft power de la coop.déc. » with the argument it goes with', () => {
    const m = new Model(json);
    const choice = (m.getQuestionByName('exemples_pratiques') as QuestionSelectBase).choices.find((c) => c.value === 'discours_argumentaire')!;
    expect(choice.text).toMatch(/argumentaire auprès des élus et des citoyens.*valorisation du soft power de la coopération décentralisée/);
  });

  it('quotes the sheet’s « Constat » word for word, only its OCR errors mended', () => {
    const description = (json.pages as ElementJson[]).find((p) => p.name === 'session')!.description as string;
    // Quoted in French: narrow no-break spaces inside « » and before the colon.
    expect(description).toMatch(/^Le constat de la fiche «\u202fKit de survie\u202f» de l’ARRICOD .*\u202f: «\u202f.*\u202f»$/);
    const quoted = description.slice(description.indexOf('\u202f: «\u202f') + 5, -2);
    // What the OCR misread, and what the sheet prints there (the sheet's own « peut s'explique » is completed in brackets);
    // its « ... » is written « … », as its apostrophes are written ’.
    const mended: Record<string, string> = {
      '’action': 'L’action',
      francaises: 'françaises',
      a: 'à',
      caractere: 'caractère',
      "s'expligue": 's’explique[r]',
      'Economiques,': 'économiques,',
      'politigues...': 'politiques…',
      apparaitre: 'apparaître',
      lappropriation: 'l’appropriation',
    };
    const constat = sheet.slice(sheet.indexOf('Constat :') + 'Constat :'.length, sheet.indexOf(' Kit de survie'));
    const words = constat.trim().split(/\s+/).map((w) => mended[w] ?? w);
    const apostrophes = (s: string) => s.replace(/'/g, '’');
    expect(apostrophes(quoted)).toBe(apostrophes(words.join(' ')));
  });
});

describe('the typology’s groups of rows have names', () => {
  const typology = loadGuide().typology;
  const SUB_CATEGORIES = ['accompagnement_individuel', 'actions_collectives', 'visibilite_locale', 'visibilite_internationale', 'gagnant_gagnant', 'dialogique'];

  it.each(['autodiagnostic', 'enquete-annuelle'])('%s: the six sub-categories and three categories its rows use, named as the guide names them', (id) => {
    const names = typologyNames(instrument(id).json)!;
    expect(Object.keys(names.sousCategories).sort()).toEqual([...SUB_CATEGORIES].sort());
    expect(names.sousCategories.visibilite_internationale).toBe('Dispositifs de mise en visibilité à l’international');
    expect(names.categories.promotion_territoire).toBe('Promotion du territoire');
    for (const c of typology.categories) for (const s of c.subCategories) expect(names.sousCategories[s.code]).toBe(s.name);
  });

  it('none for an instrument without the typology; an error for a code the guide does not know', () => {
    expect(typologyNames(instrument('arricod-2016').json)).toBeUndefined();
    const json = { pages: [{ elements: [{ type: 'matrix', name: 'typologie_actions', rows: [{ value: 'x', categorie: 'cooperation', sousCategorie: 'inconnue' }] }] }] };
    expect(() => typologyNames(json)).toThrow(/inconnue/);
  });
});

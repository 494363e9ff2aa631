import { describe, expect, it } from 'vitest';
import { compileInstrument } from '../../api/instruments/compile-instrument.js';
import { flattenAnswers } from '../../api/instruments/flatten-answers.js';
import { validateAnswers } from '../../api/instruments/validate-answers.js';

// A literal instrument with every question kind the six instruments use.
const spec = compileInstrument('fixture', {
  pages: [
    {
      elements: [
        { type: 'dropdown', name: 'collectivite', choicesLazyLoadEnabled: true },
        { type: 'radiogroup', name: 'choix', isRequired: true, choices: ['a', 'b'] },
        { type: 'boolean', name: 'oui_non', valueTrue: 'oui', valueFalse: 'non' },
        { type: 'radiogroup', name: 'si_oui', visibleIf: "{oui_non} = 'oui'", isRequired: true, choices: ['x', 'y'] },
        { type: 'checkbox', name: 'multi', choices: ['m1', 'm2', 'm3'] },
        { type: 'rating', name: 'note', rateMin: 0, rateMax: 5 },
        {
          type: 'matrix',
          name: 'matrice',
          isAllRowRequired: true,
          columns: [0, 1, 2],
          rows: ['r1', 'r2'],
        },
        {
          type: 'matrixdropdown',
          name: 'grille',
          rows: ['l1', 'l2'],
          columns: [
            { name: 'acces', cellType: 'rating', rateMin: 1, rateMax: 5 },
            { name: 'pertinence', cellType: 'rating', rateMin: 1, rateMax: 5 },
          ],
        },
        { type: 'text', inputType: 'number', name: 'montant', min: 0, max: 1000 },
        {
          type: 'text',
          inputType: 'number',
          name: 'entier',
          min: 0,
          validators: [{ type: 'regex', regex: '^\\d+$' }],
        },
        { type: 'comment', name: 'texte', maxLength: 10 },
      ],
    },
  ],
});

const lookups = { collectivite: (key: string) => key === 'commune:38185' };
const check = (answers: Record<string, unknown>, status: 'partial' | 'complete' = 'partial') =>
  validateAnswers(spec, answers, status, lookups);
const codes = (answers: Record<string, unknown>, status: 'partial' | 'complete' = 'partial') =>
  Object.fromEntries(check(answers, status).map((p) => [p.question, p.code]));

describe('validateAnswers, question by question', () => {
  it('accepts a full valid answer set', () => {
    const answers = {
      collectivite: 'commune:38185',
      choix: 'a',
      oui_non: 'oui',
      si_oui: 'x',
      multi: ['m1', 'm3'],
      note: 0,
      matrice: { r1: 0, r2: 2 },
      grille: { l1: { acces: 2, pertinence: 5 } },
      montant: 12.5,
      entier: 3,
      texte: 'court',
    };
    expect(check(answers, 'complete')).toEqual([]);
  });

  it('single choice: a code outside the choices, and a wrong JSON type', () => {
    expect(codes({ choix: 'c' })).toEqual({ choix: 'choix_invalide' });
    expect(codes({ choix: ['a'] })).toEqual({ choix: 'type_invalide' });
  });

  it('boolean with oui/non values refuses true/false', () => {
    expect(codes({ oui_non: true })).toEqual({ oui_non: 'type_invalide' });
    expect(codes({ oui_non: 'peut-être' })).toEqual({ oui_non: 'choix_invalide' });
  });

  it('registry choice: checked by lookup, not by a choice list', () => {
    expect(codes({ collectivite: 'commune:00000' })).toEqual({ collectivite: 'collectivite_inconnue' });
    expect(codes({ collectivite: 38185 })).toEqual({ collectivite: 'type_invalide' });
  });

  it('multiple choice: list type, each code, duplicates', () => {
    expect(codes({ multi: 'm1' })).toEqual({ multi: 'type_invalide' });
    expect(codes({ multi: ['m1', 'm9'] })).toEqual({ multi: 'choix_invalide' });
    expect(codes({ multi: ['m1', 'm1'] })).toEqual({ multi: 'choix_en_double' });
  });

  it('rating: range and type', () => {
    expect(codes({ note: 6 })).toEqual({ note: 'note_hors_echelle' });
    expect(codes({ note: -1 })).toEqual({ note: 'note_hors_echelle' });
    expect(codes({ note: '3' })).toEqual({ note: 'type_invalide' });
    expect(codes({ note: 5 })).toEqual({});
  });

  it('matrix: unknown row, value outside the columns, string instead of number, missing rows on complete', () => {
    expect(codes({ matrice: { r3: 1 } })).toEqual({ matrice: 'ligne_inconnue' });
    expect(codes({ matrice: { r1: 3 } })).toEqual({ matrice: 'choix_invalide' });
    expect(codes({ matrice: { r1: '1' } })).toEqual({ matrice: 'type_invalide' });
    expect(codes({ matrice: [1] })).toEqual({ matrice: 'type_invalide' });
    expect(codes({ choix: 'a', matrice: { r1: 1 } }, 'complete')).toEqual({ matrice: 'lignes_manquantes' });
    expect(codes({ matrice: { r1: 1 } }, 'partial')).toEqual({});
  });

  it('matrixdropdown: unknown row, unknown column, rating out of range, wrong cell shape', () => {
    expect(codes({ grille: { l9: { acces: 1 } } })).toEqual({ grille: 'ligne_inconnue' });
    expect(codes({ grille: { l1: { cout: 1 } } })).toEqual({ grille: 'colonne_inconnue' });
    expect(codes({ grille: { l1: { acces: 0 } } })).toEqual({ grille: 'note_hors_echelle' });
    expect(codes({ grille: { l1: { acces: 'deux' } } })).toEqual({ grille: 'type_invalide' });
    expect(codes({ grille: { l1: 3 } })).toEqual({ grille: 'type_invalide' });
  });

  it('numbers: type, bounds, integers', () => {
    expect(codes({ montant: '12' })).toEqual({ montant: 'type_invalide' });
    expect(codes({ montant: -1 })).toEqual({ montant: 'nombre_hors_limites' });
    expect(codes({ montant: 1001 })).toEqual({ montant: 'nombre_hors_limites' });
    expect(codes({ entier: 2.5 })).toEqual({ entier: 'nombre_entier_attendu' });
    expect(codes({ montant: 0, entier: 0 })).toEqual({});
  });

  it('long text: type and length', () => {
    expect(codes({ texte: 12 })).toEqual({ texte: 'type_invalide' });
    expect(codes({ texte: 'beaucoup trop long' })).toEqual({ texte: 'texte_trop_long' });
  });

  it('conditional question: an answer while hidden is refused, required only when shown', () => {
    expect(codes({ oui_non: 'non', si_oui: 'x' })).toEqual({ si_oui: 'question_masquee' });
    expect(codes({ choix: 'a', oui_non: 'non' }, 'complete')).toEqual({});
    expect(codes({ choix: 'a', oui_non: 'oui' }, 'complete')).toEqual({ si_oui: 'reponse_obligatoire' });
  });

  it('required answers are checked on complete only', () => {
    expect(codes({}, 'partial')).toEqual({});
    expect(codes({}, 'complete')).toEqual({ choix: 'reponse_obligatoire' });
  });

  it('unknown question codes, including prototype keys', () => {
    const answers = JSON.parse('{"inconnue": 1, "__proto__": {"x": 1}}');
    expect(check(answers).map((p) => [p.question, p.code])).toEqual([
      ['inconnue', 'question_inconnue'],
      ['__proto__', 'question_inconnue'],
    ]);
  });

  it('gives one problem per question, each with a French message naming it', () => {
    const problems = check({ choix: 'z', note: 9, multi: ['m1', 'zz'] });
    expect(problems.map((p) => p.question).sort()).toEqual(['choix', 'multi', 'note']);
    for (const p of problems) expect(p.message).toMatch(/«/);
  });
});

describe('flattenAnswers', () => {
  it('writes one row per choice, matrix row and matrixdropdown cell', () => {
    const cells = flattenAnswers(spec, {
      choix: 'a',
      multi: ['m1', 'm3'],
      matrice: { r1: 0, r2: 2 },
      grille: { l1: { acces: 2, pertinence: 5 } },
      montant: 12.5,
    });
    expect(cells).toEqual([
      { question: 'choix', row_key: '', col_key: '', value: 'a', num: null },
      { question: 'multi', row_key: '', col_key: '', value: 'm1', num: null },
      { question: 'multi', row_key: '', col_key: '', value: 'm3', num: null },
      { question: 'matrice', row_key: 'r1', col_key: '', value: '0', num: 0 },
      { question: 'matrice', row_key: 'r2', col_key: '', value: '2', num: 2 },
      { question: 'grille', row_key: 'l1', col_key: 'acces', value: '2', num: 2 },
      { question: 'grille', row_key: 'l1', col_key: 'pertinence', value: '5', num: 5 },
      { question: 'montant', row_key: '', col_key: '', value: '12.5', num: 12.5 },
    ]);
  });
});

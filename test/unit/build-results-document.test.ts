import { describe, expect, it } from 'vitest';
import { compileInstrument } from '../../api/instruments/compile-instrument.js';
import { buildResultsDocument, type AggregatedAnswers } from '../../api/results/build-results-document.js';

const spec = compileInstrument('fixture', {
  pages: [
    {
      elements: [
        { type: 'radiogroup', name: 'type', choices: ['a', 'b'] },
        { type: 'checkbox', name: 'multi', choices: ['x', 'y'] },
        { type: 'rating', name: 'note', rateMin: 0, rateMax: 5 },
        { type: 'matrix', name: 'matrice', rows: ['r1'], columns: [0, 1, 2] },
        { type: 'matrixdropdown', name: 'grille', rows: ['l1'], columns: [{ name: 'acces', cellType: 'rating', rateMin: 1, rateMax: 5 }] },
        { type: 'text', inputType: 'number', name: 'budget' },
        { type: 'comment', name: 'texte' },
      ],
    },
  ],
});

const empty: AggregatedAnswers = { total: 0, groups: [], counts: [], bases: [] };
const cell = (question: string, value: string, n = 1, row_key = '', col_key = '') => ({ grp: null, question, row_key, col_key, value, n });
const base = (question: string, n = 1, row_key = '', col_key = '') => ({ grp: null, question, row_key, col_key, base: n });

describe('buildResultsDocument on literal fixtures', () => {
  it('no response: suppressed, no questions', () => {
    const doc = buildResultsDocument(spec, { surveyId: 'fixture', campaign: 'x' }, empty, 5);
    expect(doc).toMatchObject({ n: 0, suppressed: true, questions: {} });
  });

  it('no response with k = 0: every question present with zero counts and null statistics', () => {
    const doc = buildResultsDocument(spec, { surveyId: 'fixture', campaign: 'x' }, empty, 0);
    expect(doc.questions.type).toMatchObject({ kind: 'choice', base: 0, counts: { a: 0, b: 0 }, percents: { a: null, b: null } });
    expect(doc.questions.budget).toEqual({ kind: 'number', base: 0, stats: null });
    expect(doc.questions.texte).toBeUndefined();
  });

  it('one response (k = 1): its answers as 100 % and its values as every statistic', () => {
    const data: AggregatedAnswers = {
      total: 1,
      groups: [],
      counts: [cell('type', 'b'), cell('multi', 'x'), cell('multi', 'y'), cell('note', '4'), cell('matrice', '2', 1, 'r1'), cell('grille', '3', 1, 'l1', 'acces'), cell('budget', '12000')],
      bases: [base('type'), base('multi'), base('note'), base('matrice', 1, 'r1'), base('grille', 1, 'l1', 'acces'), base('budget')],
    };
    const doc = buildResultsDocument(spec, { surveyId: 'fixture', campaign: 'x' }, data, 1);
    expect(doc.questions.type).toMatchObject({ base: 1, counts: { a: 0, b: 1 }, percents: { a: 0, b: 100 } });
    expect(doc.questions.multi).toMatchObject({ kind: 'multi', base: 1, percents: { x: 100, y: 100 } });
    expect(doc.questions.note).toMatchObject({ kind: 'rating', stats: { mean: 4, median: 4, q1: 4, q3: 4, min: 4, max: 4 } });
    expect(doc.questions.matrice).toMatchObject({ kind: 'matrix', rows: { r1: { base: 1, counts: { '0': 0, '1': 0, '2': 1 }, stats: { median: 2 } } } });
    expect(doc.questions.grille).toMatchObject({ kind: 'matrixdropdown', rows: { l1: { acces: { base: 1, stats: { median: 3 } } } } });
    // A magnitude: no extreme ever, and one value is all of its sum, so its mean is withheld.
    expect(doc.questions.budget).toEqual({ kind: 'number', base: 1, stats: { mean: null, median: 12000, q1: 12000, q3: 12000 }, dominated: true });
  });
});

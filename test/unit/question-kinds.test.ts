import { Model, type Question } from 'survey-core';
import { describe, expect, it } from 'vitest';
import { loadInstruments } from '../../api/instruments/catalog.js';
import { compileInstrument } from '../../api/instruments/compile-instrument.js';
import { KINDS } from '../../api/instruments/kinds/index.js';
import { kindOf } from '../../api/instruments/question-spec.js';
import { typologyCategories } from '../../api/instruments/typology.js';
import { walkQuestions } from '../../api/instruments/walk-questions.js';
import { exportColumns } from '../../api/exports/columns.js';
import { registerCustomProperties } from '../../surveys/custom-properties.js';
import { questionLabels } from '../../web/src/labels.js';

/*
 * The one walker and the kinds read the instruments as SurveyJS itself does: survey-core is
 * the reference here (it is what respondents' browsers run), question by question, with
 * every code and every label the server, the exports and the results pages show.
 */
registerCustomProperties();

type Pairs = [string, string][];
const pairs = (items: { value: unknown; text: string }[] | undefined): Pairs => (items ?? []).map((i) => [String(i.value), i.text]);

/** What survey-core shows of a question: its title and the label of each code, row and column. */
function surveyCoreReading(q: Question) {
  const a = q as unknown as Record<string, any>;
  const type = q.getType();
  const choices: Pairs =
    type === 'boolean'
      ? [[String(a.valueTrue), a.labelTrue], [String(a.valueFalse), a.labelFalse]]
      : type === 'rating'
        ? pairs(a.visibleRateValues)
        : ['radiogroup', 'dropdown', 'checkbox'].includes(type)
          ? pairs(a.choices)
          : [];
  const rows: Pairs = ['matrix', 'matrixdropdown'].includes(type) ? pairs(a.rows) : [];
  const columns: Pairs =
    type === 'matrix' ? pairs(a.columns) : type === 'matrixdropdown' ? a.columns.map((c: any) => [c.name, c.title]) : [];
  return { title: q.title, choices, rows, columns };
}

const entries = (m: Map<string, string>): Pairs => [...m.entries()];

describe.each(loadInstruments().map((i) => [i.id, i] as const))('the one walker on %s', (_id, instrument) => {
  const model = new Model(instrument.json);
  const labels = questionLabels(instrument.json);

  it('finds every question survey-core finds, in the same order', () => {
    expect(walkQuestions(instrument.json).map((q) => q.name)).toEqual(model.getAllQuestions().map((q) => q.name));
  });

  it('gives each question the title and labels survey-core shows', () => {
    for (const q of model.getAllQuestions()) {
      const ours = labels.get(q.name)!;
      expect({ title: ours.title, choices: entries(ours.choices), rows: entries(ours.rows), columns: entries(ours.columns) }, q.name).toEqual(
        surveyCoreReading(q),
      );
    }
  });

  it('compiles the codes survey-core accepts for each question', () => {
    const spec = compileInstrument(instrument.id, instrument.json);
    for (const q of model.getAllQuestions() as unknown as Record<string, any>[]) {
      const s = spec.questions.get(q.name)!;
      expect(s.required, q.name).toBe(q.isRequired);
      expect(s.visibleIf, q.name).toBe(q.visibleIf || null);
      if ('values' in s && q.getType() !== 'matrix' && q.getType() !== 'rating') {
        const codes = q.getType() === 'boolean' ? [q.valueTrue, q.valueFalse] : q.choices.map((c: any) => c.value);
        expect(s.values, q.name).toEqual(codes);
      }
      if (s.kind === 'rating') expect(s.values).toEqual(q.visibleRateValues.map((v: any) => v.value));
      if (s.kind === 'matrix') expect([s.rows, s.values]).toEqual([q.rows.map((r: any) => r.value), q.columns.map((c: any) => c.value)]);
      if (s.kind === 'matrixdropdown') {
        expect(s.columns.map((c) => [c.name, c.values])).toEqual(
          q.columns.map((c: any) => [c.name, (c.templateQuestion.visibleRateValues ?? c.templateQuestion.choices).map((v: any) => v.value)]),
        );
      }
    }
  });

  it('reads the typology categories survey-core reads', () => {
    const typology = model.getQuestionByName('typologie_actions') as unknown as { rows: { value: string; categorie?: string }[] } | null;
    const expected = Object.fromEntries((typology?.rows ?? []).filter((r) => r.categorie).map((r) => [r.value, r.categorie]));
    expect(typologyCategories(instrument.json)).toEqual(expected);
  });

  it('gives every code of every question an export column whose label carries its French label', () => {
    const spec = compileInstrument(instrument.id, instrument.json);
    const codes = exportColumns(spec).map((c) => [c.code, c.label]);
    for (const q of spec.questions.values()) {
      const l = labels.get(q.name)!;
      if (q.kind === 'multi') for (const [v, text] of l.choices) expect(codes).toContainEqual([`${q.name}.${v}`, `${l.title} — ${text}`]);
      else if (q.kind === 'matrix') for (const [r, text] of l.rows) expect(codes).toContainEqual([`${q.name}.${r}`, `${l.title} — ${text}`]);
      else if (q.kind !== 'matrixdropdown') expect(codes).toContainEqual([q.name, l.title]);
    }
  });
});

describe('the kinds table', () => {
  it('lets exactly one kind read each question of the instruments, and refuses what none reads', () => {
    for (const instrument of loadInstruments()) {
      for (const q of walkQuestions(instrument.json)) {
        expect(Object.values(KINDS).filter((k) => k.reads(q)).length, `${instrument.id}.${q.name}`).toBe(1);
      }
    }
    expect(() => compileInstrument('x', { pages: [{ elements: [{ type: 'signaturepad', name: 'signature' }] }] })).toThrow(/non pris en charge/);
  });

  it('walks panels and single-page surveys, and skips what holds no answer', () => {
    const json = {
      elements: [{ type: 'html', name: 'intro', html: '<p>Bonjour</p>' }, { type: 'radiogroup', name: 'a', choices: ['x'] }],
      pages: [{ elements: [{ type: 'panel', name: 'bloc', elements: [{ type: 'comment', name: 'b' }, { type: 'panel', name: 'sous-bloc', elements: [{ type: 'checkbox', name: 'c', choices: [1] }] }] }] }],
    };
    expect(walkQuestions(json).map((q) => q.name)).toEqual(['a', 'b', 'c']);
    const spec = compileInstrument('x', json);
    expect([...spec.questions.values()].map((q) => [q.name, q.kind, kindOf(spec, q).describe])).toEqual([
      ['a', 'choice', 'choix unique'],
      ['b', 'text', 'texte libre'],
      ['c', 'multi', 'choix multiple (1 = coché)'],
    ]);
  });
});

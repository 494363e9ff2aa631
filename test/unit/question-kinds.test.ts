import {
  Model,
  type InputMaskNumeric,
  type ItemValue,
  type Question,
  type QuestionBooleanModel,
  type QuestionMatrixBaseModel,
  type QuestionMatrixDropdownModel,
  type QuestionRatingModel,
  type QuestionSelectBase,
  type QuestionTextModel,
} from 'survey-core';
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
  const type = q.getType();
  const yesNo = q as QuestionBooleanModel;
  const matrix = q as QuestionMatrixBaseModel<unknown, unknown>;
  const choices: Pairs =
    type === 'boolean'
      ? [[String(yesNo.valueTrue), yesNo.labelTrue], [String(yesNo.valueFalse), yesNo.labelFalse]]
      : type === 'rating'
        ? pairs((q as QuestionRatingModel).visibleRateValues)
        : ['radiogroup', 'dropdown', 'checkbox'].includes(type)
          ? pairs((q as QuestionSelectBase).choices)
          : [];
  const rows: Pairs = ['matrix', 'matrixdropdown'].includes(type) ? pairs(matrix.rows) : [];
  const columns: Pairs =
    type === 'matrix'
      ? pairs(matrix.columns)
      : type === 'matrixdropdown'
        ? (q as QuestionMatrixDropdownModel).columns.map((c): [string, string] => [c.name, c.title])
        : [];
  return { title: q.title, choices, rows, columns };
}

/** A matrix column's cell question: a rating, or a question with choices. */
type CellQuestion = Question & { visibleRateValues?: ItemValue[]; choices?: ItemValue[] };

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
    for (const q of model.getAllQuestions()) {
      const s = spec.questions.get(q.name)!;
      expect(s.required, q.name).toBe(q.isRequired);
      expect(s.visibleIf, q.name).toBe(q.visibleIf || null);
      expect(s.requiredIf, q.name).toBe(q.requiredIf || null);
      if ('values' in s && q.getType() !== 'matrix' && q.getType() !== 'rating') {
        const yesNo = q as QuestionBooleanModel;
        const codes = q.getType() === 'boolean' ? [yesNo.valueTrue, yesNo.valueFalse] : (q as QuestionSelectBase).choices.map((c: ItemValue) => c.value);
        expect(s.values, q.name).toEqual(codes);
      }
      if (s.kind === 'rating') expect(s.values).toEqual((q as QuestionRatingModel).visibleRateValues.map((v) => v.value));
      const matrix = q as QuestionMatrixBaseModel<unknown, unknown>;
      if (s.kind === 'matrix') expect([s.rows, s.values]).toEqual([matrix.rows.map((r: ItemValue) => r.value), matrix.columns.map((c: ItemValue) => c.value)]);
      if (s.kind === 'matrixdropdown') {
        expect(s.columns.map((c) => [c.name, c.values])).toEqual(
          (q as QuestionMatrixDropdownModel).columns.map((c) => {
            const cell = c.templateQuestion as CellQuestion;
            return [c.name, (cell.visibleRateValues ?? cell.choices)!.map((v) => v.value)];
          }),
        );
      }
    }
  });

  it('reads as numbers the entries survey-core stores as numbers, with the bounds it enforces', () => {
    const spec = compileInstrument(instrument.id, instrument.json);
    for (const q of model.getAllQuestions()) {
      const s = spec.questions.get(q.name)!;
      const entry = q as QuestionTextModel;
      const masked = q.getType() === 'text' && entry.maskType === 'numeric';
      expect(s.kind === 'number', q.name).toBe(masked || (q.getType() === 'text' && entry.inputType === 'number'));
      if (s.kind !== 'number') continue;
      const bounds = masked ? (entry.maskSettings as InputMaskNumeric) : entry;
      expect([s.min, s.max], q.name).toEqual([bounds.min ?? null, bounds.max ?? null]);
      if (!masked) continue;
      // What a French agent types is stored as a JSON number, as the kind validates it.
      entry.inputValue = `1${(bounds as InputMaskNumeric).thousandsSeparator}234${(bounds as InputMaskNumeric).decimalSeparator}5`;
      expect(entry.value, q.name).toBe(1234.5);
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

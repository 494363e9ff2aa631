import { codeChanges, sharedCodes, singleCell } from './choice.js';
import { tickedChoiceColumn } from './columns.js';
import { itemsOf, labelsOf, valuesOf } from './items.js';
import { checkCode, quoted, refused, typeProblem } from './problems.js';
import { codeSchema, firstInAnswerOrder, valueAt } from './schema.js';
import type { Distribution, QuestionKind, Scalar, SpecBase } from './question-kind.js';

/** Several codes among a list (check boxes). */
export interface MultiSpec extends SpecBase {
  kind: 'multi';
  values: Scalar[];
  valueLabels: Map<string, string>;
}

/** Percents on the respondents who answered, so they may add up to more than 100. */
export type MultiResult = { kind: 'multi' } & Distribution;

const DESCRIBE = 'choix multiple (1 = coché)';

export const multi: QuestionKind<MultiSpec, MultiResult> = {
  describe: DESCRIBE,
  counted: true,
  singleChoice: false,
  reads: (e) => e.type === 'checkbox',
  compile(e, base) {
    const items = itemsOf(e.choices);
    return { ...base, kind: 'multi', values: valuesOf(items), valueLabels: labelsOf(items) };
  },
  schema: (spec) => ({ type: 'array', items: codeSchema(spec.values), uniqueItems: true }),
  problem(spec, errors, value) {
    const first = firstInAnswerOrder(errors, value);
    if (first.path.length > 0) return checkCode(spec, valueAt(value, first.path), spec.values) ?? refused(spec);
    if (first.keyword === 'type') return typeProblem(spec, 'une liste de codes', value);
    return { question: spec.name, code: 'choix_en_double', message: `Un même choix figure deux fois dans ${quoted(spec)}.` };
  },
  cells: (spec, value) => (value as unknown[]).map((v) => singleCell(spec.name, v)),
  result: (spec, slice) => ({ kind: 'multi', ...slice.distribution(spec.values, spec.name) }),
  change(from, to, before, after) {
    const codes = sharedCodes(from.values, to.values);
    return codes.length === 0 ? null : { kind: 'multi', codes: codeChanges(codes, before, after) };
  },
  columns: (spec) => spec.values.map((v) => tickedChoiceColumn(spec, DESCRIBE, String(v), spec.valueLabels.get(String(v)) ?? String(v))),
  labels: (spec) => ({ name: spec.name, title: spec.title, choices: spec.valueLabels, rows: new Map(), columns: new Map() }),
};

import { campaignChange, type CampaignChange } from '../../../analysis/campaign-change.js';
import type { QuestionJson } from '../walk-questions.js';
import { wholeAnswerColumn } from './columns.js';
import { itemsOf, labelsOf, valuesOf } from './items.js';
import { checkCode, refused } from './problems.js';
import { codeSchema, type SchemaError } from './schema.js';
import type { AnswerCell, Distribution, QuestionChange, QuestionKind, QuestionLabels, Scalar, SpecBase } from './question-kind.js';

/** One code among a list (radio buttons, a drop-down list with its choices written in the instrument). */
export interface ChoiceSpec extends SpecBase {
  kind: 'choice';
  values: Scalar[];
  valueLabels: Map<string, string>;
}

export type ChoiceResult = { kind: 'choice' } & Distribution;

/** The behaviour every single-choice kind shares (the boolean kind is one too). */
type SingleChoice = Pick<SpecBase, 'name' | 'title'> & { values: Scalar[]; valueLabels: Map<string, string> };

export function singleCell(name: string, value: unknown): AnswerCell {
  return { question: name, row_key: '', col_key: '', value: String(value), num: typeof value === 'number' ? value : null };
}

/** Each code two campaigns share, with its change between them. */
export function codeChanges(codes: readonly string[], before: Distribution, after: Distribution): Record<string, CampaignChange> {
  return Object.fromEntries(
    codes.map((code) => [
      code,
      campaignChange({ count: before.counts[code] ?? 0, base: before.base }, { count: after.counts[code] ?? 0, base: after.base }),
    ]),
  );
}

/** The codes both campaigns offer, in the earlier one's order. */
export function sharedCodes(from: readonly Scalar[], to: readonly Scalar[]): string[] {
  const later = new Set(to.map(String));
  return from.map(String).filter((v) => later.has(v));
}

export const singleChoiceBehaviour = {
  counted: true,
  singleChoice: true,
  describe: 'choix unique',
  schema: (spec: SingleChoice) => codeSchema(spec.values),
  // The schema refuses either the JSON type or the code: checkCode says which, in French.
  problem: (spec: SingleChoice & SpecBase, _errors: readonly SchemaError[], value: unknown) => checkCode(spec, value, spec.values) ?? refused(spec),
  cells: (spec: SingleChoice, value: unknown) => [singleCell(spec.name, value)],
  change(from: SingleChoice, to: SingleChoice, before: Distribution, after: Distribution): QuestionChange | null {
    const codes = sharedCodes(from.values, to.values);
    return codes.length === 0 ? null : { kind: 'choice', codes: codeChanges(codes, before, after) };
  },
  labels: (spec: SingleChoice): QuestionLabels => ({ name: spec.name, title: spec.title, choices: spec.valueLabels, rows: new Map(), columns: new Map() }),
};

export const choice: QuestionKind<ChoiceSpec, ChoiceResult> = {
  ...singleChoiceBehaviour,
  reads: (e: QuestionJson) => e.type === 'radiogroup' || (e.type === 'dropdown' && e.choicesLazyLoadEnabled !== true),
  compile(e, base) {
    const items = itemsOf(e.choices);
    return { ...base, kind: 'choice', values: valuesOf(items), valueLabels: labelsOf(items) };
  },
  result: (spec, slice) => ({ kind: 'choice', ...slice.distribution(spec.values, spec.name) }),
  columns: (spec) => [wholeAnswerColumn(spec, 'choix unique', 'code', spec.values, spec.valueLabels)],
};

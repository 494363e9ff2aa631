import { wholeAnswerColumn } from './columns.js';
import { singleChoiceBehaviour, type ChoiceResult } from './choice.js';
import type { QuestionKind, Scalar, SpecBase } from './question-kind.js';

/** Yes or no, stored as the instrument's `valueTrue` / `valueFalse` codes. */
export interface BooleanSpec extends SpecBase {
  kind: 'boolean';
  values: Scalar[];
  valueLabels: Map<string, string>;
}

const isCode = (v: unknown): v is Scalar => typeof v === 'string' || typeof v === 'number';
const text = (v: unknown, fallback: string): string => (typeof v === 'string' && v !== '' ? v : fallback);

/** Published and broken down like any single choice: its results are those of a choice between its two codes. */
export const boolean: QuestionKind<BooleanSpec, ChoiceResult> = {
  ...singleChoiceBehaviour,
  reads: (e) => e.type === 'boolean',
  compile(e, base) {
    // Answers are codes like every other choice (counted, exported, compared across
    // campaigns); SurveyJS's bare true/false would be neither, so the instrument names them.
    if (!isCode(e.valueTrue) || !isCode(e.valueFalse)) {
      throw new Error(`La question oui/non «\u202f${base.name}\u202f» doit déclarer ses codes (valueTrue et valueFalse).`);
    }
    return {
      ...base,
      kind: 'boolean',
      values: [e.valueTrue, e.valueFalse],
      valueLabels: new Map([
        [String(e.valueTrue), text(e.labelTrue, 'Oui')],
        [String(e.valueFalse), text(e.labelFalse, 'Non')],
      ]),
    };
  },
  result: (spec, slice) => ({ kind: 'choice', ...slice.distribution(spec.values, spec.name) }),
  columns: (spec) => [wholeAnswerColumn(spec, 'choix unique', 'code', spec.values)],
};

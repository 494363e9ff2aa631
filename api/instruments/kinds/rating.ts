import { singleCell } from './choice.js';
import { wholeAnswerColumn } from './columns.js';
import { labelsOf, ratingItems } from './items.js';
import { quoted, typeProblem } from './problems.js';
import { codeSchema, firstInAnswerOrder } from './schema.js';
import type { Distribution, QuestionKind, SpecBase } from './question-kind.js';

/** A mark on a scale (rateMin..rateMax, or the instrument's own `rateValues`). */
export interface RatingSpec extends SpecBase {
  kind: 'rating';
  values: number[];
  valueLabels: Map<string, string>;
}

/** Its distribution, with mean, median and quartiles of the marks. */
export type RatingResult = { kind: 'rating' } & Distribution;

export const rating: QuestionKind<RatingSpec, RatingResult> = {
  describe: 'note',
  counted: true,
  singleChoice: false,
  reads: (e) => e.type === 'rating',
  compile(e, base) {
    const items = ratingItems(e);
    return { ...base, kind: 'rating', values: items.map((i) => Number(i.value)), valueLabels: labelsOf(items) };
  },
  schema: (spec) => ({ ...codeSchema(spec.values), type: 'number' }),
  problem(spec, errors, value) {
    if (firstInAnswerOrder(errors, value).keyword === 'type') return typeProblem(spec, 'une note (nombre)', value);
    return {
      question: spec.name,
      code: 'note_hors_echelle',
      message: `La note de ${quoted(spec)} doit être un entier de ${spec.values[0]} à ${spec.values[spec.values.length - 1]}.`,
    };
  },
  cells: (spec, value) => [singleCell(spec.name, value)],
  result: (spec, slice) => ({ kind: 'rating', ...slice.distribution(spec.values, spec.name) }),
  columns: (spec) => [wholeAnswerColumn(spec, 'note', 'number', spec.values, spec.valueLabels)],
  labels: (spec) => ({ name: spec.name, title: spec.title, choices: spec.valueLabels, rows: new Map(), columns: new Map() }),
};

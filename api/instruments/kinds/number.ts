import { statsFromFrequencies } from '../../../analysis/frequency-stats.js';
import type { SummaryStats } from '../../../analysis/summary-stats.js';
import { singleCell } from './choice.js';
import { wholeAnswerColumn } from './columns.js';
import { optionalNumber } from './items.js';
import { frenchNumber, quoted, typeProblem } from './problems.js';
import type { QuestionKind, SpecBase } from './question-kind.js';

/** A number typed in (a budget, a staff count), with its bounds; whole numbers when a validator asks for digits only. */
export interface NumberSpec extends SpecBase {
  kind: 'number';
  min: number | null;
  max: number | null;
  integer: boolean;
}

/** The statistics of the numbers given (their frequency table is counted, so quantiles are exact). */
export type NumberResult = { kind: 'number'; base: number; stats: SummaryStats | null };

const DIGITS_ONLY = '^\\d+$';

function asksForDigits(validators: unknown): boolean {
  if (!Array.isArray(validators)) return false;
  return validators.some((v) => {
    const type = (v as { type?: unknown })?.type;
    return (type === 'regex' || type === 'regexvalidator') && (v as { regex?: unknown }).regex === DIGITS_ONLY;
  });
}

export const number: QuestionKind<NumberSpec, NumberResult> = {
  describe: 'nombre',
  counted: true,
  singleChoice: false,
  reads: (e) => e.type === 'text' && e.inputType === 'number',
  compile: (e, base) => ({ ...base, kind: 'number', min: optionalNumber(e.min), max: optionalNumber(e.max), integer: asksForDigits(e.validators) }),
  validate(spec, value) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return typeProblem(spec, 'un nombre', value);
    if (spec.integer && !Number.isInteger(value)) {
      return { question: spec.name, code: 'nombre_entier_attendu', message: `La réponse à ${quoted(spec)} doit être un nombre entier.` };
    }
    if ((spec.min !== null && value < spec.min) || (spec.max !== null && value > spec.max)) {
      return {
        question: spec.name,
        code: 'nombre_hors_limites',
        message: `La réponse à ${quoted(spec)} doit être comprise entre ${frenchNumber(spec.min)} et ${frenchNumber(spec.max)}.`,
      };
    }
    return null;
  },
  cells: (spec, value) => [singleCell(spec.name, value)],
  result: (spec, slice) => ({ kind: 'number', base: slice.base(spec.name), stats: statsFromFrequencies(slice.counts(spec.name)) }),
  columns: (spec) => [wholeAnswerColumn(spec, 'nombre', 'number')],
  labels: (spec) => ({ name: spec.name, title: spec.title, choices: new Map(), rows: new Map(), columns: new Map() }),
};

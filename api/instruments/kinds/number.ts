import { statsFromFrequencies } from '../../../analysis/frequency-stats.js';
import { isDominated } from '../../../analysis/dominated-sum.js';
import { roundSignificant } from '../../../analysis/round-significant.js';
import { singleCell } from './choice.js';
import { wholeAnswerColumn } from './columns.js';
import { optionalNumber } from './items.js';
import { frenchNumber, quoted, typeProblem } from './problems.js';
import type { QuestionJson } from '../walk-questions.js';
import type { QuestionKind, SpecBase } from './question-kind.js';
import { firstInAnswerOrder } from './schema.js';

/** A number typed in (a budget, a staff count), with its bounds; whole numbers when a validator asks for digits only. */
export interface NumberSpec extends SpecBase {
  kind: 'number';
  min: number | null;
  max: number | null;
  integer: boolean;
}

/** A magnitude's published statistics: two significant figures, never a minimum or a maximum. */
export interface MagnitudeStats {
  /** Null when one response makes up more than 85 % of the sum (`dominated`). */
  mean: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
}

/**
 * The statistics of the numbers given, rounded so that none is one respondent's exact
 * value; none at all when fewer than k respondents answered.
 */
export type NumberResult = { kind: 'number'; base: number; stats: MagnitudeStats | null; dominated?: true };

/** A budget, a staff count: published only as rounded statistics of at least k answers. */
export function magnitudeStats(counts: Readonly<Record<string, number>>, base: number, k: number): Pick<NumberResult, 'stats' | 'dominated'> {
  const s = base >= k ? statsFromFrequencies(counts) : null;
  if (!s) return { stats: null };
  const dominated = isDominated(counts);
  const round = (x: number) => roundSignificant(x, 2);
  return {
    stats: { mean: dominated ? null : round(s.mean), median: round(s.median), q1: round(s.q1), q3: round(s.q3) },
    ...(dominated ? { dominated: true as const } : {}),
  };
}

const DIGITS_ONLY = '^\\d+$';

function asksForDigits(validators: unknown): boolean {
  if (!Array.isArray(validators)) return false;
  return validators.some((v) => {
    const type = (v as { type?: unknown })?.type;
    return (type === 'regex' || type === 'regexvalidator') && (v as { regex?: unknown }).regex === DIGITS_ONLY;
  });
}

/**
 * A numeric input mask (`maskType: "numeric"`): survey-core applies it to a text entry only,
 * reads what is typed with the mask's separators ("37 500", "2,5"), and stores the unmasked
 * JSON number unless `saveMaskedValue` asks for the masked string.
 */
function maskedNumber(e: QuestionJson): { min?: unknown; max?: unknown } | null {
  const inputType = typeof e.inputType === 'string' ? e.inputType.toLowerCase() : 'text';
  if (e.type !== 'text' || e.maskType !== 'numeric' || (inputType !== 'text' && inputType !== 'tel')) return null;
  const settings = typeof e.maskSettings === 'object' && e.maskSettings !== null ? (e.maskSettings as Record<string, unknown>) : {};
  return settings.saveMaskedValue === true ? null : settings;
}

/** A number entry: the browser's number input, or a text entry with a numeric mask. */
export const readsNumber = (e: QuestionJson): boolean => (e.type === 'text' && e.inputType === 'number') || maskedNumber(e) !== null;

/** The bounds survey-core enforces: the mask's own for a masked entry, the input's otherwise. */
function boundsOf(e: QuestionJson): { min: number | null; max: number | null } {
  const bounds = maskedNumber(e) ?? e;
  return { min: optionalNumber(bounds.min), max: optionalNumber(bounds.max) };
}

export const number: QuestionKind<NumberSpec, NumberResult> = {
  describe: 'nombre',
  counted: true,
  singleChoice: false,
  reads: readsNumber,
  compile: (e, base) => ({ ...base, kind: 'number', ...boundsOf(e), integer: asksForDigits(e.validators) }),
  schema: (spec) => ({
    type: spec.integer ? 'integer' : 'number',
    ...(spec.min !== null ? { minimum: spec.min } : {}),
    ...(spec.max !== null ? { maximum: spec.max } : {}),
  }),
  problem(spec, errors, value) {
    if (firstInAnswerOrder(errors, value).keyword === 'type') {
      // A number that is not whole fails `integer`: a problem of its own.
      if (typeof value !== 'number') return typeProblem(spec, 'un nombre', value);
      return { question: spec.name, code: 'nombre_entier_attendu', message: `La réponse à ${quoted(spec)} doit être un nombre entier.` };
    }
    return {
      question: spec.name,
      code: 'nombre_hors_limites',
      message: `La réponse à ${quoted(spec)} doit être comprise entre ${frenchNumber(spec.min)} et ${frenchNumber(spec.max)}.`,
    };
  },
  cells: (spec, value) => [singleCell(spec.name, value)],
  result: (spec, slice) => {
    const base = slice.base(spec.name);
    return { kind: 'number', base, ...magnitudeStats(slice.counts(spec.name), base, slice.k) };
  },
  columns: (spec) => [wholeAnswerColumn(spec, 'nombre', 'number')],
  labels: (spec) => ({ name: spec.name, title: spec.title, choices: new Map(), rows: new Map(), columns: new Map() }),
};

import type { AnswerCell } from './flatten-answers.js';
import type { InstrumentSpec } from './question-spec.js';

const COUNTED = new Set(['choice', 'multi', 'rating', 'matrix', 'matrixdropdown', 'number']);

/**
 * The cells that feed the pre-aggregated counts: coded answers and numbers (a frequency
 * table of numbers gives exact quantiles). Free texts and the collectivity are never
 * published, so they are never counted.
 */
export function countedCells(spec: InstrumentSpec, cells: AnswerCell[]): AnswerCell[] {
  return cells.filter((c) => COUNTED.has(spec.questions.get(c.question)?.kind ?? ''));
}

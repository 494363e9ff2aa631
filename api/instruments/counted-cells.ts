import type { AnswerCell } from './flatten-answers.js';
import type { InstrumentSpec } from './question-spec.js';

const COUNTED = new Set(['choice', 'multi', 'rating', 'matrix', 'matrixdropdown']);

/**
 * The cells that feed the pre-aggregated counts: coded answers only. Free texts and the
 * collectivity are never published, and free numbers need their raw values for quantiles.
 */
export function countedCells(spec: InstrumentSpec, cells: AnswerCell[]): AnswerCell[] {
  return cells.filter((c) => COUNTED.has(spec.questions.get(c.question)?.kind ?? ''));
}

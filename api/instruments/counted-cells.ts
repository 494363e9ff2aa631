import type { AnswerCell } from './flatten-answers.js';
import type { InstrumentSpec } from './question-spec.js';

const COUNTED = new Set(['choice', 'multi', 'rating', 'matrix', 'matrixdropdown', 'number']);

/** The profile codes the pre-aggregated counts are broken down by on every row. */
export const PROFILE_GROUPS = ['collectivite_type', 'strate_population'] as const;
export type ProfileGroup = (typeof PROFILE_GROUPS)[number];

export function isProfileGroup(code: string | undefined): code is ProfileGroup {
  return (PROFILE_GROUPS as readonly string[]).includes(code ?? '');
}

/** A cell of the counts; `groups` when its answer also splits the counts into groups. */
export interface CountedCell extends AnswerCell {
  groups?: true;
}

/** Coded answers and numbers (a frequency table of numbers gives exact quantiles). */
export function isCountedQuestion(spec: InstrumentSpec, code: string): boolean {
  return COUNTED.has(spec.questions.get(code)?.kind ?? '');
}

/**
 * The single-choice questions other than the profile: the results may be broken down by
 * them, and the counts are kept split by their answer (answer_group_counts).
 */
export function isGroupingQuestion(spec: InstrumentSpec, code: string): boolean {
  return spec.questions.get(code)?.kind === 'choice' && !isProfileGroup(code);
}

/**
 * The cells that feed the pre-aggregated counts. Free texts and the collectivity are never
 * published, so they are never counted.
 */
export function countedCells(spec: InstrumentSpec, cells: AnswerCell[]): CountedCell[] {
  const counted: CountedCell[] = [];
  for (const c of cells) {
    if (!isCountedQuestion(spec, c.question)) continue;
    // A copy only for the few grouping answers: the answer rows are written from `cells`.
    counted.push(c.row_key === '' && c.col_key === '' && isGroupingQuestion(spec, c.question) ? { ...c, groups: true } : c);
  }
  return counted;
}
